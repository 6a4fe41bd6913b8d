import { createHash } from 'node:crypto'
import { and, eq, lt, sql } from 'drizzle-orm'
import type { FastifyInstance, onSendHookHandler, preHandlerAsyncHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import { idempotencyKeys } from '../db/schema/index.js'
import { invalidField, Problem } from '../problem.js'
import { actorOf } from './auth.js'
import { isSerialisedBody } from './http.js'
import { addRouteHook } from './route-hooks.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Creates: an Idempotency-Key header makes retries return the first response. */
    idempotent?: boolean
  }
  interface FastifyRequest {
    idempotencyKey: { principal: string; key: string } | null
  }
}

/** How long a key is remembered. */
const RETENTION_HOURS = 24
const replayedHeaders = ['location', 'etag', 'content-type']

/**
 * Idempotency-Key for creates (as Stripe does it): the same key and body replays the first
 * response; the same key with another body is a 422; a key whose first request is still running
 * is a 409. Keys live in the database, so every replica agrees.
 */
export const idempotency = fp(async (app: FastifyInstance) => {
  app.decorateRequest('idempotencyKey', null)

  const claimKey: preHandlerAsyncHookHandler = async (request, reply) => {
    const header = request.headers['idempotency-key']
    if (header === undefined) return
    const key = Array.isArray(header) ? header[0] : header
    if (!key || key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
      throw invalidField('/idempotency-key', 'must be 1 to 255 visible ASCII characters', 'headers')
    }
    const actor = actorOf(request)
    const principal = `${actor.kind}:${actor.id}`
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.routeOptions.url ?? ''} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex')
    // Forget expired keys for this principal as we go; the primary key keeps this cheap.
    await app.db
      .delete(idempotencyKeys)
      .where(
        and(
          eq(idempotencyKeys.principal, principal),
          eq(idempotencyKeys.key, key),
          lt(idempotencyKeys.createdAt, sql`now() - make_interval(hours => ${RETENTION_HOURS})`),
        ),
      )
    const claimed = await app.db
      .insert(idempotencyKeys)
      .values({ principal, key, requestHash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key })
    if (claimed.length > 0) {
      request.idempotencyKey = { principal, key }
      return
    }
    const [first] = await app.db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.principal, principal), eq(idempotencyKeys.key, key)))
    if (!first) throw new Problem(409, 'A request with this Idempotency-Key just finished failing; retry it.')
    if (first.requestHash !== requestHash) {
      throw new Problem(422, 'This Idempotency-Key was already used with a different request; use a new key for a new request.')
    }
    if (first.statusCode === null) {
      throw new Problem(409, 'A request with this Idempotency-Key is still being processed; retry shortly.')
    }
    return reply
      .code(first.statusCode)
      .headers({ ...first.headers, 'idempotent-replayed': 'true' })
      .send(first.body)
  }

  const rememberResponse: onSendHookHandler = async (request, reply, payload) => {
    const claim = request.idempotencyKey
    if (!claim) return payload
    request.idempotencyKey = null
    const where = and(eq(idempotencyKeys.principal, claim.principal), eq(idempotencyKeys.key, claim.key))
    if (reply.statusCode >= 200 && reply.statusCode < 300 && isSerialisedBody(payload)) {
      const headers: Record<string, string> = {}
      for (const name of replayedHeaders) {
        const value = reply.getHeader(name)
        if (typeof value === 'string') headers[name] = value
      }
      await app.db.update(idempotencyKeys).set({ statusCode: reply.statusCode, headers, body: payload.toString() }).where(where)
    } else {
      // A failed attempt is not remembered: the client may fix the cause and retry with the same key.
      await app.db.delete(idempotencyKeys).where(where)
    }
    return payload
  }

  // Only the creates carry the hooks; every other request skips them.
  app.addHook('onRoute', (route) => {
    if (!route.config?.idempotent) return
    addRouteHook(route, 'preHandler', claimKey)
    addRouteHook(route, 'onSend', rememberResponse)
  })
})
