// The throwaway database a benchmark runs on: a fresh PostgreSQL database on the server at
// BENCH_POSTGRES_URL (dropped at the end), or PGlite in a temporary folder (deleted at the end).
// The schema comes from the API's own migrations, run through the built API's openDatabase.
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'

const DEFAULT_SERVER = 'postgres://root@127.0.0.1:5432/'

async function migrate(clientModule, options) {
  const { openDatabase } = await import(clientModule)
  const handle = await openDatabase(options)
  try {
    await handle.migrate()
  } finally {
    await handle.close()
  }
}

function withDatabase(serverUrl, name) {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

async function createPostgres(clientModule) {
  const serverUrl = process.env.BENCH_POSTGRES_URL || DEFAULT_SERVER
  const name = `learnonce_bench_${Date.now()}_${process.pid}`
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') })
  await admin.connect()
  await admin.query(`create database "${name}"`)
  await admin.end()
  const databaseUrl = withDatabase(serverUrl, name)
  let dropped = false
  return {
    kind: 'postgres',
    label: `PostgreSQL database ${name}`,
    databaseUrl,
    migrate: () => migrate(clientModule, { databaseUrl, dataDir: tmpdir() }),
    /** A single connection: statements run in the order they are sent. */
    async open() {
      const client = new pg.Client({ connectionString: databaseUrl })
      await client.connect()
      return { client, close: () => client.end() }
    },
    /** API and baseline share the one database (each with its own pool). */
    baselineTarget: () => ({ databaseUrl }),
    /** `keep`: leave the database for a look with psql. */
    async drop({ keep = false } = {}) {
      if (dropped || keep) return
      dropped = true
      const cleaner = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') })
      await cleaner.connect()
      // FORCE: the API or the baseline may still hold connections if the run was interrupted.
      await cleaner.query(`drop database if exists "${name}" with (force)`)
      await cleaner.end()
    },
  }
}

async function createPglite(clientModule) {
  const dataDir = mkdtempSync(join(tmpdir(), 'learnonce-bench-'))
  const baselineDir = `${dataDir}-baseline`
  return {
    kind: 'pglite',
    label: `PGlite in ${dataDir}`,
    dataDir,
    migrate: () => migrate(clientModule, { databaseUrl: null, dataDir }),
    async open() {
      const { PGlite } = await import('@electric-sql/pglite')
      const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm')
      const client = await PGlite.create({ dataDir, extensions: { pg_trgm } })
      return { client, close: () => client.close() }
    },
    /** PGlite is one process's database: the baseline reads its own copy of the loaded folder. */
    baselineTarget() {
      cpSync(dataDir, baselineDir, { recursive: true })
      return { dataDir: baselineDir }
    },
    async drop({ keep = false } = {}) {
      if (!keep) rmSync(dataDir, { recursive: true, force: true })
      rmSync(baselineDir, { recursive: true, force: true })
    },
  }
}

export const createDatabase = (kind, clientModule) => (kind === 'pglite' ? createPglite(clientModule) : createPostgres(clientModule))
