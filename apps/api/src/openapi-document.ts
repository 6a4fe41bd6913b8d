import { buildApp } from './app.js'
import { loadConfig } from './config.js'

/**
 * The OpenAPI document without a running server: the app is built on an empty in-memory database
 * (routes do not need tables to be described), so the typed client can be generated anywhere.
 * Only the variables given here are read, so a DATABASE_URL in the environment is never touched.
 */
export async function openapiDocument(): Promise<Record<string, unknown>> {
  const app = await buildApp(loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent', DATA_DIR: 'memory://' }))
  try {
    await app.ready()
    return app.swagger() as unknown as Record<string, unknown>
  } finally {
    await app.close()
  }
}
