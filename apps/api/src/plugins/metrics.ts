import cluster from 'node:cluster'
import { createHash, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { sql } from 'drizzle-orm'
import type { FastifyInstance, FastifyReply, FastifyRequest, onResponseHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import type pg from 'pg'
import { AggregatorRegistry, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'
import type { Config } from '../config.js'
import { rows } from '../db/client.js'
import type { PoolReport } from '../db/replicas.js'
import { Problem } from '../problem.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The metrics listener when METRICS_PORT is set and this process serves it (tests read its port). */
    metricsServer: Server | null
  }
}

/** Latency buckets in seconds: from a cached 304 to a slow search, with room either side. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
/** The route label of requests that matched no route: one series, whatever URL was asked for. */
const UNMATCHED = '(unmatched)'

let processRegistry: Registry | undefined
/**
 * Process memory, CPU, event-loop delay, GC and handles, collected once per process: the collectors
 * install observers that live as long as the process, so a second app in one process (tests) shares them.
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry()
    collectDefaultMetrics({ register: processRegistry })
  }
  return processRegistry
}

type Child = { observe(value: number): void }

/**
 * The request histogram's series for one route, found without building a label string or object per
 * request: method → status → the prom-client child, created on the first response of each kind.
 */
class RouteSeries {
  private readonly byMethod = new Map<string, Map<number, Child>>()
  constructor(
    private readonly histogram: Histogram<'method' | 'route' | 'status_code'>,
    private readonly route: string,
  ) {}

  observe(method: string, status: number, seconds: number): void {
    let byStatus = this.byMethod.get(method)
    if (!byStatus) {
      byStatus = new Map()
      this.byMethod.set(method, byStatus)
    }
    let child = byStatus.get(status)
    if (!child) {
      child = this.histogram.labels(method, this.route, String(status))
      byStatus.set(status, child)
    }
    child.observe(seconds)
  }
}

/** The app's own metrics, registered into `registry`. */
function appMetrics(app: FastifyInstance, registry: Registry) {
  const requests = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving a request to sending its response, by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  })

  const pools = app.database.connectionPools
  const poolGauge = (name: string, help: string, read: (pool: pg.Pool) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['pool'] as const,
      registers: [registry],
      collect() {
        for (const { name: pool, pool: handle } of pools) this.set({ pool }, read(handle))
      },
    })
  if (pools.length > 0) {
    poolGauge('learnonce_db_pool_connections', 'Open connections in the database pool (idle and in use).', (pool) => pool.totalCount)
    poolGauge(
      'learnonce_db_pool_idle_connections',
      'Open connections in the database pool that no request holds.',
      (pool) => pool.idleCount,
    )
    poolGauge(
      'learnonce_db_pool_waiting_requests',
      'Queries and transactions queued for a connection because the pool is at its limit.',
      (pool) => pool.waitingCount,
    )
    poolGauge('learnonce_db_pool_max_connections', 'The pool’s connection limit.', (pool) => pool.options.max ?? 10)
    const acquire = new Histogram({
      name: 'learnonce_db_pool_acquire_seconds',
      help: 'Time to get a connection when none was idle: opening a new one, or queueing at the limit.',
      labelNames: ['pool'] as const,
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    })
    for (const { name, pool } of pools) timeAcquisitions(pool, acquire.labels(name))
  }

  if (app.config.databaseReplicaUrls.length > 0) {
    // Checked at each scrape (the same check /readyz makes): a lagging or down replica shows at once.
    // Both gauges are collected in the same pass, so they share one check rather than run two.
    let checking: Promise<PoolReport[]> | null = null
    const replicaReports = () => {
      checking ??= app.database
        .pools()
        .catch((): PoolReport[] => [])
        .finally(() => {
          checking = null
        })
      return checking
    }
    new Gauge({
      name: 'learnonce_db_replica_lag_seconds',
      help: 'How far each read replica is behind the primary (0: caught up); absent while a replica is down.',
      labelNames: ['pool'] as const,
      registers: [registry],
      async collect() {
        this.reset()
        const reports = await replicaReports()
        for (const report of reports) {
          if (report.role === 'replica' && report.lagMs !== null) this.set({ pool: report.name }, report.lagMs / 1000)
        }
      },
    })
    new Gauge({
      name: 'learnonce_db_replica_in_rotation',
      help: 'Whether each read replica serves reads now (1) or is out of rotation, down or lagging (0).',
      labelNames: ['pool'] as const,
      registers: [registry],
      async collect() {
        this.reset()
        const reports = await replicaReports()
        for (const report of reports) if (report.role === 'replica') this.set({ pool: report.name }, report.status === 'up' ? 1 : 0)
      },
    })
  }

  new Gauge({
    name: 'learnonce_job_backlog',
    help: 'Background work waiting in the database, by job: pending (all not yet done) and due (ready to run now).',
    labelNames: ['job', 'state'] as const,
    registers: [registry],
    // Every replica reads the same rows: aggregating workers must not add them up.
    aggregator: 'max',
    async collect() {
      try {
        const [counts] = await rows<{ pending: number; due: number }>(
          app.db,
          // Only pending deliveries have a next attempt: the partial range is the due index's.
          sql`select count(*)::int as pending, count(*) filter (where hook.active and delivery.next_attempt_at <= now())::int as due
              from webhook_deliveries delivery join webhooks hook on hook.id = delivery.webhook_id
              where delivery.next_attempt_at is not null and delivery.status = 'pending'`,
        )
        this.set({ job: 'webhook_delivery', state: 'pending' }, counts?.pending ?? 0)
        this.set({ job: 'webhook_delivery', state: 'due' }, counts?.due ?? 0)
      } catch (error) {
        // A scrape while the database is down reports no backlog rather than a stale one or an error.
        this.reset()
        app.log.debug({ err: error }, 'could not read the job backlog for /metrics')
      }
    },
  })
  new Gauge({
    name: 'learnonce_job_oldest_due_seconds',
    help: 'How long the oldest due item of each job has been waiting (0 when none is due): a stuck worker shows here first.',
    labelNames: ['job'] as const,
    registers: [registry],
    aggregator: 'max',
    async collect() {
      try {
        const [oldest] = await rows<{ seconds: number | null }>(
          app.db,
          sql`select extract(epoch from now() - min(delivery.next_attempt_at))::float8 as seconds
              from webhook_deliveries delivery join webhooks hook on hook.id = delivery.webhook_id and hook.active
              where delivery.next_attempt_at <= now() and delivery.status = 'pending'`,
        )
        this.set({ job: 'webhook_delivery' }, Math.max(0, oldest?.seconds ?? 0))
      } catch {
        this.reset()
      }
    },
  })
  return { requests }
}

