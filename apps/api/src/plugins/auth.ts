import { createHash } from 'node:crypto'
import fastifyJwt from '@fastify/jwt'
import { type ApiKeyScope, apiKeyPrefix, apiKeyScopeGrants, type Role } from '@learnonce/contracts'
import { sql } from 'drizzle-orm'
import type { FastifyInstance, FastifyRequest, onSendHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import { rows } from '../db/client.js'
import { authenticateKey } from '../modules/api-keys/service.js'
import { forbidden, unauthorized } from '../problem.js'
import { type ActorCache, actorCache } from './actor-cache.js'
import { addRouteHook } from './route-hooks.js'

/** A person signed in with an access token. */
export interface UserActor {
  kind: 'user'
  id: string
  role: Role
  email: string
  name: string
  siteIds: string[]
}

/**
 * An integrator's API key. Its role is 'integrator', which no rule grants anything, and it is a
 * member of no site (siteIds is empty), so every policy written for people refuses it by default;
 * `siteId` is only where a `content:submit` key may place lessons.
 */
export interface KeyActor {
  kind: 'key'
  id: string
  role: 'integrator'
  name: string
  scopes: ApiKeyScope[]
  siteId: string | null
  siteIds: readonly string[]
}

/**
 * Who is calling. Remembered for `ACTOR_CACHE_SECONDS` at most (see actor-cache.ts): a disabled
 * account or a revoked key stops at once on the process that made the change, and within those
 * seconds on every other.
 */
export type Actor = UserActor | KeyActor

/** A remembered caller; a key's expiry is checked on every request, cached or not. */
interface KnownActor {
  actor: Actor
  expiresAt: number | null
}

/**
 * Who may call a route: 'public', any signed-in caller, or the listed roles. Routes under /v1
 * default to 'authenticated'; nothing there is public by accident.
 */
export type Access = 'public' | 'authenticated' | readonly Role[]

/** One route's access as the hook will decide it, collected as routes are registered. */
export interface RouteAccess {
  method: string
  url: string
  access: Access
  keys: ApiKeyScope | undefined
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route's access, in registration order: what the docs and the access tests read. */
    routeAccess: readonly RouteAccess[]
  }
  interface FastifyContextConfig {
    access?: Access
    /**
     * The scope an API key needs to call the route. Absent: keys are refused (403), so a new route
     * is closed to integrators until someone decides otherwise.
     */
    keys?: ApiKeyScope
    /**
     * A successful call may change who someone is (role, memberships, status, a key's revocation):
     * this process forgets every caller it remembers, so the change holds from the next request.
     */
    changesActors?: boolean
  }
  interface FastifyRequest {
    actor: Actor | null
  }
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sub: string }
    user: { sub: string }
  }
}

/** The caller of an authenticated route. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized()
  return request.actor
}

/** The person behind an action, for columns that reference users; null when a key acted. */
export const userIdOf = (actor: Actor): string | null => (actor.kind === 'user' ? actor.id : null)

/** Whether the actor is a key granted `scope` (content:submit includes content:read). */
export const keyHasScope = (actor: Actor, scope: ApiKeyScope): boolean =>
  actor.kind === 'key' && actor.scopes.some((held) => apiKeyScopeGrants[held].includes(scope))

/** Routes under /v1 default to 'authenticated'; nothing there is public by accident. */
const accessOf = (url: string, access: Access | undefined): Access => access ?? (url.startsWith('/v1/') ? 'authenticated' : 'public')

/** One decision per request, read from the route's config: the same rule whatever the route. */
export function decideAccess(actor: Actor, access: Exclude<Access, 'public'>, keys: ApiKeyScope | undefined, route: string): void {
  if (actor.kind === 'key') {
    if (keys === undefined) throw forbidden(`API keys cannot call ${route}; it is for people signed in to the hub.`)
    if (!keyHasScope(actor, keys)) throw forbidden(`This API key needs the ${keys} scope to call ${route}.`)
    return
  }
  if (access !== 'authenticated' && !access.includes(actor.role)) {
    throw forbidden(`This needs the ${access.join(' or ')} role; you are signed in as ${actor.role}.`)
  }
}

