import { afterAll, expect } from 'vitest'
import { type App, buildApp } from '../app.js'
import { loadConfig } from '../config.js'
import { validBody } from '../modules/content/content-fixtures.js'
import { type Cluster, sqlOn, startCluster, startReplica } from '../test/clusters.js'
import { itOnPostgres } from '../test/drivers.js'
import { makeSite, type SignedIn, signIn } from '../test/factories.js'
import { parseMetrics, sampleValue } from '../test/prometheus.js'
import { openDatabase } from './client.js'
import type { PoolReport } from './replicas.js'

/**
 * A real streaming replica: a private primary cluster (so the shared server's configuration is left
 * alone) and a `pg_basebackup -R` standby of it, both on ports of their own on 127.0.0.1.
 */
interface Setup {
  primary: Cluster
  replica: Cluster
  app: App
  writer: SignedIn
  reader: SignedIn
  siteId: string
}

let setup: Setup | null = null
const METRICS_TOKEN = 'replica-metrics-token-0123456789'

/** Every app built, closed before the clusters are removed. */
const apps: App[] = []

async function build(primary: Cluster, replica: Cluster, env: Record<string, string> = {}): Promise<App> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    API_KEY_RATE_LIMIT_PER_MINUTE: '0',
    DATA_DIR: 'memory://',
    // Every app here signs and checks the same people's tokens, as replicas of one API do.
    JWT_SECRET: 'replica-tests-share-this-secret-of-32-chars',
    DATABASE_URL: primary.url('learnonce'),
    DATABASE_REPLICA_URLS: replica.url('learnonce'),
    REPLICA_MAX_LAG_MS: '60000',
    REPLICA_CHECK_INTERVAL_MS: '200',
    ...env,
  })
  const app = await buildApp(config)
  apps.push(app)
  return app
}

async function prepare(): Promise<Setup> {
  if (setup) return setup
  const primary = await startCluster()
  let replica: Cluster | null = null
  try {
    await sqlOn(primary.url(), 'create database learnonce')
    const handle = await openDatabase({ databaseUrl: primary.url('learnonce'), dataDir: 'memory://' })
    await handle.migrate()
    await handle.close()
    replica = await startReplica(primary)
    const app = await build(primary, replica)
    const [writer, reader, site] = [await signIn(app, 'admin'), await signIn(app, 'admin'), await makeSite(app)]
    setup = { primary, replica, app, writer, reader, siteId: site.id }
    await until(app, (pools) => pools[1]?.status === 'up' && pools[1].lagMs === 0)
    return setup
  } catch (error) {
    for (const app of apps.splice(0)) await app.close()
    await replica?.remove()
    await primary.remove()
    throw error
  }
}

afterAll(async () => {
  for (const app of apps.splice(0)) await app.close()
  if (!setup) return
  await setup.replica.remove()
  await setup.primary.remove()
})

async function readiness(app: App): Promise<{ status: number; pools: PoolReport[] }> {
  const res = await app.inject({ method: 'GET', url: '/readyz' })
  return { status: res.statusCode, pools: res.json<{ pools?: PoolReport[] }>().pools ?? [] }
}

/** Polls /readyz until `ready` holds of its pools (10 s at most). */
async function until(app: App, ready: (pools: PoolReport[]) => boolean): Promise<PoolReport[]> {
  const deadline = Date.now() + 10_000
  let last: PoolReport[] = []
  while (Date.now() < deadline) {
    const { status, pools } = await readiness(app)
    last = pools
    if (status === 200 && ready(pools)) return pools
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`readiness never matched: ${JSON.stringify(last)}`)
}

const pauseReplay = (s: Setup) => sqlOn(s.replica.url('learnonce'), 'select pg_wal_replay_pause()')
const resumeReplay = (s: Setup) => sqlOn(s.replica.url('learnonce'), 'select pg_wal_replay_resume()')

async function createLesson(s: Setup, app: App): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/v1/lessons', headers: s.writer.headers, payload: validBody.lesson(s.siteId) })
  expect(res.statusCode, res.body).toBe(201)
  return res.json<{ id: string }>().id
}

const read = (app: App, who: SignedIn, id: string) => app.inject({ method: 'GET', url: `/v1/lessons/${id}`, headers: who.headers })

/**
 * With the replica's replay paused, a lesson the writer creates is on the primary only: who sees it
 * shows where their reads went. Replay resumes before this returns.
 */
async function whereReadsGo(s: Setup, app: App): Promise<{ writer: number; reader: number }> {
  await pauseReplay(s)
  try {
    const id = await createLesson(s, s.app)
    return { writer: (await read(app, s.writer, id)).statusCode, reader: (await read(app, s.reader, id)).statusCode }
  } finally {
    await resumeReplay(s)
  }
}