type Connect = (callback?: (...args: unknown[]) => void) => unknown

/**
 * Times pool.connect() only when no idle connection is left for it (pg-pool hands idle ones out on
 * the next tick, to the waiters in order), so the common case costs two property reads.
 * pool.query() goes through connect() too.
 */
function timeAcquisitions(pool: pg.Pool, histogram: { startTimer(): () => void }): void {
  const target = pool as unknown as { connect: Connect }
  const connect = target.connect.bind(pool)
  target.connect = (callback) => {
    if (pool.idleCount > pool.waitingCount) return connect(callback)
    const stop = histogram.startTimer()
    if (callback) {
      return connect((...args) => {
        stop()
        callback(...args)
      })
    }
    const pending = connect()
    if (pending instanceof Promise)
      pending.then(
        () => stop(),
        () => stop(),
      )
    return pending
  }
}

/** The bearer-token check for a scrape; true when no token is configured. */
function tokenAccepted(token: string | null, header: string | undefined): boolean {
  if (token === null) return true
  const match = /^Bearer +(\S+)$/i.exec(header ?? '')
  if (!match?.[1]) return false
  // Digests of equal length, so the comparison takes the same time whatever was sent.
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(match[1]), digest(token))
}

const unauthorizedScrape = () =>
  new Problem(401, 'Send the metrics token: Authorization: Bearer <METRICS_TOKEN>.', {
    headers: { 'www-authenticate': 'Bearer realm="metrics"' },
  })

