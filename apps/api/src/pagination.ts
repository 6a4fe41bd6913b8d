import type { Page } from '@learnonce/contracts'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { invalidField } from './problem.js'

/**
 * Keyset pagination. A cursor is the sort key of the last row of a page, opaque to callers
 * (base64url JSON), so the next page starts strictly after it whatever was inserted meanwhile.
 */
export type CursorValue = string | number
export type Cursor = CursorValue[]

export function encodeCursor(values: Cursor): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url')
}

/** The sort key inside `cursor`, checked to have `arity` string or number parts. */
export function decodeCursor(cursor: string | undefined, arity: number): Cursor | null {
  if (cursor === undefined) return null
  let values: unknown
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    values = null
  }
  if (
    !Array.isArray(values) ||
    values.length !== arity ||
    !values.every((value) => typeof value === 'string' || typeof value === 'number')
  ) {
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
