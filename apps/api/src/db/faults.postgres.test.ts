import type { LightMyRequestResponse } from 'fastify'
import pg from 'pg'
import { afterAll, expect } from 'vitest'
import { type App, buildApp } from '../app.js'
import { loadConfig } from '../config.js'
import { validBody } from '../modules/content/content-fixtures.js'
import { type TestApp, testApp } from '../test/app.js'
import { type Cluster, sqlOn, startCluster } from '../test/clusters.js'
import { withAdminClient } from '../test/database.js'
import { itOnPostgres } from '../test/drivers.js'
import { makeSite, signIn } from '../test/factories.js'
import { driveTo } from '../test/workflow.js'

/**
 * What a user notices when PostgreSQL misbehaves: a 503 problem with Retry-After at once (never a
 * hang, never a 500), and service back without a restart once the database is.
 */

const opened: TestApp[] = []
afterAll(async () => {
  for (const t of opened.splice(0)) await t.close()
})

async function open(): Promise<TestApp> {
  const t = await testApp()
  opened.push(t)
  return t
}

const databaseOf = (app: App) => new URL(app.config.databaseUrl ?? '').pathname.slice(1)

/** Terminates every backend connected to the app's database (and nobody else's). */
const terminateBackends = (app: App) =>
  withAdminClient((client) =>
    client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [
      databaseOf(app),
    ]),
  )

function expectUnavailable(res: LightMyRequestResponse): void {
  expect(res.statusCode, res.body).toBe(503)
  expect(res.headers['content-type']).toContain('application/problem+json')
  expect(res.headers['retry-after']).toBe('5')
  expect(res.json()).toMatchObject({ status: 503, title: 'Service Unavailable' })
}

itOnPostgres(
  'answers requests in flight with a 503 problem, fast, while backends are terminated under load, then serves again',
  async () => {
    const t = await open()
    const admin = await signIn(t.app, 'admin')
    const site = await makeSite(t.app)
    const answered: { request: string; status: number; ms: number; problem: boolean; retryAfter: unknown }[] = []
    let stop = false
    const requests = [
      () => t.app.inject({ method: 'GET', url: '/v1/lessons?limit=5', headers: admin.headers }),
      () => t.app.inject({ method: 'POST', url: '/v1/lessons', headers: admin.headers, payload: validBody.lesson(site.id) }),
      () => t.app.inject({ method: 'GET', url: '/v1/sites', headers: admin.headers }),
      () => t.app.inject({ method: 'GET', url: '/readyz' }),
    ]
    const load = async () => {
      while (!stop) {
        for (const request of requests) {
          const started = Date.now()
          const res = await request()
          answered.push({
            request: `${res.raw.req.method} ${res.raw.req.url}`,
            status: res.statusCode,
            ms: Date.now() - started,
            problem: String(res.headers['content-type']).includes('application/problem+json'),
            retryAfter: res.headers['retry-after'],
          })
        }
      }
    }
    const loops = Array.from({ length: 8 }, load)
    // Every 25 ms for 3 s, over one connection of the test's own: often enough to catch statements mid-flight.
    let killed = 0
    await withAdminClient(async (client) => {
      const until = Date.now() + 3_000
      while (Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 25))
        const result = await client.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [databaseOf(t.app)],
        )
        killed += result.rowCount ?? 0
      }
    })
    stop = true
    await Promise.all(loops)

    expect(killed).toBeGreaterThan(0)
    const unavailable = answered.filter((answer) => answer.status === 503)
    // The faults reached requests, and every one of those was told so as a problem to retry.
    expect(unavailable.length).toBeGreaterThan(0)
    expect(unavailable.every((answer) => answer.problem && answer.retryAfter === '5')).toBe(true)
    expect(answered.filter((answer) => ![200, 201, 503].includes(answer.status))).toEqual([])
    // Never a hang: a request waits at most the pool's 5 s connect timeout (a new connection can be
    // killed while it starts), then answers; with margin for a busy machine.
    const slowest = answered.toSorted((a, b) => b.ms - a.ms).slice(0, 5)
    expect(slowest[0]?.ms, JSON.stringify(slowest)).toBeLessThan(7_000)

    // No restart: the next requests are served, and readiness is back with every connection given
    // back to the pool (none lost to a request that failed).
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' })
    expect(ready.statusCode).toBe(200)
    const [primary] = ready.json<{ pools: { connections: { total: number; idle: number; waiting: number } }[] }>().pools
    expect(primary?.connections.waiting).toBe(0)
    // The readiness check itself holds one while it answers.
    expect((primary?.connections.total ?? 0) - (primary?.connections.idle ?? 0)).toBeLessThanOrEqual(1)
    const created = await t.app.inject({ method: 'POST', url: '/v1/lessons', headers: admin.headers, payload: validBody.lesson(site.id) })
    expect(created.statusCode, created.body).toBe(201)
    expect((await t.app.inject({ method: 'GET', url: '/v1/lessons?limit=5', headers: admin.headers })).statusCode).toBe(200)
  },
  60_000,
)

