import { PassThrough } from 'node:stream'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../app.js'
import { type Cast, castFor, validBody } from '../modules/content/content-fixtures.js'
import { type TestApp, testApp } from '../test/app.js'
import { createDatabase, databaseUrl, dropDatabase, testDriver, throwawayName } from '../test/database.js'
import { itOnPostgres } from '../test/drivers.js'
import { expectProblem } from '../test/problems.js'
import { freePort, type Running, startApi, stop } from '../test/processes.js'
import { parseMetrics, sampleValue } from '../test/prometheus.js'

/** The port the app's own metrics listener took (METRICS_PORT=0 in these tests). */
function metricsPort(app: App): number {
  const address = app.metricsServer?.address()
  if (address === null || address === undefined || typeof address === 'string') throw new Error('the metrics listener is not listening')
  return address.port
}

const TOKEN = 'metrics-token-for-the-tests-0123456789'
const scrapeHeaders = { authorization: `Bearer ${TOKEN}` }

describe('/metrics on the main port, behind METRICS_TOKEN', () => {
  let t: TestApp
  let cast: Cast
  const scrape = async () => {
    const res = await t.app.inject({ method: 'GET', url: '/metrics', headers: scrapeHeaders })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/)
    return { text: res.body, samples: parseMetrics(res.body) }
  }

  beforeAll(async () => {
    t = await testApp({ METRICS_TOKEN: TOKEN, WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' })
    cast = await castFor(t.app)
  })
  afterAll(() => t.close())

  it('refuses a scrape without the token, or with another, as a 401 problem', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/metrics' })
    expectProblem(missing, 401)
    expect(missing.headers['www-authenticate']).toMatch(/^Bearer/)
    expectProblem(await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer not-the-token-at-all' } }), 401)
    // A person's access token is not the metrics token either.
    expectProblem(await t.app.inject({ method: 'GET', url: '/metrics', headers: cast.admin.headers }), 401)
  })

  it('counts requests and their latency by route pattern, method and status, never by raw URL', async () => {
    const ids: string[] = []
    for (let index = 0; index < 3; index++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/lessons',
        headers: cast.contributor.headers,
        payload: validBody.lesson(cast.siteA.id),
      })
      expect(res.statusCode, res.body).toBe(201)
      ids.push(res.json<{ id: string }>().id)
    }
    for (const id of ids) {
      expect((await t.app.inject({ method: 'GET', url: `/v1/lessons/${id}`, headers: cast.contributor.headers })).statusCode).toBe(200)
    }
    // A lesson nobody may see answers 404 on the same route; an unknown path matches no route at all.
    const missing = '0190a000-0000-7000-8000-000000000000'
    expect((await t.app.inject({ method: 'GET', url: `/v1/lessons/${missing}`, headers: cast.contributor.headers })).statusCode).toBe(404)
    expect((await t.app.inject({ method: 'GET', url: '/v1/no-such-thing/42' })).statusCode).toBe(404)
    expect((await t.app.inject({ method: 'GET', url: '/v1/no-such-thing/43' })).statusCode).toBe(404)
    expect((await t.app.inject({ method: 'HEAD', url: '/healthz' })).statusCode).toBe(200)

    const { text, samples } = await scrape()
    const count = (labels: Record<string, string>) => sampleValue(samples, 'http_request_duration_seconds_count', labels)
    expect(count({ method: 'POST', route: '/v1/lessons', status_code: '201' })).toBe(3)
    expect(count({ method: 'GET', route: '/v1/lessons/:id', status_code: '200' })).toBe(3)
    expect(count({ method: 'GET', route: '/v1/lessons/:id', status_code: '404' })).toBe(1)
    expect(count({ method: 'GET', route: '(unmatched)', status_code: '404' })).toBe(2)
    expect(count({ method: 'HEAD', route: '/healthz', status_code: '200' })).toBe(1)
    // Every response lands in one bucket: the +Inf bucket equals the count, and the sum is a real duration.
    expect(sampleValue(samples, 'http_request_duration_seconds_bucket', { route: '/v1/lessons/:id', status_code: '200', le: '+Inf' })).toBe(
      3,
    )
    expect(sampleValue(samples, 'http_request_duration_seconds_sum', { route: '/v1/lessons/:id', status_code: '200' })).toBeGreaterThan(0)
    for (const id of [...ids, missing]) expect(text).not.toContain(id)
    expect(text).not.toContain('no-such-thing')
  })

  it('reports process memory and event-loop delay', async () => {
    const { samples } = await scrape()
    expect(sampleValue(samples, 'process_resident_memory_bytes')).toBeGreaterThan(10 * 1024 * 1024)
    expect(sampleValue(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0)
    expect(sampleValue(samples, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThanOrEqual(0)
  })

  it('reports the webhook delivery backlog: pending and due deliveries, and how long the oldest has waited', async () => {
    const before = await scrape()
    expect(sampleValue(before.samples, 'learnonce_job_backlog', { job: 'webhook_delivery', state: 'pending' })).toBe(0)
    expect(sampleValue(before.samples, 'learnonce_job_oldest_due_seconds', { job: 'webhook_delivery' })).toBe(0)

    // No delivery worker runs in this app, so the pings wait as they would behind a stuck worker.
    const created = await t.app.inject({
      method: 'POST',
      url: '/v1/webhooks',
      headers: cast.admin.headers,
      payload: { url: 'http://127.0.0.1:9/hooks', events: ['ping'] },
    })
    expect(created.statusCode, created.body).toBe(201)
    const hook = created.json<{ id: string }>()
    for (let index = 0; index < 2; index++) {
      const ping = await t.app.inject({ method: 'POST', url: `/v1/webhooks/${hook.id}/ping`, headers: cast.admin.headers })
      expect(ping.statusCode, ping.body).toBeLessThan(300)
    }
    await t.app.db.execute(sql`update webhook_deliveries set next_attempt_at = now() - interval '90 seconds'`)

    const after = await scrape()
    expect(sampleValue(after.samples, 'learnonce_job_backlog', { job: 'webhook_delivery', state: 'pending' })).toBe(2)
    expect(sampleValue(after.samples, 'learnonce_job_backlog', { job: 'webhook_delivery', state: 'due' })).toBe(2)
    expect(sampleValue(after.samples, 'learnonce_job_oldest_due_seconds', { job: 'webhook_delivery' })).toBeGreaterThanOrEqual(90)
  })

  it('reports the database pool on PostgreSQL, and no pool on the embedded database', async () => {
    const { samples } = await scrape()
    const pool = (name: string) => sampleValue(samples, name, { pool: 'primary' })
    if (testDriver() === 'pglite') {
      expect(pool('learnonce_db_pool_connections')).toBeUndefined()
      return
    }
    expect(pool('learnonce_db_pool_max_connections')).toBe(10)
    expect(pool('learnonce_db_pool_connections')).toBeGreaterThanOrEqual(1)
    expect(pool('learnonce_db_pool_connections')).toBeLessThanOrEqual(10)
    expect(pool('learnonce_db_pool_idle_connections')).toBeLessThanOrEqual(pool('learnonce_db_pool_connections') ?? 0)
    expect(pool('learnonce_db_pool_waiting_requests')).toBe(0)
    // The first connections were opened when none was idle: those waits are in the histogram.
    expect(pool('learnonce_db_pool_acquire_seconds_count')).toBeGreaterThanOrEqual(1)
  })

  itOnPostgres('counts queries that queued for a connection when the pool was full', async () => {
    const queued = async () => sampleValue((await scrape()).samples, 'learnonce_db_pool_acquire_seconds_count', { pool: 'primary' }) ?? 0
    const before = await queued()
    // Twenty sleeps on a pool of ten: ten run, ten queue, and each queued one is timed.
    await Promise.all(Array.from({ length: 20 }, () => t.app.db.execute(sql`select pg_sleep(0.05)`)))
    expect((await queued()) - before).toBeGreaterThanOrEqual(10)
  })
})

describe('/metrics switched off', () => {
  it('is not served at all when neither METRICS_PORT nor METRICS_TOKEN is set', async () => {
    const t = await testApp()
    try {
      expectProblem(await t.app.inject({ method: 'GET', url: '/metrics', headers: scrapeHeaders }), 404)
      expect(t.app.metricsServer).toBeNull()
    } finally {
      await t.close()
    }
  })
})

describe('/metrics on METRICS_PORT', () => {
  let t: TestApp
  let api: string
  let metricsUrl: string
  beforeAll(async () => {
    t = await testApp({}, { host: '127.0.0.1', metrics: { port: 0, token: null } })
    api = await t.app.listen({ port: 0, host: '127.0.0.1' })
    metricsUrl = `http://127.0.0.1:${metricsPort(t.app)}/metrics`
  })
  afterAll(() => t.close())

  it('serves the metrics on their own port and not on the API port', async () => {
    expect((await fetch(`${api}/healthz`)).status).toBe(200)
    const res = await fetch(metricsUrl)
    expect(res.status).toBe(200)
    const samples = parseMetrics(await res.text())
    expect(sampleValue(samples, 'http_request_duration_seconds_count', { method: 'GET', route: '/healthz', status_code: '200' })).toBe(1)

    const onApi = await fetch(`${api}/metrics`)
    expect(onApi.status).toBe(404)
    expect(onApi.headers.get('content-type')).toContain('application/problem+json')
    const elsewhere = await fetch(metricsUrl.replace('/metrics', '/v1/lessons'))
    expect(elsewhere.status).toBe(404)
    expect(elsewhere.headers.get('content-type')).toContain('application/problem+json')
  })

  it('closes the metrics port with the app', async () => {
    const other = await testApp({}, { host: '127.0.0.1', metrics: { port: 0, token: TOKEN } })
    await other.app.listen({ port: 0, host: '127.0.0.1' })
    const port = metricsPort(other.app)
    // A token set with a port is required there too.
    expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(401)
    expect((await fetch(`http://127.0.0.1:${port}/metrics`, { headers: scrapeHeaders })).status).toBe(200)
    await other.close()
    await expect(fetch(`http://127.0.0.1:${port}/metrics`)).rejects.toThrow()
  })
})

itOnPostgres('logs a statement past SLOW_QUERY_MS with its text and duration, and never its parameters', async () => {
  const log = new PassThrough()
  let output = ''
  log.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8')
  })
  const t = await testApp({ LOG_LEVEL: 'warn', SLOW_QUERY_MS: '40' }, {}, { logStream: log })
  try {
    await t.app.db.execute(sql`select 1`)
    await t.app.db.execute(sql`select pg_sleep(0.08), ${'a-secret-parameter'}::text as carried`)
    const lines = output
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { msg: string; level: number; slowQuery: { text: string }; durationMs: number })
    // Only the sleep is certain to be slow; on a busy machine another statement may pass 40 ms too.
    const slow = lines.filter((line) => line.msg === 'slow query' && line.slowQuery.text.includes('pg_sleep'))
    expect(slow).toHaveLength(1)
    expect(lines.filter((line) => line.msg === 'slow query').every((line) => line.durationMs >= 40)).toBe(true)
    expect(slow[0]?.level).toBe(40)
    expect(slow[0]?.slowQuery.text).toMatch(/^select pg_sleep\(.+\), \$\d::text as carried$/)
    expect(slow[0]?.durationMs).toBeGreaterThanOrEqual(80)
    expect(output).not.toContain('a-secret-parameter')
  } finally {
    await t.close()
  }
})