/** A metrics listener of its own on METRICS_PORT: GET /metrics, everything else a 404 problem. */
function metricsListener(token: string | null, render: () => Promise<{ contentType: string; body: string }>): Server {
  const send = (response: ServerResponse, problem: Problem) => {
    response.writeHead(problem.status, { 'content-type': 'application/problem+json', ...problem.headers })
    response.end(JSON.stringify(problem.toJSON()))
  }
  return createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0]
    if (path !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
      send(response, new Problem(404, `There is no route ${request.method} ${path} here; scrape GET /metrics.`))
      return
    }
    if (!tokenAccepted(token, request.headers.authorization)) {
      send(response, unauthorizedScrape())
      return
    }
    render().then(
      ({ contentType, body }) => {
        response.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' })
        response.end(request.method === 'HEAD' ? undefined : body)
      },
      () => send(response, new Problem(500, 'The metrics could not be collected.')),
    )
  })
}

async function listen(server: Server, port: number, host: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
}

/**
 * Prometheus metrics (see the README's Observability section). Registered before the routes, so
 * every route gets a response hook of its own that knows its pattern; unmatched requests share one
 * series. Off entirely when neither METRICS_PORT nor METRICS_TOKEN is set.
 */
export const metrics = fp(
  async (app: FastifyInstance, options: { metrics: Config['metrics']; host: string }) => {
    app.decorate('metricsServer', null)
    const { port, token } = options.metrics
    if (port === null && token === null) return

    const registry = new Registry()
    const { requests } = appMetrics(app, registry)
    const registries = [processMetrics(), registry]

    app.addHook('onRoute', (route) => {
      const series = new RouteSeries(requests, route.url)
      const observe: onResponseHookHandler = (request: FastifyRequest, reply: FastifyReply, done) => {
        series.observe(request.method, reply.statusCode, reply.elapsedTime / 1000)
        done()
      }
      route.onResponse = [...(route.onResponse ? [route.onResponse].flat() : []), observe]
    })
    const unmatched = new RouteSeries(requests, UNMATCHED)
    app.addHook('onResponse', (request, reply, done) => {
      if (request.is404) unmatched.observe(request.method, reply.statusCode, reply.elapsedTime / 1000)
      done()
    })

    const render = async () => {
      const bodies = await Promise.all(registries.map((each) => each.metrics()))
      return { contentType: registry.contentType, body: bodies.join('') }
    }

    if (cluster.isWorker) {
      // The primary serves METRICS_PORT and asks each worker for these over IPC (prom-client's
      // AggregatorRegistry), answering with the sum: constructing one installs the worker's answer.
      new AggregatorRegistry()
      AggregatorRegistry.setRegistries(registries)
      return
    }

    if (port !== null) {
      const server = metricsListener(token, render)
      app.metricsServer = server
      // On ready rather than on listen: app.listen() resolves once this port is open too.
      app.addHook('onReady', async () => {
        await listen(server, port, options.host)
      })
      app.addHook('onClose', async () => {
        if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()))
      })
      return
    }

    app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
      // Answered here rather than thrown: this route is registered before the problems plugin's handler.
      if (!tokenAccepted(token, request.headers.authorization)) {
        const problem = unauthorizedScrape()
        return reply.code(401).headers(problem.headers).type('application/problem+json').send(problem.toJSON())
      }
      const { contentType, body } = await render()
      return reply.header('cache-control', 'no-store').type(contentType).send(body)
    })
  },
  { name: 'metrics' },
)

/**
 * WEB_CONCURRENCY > 1: the primary's METRICS_PORT listener. Each scrape asks every worker for its
 * metrics and answers with them aggregated: counters and histograms summed, backlog gauges the max.
 */
export async function serveClusterMetrics(config: Config): Promise<Server | null> {
  const { port, token } = config.metrics
  if (port === null) return null
  const aggregator = new AggregatorRegistry()
  const server = metricsListener(token, async () => ({ contentType: aggregator.contentType, body: await aggregator.clusterMetrics() }))
  await listen(server, port, config.host)
  return server
}