itOnPostgres(
  'reports a database that refuses connections at /readyz, and is ready again once it accepts them',
  async () => {
    const t = await open()
    const admin = await signIn(t.app, 'admin')
    const name = databaseOf(t.app)
    await withAdminClient((client) => client.query(`alter database "${name}" with allow_connections false`))
    try {
      await terminateBackends(t.app)
      expectUnavailable(await t.app.inject({ method: 'GET', url: '/readyz' }))
      // Even the sign-in check needs the database: the caller is told to retry, not that they are unknown.
      expectUnavailable(await t.app.inject({ method: 'GET', url: '/v1/sites', headers: admin.headers }))
    } finally {
      await withAdminClient((client) => client.query(`alter database "${name}" with allow_connections true`))
    }
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200)
  },
  60_000,
)

/**
 * Runs `request` while another connection holds `table` locked, so the request's transaction stops
 * at its write to that table; then terminates the request's backend there, half-way through.
 */
async function killHalfWay(t: TestApp, table: string, request: () => Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse> {
  const locker = new pg.Client({ connectionString: t.app.config.databaseUrl ?? '' })
  await locker.connect()
  try {
    const lockerPid = (await locker.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]?.pid
    await locker.query('begin')
    await locker.query(`lock table ${table} in access exclusive mode`)
    const pending = request()
    const deadline = Date.now() + 10_000
    let victims: number[] = []
    while (victims.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20))
      victims = await sqlOnAdmin<{ pid: number }>(
        "select pid from pg_stat_activity where datname = $1 and wait_event_type = 'Lock' and pid <> $2",
        [databaseOf(t.app), lockerPid],
      ).then((rows) => rows.map((row) => row.pid))
    }
    expect(victims).toHaveLength(1)
    await sqlOnAdmin('select pg_terminate_backend($1)', [victims[0]])
    return await pending
  } finally {
    await locker.query('rollback').catch(() => {})
    await locker.end()
  }
}

const sqlOnAdmin = <T extends pg.QueryResultRow>(text: string, values: unknown[]) =>
  withAdminClient((client) => client.query<T>(text, values)).then((result) => result.rows)

