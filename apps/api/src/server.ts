import { buildApp } from './app.js'
import { ConfigError, loadConfig } from './config.js'
import { bootstrapAdmin } from './seed/bootstrap.js'
import { DEMO_PASSWORD, demoUsers, seedDemo } from './seed/demo.js'

async function main() {
  let config: ReturnType<typeof loadConfig>
  try {
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }

  const app = await buildApp(config, { jobs: true })
  try {
    await app.database.migrate()
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
    app.log.info({ signal }, 'shutting down: draining requests')
    // close() stops accepting connections, lets in-flight requests finish, then runs onClose hooks (the pool).
    const timer = setTimeout(() => {
      app.log.error('drain timed out after 25 s; exiting')
      process.exit(1)
    }, 25_000)
    timer.unref()
    // A keep-alive connection that finishes its request after close() began would otherwise stay
    // open until its idle timeout: close each one as soon as it falls idle.
    const sweeper = setInterval(() => app.server.closeIdleConnections(), 50)
    sweeper.unref()
    await app.close()
    process.exit(0)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}

await main()
