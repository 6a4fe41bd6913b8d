import { sql } from 'drizzle-orm'
import type { Redis } from 'ioredis'
import { type Database, rows } from '../../db/client.js'

/** Failed sign-ins per account allowed within the window before the account is throttled. */
export const MAX_FAILURES = 5
export const WINDOW_SECONDS = 15 * 60

/**
 * Counts failed sign-ins per account in storage every replica shares: PostgreSQL, or Redis when
 * REDIS_URL is set. Only the targeted account is throttled; everyone else signs in as usual.
 */
export interface LoginThrottle {
  /** Seconds until sign-in is allowed again, or 0 when it is allowed now. */
  retryAfter(key: string): Promise<number>
  recordFailure(key: string): Promise<void>
  reset(key: string): Promise<void>
}

export function postgresThrottle(db: Database): LoginThrottle {
  return {
    async retryAfter(key) {
      const [row] = await rows<{ seconds: number }>(
        db,
        sql`select ceil(extract(epoch from (window_started_at + make_interval(secs => ${WINDOW_SECONDS}) - now())))::int as seconds
            from login_throttle
            where key = ${key} and failures >= ${MAX_FAILURES}
              and window_started_at > now() - make_interval(secs => ${WINDOW_SECONDS})`,
      )
      return row ? Math.max(1, row.seconds) : 0
    },
    async recordFailure(key) {
      // One statement, so concurrent failures from several replicas all count.
      await db.execute(sql`
        insert into login_throttle (key, failures, window_started_at) values (${key}, 1, now())
        on conflict (key) do update set
          failures = case when login_throttle.window_started_at <= now() - make_interval(secs => ${WINDOW_SECONDS})
                          then 1 else login_throttle.failures + 1 end,
          window_started_at = case when login_throttle.window_started_at <= now() - make_interval(secs => ${WINDOW_SECONDS})
                                   then now() else login_throttle.window_started_at end`)
    },
    async reset(key) {
      await db.execute(sql`delete from login_throttle where key = ${key}`)
    },
  }
}

export function redisThrottle(redis: Redis): LoginThrottle {
  const name = (key: string) => `learnonce:login-throttle:${key}`
  return {
    async retryAfter(key) {
      const [failures, ttl] = await Promise.all([redis.get(name(key)), redis.ttl(name(key))])
      return Number(failures ?? 0) >= MAX_FAILURES && ttl > 0 ? ttl : 0
    },
    async recordFailure(key) {
      // The window starts at the first failure: NX sets the expiry only once.
      await redis.multi().incr(name(key)).expire(name(key), WINDOW_SECONDS, 'NX').exec()
    },
    async reset(key) {
      await redis.del(name(key))
    },
  }
}
