import { type AllowedMediaType, allowedFileTypes } from '@learnonce/contracts'
import { fileTypeFromBuffer } from 'file-type'
import { Problem } from '../../problem.js'

const typeOfExtension = new Map<string, AllowedMediaType>(
  allowedFileTypes.flatMap((type) => type.extensions.map((extension) => [extension, type.mediaType] as const)),
)
const extensionsOf = new Map<string, readonly string[]>(allowedFileTypes.map((type) => [type.mediaType, type.extensions]))

/** Allowed types that carry no magic bytes: decided by the name and by the bytes being UTF-8 text. */
const textTypes: readonly AllowedMediaType[] = ['text/csv', 'text/plain', 'text/markdown']
/** Legacy Office files are all OLE2 compound files to a sniffer; the name says which. */
const compoundTypes: readonly AllowedMediaType[] = ['application/msword', 'application/vnd.ms-excel', 'application/vnd.ms-powerpoint']
const allowedMediaTypes = new Set<string>(allowedFileTypes.map((type) => type.mediaType))

export const extensionOf = (name: string) => /\.([a-z0-9]{1,10})$/i.exec(name)?.[1]?.toLowerCase() ?? ''

export const unsupported = (detail: string) =>
  new Problem(415, detail, { type: 'unsupported-file-type', title: 'This type of file is not accepted' })
const accepted = 'PDF, Word, Excel, PowerPoint, OpenDocument, CSV, plain text, Markdown, PNG, JPEG, WebP, or a ZIP of those'

/**
 * Follows an upload's bytes as they stream past: the type from the first chunk (every signature
 * file-type reads, OOXML's included, sits well inside 256 KB), and whether the whole is UTF-8 text
 * without NULs (what a CSV, text or Markdown file must be).
 */
export class TypeSniffer {
  private sample: Buffer | null = null
  private detected: string | null = null
  private readonly decoder = new TextDecoder('utf-8', { fatal: true })
  private text = true

  constructor(private readonly name: string) {}

  /** Sees one chunk; refuses the upload at its first chunk when its type can never be accepted. */
  async inspect(chunk: Buffer): Promise<void> {
    if (this.text) {
      try {
        this.decoder.decode(chunk, { stream: true })
        if (chunk.includes(0)) this.text = false
      } catch {
        this.text = false
      }
    }
    if (this.sample !== null) return
    this.sample = chunk
    const found = await fileTypeFromBuffer(chunk)
    this.detected = found?.mime ?? null
    if (this.detected !== null && !allowedMediaTypes.has(this.detected) && this.detected !== 'application/x-cfb') {
      throw unsupported(`This file is ${found?.ext ?? 'of another type'} going by its content; the hub accepts ${accepted}.`)
    }
    if (this.detected === null && !textTypes.includes(typeOfExtension.get(extensionOf(this.name)) ?? 'application/pdf')) {
      throw unsupported(`The type of this file could not be recognised from its content; the hub accepts ${accepted}.`)
    }
  }

  /** The media type once every byte has been seen. */
  finish(): AllowedMediaType {
    if (this.text) {
      try {
        this.decoder.decode()
      } catch {
        this.text = false
      }
    }
    const byName = typeOfExtension.get(extensionOf(this.name))
    if (this.detected === null) {
      if (this.text && byName && textTypes.includes(byName)) return byName
      throw unsupported(`This file is not UTF-8 text, so it cannot be a .${extensionOf(this.name)} file; the hub accepts ${accepted}.`)
    }
    if (this.detected === 'application/x-cfb') {
      if (byName && compoundTypes.includes(byName)) return byName
      throw unsupported(`This is an OLE2 compound file that is not named .doc, .xls or .ppt; the hub accepts ${accepted}.`)
    }
    return this.detected as AllowedMediaType
  }
}

/**
 * A display name: the last segment of whatever path a browser sent, without control or bidi
 * characters, at most 200 characters, and ending with an extension of its detected type (so a
 * PDF called "report.exe" downloads as "report.exe.pdf"). Never used as a path.
 */
export function cleanName(raw: string | undefined, mediaType: string): string {
  const segment = (raw ?? '').split(/[/\\]/).pop() ?? ''
  let name = segment
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
  const extensions = extensionsOf.get(mediaType) ?? []
  const fallback = extensions[0] ?? 'bin'
  if (name === '') name = `file.${fallback}`
  if (!extensions.includes(extensionOf(name))) name = `${name}.${fallback}`
  if (name.length > 200) {
    const extension = `.${extensionOf(name)}`
    name = `${name.slice(0, 200 - extension.length).trimEnd()}${extension}`
  }
  return name
}