itOnPostgres(
  'sums every worker’s metrics on METRICS_PORT when WEB_CONCURRENCY runs several',
  async () => {
    const name = throwawayName('lo_metrics_cluster')
    await createDatabase(name)
    const metrics = await freePort()
    let api: Running | undefined
    try {
      api = await startApi({
        DATABASE_URL: databaseUrl(name),
        WEB_CONCURRENCY: '2',
        METRICS_PORT: String(metrics),
        JWT_SECRET: 'j'.repeat(40),
      })
      // Fresh connections, so the primary hands them to both workers in turn.
      for (let index = 0; index < 40; index++) {
        const res = await fetch(`${api.url}/healthz`, { headers: { connection: 'close' } })
        expect(res.status).toBe(200)
      }
      const res = await fetch(`http://127.0.0.1:${metrics}/metrics`)
      expect(res.status).toBe(200)
      const samples = parseMetrics(await res.text())
      // /readyz was polled until the workers answered, so count only /healthz: all 40, whichever worker served them.
      expect(sampleValue(samples, 'http_request_duration_seconds_count', { method: 'GET', route: '/healthz', status_code: '200' })).toBe(40)
      // Two workers, each with a pool of ten: the limits add up.
      expect(sampleValue(samples, 'learnonce_db_pool_max_connections', { pool: 'primary' })).toBe(20)
      expect(sampleValue(samples, 'learnonce_job_backlog', { job: 'webhook_delivery', state: 'pending' })).toBe(0)
      expect((await fetch(`${api.url}/metrics`)).status).toBe(404)
    } finally {
      if (api) expect(await stop(api)).toBe(0)
      await dropDatabase(name)
    }
  },
  90_000,
)
