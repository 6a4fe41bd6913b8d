import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { Redis } from 'ioredis'
import { readRouting } from '../db/replicas.js'
import type { Actor } from './auth.js'

/** Methods that only read; everything else may write. */
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Who wrote in the last `windowMs`, shared by every API process when Redis is there. */
interface RecentWriters {
  mark(who: string): Promise<void>
  has(who: string): Promise<boolean>
}

function memoryWriters(windowMs: number): RecentWriters {
  const until = new Map<string, number>()
  return {
    async mark(who) {
      const now = Date.now()
      // Forget the expired now and then, so the map holds only the last window's writers.
      if (until.size > 10_000) for (const [key, time] of until) if (time <= now) until.delete(key)
      until.set(who, now + windowMs)
    },
    async has(who) {
      return (until.get(who) ?? 0) > Date.now()
    },
  }
}

function redisWriters(redis: Redis, windowMs: number): RecentWriters {
  const name = (who: string) => `learnonce:recent-writer:${who}`
  return {
    async mark(who) {
      await redis.set(name(who), '1', 'PX', windowMs)
    },
    async has(who) {
      return (await redis.exists(name(who))) === 1
    },
  }
}

const writerOf = (actor: Actor) => `${actor.kind}:${actor.id}`

/**
 * Decides per request whether its plain selects may read a replica (db/replicas.ts): only a request
 * that cannot write (GET, HEAD, OPTIONS) from a caller who has not written in the last `windowMs`.
 * Writes, workflow actions and transactions always use the primary, whatever this says.
 *
 * Read-your-writes: a replica in rotation was at most REPLICA_MAX_LAG_MS behind at its last check,
 * one check interval ago at most, so pinning a writer to the primary for their sum means their next
 * reads cannot come from a replica that has not replayed their write. The mark is set before the
 * write's response leaves, so the caller's next request already sees it; in Redis when REDIS_URL is
 * set so that every API process honours it, otherwise in this process only.
 */
export const readRoutingPlugin = fp(
  async (app: FastifyInstance, options: { windowMs: number; redisUrl: string | null }) => {
    let writers = memoryWriters(options.windowMs)
    if (options.redisUrl) {
      const redis = new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 })
      await redis.connect()
      app.addHook('onClose', async () => {
        await redis.quit()
      })
      writers = redisWriters(redis, options.windowMs)
    }

    // A callback hook: the rest of the request (later hooks, the handler) runs inside run().
    app.addHook('onRequest', (request, _reply, done) => {
      if (!safeMethods.has(request.method)) return done()
      const actor = request.actor
      if (!actor) return readRouting.run({ replica: true }, done)
      writers.has(writerOf(actor)).then(
        (wrote) => readRouting.run({ replica: !wrote }, done),
        (error: unknown) => {
          // Not knowing whether they just wrote, read what they wrote: the primary.
          request.log.warn({ err: error }, 'could not tell whether the caller wrote recently; reading the primary')
          readRouting.run({ replica: false }, done)
        },
      )
    })

    app.addHook('onSend', async (request) => {
      if (safeMethods.has(request.method) || !request.actor) return
      try {
        await writers.mark(writerOf(request.actor))
      } catch (error) {
        request.log.warn({ err: error }, 'could not note the write; the caller may briefly read from a replica that lacks it')
      }
    })
  },
  { name: 'read-routing', dependencies: ['auth'] },
)
