import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { LoginBody, MeUpdate, RefreshBody, TokenPair, User } from '@learnonce/contracts'
import { Redis } from 'ioredis'
import { Type } from 'typebox'
import { actorOf } from '../../plugins/auth.js'
import { notFound } from '../../problem.js'
import { getUser } from '../users/service.js'
import { type AuthContext, login, logout, refresh, updateMe } from './service.js'
import { postgresThrottle, redisThrottle } from './throttle.js'

export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  let redis: Redis | null = null
  if (app.config.redisUrl) {
    redis = new Redis(app.config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 })
    await redis.connect()
    app.addHook('onClose', async () => {
      await redis?.quit()
    })
  }
  const ctx: AuthContext = {
    db: app.db,
    throttle: redis ? redisThrottle(redis) : postgresThrottle(app.db),
    signAccessToken: (userId) => app.jwt.sign({ sub: userId }),
    accessTokenTtlSeconds: app.config.accessTokenTtlSeconds,
    refreshTokenTtlSeconds: app.config.refreshTokenTtlSeconds,
  }

  app.post(
    '/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password',
        description: 'Five failed attempts for one account within 15 minutes throttle that account (429 with Retry-After).',
        security: [],
        body: LoginBody,
        response: { 200: TokenPair },
      },
    },
    (request) => login(ctx, request.body, request.ip),
  )

  app.post(
    '/auth/refresh',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Exchange a refresh token for a new token pair',
        description: 'Refresh tokens are single-use. Reusing a rotated one ends every session from that sign-in.',
        security: [],
        body: RefreshBody,
        response: { 200: TokenPair },
      },
    },
    (request) => refresh(ctx, request.body.refreshToken, request.ip),
  )

  app.post(
    '/auth/logout',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'End the session a refresh token belongs to',
        security: [],
        body: RefreshBody,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await logout(ctx, request.body.refreshToken, request.ip)
      return reply.code(204).send(null)
    },
  )

  app.get('/me', { schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: User } } }, async (request) => {
    const user = await getUser(app.db, actorOf(request).id)
    if (!user) throw notFound('User')
    return user
  })

  app.patch(
    '/me',
    {
      config: { changesActors: true },
      schema: {
        tags: ['auth'],
        summary: 'Change your own name or password',
        description: 'A new password needs `currentPassword`, and signs out every other session.',
        body: MeUpdate,
        response: { 200: User },
      },
    },
    (request) => updateMe(ctx, actorOf(request).id, request.body),
  )
}
