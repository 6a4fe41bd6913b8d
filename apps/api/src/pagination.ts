import type { Page } from '@learnonce/contracts'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { invalidField } from './problem.js'
import { unstorable } from './storable-text.js'

/**
 * Keyset pagination. A cursor is the sort key of the last row of a page, opaque to callers
 * (base64url JSON), so the next page starts strictly after it whatever was inserted meanwhile.
 */
export type CursorValue = string | number
export type Cursor = CursorValue[]

export function encodeCursor(values: Cursor): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url')
}

/** What each part of a list's sort key holds, so a tampered cursor is a 400 naming it, never a database error. */
export type CursorPart = 'text' | 'real' | 'integer' | 'uuid' | 'timestamp'

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
// UTC ISO 8601 with up to microseconds, as the lists write them. Date.parse alone is too lenient:
// it takes "1" or "2026-02-30", which PostgreSQL refuses (a 500, not a 400).
const utcTimestamp = /^([1-9]\d{3}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/
const isTimestamp = (value: string) => {
  const date = utcTimestamp.exec(value)?.[1]
  const parsed = Date.parse(value)
  return date !== undefined && !Number.isNaN(parsed) && new Date(parsed).toISOString().startsWith(date)
}
const fits: Record<CursorPart, (value: unknown) => boolean> = {
  // Text the database can compare: a tampered cursor holding NUL would fail in SQL, not as a 400.
  text: (value) => typeof value === 'string' && unstorable(value) === null,
  // A float4 (ranks): zero or within its normal range, since PostgreSQL refuses to cast 1e308 or
  // 1e-320 to real (out of range), which would be a 500.
  real: (value) =>
    typeof value === 'number' && (value === 0 || (Math.abs(value) >= 1.1754943508222875e-38 && Math.abs(value) <= 3.4028234663852886e38)),
  // An int4 (positions): a whole number PostgreSQL can compare without an out-of-range error.
  integer: (value) => Number.isInteger(value) && Math.abs(Number(value)) <= 2147483647,
  uuid: (value) => typeof value === 'string' && uuid.test(value),
  timestamp: (value) => typeof value === 'string' && isTimestamp(value),
}

/** The sort key inside `cursor`, checked against the list's `shape`; null when there is no cursor. */
export function decodeCursor(cursor: string | undefined, shape: readonly CursorPart[]): Cursor | null {
  if (cursor === undefined) return null
  let values: unknown
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    values = null
  }
  if (!Array.isArray(values) || values.length !== shape.length || !shape.every((part, index) => fits[part](values[index]))) {
    throw invalidField('/cursor', 'is not a cursor from this list; pass nextCursor from the previous page', 'query')
  }
  return values
}

/**
 * Turns `limit + 1` fetched rows into a page, and sets `Link: <…>; rel="next"` when there is more.
 * Fetching one extra row tells whether a next page exists without a count query.
 */
export function sendPage<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  fetched: T[],
  limit: number,
  cursorOf: (row: T) => Cursor,
): Page<T> {
  const data = fetched.slice(0, limit)
  const last = data[data.length - 1]
  const nextCursor = fetched.length > limit && last !== undefined ? encodeCursor(cursorOf(last)) : null
  if (nextCursor) {
    const url = new URL(request.url, 'http://placeholder')
    url.searchParams.set('cursor', nextCursor)
    reply.header('link', `<${url.pathname}${url.search}>; rel="next"`)
  }
  return { data, nextCursor }
}
