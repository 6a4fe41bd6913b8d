import { createHash } from 'node:crypto'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

/**
 * A UUID v7 for a demo row: the 48-bit millisecond prefix is the row's own timestamp (so lists
 * sorted by id read in the order things happened), the rest comes from SHA-256 of a stable key.
 * The same key at the same time always gives the same id, which is what makes loading twice a no-op.
 */
export function demoId(key: string, at: Date): string {
  const bytes = Buffer.alloc(16)
  bytes.writeUIntBE(at.getTime(), 0, 6)
  createHash('sha256').update(key).digest().copy(bytes, 6, 0, 10)
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f)
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f)
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** Midnight UTC of the day `date` falls on: the demo hub counts its days back from there. */
export function anchorDay(date: Date): Date {
  return new Date(Math.floor(date.getTime() / DAY) * DAY)
}

/**
 * `daysAgo` days before the anchor, during a working day: the time of day (08:00–16:59) comes from
 * the key, so items created on the same day do not share a timestamp and never land after the anchor.
 */
export function workingTime(anchor: Date, daysAgo: number, key: string): Date {
  const minutes = createHash('sha256').update(`time:${key}`).digest().readUInt16BE(0) % (9 * 60)
  return new Date(anchor.getTime() - daysAgo * DAY + 8 * HOUR + minutes * MINUTE)
}

/** `days` after `from`, but never later than `limit`. */
export function daysAfter(from: Date, days: number, limit: Date): Date {
  return new Date(Math.min(from.getTime() + days * DAY, Math.max(limit.getTime(), from.getTime())))
}
