import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../seed/demo.js'
import { createDatabase, databaseUrl, dropDatabase, testDriver, throwawayName } from '../test/database.js'
import { itOnPostgres } from '../test/drivers.js'
import { type Running, runToEnd, startApi, stop } from '../test/processes.js'

const contributor = 'contributor@demo.learnonce.dev'

/** Signs in through the API, as a person would after the restore. */
async function signIn(api: Running, email: string): Promise<{ authorization: string; siteIds: string[] }> {
  const res = await fetch(`${api.url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  expect(res.status, await res.clone().text()).toBe(200)
  const body = (await res.json()) as { accessToken: string; user: { siteIds: string[] } }
  return { authorization: `Bearer ${body.accessToken}`, siteIds: body.user.siteIds }
}

interface Snapshot {
  id: string
  etag: string | null
  item: string
  list: string
  search: string
}

/** Writes a lesson through the API and reads back what a reader sees: the item with its ETag, a list and a search. */
async function writeContent(api: Running): Promise<string> {
  const { authorization, siteIds } = await signIn(api, contributor)
  const res = await fetch(`${api.url}/v1/lessons`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Backups proved by restoring them',
      summary: 'A lesson written before the backup, read back after the restore with the same ETag.',
      siteId: siteIds[0],
    }),
  })
  expect(res.status, await res.clone().text()).toBe(201)
  return ((await res.json()) as { id: string }).id
}

async function read(api: Running, id: string): Promise<Snapshot> {
  const { authorization } = await signIn(api, contributor)
  const get = (path: string) => fetch(`${api.url}${path}`, { headers: { authorization } })
  const item = await get(`/v1/lessons/${id}`)
  expect(item.status).toBe(200)
  const list = await get('/v1/lessons?limit=100')
  const search = await get('/v1/search?q=discharge')
  return { id, etag: item.headers.get('etag'), item: await item.text(), list: await list.text(), search: await search.text() }
}

describe('backup and restore', { timeout: 180_000 }, () => {
  const folders: string[] = []
  const databases: string[] = []
  const running: Running[] = []
  const folder = () => {
    const made = mkdtempSync(join(tmpdir(), 'lo-backup-'))
    folders.push(made)
    return made
  }
  afterAll(async () => {
    for (const api of running) if (api.child.exitCode === null) api.child.kill('SIGKILL')
    for (const made of folders) rmSync(made, { recursive: true, force: true })
    for (const name of databases) await dropDatabase(name)
  })

  // The embedded database: registered on the PGlite run, as PGlite is what it backs up.
  if (testDriver() === 'pglite') {
    it('backs up the embedded database and restores it into a new DATA_DIR, where the API serves the same content', async () => {
      const original = join(folder(), 'data')
      const api = await startApi({ DATA_DIR: original, SEED_DEMO: 'true' })
      running.push(api)
      const before = await read(api, await writeContent(api))
      expect(before.etag).toMatch(/^(W\/)?"/)
      expect(await stop(api)).toBe(0)

      const file = join(folder(), 'hub.tar.gz')
      const backedUp = await runToEnd('src/ops/backup.ts', ['--', '--out', file], { DATA_DIR: original })
      expect(backedUp.code, backedUp.output).toBe(0)
      expect(backedUp.output).toMatch(/backed up the PGlite database/)
      expect(existsSync(`${file}.partial`)).toBe(false)

      const restoredDir = join(folder(), 'restored')
      const restored = await runToEnd('src/ops/restore.ts', ['--in', file, '--data-dir', restoredDir], {})
      expect(restored.code, restored.output).toBe(0)
      // A restore never merges into a database that has something in it.
      const again = await runToEnd('src/ops/restore.ts', ['--in', file, '--data-dir', restoredDir], {})
      expect(again.code).toBe(1)
      expect(again.output).toMatch(/is not empty/)

      const second = await startApi({ DATA_DIR: restoredDir })
      running.push(second)
      const after = await read(second, before.id)
      expect(after).toEqual(before)
      expect(await stop(second)).toBe(0)
    })
  }

  itOnPostgres('backs up PostgreSQL with pg_dump while the API serves, and restores it into a fresh database with pg_restore', async () => {
    const source = throwawayName('lo_backup_source')
    const target = throwawayName('lo_backup_target')
    databases.push(source, target)
    await createDatabase(source)
    const env = { JWT_SECRET: 's'.repeat(40) }
    const api = await startApi({ ...env, DATABASE_URL: databaseUrl(source), SEED_DEMO: 'true' })
    running.push(api)
    const before = await read(api, await writeContent(api))

    const file = join(folder(), 'hub.dump')
    const backedUp = await runToEnd('src/ops/backup.ts', ['--out', file], { DATABASE_URL: databaseUrl(source) })
    expect(backedUp.code, backedUp.output).toBe(0)
    expect(await stop(api)).toBe(0)

    await createDatabase(target)
    const restored = await runToEnd('src/ops/restore.ts', ['--in', file, '--database-url', databaseUrl(target)], {})
    expect(restored.code, restored.output).toBe(0)
    const again = await runToEnd('src/ops/restore.ts', ['--in', file], { DATABASE_URL: databaseUrl(target) })
    expect(again.code).toBe(1)
    expect(again.output).toMatch(/has tables/)

    const second = await startApi({ ...env, DATABASE_URL: databaseUrl(target) })
    running.push(second)
    expect(await read(second, before.id)).toEqual(before)
    expect(await stop(second)).toBe(0)
  })
})
