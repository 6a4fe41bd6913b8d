import { Problem } from '../../problem.js'
import type { ByteRange } from './store.js'

/** Shown in the browser (images and PDFs); everything else downloads. */
const inlineTypes = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/webp'])

/** Text is always UTF-8 here (the upload checked it), so say so. */
export const contentTypeOf = (mediaType: string) => (mediaType.startsWith('text/') ? `${mediaType}; charset=utf-8` : mediaType)

/**
 * RFC 6266: `filename*` carries the real name (RFC 8187 UTF-8), `filename` an ASCII stand-in for
 * old clients, with quotes and backslashes taken out rather than escaped.
 */
export function contentDisposition(name: string, mediaType: string): string {
  const disposition = inlineTypes.has(mediaType) ? 'inline' : 'attachment'
  const ascii =
    name
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\%]/g, '') || 'file'
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

/** Whether an If-None-Match header names this entity tag (or `*`). */
export function matchesAny(header: string | undefined, tag: string): boolean {
  if (header === undefined) return false
  return header
    .split(',')
    .map((value) => value.trim().replace(/^W\//, ''))
    .some((value) => value === '*' || value === tag)
}

/**
 * The one byte range a `Range` header asks for (`bytes=0-99`, `bytes=100-`, `bytes=-100`), or null
 * to send the whole file: no header, another unit, several ranges, or an If-Range naming another
 * version. A range that starts past the end is a 416.
 */
export function requestedRange(header: string | undefined, ifRange: string | undefined, tag: string, size: number): ByteRange | null {
  if (header === undefined) return null
  if (ifRange !== undefined && ifRange.trim() !== tag) return null
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!match || (match[1] === '' && match[2] === '')) return null
  const [first, last] = [match[1] ?? '', match[2] ?? '']
  let start: number
  let end: number
  if (first === '') {
    const suffix = Number(last)
    if (suffix === 0) throw unsatisfiable(size)
    start = Math.max(0, size - suffix)
    end = size - 1
  } else {
    start = Number(first)
    if (start >= size) throw unsatisfiable(size)
    end = last === '' ? size - 1 : Math.min(Number(last), size - 1)
    if (end < start) return null
  }
  return { start, end }
}

const unsatisfiable = (size: number) =>
  new Problem(416, `The range asked for lies outside this file of ${size} bytes.`, {
    headers: { 'content-range': `bytes */${size}` },
  })
