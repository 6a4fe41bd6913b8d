import fastifyJwt from '@fastify/jwt'
import type { Role } from '@learnonce/contracts'
import { sql } from 'drizzle-orm'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { rows } from '../db/client.js'
import { forbidden, unauthorized } from '../problem.js'

/** Who is calling. Loaded fresh on every request, so a disabled account stops at once. */
export interface Actor {
  kind: 'user'
  id: string
  role: Role
  email: string
  name: string
  siteIds: string[]
}

/**
 * Who may call a route: 'public', any signed-in caller, or the listed roles. Routes under /v1
 * default to 'authenticated'; nothing there is public by accident.
 */
export type Access = 'public' | 'authenticated' | readonly Role[]

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access
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

export const auth = fp(
  async (app: FastifyInstance, options: { secret: string; accessTokenTtlSeconds: number }) => {
    await app.register(fastifyJwt, {
      secret: options.secret,
      // Pinned: a token signed with any other algorithm (or `none`) is rejected.
      sign: { algorithm: 'HS256', expiresIn: options.accessTokenTtlSeconds },
      verify: { algorithms: ['HS256'] },
    })
    app.decorateRequest('actor', null)

    app.addHook('onRequest', async (request) => {
      const url = request.routeOptions.url
      if (url === undefined) return // unknown route: the 404 handler answers
      const access = request.routeOptions.config.access ?? (url.startsWith('/v1/') ? 'authenticated' : 'public')
      if (access === 'public') return
      const actor = await authenticate(app, request)
      request.actor = actor
      if (access !== 'authenticated' && !access.includes(actor.role)) {
        throw forbidden(`This needs the ${access.join(' or ')} role; you are signed in as ${actor.role}.`)
      }
    })
  },
  { name: 'auth' },
)

async function authenticate(app: FastifyInstance, request: FastifyRequest): Promise<Actor> {
  const header = request.headers.authorization
  if (!header) throw unauthorized()
  const match = /^Bearer +(\S+)$/i.exec(header)
  if (!match?.[1]) throw unauthorized('The Authorization header must be "Bearer <token>".')
  let claims: { sub: string }
  try {
    claims = app.jwt.verify<{ sub: string }>(match[1])
  } catch (error) {
    const expired = (error as { code?: string }).code === 'FAST_JWT_EXPIRED'
    throw unauthorized(expired ? 'Your access token has expired; refresh it.' : 'Your access token is not valid.')
  }
  if (typeof claims.sub !== 'string' || !/^[0-9a-f-]{36}$/i.test(claims.sub)) {
    throw unauthorized('Your access token is not valid.')
  }
  const [user] = await rows<Omit<Actor, 'kind'> & { status: string }>(
    app.db,
    sql`select u.id, u.role, u.email, u.name, u.status,
          coalesce((select array_agg(m.site_id::text order by m.site_id) from memberships m where m.user_id = u.id), '{}') as "siteIds"
        from users u where u.id = ${claims.sub}`,
  )
  if (!user) throw unauthorized('Your account no longer exists.')
  if (user.status !== 'active') throw unauthorized('Your account is disabled.')
  return { kind: 'user', id: user.id, role: user.role, email: user.email, name: user.name, siteIds: user.siteIds }
}
