import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.js'

describe('configuration from the environment', () => {
  it('starts with sensible defaults on the embedded database', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lo-config-'))
    const config = loadConfig({ DATA_DIR: dataDir })
    expect(config).toMatchObject({ port: 3000, host: '0.0.0.0', databaseUrl: null, dataDir, seedDemo: false, corsOrigins: [] })
    // The generated JWT secret is persisted, so tokens survive a restart.
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8')).toBe(config.jwtSecret)
    expect(loadConfig({ DATA_DIR: dataDir }).jwtSecret).toBe(config.jwtSecret)
  })

  it('names every bad variable in one error', () => {
    let error: unknown
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        SEED_DEMO: 'maybe',
        LOG_LEVEL: 'loud',
        CORS_ORIGINS: 'not an origin',
        BOOTSTRAP_ADMIN_EMAIL: 'admin@example.org',
      })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    const message = (error as ConfigError).message
    for (const name of ['PORT', 'DATABASE_URL', 'SEED_DEMO', 'LOG_LEVEL', 'CORS_ORIGINS', 'BOOTSTRAP_ADMIN_PASSWORD']) {
      expect(message).toContain(name)
    }
    expect((error as ConfigError).problems).toHaveLength(6)
  })

  it('reads read replicas as a list of PostgreSQL URLs, only beside a PostgreSQL primary', () => {
    const config = loadConfig({
      DATA_DIR: 'memory://',
      DATABASE_URL: 'postgres://primary/learnonce',
      DATABASE_REPLICA_URLS: 'postgres://replica-1/learnonce, postgresql://replica-2/learnonce',
      REPLICA_MAX_LAG_MS: '2500',
    })
    expect(config.databaseReplicaUrls).toEqual(['postgres://replica-1/learnonce', 'postgresql://replica-2/learnonce'])
    expect(config.replicaMaxLagMs).toBe(2500)
    expect(loadConfig({ DATA_DIR: 'memory://' })).toMatchObject({ databaseReplicaUrls: [], replicaMaxLagMs: 5000 })
    expect(() => loadConfig({ DATA_DIR: 'memory://', DATABASE_REPLICA_URLS: 'postgres://replica-1/learnonce' })).toThrow(
      /DATABASE_REPLICA_URLS needs DATABASE_URL/,
    )
    expect(() =>
      loadConfig({ DATA_DIR: 'memory://', DATABASE_URL: 'postgres://primary/db', DATABASE_REPLICA_URLS: 'mysql://replica/db' }),
    ).toThrow(/DATABASE_REPLICA_URLS entries must be/)
    expect(() => loadConfig({ DATA_DIR: 'memory://', REPLICA_MAX_LAG_MS: 'soon' })).toThrow(/REPLICA_MAX_LAG_MS/)
  })

  it('reads the rate limits, where 0 turns one off and anything else but a whole number is refused', () => {
    const config = loadConfig({ DATA_DIR: 'memory://', RATE_LIMIT_PER_MINUTE: '0', API_KEY_RATE_LIMIT_PER_MINUTE: '120' })
    expect(config.rateLimit).toMatchObject({ userPerMinute: 0, keyPerMinute: 120 })
    expect(loadConfig({ DATA_DIR: 'memory://' }).rateLimit).toMatchObject({ userPerMinute: 600, keyPerMinute: 300 })
    expect(() => loadConfig({ DATA_DIR: 'memory://', RATE_LIMIT_PER_MINUTE: '-1', API_KEY_RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow(
      /RATE_LIMIT_PER_MINUTE must be[\s\S]*API_KEY_RATE_LIMIT_PER_MINUTE must be/,
    )
  })

  it('runs one process unless WEB_CONCURRENCY asks for more, which needs PostgreSQL', () => {
    expect(loadConfig({ DATA_DIR: 'memory://' }).webConcurrency).toBe(1)
    expect(loadConfig({ DATA_DIR: 'memory://', DATABASE_URL: 'postgres://db/learnonce', WEB_CONCURRENCY: '4' }).webConcurrency).toBe(4)
    expect(() => loadConfig({ DATA_DIR: 'memory://', WEB_CONCURRENCY: '2' })).toThrow(/WEB_CONCURRENCY above 1 needs DATABASE_URL/)
    expect(() => loadConfig({ DATA_DIR: 'memory://', WEB_CONCURRENCY: 'all' })).toThrow(/WEB_CONCURRENCY/)
  })

  it('serves metrics only when asked: on METRICS_PORT, or on the main port behind METRICS_TOKEN', () => {
    const base = { DATA_DIR: 'memory://' }
    expect(loadConfig(base).metrics).toEqual({ port: null, token: null })
    expect(loadConfig(base).slowQueryMs).toBe(500)
    expect(loadConfig({ ...base, METRICS_PORT: '9464', SLOW_QUERY_MS: '0' })).toMatchObject({
      metrics: { port: 9464, token: null },
      slowQueryMs: 0,
    })
    expect(() => loadConfig({ ...base, METRICS_PORT: '3000' })).toThrow(/METRICS_PORT must differ from PORT/)
    expect(() => loadConfig({ ...base, METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be at least 16/)
    // Workers share the main port, so a scrape there would reach one of them at random.
    const cluster = { ...base, DATABASE_URL: 'postgres://db/learnonce', WEB_CONCURRENCY: '2', METRICS_TOKEN: 't'.repeat(20) }
    expect(() => loadConfig(cluster)).toThrow(/set METRICS_PORT too/)
    expect(loadConfig({ ...cluster, METRICS_PORT: '9464' }).metrics).toEqual({ port: 9464, token: 't'.repeat(20) })
  })

  it('keeps serving for SHUTDOWN_DELAY_MS after SIGTERM: a few seconds unless set, 0 allowed', () => {
    expect(loadConfig({ DATA_DIR: 'memory://' }).shutdownDelayMs).toBe(5_000)
    expect(loadConfig({ DATA_DIR: 'memory://', SHUTDOWN_DELAY_MS: '0' }).shutdownDelayMs).toBe(0)
    expect(() => loadConfig({ DATA_DIR: 'memory://', SHUTDOWN_DELAY_MS: '-1' })).toThrow(/SHUTDOWN_DELAY_MS must be an integer/)
  })

  it('requires JWT_SECRET in production on PostgreSQL, where replicas must share it', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/learnonce' })).toThrow(/JWT_SECRET is required/)
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/learnonce',
      JWT_SECRET: 'x'.repeat(40),
      CORS_ORIGINS: 'https://a.example.org, https://b.example.org',
    })
    expect(config.corsOrigins).toEqual(['https://a.example.org', 'https://b.example.org'])
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/at least 32/)
  })

  it('believes X-Forwarded-For only from the proxies it is told about', () => {
    expect(loadConfig({ DATA_DIR: 'memory://' }).trustProxy).toBe(false)
    expect(loadConfig({ DATA_DIR: 'memory://', TRUST_PROXY: 'uniquelocal' }).trustProxy).toEqual(['uniquelocal'])
    expect(loadConfig({ DATA_DIR: 'memory://', TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1'])
    expect(() => loadConfig({ DATA_DIR: 'memory://', TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/)
  })
})