export const auth = fp(
  async (app: FastifyInstance, options: { secret: string; accessTokenTtlSeconds: number; actorCacheSeconds: number }) => {
    await app.register(fastifyJwt, {
      secret: options.secret,
      // Pinned: a token signed with any other algorithm (or `none`) is rejected.
      sign: { algorithm: 'HS256', expiresIn: options.accessTokenTtlSeconds },
      // A verified token is remembered (its expiry still checked on every use): a client sends the
      // same token for many requests, and checking its signature each time is work for nothing.
      verify: { algorithms: ['HS256'], cache: true },
    })
    app.decorateRequest('actor', null)
    const known = actorCache<KnownActor>(options.actorCacheSeconds * 1000)

    const table: RouteAccess[] = []
    app.decorate('routeAccess', table)
    // Before the answer leaves, so the caller's next request already meets the change.
    const forgetActors: onSendHookHandler = async (_request, reply, payload) => {
      if (reply.statusCode < 400) known.clear()
      return payload
    }
    app.addHook('onRoute', (route) => {
      const config = route.config ?? {}
      const access = accessOf(route.url, config.access)
      for (const method of [route.method].flat()) table.push({ method, url: route.url, access, keys: config.keys })
      // Only the few routes that change who someone is carry the hook; every other request skips it.
      if (config.changesActors) addRouteHook(route, 'onSend', forgetActors)
    })

    app.addHook('onRequest', async (request) => {
      const url = request.routeOptions.url
      if (url === undefined) return // unknown route: the 404 handler answers
      const { config } = request.routeOptions
      const access = accessOf(url, config.access)
      if (access === 'public') return
      const actor = await authenticate(app, known, request)
      request.actor = actor
      decideAccess(actor, access, config.keys, `${request.method} ${url}`)
    })
  },
  { name: 'auth' },
)

async function authenticate(app: FastifyInstance, known: ActorCache<KnownActor>, request: FastifyRequest): Promise<Actor> {
  const header = request.headers.authorization
  if (!header) throw unauthorized()
  const match = /^Bearer +(\S+)$/i.exec(header)
  if (!match?.[1]) throw unauthorized('The Authorization header must be "Bearer <token>".')
  const token = match[1]
  // Keys and access tokens share the header; the visible prefix tells them apart (a JWT starts "ey").
  if (token.startsWith(apiKeyPrefix)) {
    // Remembered by a digest, so the cache never holds a usable secret.
    const credential = `key:${createHash('sha256').update(token).digest('base64url')}`
    const remembered = known.get(credential)
    if (remembered && (remembered.expiresAt === null || remembered.expiresAt > Date.now())) return remembered.actor
    const { actor, expiresAt } = await authenticateKey(app.db, token)
    known.set(credential, { actor, expiresAt: expiresAt?.getTime() ?? null })
    return actor
  }
  let claims: { sub: string }
  try {
    claims = app.jwt.verify<{ sub: string }>(token)
  } catch (error) {
    const expired = (error as { code?: string }).code === 'FAST_JWT_EXPIRED'
    throw unauthorized(expired ? 'Your access token has expired; refresh it.' : 'Your access token is not valid.')
  }
  if (typeof claims.sub !== 'string' || !/^[0-9a-f-]{36}$/i.test(claims.sub)) {
    throw unauthorized('Your access token is not valid.')
  }
  const credential = `user:${claims.sub}`
  const remembered = known.get(credential)
  if (remembered) return remembered.actor
  // One statement: the user and their memberships.
  const [user] = await rows<Omit<UserActor, 'kind'> & { status: string }>(
    app.db,
    sql`select u.id, u.role, u.email, u.name, u.status,
          coalesce((select array_agg(m.site_id::text order by m.site_id) from memberships m where m.user_id = u.id), '{}') as "siteIds"
        from users u where u.id = ${claims.sub}`,
  )
  if (!user) throw unauthorized('Your account no longer exists.')
  if (user.status !== 'active') throw unauthorized('Your account is disabled.')
  const actor: UserActor = { kind: 'user', id: user.id, role: user.role, email: user.email, name: user.name, siteIds: user.siteIds }
  known.set(credential, { actor, expiresAt: null })
  return actor
}
