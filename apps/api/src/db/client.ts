import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { type SQL, sql } from 'drizzle-orm'
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres'
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import type { FastifyBaseLogger } from 'fastify'
import pg from 'pg'
import * as schema from './schema/index.js'
import { logSlowQueries } from './slow-queries.js'

export type Schema = typeof schema
/** The one database type the app codes against, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>
/** A transaction handle: everything a Database can do, inside one transaction. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0]
/** Either; services that only read or write take this so callers can pass their transaction. */
export type Executor = Database | Transaction

export interface DatabaseHandle {
  db: Database
  driver: 'pglite' | 'postgres'
  /** The PostgreSQL connection pools, named, for metrics; none on PGlite (one in-process connection). */
  pools: ReadonlyArray<{ name: string; pool: pg.Pool }>
  migrate(): Promise<void>
  close(): Promise<void>
}

const migrationsFolder = new URL('../../drizzle', import.meta.url).pathname
// Any constant works; it only has to be the same for every replica.
const MIGRATION_LOCK = 4_817_204_211

/** Where the app's statements are watched: slow ones are logged here (PostgreSQL only). */
export interface QueryObserver {
  log: FastifyBaseLogger
  slowQueryMs: number
}

export async function openDatabase(
  options: { databaseUrl: string | null; dataDir: string },
  observer?: QueryObserver,
): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, observer)
  return openPglite(options.dataDir)
}

async function openPostgres(connectionString: string, observer: QueryObserver | undefined): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 5_000 })
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {})
  if (observer && observer.slowQueryMs > 0) logSlowQueries(pool, observer.log, observer.slowQueryMs)
  const db: Database = drizzleNodePg({ client: pool, schema })
  return {
    db,
    driver: 'postgres',
    pools: [{ name: 'primary', pool }],
    async migrate() {
      // A session-level advisory lock on one dedicated connection: replicas starting together
      // queue here, and each finds the migrations already applied by the first.
      const client = await pool.connect()
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK])
        await migrateNodePg(drizzleNodePg({ client, schema }), { migrationsFolder })
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {})
        client.release()
      }
    },
    close: () => pool.end(),
  }
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const client = await PGlite.create({ ...(dataDir === 'memory://' ? {} : { dataDir }), extensions: { pg_trgm } })
  const db: Database = drizzlePglite({ client, schema })
  return {
    db,
    driver: 'pglite',
    pools: [],
    // PGlite is one connection in one process: nothing else can be migrating it.
    migrate: () => migratePglite(drizzlePglite({ client, schema }), { migrationsFolder }),
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

const connectionCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'])

/**
 * Whether an error means a backing service (PostgreSQL, Redis) cannot be reached or is shutting
 * down, rather than anything about the request: connection failures, SQLSTATE class 08, admin
 * shutdown (57P0x), too many connections (53300).
 */
export function isUnavailable(error: unknown): boolean {
  const state = sqlState(error)
  if (state && (state.startsWith('08') || state.startsWith('57P0') || state === '53300')) return true
  for (let current = error; current !== null && typeof current === 'object'; current = (current as { cause?: unknown }).cause) {
    const { code, name } = current as { code?: unknown; name?: unknown }
    if (typeof code === 'string' && connectionCodes.has(code)) return true
    if (name === 'MaxRetriesPerRequestError' || (current as { message?: unknown }).message === 'Connection terminated unexpectedly')
      return true
    if (current instanceof AggregateError && current.errors.some(isUnavailable)) return true
  }
  return false
}

/** The SQLSTATE of a PostgreSQL error, whether the driver threw it or drizzle wrapped it. */
export function sqlState(error: unknown): string | undefined {
  for (let current = error; current !== null && typeof current === 'object'; current = (current as { cause?: unknown }).cause) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
  }
  return undefined
}
