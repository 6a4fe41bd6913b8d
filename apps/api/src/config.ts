import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
const logLevels: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']

export interface Config {
  nodeEnv: 'development' | 'production' | 'test'
  port: number
  host: string
  /** null: the embedded PGlite database in `dataDir` (or in memory when dataDir is `memory://`). */
  databaseUrl: string | null
  /**
   * PostgreSQL streaming replicas that serve read-only queries (empty: every query goes to
   * databaseUrl). See db/replicas.ts for which reads go where.
   */
  databaseReplicaUrls: string[]
  /** A replica further behind the primary than this is taken out of rotation until it catches up. */
  replicaMaxLagMs: number
  /** How often each replica's health and lag are checked. */
  replicaCheckIntervalMs: number
  dataDir: string
  jwtSecret: string
  accessTokenTtlSeconds: number
  /** How long a process remembers who an access token or API key is (0: look it up on every request). */
  actorCacheSeconds: number
  refreshTokenTtlSeconds: number
  corsOrigins: string[]
  bootstrapAdmin: { email: string; password: string } | null
  seedDemo: boolean
  /** Let webhooks target loopback, private and link-local addresses (tests, a hub inside one network). */
  webhookAllowPrivateNetworks: boolean
  redisUrl: string | null
  /** Outgoing mail: an smtp:// or smtps:// URL (null: messages are written to the log instead). */
  smtpUrl: string | null
  /** The From address of every message the hub sends. */
  mailFrom: string
  /** Where people reach the hub (links in emails and feeds): the admin is at `${publicUrl}/admin/`. */
  publicUrl: string
  /** The largest file an upload may carry, in bytes (MAX_UPLOAD_MB, default 25). */
  maxUploadBytes: number
  /**
   * Requests per minute per caller (0: no limit): signed-in people and anonymous callers (by IP),
   * and API keys. Counters live in Redis under `redisNamespace` when redisUrl is set.
   */
  rateLimit: { userPerMinute: number; keyPerMinute: number; redisNamespace: string }
  logLevel: LogLevel
  /** Which proxies' X-Forwarded-For to believe (Fastify trustProxy): none, all, or these addresses/CIDRs. */
  trustProxy: boolean | string[]
  /** How many API processes serve one port (node:cluster); 1 serves from this process. */
  webConcurrency: number
  /**
   * Where Prometheus reads /metrics. `port`: a listener of its own (on `host`), kept off the public
   * port; with WEB_CONCURRENCY > 1 the primary serves it, summing every worker's metrics. `token`:
   * a bearer token the scraper must send, wherever /metrics is served; with no port it is served on
   * the main port. Neither: no /metrics at all, and no per-request cost.
   */
  metrics: { port: number | null; token: string | null }
  /** Log a statement that runs longer than this many milliseconds (PostgreSQL); 0 logs none. */
  slowQueryMs: number
  /** The built admin to serve at /admin/, or null to serve none (SERVE_ADMIN=false, or a test without ADMIN_DIR). */
  adminDir: string | null
  /**
   * On SIGTERM, how long the listener keeps serving (with /readyz at 503 and `Connection: close` on
   * every response) before it closes: the time a load balancer needs to see the 503 and stop routing here.
   */
  shutdownDelayMs: number
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

type Env = Record<string, string | undefined>

/** Reads the environment into a typed Config; one ConfigError names every bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = []
  const value = (name: string) => {
    const raw = env[name]?.trim()
    return raw === undefined || raw === '' ? undefined : raw
  }

  const nodeEnvRaw = value('NODE_ENV') ?? 'development'
  const nodeEnv = nodeEnvRaw === 'production' || nodeEnvRaw === 'test' ? nodeEnvRaw : 'development'
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    problems.push(`NODE_ENV must be development, production or test (got "${nodeEnvRaw}")`)
  }

  const port = integer('PORT', value('PORT'), 3000, 0, 65535, problems)
  const host = value('HOST') ?? '0.0.0.0'

  const databaseUrl = value('DATABASE_URL') ?? null
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL')
  }
  const databaseReplicaUrls = (value('DATABASE_REPLICA_URLS') ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)
  for (const url of databaseReplicaUrls) {
    if (!/^postgres(ql)?:\/\//.test(url)) problems.push('DATABASE_REPLICA_URLS entries must be postgres:// or postgresql:// URLs')
  }
  if (databaseReplicaUrls.length > 0 && databaseUrl === null) {
    problems.push('DATABASE_REPLICA_URLS needs DATABASE_URL: read replicas follow a PostgreSQL primary, not the embedded database')
  }
  const replicaMaxLagMs = integer('REPLICA_MAX_LAG_MS', value('REPLICA_MAX_LAG_MS'), 5_000, 0, 600_000, problems)
  const replicaCheckIntervalMs = integer('REPLICA_CHECK_INTERVAL_MS', value('REPLICA_CHECK_INTERVAL_MS'), 1_000, 100, 60_000, problems)
  const dataDirRaw = value('DATA_DIR') ?? './data'
  const dataDir = dataDirRaw === 'memory://' ? dataDirRaw : resolve(dataDirRaw)

  const bootstrapEmail = value('BOOTSTRAP_ADMIN_EMAIL')
  const bootstrapPassword = value('BOOTSTRAP_ADMIN_PASSWORD')
  if ((bootstrapEmail === undefined) !== (bootstrapPassword === undefined)) {
    problems.push('BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD must be set together')
  }
  if (bootstrapEmail !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(bootstrapEmail)) {
    problems.push('BOOTSTRAP_ADMIN_EMAIL must be an email address')
  }
  if (bootstrapPassword !== undefined && bootstrapPassword.length < 10) {
    problems.push('BOOTSTRAP_ADMIN_PASSWORD must be at least 10 characters')
  }

  const corsOrigins = (value('CORS_ORIGINS') ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      problems.push(`CORS_ORIGINS entries must be origins like https://portal.example.org (got "${origin}")`)
    }
  }

  const seedDemo = boolean('SEED_DEMO', value('SEED_DEMO'), false, problems)
  const webhookAllowPrivateNetworks = boolean('WEBHOOK_ALLOW_PRIVATE_NETWORKS', value('WEBHOOK_ALLOW_PRIVATE_NETWORKS'), false, problems)
  const redisUrl = value('REDIS_URL') ?? null
  if (redisUrl !== null && !/^rediss?:\/\//.test(redisUrl)) problems.push('REDIS_URL must be a redis:// or rediss:// URL')

  const smtpUrl = value('SMTP_URL') ?? null
  if (smtpUrl !== null && !/^smtps?:\/\//.test(smtpUrl)) problems.push('SMTP_URL must be an smtp:// or smtps:// URL')
  const mailFrom = value('MAIL_FROM') ?? 'Learn Once <no-reply@learnonce.localhost>'
  const publicUrl = (value('PUBLIC_URL') ?? `http://localhost:${port}`).replace(/\/+$/, '')
  if (!/^https?:\/\/[^\s]+$/.test(publicUrl)) problems.push(`PUBLIC_URL must be an http:// or https:// URL (got "${publicUrl}")`)

  const maxUploadBytes = integer('MAX_UPLOAD_MB', value('MAX_UPLOAD_MB'), 25, 1, 1024, problems) * 1024 * 1024

  const rateLimit = {
    userPerMinute: integer('RATE_LIMIT_PER_MINUTE', value('RATE_LIMIT_PER_MINUTE'), 600, 0, 1_000_000, problems),
    keyPerMinute: integer('API_KEY_RATE_LIMIT_PER_MINUTE', value('API_KEY_RATE_LIMIT_PER_MINUTE'), 300, 0, 1_000_000, problems),
    redisNamespace: 'learnonce:rate-limit:',
  }

  const logLevelRaw = value('LOG_LEVEL') ?? (nodeEnv === 'test' ? 'silent' : 'info')
  const logLevel = logLevels.find((level) => level === logLevelRaw) ?? 'info'
  if (!logLevels.includes(logLevelRaw as LogLevel)) problems.push(`LOG_LEVEL must be one of ${logLevels.join(', ')}`)

  const accessTokenTtlSeconds = integer('ACCESS_TOKEN_TTL_SECONDS', value('ACCESS_TOKEN_TTL_SECONDS'), 900, 30, 86_400, problems)
  const actorCacheSeconds = integer('ACTOR_CACHE_SECONDS', value('ACTOR_CACHE_SECONDS'), 5, 0, 60, problems)
  const refreshTokenTtlSeconds = integer(
    'REFRESH_TOKEN_TTL_SECONDS',
    value('REFRESH_TOKEN_TTL_SECONDS'),
    30 * 86_400,
    300,
    365 * 86_400,
    problems,
  )

  const trustProxyRaw = value('TRUST_PROXY') ?? 'false'
  let trustProxy: Config['trustProxy'] = false
  if (['true', 'false'].includes(trustProxyRaw)) trustProxy = trustProxyRaw === 'true'
  else if (/^[0-9a-fA-F.:/,\s]+$|^(loopback|linklocal|uniquelocal)(,(loopback|linklocal|uniquelocal))*$/.test(trustProxyRaw)) {
    trustProxy = trustProxyRaw.split(',').map((entry) => entry.trim())
  } else problems.push('TRUST_PROXY must be true, false, or comma-separated addresses/CIDRs (or loopback, uniquelocal)')

  const webConcurrency = integer('WEB_CONCURRENCY', value('WEB_CONCURRENCY'), 1, 1, 64, problems)
  if (webConcurrency > 1 && databaseUrl === null) {
    problems.push('WEB_CONCURRENCY above 1 needs DATABASE_URL: the embedded database belongs to one process')
  }

  const metricsPortRaw = value('METRICS_PORT')
  const metricsPort = metricsPortRaw === undefined ? null : integer('METRICS_PORT', metricsPortRaw, 0, 0, 65535, problems)
  const metricsToken = value('METRICS_TOKEN') ?? null
  if (metricsPort !== null && metricsPort !== 0 && metricsPort === port) {
    problems.push('METRICS_PORT must differ from PORT: the metrics listener is kept off the public port')
  }
  if (metricsToken !== null && metricsToken.length < 16) problems.push('METRICS_TOKEN must be at least 16 characters')
  if (metricsToken !== null && metricsPort === null && webConcurrency > 1) {
    problems.push('with WEB_CONCURRENCY above 1, set METRICS_PORT too: a scrape of the shared port would reach one worker at random')
  }
  const slowQueryMs = integer('SLOW_QUERY_MS', value('SLOW_QUERY_MS'), 500, 0, 3_600_000, problems)
  // The admin built beside this package (apps/admin/dist) unless ADMIN_DIR names another; tests serve
  // it only when they name one, so they never depend on a build.
  const serveAdmin = boolean('SERVE_ADMIN', value('SERVE_ADMIN'), true, problems)
  const adminDirRaw = value('ADMIN_DIR') ?? (nodeEnv === 'test' ? undefined : fileURLToPath(new URL('../../admin/dist', import.meta.url)))
  const adminDir = serveAdmin && adminDirRaw !== undefined ? resolve(adminDirRaw) : null
  const shutdownDelayMs = integer('SHUTDOWN_DELAY_MS', value('SHUTDOWN_DELAY_MS'), 5_000, 0, 120_000, problems)

  let jwtSecret = value('JWT_SECRET')
  if (jwtSecret !== undefined && jwtSecret.length < 32) problems.push('JWT_SECRET must be at least 32 characters')
  if (jwtSecret === undefined && nodeEnv === 'production' && databaseUrl !== null) {
    problems.push('JWT_SECRET is required when NODE_ENV=production and DATABASE_URL is set (replicas must share it)')
  }

  if (problems.length > 0) throw new ConfigError(problems)
  jwtSecret ??= persistedSecret(dataDir)

  return {
    nodeEnv,
    port,
    host,
    databaseUrl,
    databaseReplicaUrls,
    replicaMaxLagMs,
    replicaCheckIntervalMs,
    dataDir,
    jwtSecret,
    accessTokenTtlSeconds,
    actorCacheSeconds,
    refreshTokenTtlSeconds,
    corsOrigins,
    bootstrapAdmin: bootstrapEmail && bootstrapPassword ? { email: bootstrapEmail, password: bootstrapPassword } : null,
    seedDemo,
    webhookAllowPrivateNetworks,
    redisUrl,
    smtpUrl,
    mailFrom,
    publicUrl,
    maxUploadBytes,
    rateLimit,
    logLevel,
    trustProxy,
    webConcurrency,
    metrics: { port: metricsPort, token: metricsToken },
    slowQueryMs,
    adminDir,
    shutdownDelayMs,
  }
}

/** The embedded default keeps its generated secret beside the data, so tokens survive a restart. */
function persistedSecret(dataDir: string): string {
  if (dataDir === 'memory://') return randomBytes(48).toString('base64url')
  const file = join(dataDir, 'jwt-secret')
  try {
    return readFileSync(file, 'utf8').trim()
  } catch {
    mkdirSync(dataDir, { recursive: true })
    const secret = randomBytes(48).toString('base64url')
    writeFileSync(file, secret, { mode: 0o600 })
    return secret
  }
}

function integer(name: string, raw: string | undefined, fallback: number, min: number, max: number, problems: string[]) {
  if (raw === undefined) return fallback
  const parsed = Number(raw)
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`)
    return fallback
  }
  return parsed
}

function boolean(name: string, raw: string | undefined, fallback: boolean, problems: string[]) {
  if (raw === undefined) return fallback
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false
  problems.push(`${name} must be true or false (got "${raw}")`)
  return fallback
}