itOnPostgres(
  'leaves nothing half-written when a transaction is killed half-way: content, sites, relations, audit, history, change log',
  async () => {
    const t = await open()
    const admin = await signIn(t.app, 'admin')
    const site = await makeSite(t.app)
    const solution = await t.app.inject({
      method: 'POST',
      url: '/v1/solutions',
      headers: admin.headers,
      payload: validBody.solution(site.id),
    })
    const solutionId = solution.json<{ id: string }>().id
    const onApp = <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
      sqlOn<T>(t.app.config.databaseUrl ?? '', text, values)
    // Counted in the app's own database (the admin connection's database has no tables of ours).
    const auditRows = async () => Number((await onApp<{ n: string }>('select count(*) as n from audit_events'))[0]?.n)
    const auditBefore = await auditRows()

    // A create stopped at its audit row, after the item, its site and its relation were written.
    const lesson = { ...validBody.lesson(site.id), relatedSolutionIds: [solutionId] }
    expectUnavailable(
      await killHalfWay(t, 'audit_events', () =>
        t.app.inject({ method: 'POST', url: '/v1/lessons', headers: admin.headers, payload: lesson }),
      ),
    )
    expect(await onApp('select id from content_items where title = $1', [lesson.title])).toEqual([])
    expect(await onApp('select from_id from content_relations where to_id = $1', [solutionId])).toEqual([])
    expect(await onApp('select item_id from content_sites where item_id not in (select id from content_items)')).toEqual([])
    expect(await auditRows()).toBe(auditBefore)

    // A workflow action stopped at its audit row, after the status, the change log (publishing is a
    // change the feeds and webhooks hear of) and the history were written.
    const draft = await t.app.inject({ method: 'POST', url: '/v1/lessons', headers: admin.headers, payload: validBody.lesson(site.id) })
    const draftId = draft.json<{ id: string }>().id
    await driveTo(t.app, '/v1/lessons', draftId, 'in_review', { contributor: admin, curator: admin })
    const stateOf = async () => ({
      item: await onApp('select status, version from content_items where id = $1', [draftId]),
      history: await onApp('select to_status from content_transitions where item_id = $1', [draftId]),
      changes: await onApp('select item_id from content_changes where item_id = $1', [draftId]),
      audit: await onApp('select action from audit_events where subject_id = $1 order by id', [draftId]),
    })
    const before = await stateOf()
    expectUnavailable(
      await killHalfWay(t, 'audit_events', () =>
        t.app.inject({ method: 'POST', url: `/v1/lessons/${draftId}/publish`, headers: admin.headers, payload: {} }),
      ),
    )
    expect(await stateOf()).toEqual(before)

    // Nothing to clean up by hand: the same requests, sent again, succeed whole.
    const retried = await t.app.inject({ method: 'POST', url: '/v1/lessons', headers: admin.headers, payload: lesson })
    expect(retried.statusCode, retried.body).toBe(201)
    expect(retried.json()).toMatchObject({ title: lesson.title, relatedSolutionIds: [solutionId] })
    const published = await t.app.inject({ method: 'POST', url: `/v1/lessons/${draftId}/publish`, headers: admin.headers, payload: {} })
    expect(published.statusCode, published.body).toBe(200)
    const after = await stateOf()
    expect(after.item).toEqual([{ status: 'published', version: (before.item[0] as { version: number }).version + 1 }])
    expect(after.history).toEqual([...before.history, { to_status: 'published' }])
    expect(after.changes).toHaveLength(1)
    expect(after.audit).toEqual([...before.audit, { action: 'lesson.published' }])
  },
  60_000,
)

let cluster: Cluster | null = null
let clusterApp: App | null = null
afterAll(async () => {
  await clusterApp?.close()
  await cluster?.remove()
})

itOnPostgres(
  'recovers by itself when PostgreSQL is stopped for a few seconds and started again',
  async () => {
    // A cluster of this test's own: the server the other tests share is never stopped.
    cluster = await startCluster()
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '0',
      API_KEY_RATE_LIMIT_PER_MINUTE: '0',
      DATA_DIR: 'memory://',
      DATABASE_URL: cluster.url(),
    })
    const app = await buildApp(config)
    clusterApp = app
    await app.database.migrate()
    const admin = await signIn(app, 'admin')
    const site = await makeSite(app)
    const create = () => app.inject({ method: 'POST', url: '/v1/lessons', headers: admin.headers, payload: validBody.lesson(site.id) })
    expect((await create()).statusCode).toBe(201)

    await cluster.stop('fast')
    const started = Date.now()
    expectUnavailable(await app.inject({ method: 'GET', url: '/readyz' }))
    expectUnavailable(await create())
    expectUnavailable(await app.inject({ method: 'GET', url: '/v1/lessons', headers: admin.headers }))
    expect(Date.now() - started).toBeLessThan(5_000)
    await new Promise((resolve) => setTimeout(resolve, 3_000))

    await cluster.start()
    const deadline = Date.now() + 15_000
    let ready = 0
    while (ready !== 200 && Date.now() < deadline) {
      ready = (await app.inject({ method: 'GET', url: '/readyz' })).statusCode
      if (ready !== 200) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(ready).toBe(200)
    const again = await create()
    expect(again.statusCode, again.body).toBe(201)
    expect(
      (await app.inject({ method: 'GET', url: `/v1/lessons/${again.json<{ id: string }>().id}`, headers: admin.headers })).statusCode,
    ).toBe(200)
  },
  90_000,
)
