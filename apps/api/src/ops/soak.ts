import { readFile } from 'node:fs/promises'
import autocannon, { type Request, type Result } from 'autocannon'
import pg from 'pg'
import { DEMO_PASSWORD } from '../seed/demo.js'
import { freePort, type Running, startApi, stop } from '../test/processes.js'
import { parseMetrics, sampleValue } from '../test/prometheus.js'

/**
 * A bounded soak: the API on a fresh PostgreSQL database with the demo hub, driven for `seconds` by
 * `connections` connections of mixed reads and writes (per connection, in turn: a list page, an
 * item, a search, another item, and a new lesson), sampled every second. The suite runs a short one
 * (ops/soak.test.ts); `pnpm --filter @learnonce/api soak` a long one. Traffic goes to 127.0.0.1 only.
 */
export interface SoakOptions {
  seconds: number
  connections: number
  /** A database on the server where the soak creates, then drops, its own database. */
  adminUrl: string
  progress?: (line: string) => void
}

export interface SoakSample {
  second: number
  /** The API process's resident memory (from /proc), MB. */
  rssMb: number
  heapUsedMb: number
  /** The pool as the API reports it on /metrics. */
  poolConnections: number
  poolWaiting: number
  /** Connections PostgreSQL holds for the soak's database (pg_stat_activity): leaks would show here. */
  backends: number
}

export interface SoakReport {
  seconds: number
  connections: number
  requests: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  statuses: Record<string, number>
  /** Responses with a status other than the one each request expects, plus socket errors and timeouts. */
  failures: number
  poolMax: number
  samples: SoakSample[]
  /** 2 s after the load stopped. */
  after: SoakSample
  exitCode: number | null
}

const POOL = { pool: 'primary' }

export async function soak(options: SoakOptions): Promise<SoakReport> {
  const name = `lo_soak_${Date.now().toString(36)}`
  const admin = new pg.Client({ connectionString: options.adminUrl })
  await admin.connect()
  const log = options.progress ?? (() => {})
  let api: Running | undefined
  try {
    await admin.query(`create database "${name}"`)
    const url = new URL(options.adminUrl)
    url.pathname = `/${name}`
    const metricsPort = await freePort()
    api = await startApi({
      DATABASE_URL: url.toString(),
      NODE_ENV: 'production',
      JWT_SECRET: 'soak-'.repeat(10),
      SEED_DEMO: 'true',
      // One person sends everything: the per-person allowance would turn the soak into 429s.
      RATE_LIMIT_PER_MINUTE: '0',
      METRICS_PORT: String(metricsPort),
      LOG_LEVEL: 'error',
    })
    const pid = api.child.pid
    if (pid === undefined) throw new Error('the API has no process id')
    const origin = api.url
    log(`API ready at ${origin} (pid ${pid}); database ${name}`)

    const login = await fetch(`${origin}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'contributor@demo.learnonce.dev', password: DEMO_PASSWORD }),
    })
    if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`)
    const { accessToken, user } = (await login.json()) as { accessToken: string; user: { siteIds: string[] } }
    // Long enough for any soak: the demo's access tokens last 15 minutes, so sign in per run.
    const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' }
    const page = (await (await fetch(`${origin}/v1/lessons?limit=100`, { headers })).json()) as { data: { id: string }[] }
    const ids = page.data.map((item) => item.id)
    if (ids.length === 0) throw new Error('the demo hub has no lessons to read')

    const sample = async (second: number): Promise<SoakSample> => {
      const status = await readFile(`/proc/${pid}/status`, 'utf8')
      const rssKb = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0)
      const metrics = parseMetrics(await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text())
      const backends = await admin.query<{ count: number }>('select count(*)::int as count from pg_stat_activity where datname = $1', [
        name,
      ])
      return {
        second,
        rssMb: Math.round(rssKb / 102.4) / 10,
        heapUsedMb: Math.round((sampleValue(metrics, 'nodejs_heap_size_used_bytes') ?? 0) / 104_857.6) / 10,
        poolConnections: sampleValue(metrics, 'learnonce_db_pool_connections', POOL) ?? -1,
        poolWaiting: sampleValue(metrics, 'learnonce_db_pool_waiting_requests', POOL) ?? -1,
        backends: backends.rows[0]?.count ?? -1,
      }
    }
    const poolMax = sampleValue(
      parseMetrics(await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text()),
      'learnonce_db_pool_max_connections',
      POOL,
    )

    let written = 0
    const anyId = () => ids[Math.floor(Math.random() * ids.length)] ?? ''
    const item: Request = {
      method: 'GET',
      path: '/v1/lessons',
      setupRequest: (request) => ({ ...request, path: `/v1/lessons/${anyId()}` }),
    }
    const requests: Request[] = [
      { method: 'GET', path: '/v1/lessons?limit=20' },
      item,
      { method: 'GET', path: '/v1/search?q=discharge' },
      item,
      {
        method: 'POST',
        path: '/v1/lessons',
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({
            title: `Soak lesson ${++written}`,
            summary: 'Written during the soak: what a busy hub does all day.',
            siteId: user.siteIds[0],
          }),
        }),
      },
    ]

    const samples: SoakSample[] = []
    const started = Date.now()
    let sampling = Promise.resolve()
    const timer = setInterval(() => {
      sampling = sampling.then(async () => {
        const taken = await sample(Math.round((Date.now() - started) / 1000))
        samples.push(taken)
        if (taken.second % 10 === 0) log(JSON.stringify(taken))
      })
    }, 1_000)
    let result: Result
    try {
      result = await autocannon({
        url: origin,
        connections: options.connections,
        duration: options.seconds,
        headers,
        requests,
        timeout: 30,
      })
    } finally {
      clearInterval(timer)
      await sampling
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    const after = await sample(Math.round((Date.now() - started) / 1000))

    // The types name the counts optional; autocannon fills every status it saw.
    const counted: Record<string, { count?: number }> = result.statusCodeStats ?? {}
    const statuses: Record<string, number> = Object.fromEntries(Object.entries(counted).map(([status, { count }]) => [status, count ?? 0]))
    const expected = (status: string) => status === '200' || status === '201'
    const failures =
      Object.entries(statuses)
        .filter(([status]) => !expected(status))
        .reduce((sum, [, count]) => sum + count, 0) +
      result.errors +
      result.timeouts
    const exitCode = await stop(api)
    api = undefined
    return {
      seconds: options.seconds,
      connections: options.connections,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      statuses,
      failures,
      poolMax: poolMax ?? -1,
      samples,
      after,
      exitCode,
    }
  } finally {
    if (api) api.child.kill('SIGKILL')
    await admin.query(`drop database if exists "${name}" with (force)`).catch(() => {})
    await admin.end()
  }
}

/**
 * Whether memory levels off: the peak resident memory of the last 40% of the run against the peak of
 * the 40% before it (the first fifth is warm-up). Peaks, because single samples swing ±30% with the
 * garbage collector's sawtooth; a leak shows as peaks that keep climbing.
 */
export function memoryGrowth(report: SoakReport): { warmPeakMb: number; endPeakMb: number; ratio: number } {
  const { samples } = report
  const peak = (from: number, to: number) =>
    Math.max(0, ...samples.slice(Math.floor(samples.length * from), Math.floor(samples.length * to)).map((sample) => sample.rssMb))
  const warmPeakMb = peak(0.2, 0.6)
  const endPeakMb = Math.max(peak(0.6, 1), report.after.rssMb)
  return { warmPeakMb, endPeakMb, ratio: endPeakMb / warmPeakMb }
}
