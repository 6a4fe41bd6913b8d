import fastifyRateLimit from '@fastify/rate-limit'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { Redis } from 'ioredis'
import type { Config } from '../config.js'
import { Problem } from '../problem.js'

/** Per-caller limits, in the caller's own allowance (0: that kind of caller is not limited). */
const limitFor = (request: FastifyRequest, limits: Config['rateLimit']) =>
  request.actor?.kind === 'key' ? limits.keyPerMinute : limits.userPerMinute

/**
 * Requests per minute per API key and per person (anonymous callers by IP), answered with a 429
 * problem carrying RateLimit-Limit/Remaining/Reset and Retry-After. Counters are in Redis when
 * REDIS_URL is set, so every replica counts against the same allowance; otherwise in this process.
 *
 * The limiter runs as a route-level onRequest hook, which Fastify runs after the auth plugin's
 * app-level one, so `request.actor` is known when the counter is chosen. Calls the auth hook
 * refuses (401/403) do not count: they cost one indexed lookup and never reach a handler.
 */
export const rateLimit = fp(
  async (app: FastifyInstance, options: { limits: Config['rateLimit']; redisUrl: string | null }) => {
    const { limits } = options
    if (limits.userPerMinute === 0 && limits.keyPerMinute === 0) return
    let redis: Redis | null = null
    if (options.redisUrl) {
      redis = new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 })
      await redis.connect()
      app.addHook('onClose', async () => {
        await redis?.quit()
      })
    }
    await app.register(fastifyRateLimit, {
      global: true,
      hook: 'onRequest',
      timeWindow: 60_000,
      max: (request) => limitFor(request, limits),
      allowList: (request) => limitFor(request, limits) === 0,
      keyGenerator: (request) => (request.actor ? `${request.actor.kind}:${request.actor.id}` : `ip:${request.ip}`),
      // The IETF draft's RateLimit-* names (not X-RateLimit-*), as integrators' clients expect.
      enableDraftSpec: true,
      ...(redis ? { redis, nameSpace: limits.redisNamespace } : {}),
      // A Redis outage must not take the API down with it: the request goes through, and is logged.
      skipOnError: true,
      errorResponseBuilder: (request, context) => {
        const who = request.actor?.kind === 'key' ? 'this API key' : request.actor ? 'your account' : 'your address'
        return new Problem(429, `You have sent more than ${context.max} requests in a minute from ${who}; try again in ${context.after}.`, {
          type: 'rate-limited',
          title: 'Too Many Requests',
        })
      },
    })
  },
  { name: 'rate-limit', dependencies: ['auth'] },
)
