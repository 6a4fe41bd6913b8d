import { type SQL, sql } from 'drizzle-orm'
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres'
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator'
import { type PgDatabase, type PgQueryResultHKT, type PgTransactionConfig, withReplicas } from 'drizzle-orm/pg-core'
import type { FastifyBaseLogger } from 'fastify'
import pg from 'pg'
import { guardPool, isUnavailable } from './errors.js'
import { type PoolReport, primaryReport, ReplicaSet, readsMayUseReplica } from './replicas.js'
import * as schema from './schema/index.js'
import { logSlowQueries } from './slow-queries.js'
import { parseTextArray, TEXT_ARRAY_OID } from './text-arrays.js'

export { isUnavailable, sqlState } from './errors.js'

export type Schema = typeof schema
/** The one database type the app codes against, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>
/** A transaction handle: everything a Database can do, inside one transaction. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0]
/** Either; services that only read or write take this so callers can pass their transaction. */
export type Executor = Database | Transaction

export interface DatabaseHandle {
  /** Writes and transactions go to the primary; with replicas, a request's plain selects may not (see replicas.ts). */
  db: Database
  driver: 'pglite' | 'postgres'
  /** The primary's PostgreSQL connection pool, named, for metrics; none on PGlite (one in-process connection). */
  connectionPools: ReadonlyArray<{ name: string; pool: pg.Pool }>
  /**
   * Applies the migrations, then runs `afterwards` (the rest of a first start: the first admin, the
   * demo hub) before letting go: replicas starting together take turns through both, so the second
   * finds the first one's work done instead of racing it.
   */
  migrate(afterwards?: () => Promise<void>): Promise<void>
  /** Each connection pool and its state, checked now: the primary, then any replicas. */
  pools(): Promise<PoolReport[]>
  close(): Promise<void>
}

export interface DatabaseOptions {
  databaseUrl: string | null
  dataDir: string
  databaseReplicaUrls?: string[]
  replicaMaxLagMs?: number
  replicaCheckIntervalMs?: number
  /** Told when a replica enters or leaves rotation (for the log). */
  onReplicaChange?: ConstructorParameters<typeof ReplicaSet>[2]['onChange']
  /** Where statements slower than `slowQueryMs` are logged (PostgreSQL only; 0 turns it off). */
  slowQueries?: { log: FastifyBaseLogger; slowQueryMs: number }
}

const migrationsFolder = new URL('../../drizzle', import.meta.url).pathname
// Any constant works; it only has to be the same for every replica.
const MIGRATION_LOCK = 4_817_204_211

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options)
  return openPglite(options.dataDir)
}

/** The database a read-only statement of the current request runs on: see readTarget(). */
const readTargets = new WeakMap<object, () => Database>()

/**
 * Where a statement built from `db` now will run: for the replica-routing handle, the replicas'
 * database or the primary's, as the current request allows; any other handle is itself. Code that
 * keeps a built statement (prepared statements) keys it by this, so a statement prepared for the
 * replicas is never run for a request that must read the primary.
 */
export function readTarget(db: Executor): Executor {
  return readTargets.get(db)?.() ?? db
}

const POOL_SIZE = 10

