import { randomUUID } from 'node:crypto'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyInstance } from 'fastify'
import type { Config } from './config.js'
import { type Database, type DatabaseHandle, openDatabase } from './db/client.js'
import { clientErrorHandler, frameworkErrors } from './framework-errors.js'
import { digestWorker } from './jobs/digests.js'
import { fileCleanupWorker } from './jobs/file-cleanup.js'
import { importWorker } from './jobs/import-worker.js'
import { reviewDueWorker } from './jobs/review-due-worker.js'
import { webhookWorker } from './jobs/webhook-worker.js'
import { adoptionRoutes } from './modules/adoptions/routes.js'
import { apiKeyRoutes } from './modules/api-keys/routes.js'
import { auditRoutes } from './modules/audit/routes.js'
import { authRoutes } from './modules/auth/routes.js'
import { commentRoutes } from './modules/comments/routes.js'
import { networkThreadRoutes, postRoutes, threadRoutes } from './modules/community/discussion-routes.js'
import { networkNewsRoutes, newsRoutes } from './modules/community/news-routes.js'
import { networkResourceRoutes, resourceRoutes } from './modules/community/resource-routes.js'
import { contentKinds } from './modules/content/kinds.js'
import { contentRoutes } from './modules/content/routes.js'
import { dashboardRoutes } from './modules/dashboard/routes.js'
import { exportRoutes } from './modules/exports/routes.js'
import { feedRoutes } from './modules/feeds/routes.js'
import { fileStorage } from './modules/files/plugin.js'
import { fileRoutes } from './modules/files/routes.js'
import type { FileStore } from './modules/files/store.js'
import { findingRoutes } from './modules/governance/routes.js'
import { healthRoutes } from './modules/health/routes.js'
import { importRoutes } from './modules/imports/routes.js'
import { inboundMailListener } from './modules/inbound-mail/listener.js'
import { inboundMessageRoutes } from './modules/inbound-mail/routes.js'
import { myItemRoutes } from './modules/my-items/routes.js'
import { eventRoutes, networkRoutes } from './modules/networks/routes.js'
import { reportRoutes } from './modules/reports/routes.js'
import { reviewDueRoutes, settingsRoutes } from './modules/review/routes.js'
import { searchRoutes } from './modules/search/routes.js'
import { similarRoutes } from './modules/similar/routes.js'
import { siteRoutes } from './modules/sites/routes.js'
import { subscriptionRoutes } from './modules/subscriptions/routes.js'
import { syncRoutes } from './modules/sync/routes.js'
import { taxonomyRoutes, themeRoutes } from './modules/taxonomy/routes.js'
import { triageRoutes } from './modules/triage/routes.js'
import { userRoutes } from './modules/users/routes.js'
import { webhookRoutes } from './modules/webhooks/routes.js'
import { workflowRoutes } from './modules/workflow/routes.js'
import { adminApp } from './plugins/admin-app.js'
import { auth } from './plugins/auth.js'
import { etag } from './plugins/etag.js'
import { http } from './plugins/http.js'
import { idempotency } from './plugins/idempotency.js'
import { lifecycle } from './plugins/lifecycle.js'
import { mailer } from './plugins/mailer.js'
import { metrics } from './plugins/metrics.js'
import { openapi } from './plugins/openapi.js'
import { problems } from './plugins/problems.js'
import { rateLimit } from './plugins/rate-limit.js'
import { readRoutingPlugin } from './plugins/read-routing.js'
import { serialization } from './plugins/serialization.js'
import { validation } from './plugins/validation.js'

declare module 'fastify' {
  interface FastifyInstance {
    config: Config
    database: DatabaseHandle
    db: Database
  }
}

export type App = FastifyInstance

export interface BuildOptions {
  /** Run the background jobs (webhook delivery) in this process; tests drive them by hand instead. */
  jobs?: boolean
  /** Where log lines go instead of stdout: tests read them to prove what is (and is not) logged. */
  logStream?: { write(line: string): void }
  /** Where file bytes live instead of PostgreSQL (an S3-compatible store, say): see modules/files/store.ts. */
  fileStore?: FileStore
}

