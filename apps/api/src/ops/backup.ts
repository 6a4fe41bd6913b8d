/**
 * `pnpm --filter @learnonce/api backup -- --out FILE`: backs up the database the API is configured
 * with (DATABASE_URL, or the embedded PGlite in DATA_DIR). See the README's Backups section.
 */
import { parseArgs } from 'node:util'
import { BackupError, backup, targetFromEnv } from './backups.js'

const usage = 'usage: backup --out FILE   (reads DATABASE_URL, or DATA_DIR for the embedded database; stop the API first on PGlite)'

try {
  // pnpm passes a literal `--` through to the script.
  const { values } = parseArgs({ args: process.argv.slice(2).filter((arg) => arg !== '--'), options: { out: { type: 'string' } } })
  if (!values.out) throw new BackupError(usage)
  const started = Date.now()
  const kind = await backup(targetFromEnv(), values.out)
  console.log(`backed up the ${kind === 'postgres' ? 'PostgreSQL' : 'PGlite'} database to ${values.out} in ${Date.now() - started} ms`)
} catch (error) {
  console.error(error instanceof BackupError || (error instanceof TypeError && 'code' in error) ? error.message : error)
  process.exit(1)
}