itOnPostgres(
  'reads a streaming replica, while the writer reads their own write from the primary',
  async () => {
    const s = await prepare()
    const { pools } = await readiness(s.app)
    expect(pools.map((pool) => [pool.name, pool.role, pool.status])).toEqual([
      ['primary', 'primary', 'up'],
      ['replica-1', 'replica', 'up'],
    ])
    // The writer, just after writing, reads the primary; anyone else reads the replica, which lacks it.
    expect(await whereReadsGo(s, s.app)).toEqual({ writer: 200, reader: 404 })
    // Once replayed, the replica has it for everyone.
    const id = await createLesson(s, s.app)
    const deadline = Date.now() + 10_000
    while ((await read(s.app, s.reader, id)).statusCode !== 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
    expect((await read(s.app, s.reader, id)).statusCode).toBe(200)
    // A list reads the replica too: the paused replica's list lacks the writer's newest lesson.
    await pauseReplay(s)
    try {
      const newest = await createLesson(s, s.app)
      const list = await s.app.inject({ method: 'GET', url: '/v1/lessons?limit=100', headers: s.reader.headers })
      expect(list.json<{ data: { id: string }[] }>().data.map((row) => row.id)).not.toContain(newest)
      const own = await s.app.inject({ method: 'GET', url: '/v1/lessons?limit=100', headers: s.writer.headers })
      expect(own.json<{ data: { id: string }[] }>().data.map((row) => row.id)).toContain(newest)
    } finally {
      await resumeReplay(s)
    }
  },
  90_000,
)

itOnPostgres(
  'takes a replica lagging beyond REPLICA_MAX_LAG_MS out of rotation, and back once it catches up',
  async () => {
    const s = await prepare()
    const strict = await build(s.primary, s.replica, { REPLICA_MAX_LAG_MS: '1000', METRICS_TOKEN })
    const scrape = async () => {
      const res = await strict.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
      expect(res.statusCode).toBe(200)
      return parseMetrics(res.body)
    }
    await until(strict, (pools) => pools[1]?.status === 'up')
    expect(sampleValue(await scrape(), 'learnonce_db_replica_in_rotation', { pool: 'replica-1' })).toBe(1)
    await pauseReplay(s)
    try {
      const id = await createLesson(s, s.app)
      const pools = await until(strict, (found) => found[1]?.status === 'lagging')
      expect(pools[1]?.lagMs).toBeGreaterThan(1000)
      // What Prometheus sees: the replica out of rotation, and how far behind it is.
      const samples = await scrape()
      expect(sampleValue(samples, 'learnonce_db_replica_in_rotation', { pool: 'replica-1' })).toBe(0)
      expect(sampleValue(samples, 'learnonce_db_replica_lag_seconds', { pool: 'replica-1' })).toBeGreaterThan(1)
      // Out of rotation: everyone reads the primary, and sees the lesson the replica has not replayed.
      expect((await read(strict, s.reader, id)).statusCode).toBe(200)
    } finally {
      await resumeReplay(s)
    }
    await until(strict, (pools) => pools[1]?.status === 'up')
  },
  90_000,
)

itOnPostgres(
  'keeps serving reads from the primary when the replica is killed mid-run, and reads the replica again once it is back',
  async () => {
    const s = await prepare()
    await until(s.app, (pools) => pools[1]?.status === 'up')
    const ids = [await createLesson(s, s.app), await createLesson(s, s.app)]
    // The reader (who wrote nothing) reads through the replica until it dies under them.
    let stop = false
    const statuses: number[] = []
    const load = async () => {
      while (!stop) {
        for (const url of [`/v1/lessons/${ids[0]}`, '/v1/lessons?limit=5', `/v1/lessons/${ids[1]}`]) {
          statuses.push((await s.app.inject({ method: 'GET', url, headers: s.reader.headers })).statusCode)
        }
      }
    }
    const loops = [load(), load(), load(), load()]
    await new Promise((resolve) => setTimeout(resolve, 500))
    await s.replica.stop('immediate')
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    stop = true
    await Promise.all(loops)
    expect(statuses.length).toBeGreaterThan(20)
    expect(statuses.filter((status) => status !== 200)).toEqual([])

    const { status, pools } = await readiness(s.app)
    expect(status).toBe(200)
    expect(pools.map((pool) => [pool.name, pool.status])).toEqual([
      ['primary', 'up'],
      ['replica-1', 'down'],
    ])
    // With the replica gone, everyone's reads come from the primary.
    expect(await whereReadsGoWithoutReplica(s)).toBe(200)

    await s.replica.start()
    await until(s.app, (found) => found[1]?.status === 'up')
    expect(await whereReadsGo(s, s.app)).toEqual({ writer: 200, reader: 404 })
  },
  120_000,
)

async function whereReadsGoWithoutReplica(s: Setup): Promise<number> {
  const id = await createLesson(s, s.app)
  return (await read(s.app, s.reader, id)).statusCode
}

itOnPostgres(
  'with REDIS_URL, a writer reads their write from the primary whichever API process serves the read',
  async () => {
    const s = await prepare()
    const shared = { REDIS_URL: 'redis://127.0.0.1:6379' }
    const [one, other] = [await build(s.primary, s.replica, shared), await build(s.primary, s.replica, shared)]
    await Promise.all([one, other].map((app) => until(app, (pools) => pools[1]?.status === 'up')))
    await pauseReplay(s)
    try {
      const created = await one.inject({
        method: 'POST',
        url: '/v1/lessons',
        headers: s.writer.headers,
        payload: validBody.lesson(s.siteId),
      })
      expect(created.statusCode, created.body).toBe(201)
      const id = created.json<{ id: string }>().id
      // The mark is in Redis, so the other process pins the writer to the primary too; others read the replica.
      expect((await read(other, s.writer, id)).statusCode).toBe(200)
      expect((await read(other, s.reader, id)).statusCode).toBe(404)
    } finally {
      await resumeReplay(s)
    }
  },
  90_000,
)
