import { AsyncLocalStorage } from 'node:async_hooks'
import pg from 'pg'
import { guardPool, isUnavailable, sqlState } from './errors.js'

/**
 * Whether the statements of the current request may be read from a replica. Set per request by the
 * read-routing plugin; absent outside a request (start-up, background jobs), which reads the primary.
 */
export const readRouting = new AsyncLocalStorage<{ replica: boolean }>()

export const readsMayUseReplica = (): boolean => readRouting.getStore()?.replica === true

export interface PoolReport {
  name: string
  role: 'primary' | 'replica'
  /** up: serving; down: unreachable; lagging: behind by more than the limit; starting: not checked yet. */
  status: 'up' | 'down' | 'lagging' | 'starting'
  lagMs: number | null
  /** Why a pool is out of rotation, in words that name no host (readiness is public). */
  detail: string | null
  connections: { total: number; idle: number; waiting: number }
}

interface Replica {
  name: string
  url: string
  pool: pg.Pool
  inRotation: boolean
  status: PoolReport['status']
  lagMs: number | null
  detail: string | null
}

/** A replica's answer to "how far behind are you", given the primary's WAL position a moment before. */
interface LagRow {
  recovering: boolean
  caught_up: boolean | null
  since_replay_ms: number | null
}

const connections = (pool: pg.Pool) => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount })

/** host:port/database of a URL, never its user or password. */
export function describeUrl(url: string): string {
  const parsed = new URL(url)
  return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`
}

/**
 * Streaming replicas in front of one primary. A replica is in rotation while it answers and is no
 * further behind than `maxLagMs`; reads go round the ones in rotation and fall back to the primary
 * when there are none. A read that fails because its replica has just gone away is run again on the
 * primary at once, and the replica leaves rotation until a health check finds it well again.
 */
export class ReplicaSet {
  private readonly replicas: Replica[]
  private next = 0
  private timer: NodeJS.Timeout | null = null
  private checking: Promise<void> | null = null

  constructor(
    private readonly primary: pg.Pool,
    urls: string[],
    private readonly options: {
      maxLagMs: number
      checkIntervalMs: number
      poolSize: number
      /** Told when a replica enters or leaves rotation, with the reason (which may name hosts). */
      onChange?: (change: {
        replica: string
        url: string
        status: PoolReport['status']
        lagMs: number | null
        reason: string | null
      }) => void
    },
  ) {
    this.replicas = urls.map((url, index) => {
      // A replica that does not answer must be given up on quickly: the primary can answer instead.
      const pool = new pg.Pool({ connectionString: url, max: options.poolSize, connectionTimeoutMillis: 2_000 })
      guardPool(pool)
      return {
        name: `replica-${index + 1}`,
        url: describeUrl(url),
        pool,
        inRotation: false,
        status: 'starting',
        lagMs: null,
        detail: null,
      }
    })
  }

  /** Checks every replica now and then every interval, until stop(). */
  start(): void {
    void this.check()
    this.timer = setInterval(() => void this.check(), this.options.checkIntervalMs)
    this.timer.unref()
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    await this.checking
    await Promise.all(this.replicas.map((replica) => replica.pool.end()))
  }

  /** Checks each replica once; concurrent calls share one round. */
  check(): Promise<void> {
    this.checking ??= this.checkAll().finally(() => {
      this.checking = null
    })
    return this.checking
  }

  private async checkAll(): Promise<void> {
    let primaryLsn: string | null = null
    try {
      const result = await this.primary.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn')
      primaryLsn = result.rows[0]?.lsn ?? null
    } catch {
      // The primary's position is unknown: judge lag by replay time alone.
    }
    await Promise.all(this.replicas.map((replica) => this.checkOne(replica, primaryLsn)))
  }

  private async checkOne(replica: Replica, primaryLsn: string | null): Promise<void> {
    try {
      const result = await withTimeout(
        replica.pool.query<LagRow>(
          `select pg_is_in_recovery() as recovering,
                  pg_last_wal_replay_lsn() >= $1::pg_lsn as caught_up,
                  (extract(epoch from now() - pg_last_xact_replay_timestamp()) * 1000)::float8 as since_replay_ms`,
          [primaryLsn],
        ),
        Math.max(1_000, this.options.checkIntervalMs * 2),
      )
      const row = result.rows[0]
      if (!row?.recovering) {
        // A server that is not replaying the primary's WAL (promoted, or a wrong URL) may hold other data.
        this.set(replica, 'down', null, 'not a streaming replica', 'pg_is_in_recovery() is false')
        return
      }
      // Caught up with where the primary was a moment ago: no lag, however long ago the last write was.
      // Otherwise the lag is the time since the last transaction it replayed.
      const lagMs = row.caught_up ? 0 : Math.max(0, Math.round(row.since_replay_ms ?? Number.POSITIVE_INFINITY))
      if (lagMs > this.options.maxLagMs) {
        const detail = `more than ${this.options.maxLagMs} ms behind the primary`
        this.set(replica, 'lagging', lagMs, detail, detail)
      } else this.set(replica, 'up', lagMs, null, null)
    } catch (error) {
      this.set(replica, 'down', null, 'not reachable', messageOf(error))
    }
  }

  private set(replica: Replica, status: Replica['status'], lagMs: number | null, detail: string | null, reason: string | null): void {
    const changed = replica.status !== status
    replica.status = status
    replica.lagMs = lagMs
    replica.detail = detail
    replica.inRotation = status === 'up'
    if (changed) this.options.onChange?.({ replica: replica.name, url: replica.url, status, lagMs, reason })
  }

  /** The next replica in rotation, or null when reads must go to the primary. */
  private pick(): Replica | null {
    for (let tried = 0; tried < this.replicas.length; tried++) {
      const replica = this.replicas[this.next++ % this.replicas.length]
      if (replica?.inRotation) return replica
    }
    return null
  }

  /**
   * Runs one read-only statement on a replica in rotation, or on the primary. Statements outside a
   * transaction are all drizzle sends through here, with the arguments node-postgres's Pool.query takes.
   */
  async query(config: pg.QueryConfig, values?: unknown[]): Promise<pg.QueryResult> {
    const replica = this.pick()
    if (replica) {
      try {
        return await replica.pool.query(config, values)
      } catch (error) {
        if (!replicaCannotAnswer(error)) throw error
        this.set(replica, 'down', null, 'not reachable', messageOf(error))
      }
    }
    return this.primary.query(config, values)
  }

  report(): PoolReport[] {
    return this.replicas.map((replica) => ({
      name: replica.name,
      role: 'replica',
      status: replica.status,
      lagMs: replica.lagMs,
      detail: replica.detail,
      connections: connections(replica.pool),
    }))
  }
}

export const primaryReport = (pool: pg.Pool, up: boolean): PoolReport => ({
  name: 'primary',
  role: 'primary',
  status: up ? 'up' : 'down',
  lagMs: null,
  detail: up ? null : 'not reachable',
  connections: connections(pool),
})

/**
 * Failures of the replica rather than of the statement: it is gone or going (connection errors,
 * shutdown), or it cancelled the read to replay WAL that conflicts with it (40001 on a standby).
 */
const replicaCannotAnswer = (error: unknown): boolean => isUnavailable(error) || sqlState(error) === '40001'

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}