/** The whole API for a config: the same in production and in tests. Migrations are the caller's. */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<App> {
  const app = Fastify({
    logger: { level: config.logLevel, ...(options.logStream ? { stream: options.logStream } : {}) },
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors,
    clientErrorHandler,
    // A request that reaches a connection while the server closes is still answered (with
    // Connection: close) rather than refused with a 503: the drain in server.ts waits for it.
    return503OnClosing: false,
  }).withTypeProvider<TypeBoxTypeProvider>()

  const database = await openDatabase({
    ...config,
    slowQueries: { log: app.log, slowQueryMs: config.slowQueryMs },
    onReplicaChange: ({ status, ...change }) =>
      status === 'up'
        ? app.log.info(change, 'a read replica is in rotation')
        : app.log.warn({ status, ...change }, 'a read replica is out of rotation'),
  })
  app.decorate('config', config)
  app.decorate('database', database)
  app.decorate('db', database.db)
  app.addHook('onClose', () => database.close())

  // First, so its onRoute hook sees every route and each request is timed from the start.
  await app.register(metrics, { metrics: config.metrics, host: config.host })
  await app.register(lifecycle)
  await app.register(validation)
  await app.register(serialization)
  await app.register(problems)
  await app.register(http, { corsOrigins: config.corsOrigins })
  await app.register(openapi)
  await app.register(auth, {
    secret: config.jwtSecret,
    accessTokenTtlSeconds: config.accessTokenTtlSeconds,
    actorCacheSeconds: config.actorCacheSeconds,
  })
  await app.register(rateLimit, { limits: config.rateLimit, redisUrl: config.redisUrl })
  if (config.databaseReplicaUrls.length > 0) {
    await app.register(readRoutingPlugin, {
      windowMs: config.replicaMaxLagMs + config.replicaCheckIntervalMs,
      redisUrl: config.redisUrl,
    })
  }

  await app.register(mailer, { smtpUrl: config.smtpUrl, from: config.mailFrom })
  await app.register(etag)
  await app.register(idempotency)
  await app.register(fileStorage, { store: options.fileStore })

  await app.register(healthRoutes)
  await app.register(authRoutes, { prefix: '/v1' })
  await app.register(myItemRoutes, { prefix: '/v1/me/items' })
  await app.register(siteRoutes, { prefix: '/v1/sites' })
  await app.register(userRoutes, { prefix: '/v1/users' })
  await app.register(auditRoutes, { prefix: '/v1/audit-events' })
  await app.register(apiKeyRoutes, { prefix: '/v1/api-keys' })
  for (const kind of contentKinds) {
    await app.register(contentRoutes(kind), { prefix: kind.path })
    await app.register(exportRoutes(kind), { prefix: kind.path })
    await app.register(workflowRoutes(kind), { prefix: kind.path })
    await app.register(commentRoutes(kind), { prefix: kind.path })
    await app.register(similarRoutes(kind), { prefix: kind.path })
    await app.register(findingRoutes(kind), { prefix: kind.path })
  }
  await app.register(triageRoutes, { prefix: '/v1/triage' })
  await app.register(reviewDueRoutes, { prefix: '/v1/review-due' })
  await app.register(settingsRoutes, { prefix: '/v1/settings' })
  await app.register(adoptionRoutes, { prefix: '/v1/solutions' })
  await app.register(networkRoutes, { prefix: '/v1/networks' })
  await app.register(eventRoutes, { prefix: '/v1/events' })
  await app.register(networkResourceRoutes, { prefix: '/v1/networks' })
  await app.register(networkThreadRoutes, { prefix: '/v1/networks' })
  await app.register(networkNewsRoutes, { prefix: '/v1/networks' })
  await app.register(resourceRoutes, { prefix: '/v1/resources' })
  await app.register(threadRoutes, { prefix: '/v1/threads' })
  await app.register(postRoutes, { prefix: '/v1/posts' })
  await app.register(newsRoutes, { prefix: '/v1/updates' })
  await app.register(taxonomyRoutes, { prefix: '/v1/taxonomy' })
  await app.register(themeRoutes, { prefix: '/v1/themes' })
  await app.register(searchRoutes, { prefix: '/v1/search' })
  await app.register(feedRoutes, { prefix: '/v1' })
  await app.register(syncRoutes, { prefix: '/v1/sync' })
  await app.register(webhookRoutes, { prefix: '/v1/webhooks' })
  await app.register(dashboardRoutes, { prefix: '/v1/dashboard' })
  await app.register(fileRoutes, { prefix: '/v1/files' })
  await app.register(reportRoutes, { prefix: '/v1/reports' })
  await app.register(subscriptionRoutes, { prefix: '/v1' })
  await app.register(importRoutes, { prefix: '/v1/imports' })
  await app.register(inboundMessageRoutes, { prefix: '/v1/inbound-messages' })
  await app.register(inboundMailListener, { port: config.inboundMail.port, host: config.host, maxBytes: config.inboundMail.maxBytes })
  if (config.adminDir) await app.register(adminApp, { root: config.adminDir })
  if (options.jobs) {
    await app.register(webhookWorker)
    await app.register(digestWorker)
    await app.register(reviewDueWorker, { intervalMs: config.reviewDueCheckIntervalMs })
    await app.register(fileCleanupWorker)
    await app.register(importWorker)
  }
  return app
}
