import type { Finding } from '@learnonce/contracts'

/** One piece of an excerpt: plain text, or a finding's masked preview (`own` for the finding shown). */
export type ExcerptPart = { text: string; finding?: 'own' | 'other' }

/** The text a JSON pointer (/wentWell, /links/0/title) names in an item, or '' when it names nothing. */
export function textAt(item: object, pointer: string): string {
  let value: unknown = item
  for (const step of pointer.split('/').slice(1)) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[step] : undefined
  }
  return typeof value === 'string' ? value : ''
}

/**
 * The words around a finding with the finding's value replaced by its masked preview, and any other
 * finding in the same window masked too, so the panel never repeats a value in clear.
 */
export function maskedExcerpt(text: string, finding: Finding, others: readonly Finding[], around = 40): ExcerptPart[] {
  const window = { from: Math.max(0, finding.start - around), to: Math.min(text.length, finding.end + around) }
  const masks = [finding, ...others.filter((other) => other.id !== finding.id && other.field === finding.field)]
    .filter((mask) => mask.start < window.to && mask.end > window.from && mask.end <= text.length)
    .sort((a, b) => a.start - b.start)
  // A value the window cuts through is taken whole, so no part of it shows in clear.
  const from = Math.min(window.from, ...masks.map((mask) => mask.start))
  const to = Math.max(window.to, ...masks.map((mask) => mask.end))
  const parts: ExcerptPart[] = []
  let at = from
  for (const mask of masks) {
    if (mask.start < at) continue
    if (mask.start > at) parts.push({ text: text.slice(at, mask.start) })
    parts.push({ text: mask.preview, finding: mask.id === finding.id ? 'own' : 'other' })
    at = mask.end
  }
  if (to > at) parts.push({ text: text.slice(at, to) })
  if (from > 0) parts.unshift({ text: '…' })
  if (to < text.length) parts.push({ text: '…' })
  return parts
}
