import cluster, { type Worker } from 'node:cluster'
import { type App, buildApp } from './app.js'
import { type Config, ConfigError, loadConfig } from './config.js'
import { tuneGarbageCollector } from './heap.js'
import { serveClusterMetrics } from './plugins/metrics.js'
import { bootstrapAdmin } from './seed/bootstrap.js'
import { DEMO_PASSWORD, demoUsers, seedDemo } from './seed/demo.js'

tuneGarbageCollector()

function readConfig(): Config {
  try {
    return loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
}

/** What happens once per deployment, before anything serves: migrations, the first admin, the demo hub. */
async function prepareDatabase(app: App, config: Config): Promise<void> {
  // Under the migrations' lock: replicas starting together on an empty database take turns.
  await app.database.migrate(async () => {
    if (config.bootstrapAdmin && (await bootstrapAdmin(app.db, config.bootstrapAdmin))) {
      app.log.info({ email: config.bootstrapAdmin.email }, 'created the first admin from BOOTSTRAP_ADMIN_EMAIL')
    }
    if (config.seedDemo) {
      await seedDemo(app.db)
      app.log.info(
        { users: demoUsers.map((user) => `${user.email} (${user.role})`), password: DEMO_PASSWORD },
        'demo data loaded; sign in as any demo user',
      )
    }
  })
}

/** Builds the app, prepares the database unless the primary already did, and listens until SIGTERM. */
async function serve(config: Config, prepared: boolean): Promise<void> {
  const app = await buildApp(config, { jobs: true })
  try {
    if (!prepared) await prepareDatabase(app, config)
    await app.listen({ port: config.port, host: config.host })
  } catch (error) {
    app.log.fatal({ err: error }, 'could not start')
    await app.close().catch(() => {})
    process.exit(1)
  }

  let closing = false
  const shutdown = async (signal: string) => {
    if (closing) return
    closing = true
    // Load balancers route by /readyz: it answers 503 from now on, while the listener keeps serving
    // whatever they still send until they notice. Responses say Connection: close meanwhile, so
    // keep-alive clients reconnect (to another replica) instead of reusing a connection that is
    // about to close under a request they have just written.
    app.lifecycle.draining = true
    app.log.info({ signal, delayMs: config.shutdownDelayMs }, 'shutting down: not ready; serving on until SHUTDOWN_DELAY_MS passes')
    const timer = setTimeout(() => {
      app.log.error('drain timed out 25 s after the listener closed; exiting')
      process.exit(1)
    }, config.shutdownDelayMs + 25_000)
    timer.unref()
    if (config.shutdownDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs))
    app.log.info('shutting down: draining requests')
    // close() stops accepting connections, closes idle ones, lets in-flight requests finish (their
    // responses say Connection: close), then runs onClose hooks (the pool). A connection that falls
    // idle after that is closed by the sweep rather than left to its idle timeout.
    const sweeper = setInterval(() => app.server.closeIdleConnections(), 50)
    sweeper.unref()
    await app.close()
    process.exit(0)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}

/**
 * WEB_CONCURRENCY > 1: this process prepares the database once, then forks that many workers that
 * share its port (node:cluster hands each new connection to the next worker). SIGTERM drains them
 * all; the primary exits 0 only if every worker did.
 */
async function runPrimary(config: Config): Promise<void> {
  const app = await buildApp(config)
  try {
    await prepareDatabase(app, config)
  } catch (error) {
    app.log.fatal({ err: error }, 'could not start')
    await app.close().catch(() => {})
    process.exit(1)
  }
  await app.close()
  // Workers must sign and check tokens with one secret, even when it was generated here.
  const env = { JWT_SECRET: config.jwtSecret }
  let closing = false
  let failed = false
  const workers = new Set<Worker>()
  const fork = () => {
    const worker = cluster.fork(env)
    workers.add(worker)
    worker.on('exit', (code, signal) => {
      workers.delete(worker)
      if (code !== 0) failed = true
      if (closing) {
        if (workers.size === 0) process.exit(failed ? 1 : 0)
        return
      }
      app.log.error({ pid: worker.process.pid, code, signal }, 'a worker exited; starting another')
      fork()
    })
  }
  for (let index = 0; index < config.webConcurrency; index++) fork()
  // The workers share the API port, so a scrape there would reach one at random: the primary sums them.
  const metricsServer = await serveClusterMetrics(config)
  metricsServer?.unref()
  app.log.info({ workers: config.webConcurrency, port: config.port }, 'serving from workers')

  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'shutting down: draining every worker')
    for (const worker of workers) worker.process.kill(signal)
    if (workers.size === 0) process.exit(0)
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}

const config = readConfig()
if (cluster.isWorker) await serve(config, true)
else if (config.webConcurrency > 1) await runPrimary(config)
else await serve(config, false)
