/**
 * `pnpm --filter @learnonce/api restore -- --in FILE [--data-dir DIR | --database-url URL]`: restores
 * a backup into an empty target (the flags, else DATA_DIR / DATABASE_URL), ready for the API to
 * start on. See the README's Backups section.
 */
import { parseArgs } from 'node:util'
import { BackupError, restore, targetFromEnv } from './backups.js'

const usage = 'usage: restore --in FILE [--data-dir NEW_DIR | --database-url postgres://…/empty_database]'

try {
  // pnpm passes a literal `--` through to the script.
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: { in: { type: 'string' }, 'data-dir': { type: 'string' }, 'database-url': { type: 'string' } },
  })
  if (!values.in) throw new BackupError(usage)
  const env = { ...process.env }
  if (values['data-dir']) {
    env.DATA_DIR = values['data-dir']
    delete env.DATABASE_URL
  }
  if (values['database-url']) env.DATABASE_URL = values['database-url']
  const started = Date.now()
  const kind = await restore(values.in, targetFromEnv(env))
  const where = kind === 'postgres' ? 'the PostgreSQL database' : `DATA_DIR ${targetFromEnv(env).dataDir}`
  console.log(`restored ${values.in} into ${where} in ${Date.now() - started} ms; start the API on it`)
} catch (error) {
  console.error(error instanceof BackupError || (error instanceof TypeError && 'code' in error) ? error.message : error)
  process.exit(1)
}
