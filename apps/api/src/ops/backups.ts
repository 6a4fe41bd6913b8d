import { spawn } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import pg from 'pg'

/**
 * Backups of either database the API runs on, for the `backup` and `restore` commands:
 * - embedded PGlite: its whole data directory as a gzipped tarball (PGlite's dumpDataDir), restored
 *   by starting PGlite on an empty directory from it (loadDataDir). The API must be stopped: PGlite's
 *   files belong to one process.
 * - PostgreSQL: `pg_dump -Fc` (a consistent snapshot, taken while the API serves), restored with
 *   `pg_restore` into an empty database in one transaction, without the old owner and grants.
 * The JWT secret is not in either: a restored hub signs everyone out once, and nothing else changes.
 */

export class BackupError extends Error {
  override name = 'BackupError'
}

/** What a backup file holds, told by its first bytes rather than its name. */
export type BackupKind = 'pglite' | 'postgres'

/** Where the database is, read from the same variables as the API (without its other checks and side effects). */
export interface DatabaseTarget {
  databaseUrl: string | null
  dataDir: string
}

export function targetFromEnv(env: Record<string, string | undefined> = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim()
  return { databaseUrl: url ? url : null, dataDir: resolve(env.DATA_DIR?.trim() || './data') }
}

export async function backupKind(file: string): Promise<BackupKind> {
  const handle = await open(file, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0)
    if (bytesRead >= 2 && buffer[0] === 0x1f && buffer[1] === 0x8b) return 'pglite'
    if (bytesRead === 5 && buffer.toString('latin1') === 'PGDMP') return 'postgres'
  } finally {
    await handle.close()
  }
  throw new BackupError(`${file} is neither a PGlite backup (gzipped tarball) nor a pg_dump -Fc archive`)
}

/** Writes a backup of `target` to `out` (through a temporary file, so a failed backup leaves no half file). */
export async function backup(target: DatabaseTarget, out: string): Promise<BackupKind> {
  const file = resolve(out)
  await mkdir(dirname(file), { recursive: true })
  const partial = `${file}.partial`
  try {
    if (target.databaseUrl) {
      const { dbname, env } = libpq(target.databaseUrl)
      await run('pg_dump', ['--format=custom', `--file=${partial}`, `--dbname=${dbname}`], env)
    } else {
      if (!existsSync(target.dataDir)) throw new BackupError(`DATA_DIR ${target.dataDir} does not exist: there is nothing to back up`)
      const db = await PGlite.create({ dataDir: target.dataDir, extensions: { pg_trgm } })
      try {
        const tarball = await db.dumpDataDir('gzip')
        await writeFile(partial, Buffer.from(await tarball.arrayBuffer()), { mode: 0o600 })
      } finally {
        await db.close()
      }
    }
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
  await rename(partial, file)
  return target.databaseUrl ? 'postgres' : 'pglite'
}

/** Restores the backup in `file` into `target`, which must be empty: a restore never merges. */
export async function restore(file: string, target: DatabaseTarget): Promise<BackupKind> {
  const kind = await backupKind(file)
  if (kind === 'postgres') {
    if (!target.databaseUrl) throw new BackupError('this is a PostgreSQL backup: set DATABASE_URL (or --database-url) to an empty database')
    await expectEmptyDatabase(target.databaseUrl)
    const { dbname, env } = libpq(target.databaseUrl)
    await run('pg_restore', ['--no-owner', '--no-acl', '--exit-on-error', '--single-transaction', `--dbname=${dbname}`, file], env)
    return kind
  }
  if (target.databaseUrl)
    throw new BackupError('this is a PGlite backup: unset DATABASE_URL and set DATA_DIR (or --data-dir) to a new folder')
  if (existsSync(target.dataDir) && readdirSync(target.dataDir).length > 0) {
    throw new BackupError(`DATA_DIR ${target.dataDir} is not empty: restore into a new folder, then point DATA_DIR at it`)
  }
  await mkdir(target.dataDir, { recursive: true })
  const tarball = new Blob([await readFile(file)])
  const db = await PGlite.create({ dataDir: target.dataDir, loadDataDir: tarball, extensions: { pg_trgm } })
  try {
    // Proves the restored files open as a database with the API's tables in it.
    await db.query('select count(*) from drizzle.__drizzle_migrations')
  } finally {
    await db.close()
  }
  return kind
}

async function expectEmptyDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ tables: number }>(
      `select count(*)::int as tables from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`,
    )
    if ((rows[0]?.tables ?? 0) > 0) {
      throw new BackupError('the target database has tables: restore into a new, empty database (createdb), then point DATABASE_URL at it')
    }
  } finally {
    await client.end()
  }
}

/** The URL for libpq without its password, which goes in PGPASSWORD instead, so `ps` never shows it. */
function libpq(url: string): { dbname: string; env: Record<string, string> } {
  const parsed = new URL(url)
  const password = decodeURIComponent(parsed.password)
  parsed.password = ''
  return { dbname: parsed.toString(), env: password ? { PGPASSWORD: password } : {} }
}

async function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8')
  })
  const code = await new Promise<number | null>((done, fail) => {
    child.once('error', (error: NodeJS.ErrnoException) =>
      fail(error.code === 'ENOENT' ? new BackupError(`${command} is not installed (the PostgreSQL client tools)`) : error),
    )
    child.once('exit', done)
  })
  if (code !== 0) throw new BackupError(`${command} failed (exit ${code}):\n${stderr.trim()}`)
}
