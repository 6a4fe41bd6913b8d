import { hash } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest, onSendHookHandler, preSerializationHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import { Problem } from '../problem.js'
import { isSerialisedBody } from './http.js'
import { addRouteHook } from './route-hooks.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The response is one versioned item: send its ETag and answer If-None-Match with 304. */
    etag?: boolean
  }
  interface FastifyRequest {
    etagVersion: number | null
    /** The ETag a route worked out itself (useEtag); otherwise the body is hashed. */
    knownEtag: string | null
  }
}

/**
 * `"<version>-<digest of the body>"`. The version is what If-Match checks; the digest makes the tag
 * change whenever the representation does — also when only derived parts change (adoption counts,
 * related items that became visible) or when another caller is shown a different body. A route
 * that can tell the same from what it builds the body of gives its own tag of this form (useEtag).
 */
export const etagOf = (version: number, body: string | Buffer) => `"${version}-${hash('sha256', body, 'base64url').slice(0, 16)}"`

const listed = (header: string) => header.split(',').map((tag) => tag.trim().replace(/^W\//, ''))

/** Whether an If-None-Match header names `tag` (weakly or not) or is `*`. */
const names = (header: string, tag: string) => header.trim() === '*' || listed(header).includes(tag)

/** The tag of the item a route answers with, when it knows it before serialising: the body is then not hashed. */
export function useEtag(request: FastifyRequest, tag: string): void {
  request.knownEtag = tag
}

/**
 * For a GET that can learn its item's current tag without building the item: sends a 304 with that
 * tag when the request's If-None-Match names it (true: the route returns the reply), or answers false
 * when the full answer is needed. `currentTag` is only called when there is an If-None-Match; it
 * answers null when the item cannot be shown (the full read then gives the 404).
 */
export async function answeredNotModified(
  request: FastifyRequest,
  reply: FastifyReply,
  currentTag: () => Promise<string | null>,
): Promise<boolean> {
  const header = request.headers['if-none-match']
  if (header === undefined) return false
  const tag = await currentTag()
  if (tag === null || !names(header, tag)) return false
  reply.code(304).header('etag', tag).send()
  return true
}

/** What `If-Match` allows: the versions the caller read (any of them may be current), or null for anything. */
export type Precondition = readonly number[] | null

/**
 * The versions an `If-Match` header names: null when there is none (or `*`). A tag that is not one
 * of ours can never match, so it is a 412 straight away.
 */
export function expectedVersion(request: FastifyRequest): Precondition {
  const header = request.headers['if-match']
  if (header === undefined || header.trim() === '*') return null
  const versions = listed(header).map((tag) => Number(/^"(\d+)(?:-[\w-]+)?"$/.exec(tag)?.[1]))
  if (!versions.every(Number.isSafeInteger)) {
    throw new Problem(412, 'If-Match must be the ETag you read (or its version alone, e.g. "3").')
  }
  return versions
}

/** The 412 for a write whose If-Match names none of the item's `current` version. */
export function checkPrecondition(expected: Precondition, noun: string, current: number): void {
  if (expected !== null && !expected.includes(current)) throw staleVersion(noun, current)
}

export const staleVersion = (what: string, current: number) =>
  new Problem(412, `This ${what} has changed since you read it (it is now version ${current}); fetch it again and reapply your change.`)

/** Notes the version of the item a route answers with (before it is serialised). */
const noteVersion: preSerializationHookHandler = async (request, reply, payload) => {
  if (reply.statusCode >= 300) return payload
  const version = (payload as { version?: unknown } | null)?.version
  if (typeof version === 'number') request.etagVersion = version
  return payload
}

/** Tags the serialised body, and answers a matching If-None-Match with 304. */
const tagBody: onSendHookHandler = async (request, reply, payload) => {
  if (request.etagVersion === null || !isSerialisedBody(payload) || reply.statusCode >= 300) return payload
  const tag = request.knownEtag ?? etagOf(request.etagVersion, payload)
  reply.header('etag', tag)
  const ifNoneMatch = request.headers['if-none-match']
  if (request.method === 'GET' && reply.statusCode === 200 && ifNoneMatch && names(ifNoneMatch, tag)) {
    reply.code(304)
    reply.removeHeader('content-length')
    return ''
  }
  return payload
}

export const etag = fp(async (app: FastifyInstance) => {
  app.decorateRequest('etagVersion', null)
  app.decorateRequest('knownEtag', null)
  // Only the routes that answer with one item carry the hooks; lists skip them.
  app.addHook('onRoute', (route) => {
    if (!route.config?.etag) return
    addRouteHook(route, 'preSerialization', noteVersion)
    addRouteHook(route, 'onSend', tagBody)
  })
})
