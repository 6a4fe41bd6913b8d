import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** Which database the suite runs on: set per vitest project (see the root vitest.config.ts). */
export const testDriver = (): 'pglite' | 'postgres' => (process.env.LO_TEST_DB === 'postgres' ? 'postgres' : 'pglite')

/** A server-level connection used only to create and drop throwaway databases. */
export const postgresAdminUrl = () => process.env.LO_TEST_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/test'

export const databaseUrl = (name: string) => {
  const url = new URL(postgresAdminUrl())
  url.pathname = `/${name}`
  return url.toString()
}

export async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

export const throwawayName = (prefix: string) => `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`

/** Creates an empty database, or a copy of `template` (already migrated, so each test file starts fast). */
export async function createDatabase(name: string, template?: string): Promise<void> {
  await withAdminClient((client) => client.query(`create database "${name}"${template ? ` template "${template}"` : ''}`))
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdminClient((client) => client.query(`drop database if exists "${name}" with (force)`))
}
