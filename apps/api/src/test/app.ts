import { inject } from 'vitest'
import { type App, type BuildOptions, buildApp } from '../app.js'
import { type Config, loadConfig } from '../config.js'
import { createDatabase, databaseUrl, dropDatabase, testDriver, throwawayName } from './database.js'

export interface TestApp {
  app: App
  close(): Promise<void>
}

/**
 * A fresh API on a fresh database — in-memory PGlite, or a throwaway PostgreSQL database copied
 * from the migrated template — built by the same buildApp() as production.
 */
export async function testApp(
  env: Record<string, string> = {},
  overrides: Partial<Config> = {},
  options: BuildOptions = {},
): Promise<TestApp> {
  let database: string | null = null
  const databaseEnv: Record<string, string> = { DATA_DIR: 'memory://' }
  if (testDriver() === 'postgres') {
    database = throwawayName('lo_test')
    await createDatabase(database, inject('templateDatabase') ?? undefined)
    databaseEnv.DATABASE_URL = databaseUrl(database)
  }
  let app: App | undefined
  /** Closes the API and drops its database, also when closing fails (a test that broke the connection on purpose). */
  const close = async () => {
    try {
      await app?.close()
    } finally {
      if (database) await dropDatabase(database)
    }
  }
  try {
    // No rate limits unless a test asks for them: a suite of many requests must not be throttled.
    const limits = { RATE_LIMIT_PER_MINUTE: '0', API_KEY_RATE_LIMIT_PER_MINUTE: '0' }
    const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...limits, ...databaseEnv, ...env }), ...overrides }
    app = await buildApp(config, options)
    // The template is already migrated; migrating again is a no-op that proves start-up is idempotent.
    await app.database.migrate()
    return { app, close }
  } catch (error) {
    // A test of a configuration the API refuses must not leave its database behind on the server.
    await close().catch(() => {})
    throw error
  }
}