async function openPostgres(connectionString: string, options: DatabaseOptions): Promise<DatabaseHandle> {
  // pg's type registry is the process's: every connection (drizzle's too) reads text[] this way.
  pg.types.setTypeParser(TEXT_ARRAY_OID, parseTextArray)
  const pool = new pg.Pool({ connectionString, max: POOL_SIZE, connectionTimeoutMillis: 5_000 })
  guardPool(pool)
  if (options.slowQueries && options.slowQueries.slowQueryMs > 0) {
    logSlowQueries(pool, options.slowQueries.log, options.slowQueries.slowQueryMs)
  }
  const primary: Database = drizzleNodePg({ client: pool, schema })
  primary.transaction = (work, config) => transactionOn(pool, work, config)
  const replicaUrls = options.databaseReplicaUrls ?? []
  const replicas =
    replicaUrls.length > 0
      ? new ReplicaSet(pool, replicaUrls, {
          maxLagMs: options.replicaMaxLagMs ?? 5_000,
          checkIntervalMs: options.replicaCheckIntervalMs ?? 1_000,
          poolSize: POOL_SIZE,
          onChange: options.onReplicaChange,
        })
      : null
  let db = primary
  if (replicas) {
    // drizzle sends a statement outside a transaction as client.query(config, values): the replica
    // set answers that on a replica in rotation, or on the primary. Reads never open a transaction
    // here (withReplicas sends transactions to the primary), so query is all it is asked for.
    const reader: Database = drizzleNodePg({ client: replicas as unknown as pg.Pool, schema })
    const pick = () => (readsMayUseReplica() ? reader : primary)
    db = withReplicas(primary, [reader], pick)
    readTargets.set(db, pick)
    replicas.start()
  }
  return {
    db,
    driver: 'postgres',
    connectionPools: [{ name: 'primary', pool }],
    async migrate(afterwards) {
      // A session-level advisory lock on one dedicated connection: replicas starting together
      // queue here, and each finds the migrations (and what comes after) already done by the first.
      const client = await pool.connect()
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK])
        await migrateNodePg(drizzleNodePg({ client, schema }), { migrationsFolder })
        await afterwards?.()
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {})
        client.release()
      }
    },
    async pools() {
      const [up] = await Promise.all([
        pool.query('select 1').then(
          () => true,
          () => false,
        ),
        replicas?.check(),
      ])
      return [primaryReport(pool, up), ...(replicas?.report() ?? [])]
    },
    async close() {
      await replicas?.stop()
      await pool.end()
    },
  }
}

/** A drizzle handle per pooled connection, made once: the pool hands the same few connections round. */
const onConnection = new WeakMap<pg.PoolClient, Database>()

/**
 * A transaction on a connection this code checks out and always gives back. drizzle's own sends
 * BEGIN before its try/finally, so a connection killed just then was never released: each such
 * fault took one of the pool's connections for good, until every request waited for one that
 * never came (and closing the pool hung). A connection that failed is destroyed, not reused.
 */
async function transactionOn<T>(pool: pg.Pool, work: (tx: Transaction) => Promise<T>, config?: PgTransactionConfig): Promise<T> {
  const client = await pool.connect()
  let failure: unknown = null
  try {
    let db = onConnection.get(client)
    if (!db) {
      db = drizzleNodePg({ client, schema })
      onConnection.set(client, db)
    }
    return await db.transaction(work, config)
  } catch (error) {
    failure = error
    throw error
  } finally {
    client.release(failure !== null && isUnavailable(failure) ? asError(failure) : undefined)
  }
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)))

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  // Loaded only for the embedded database: a server on PostgreSQL starts without PGlite's WebAssembly.
  const [{ PGlite }, { pg_trgm }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ])
  const client = await PGlite.create({ ...(dataDir === 'memory://' ? {} : { dataDir }), extensions: { pg_trgm } })
  const db: Database = drizzlePglite({ client, schema })
  return {
    db,
    driver: 'pglite',
    connectionPools: [],
    // PGlite is one connection in one process: nothing else can be migrating it.
    async migrate(afterwards) {
      await migratePglite(drizzlePglite({ client, schema }), { migrationsFolder })
      await afterwards?.()
    },
    async pools() {
      const up = await ping(db).then(
        () => true,
        () => false,
      )
      const connections = { total: 1, idle: 1, waiting: 0 }
      return [
        { name: 'primary', role: 'primary', status: up ? 'up' : 'down', lagMs: null, detail: up ? null : 'not reachable', connections },
      ]
    },
    close: () => client.close(),
  }
}

/** Rows of a raw SQL query, whichever driver ran it. */
export async function rows<T>(db: Executor, query: SQL): Promise<T[]> {
  // Both drivers answer with { rows }; the shared PgDatabase type cannot say so.
  const result = (await db.execute(query)) as unknown as { rows: T[] }
  return result.rows
}

export async function ping(db: Database): Promise<void> {
  await db.execute(sql`select 1`)
}
