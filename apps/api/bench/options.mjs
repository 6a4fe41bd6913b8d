// The command line of `pnpm bench`.
import { parseArgs } from 'node:util'

export const usage = `pnpm bench [options]

  --db postgres|pglite   a throwaway database on BENCH_POSTGRES_URL (default postgres://root@127.0.0.1:5432/),
                         or embedded PGlite in a temporary folder (default: postgres)
  --lessons N            lessons in the corpus, plus ~5% case studies and ~5% solutions (default 100000)
  --seconds N            measured seconds per scenario and target (default 10)
  --warmup N             warm-up seconds before each measurement (default 2)
  --connections N        concurrent connections (default 50; triage/next always uses 10 curators)
  --only a,b             run only these scenarios: first-page, filtered, deep-page, search, item, item-304,
                         triage, sync, create, triage-next
  --seed N               the corpus's random seed (default 1)
  --no-build             use the API already built in apps/api/dist instead of building it first
  --no-save              print the table without appending it to bench/results.md
  --keep                 keep the database afterwards (its URL or folder is printed), to EXPLAIN queries on it
  --help                 this text`

const positive = (name, raw) => {
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number (got "${raw}")`)
  return value
}

export function readOptions(argv, scenarioNames) {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string', default: 'postgres' },
      lessons: { type: 'string', default: '100000' },
      seconds: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      connections: { type: 'string', default: '50' },
      only: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'no-build': { type: 'boolean', default: false },
      'no-save': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.db !== 'postgres' && values.db !== 'pglite') throw new Error(`--db must be postgres or pglite (got "${values.db}")`)
  const only = values.only?.split(',').map((name) => name.trim())
  const unknown = only?.filter((name) => !scenarioNames.includes(name)) ?? []
  if (unknown.length > 0) throw new Error(`--only: no scenario named ${unknown.join(', ')}; there are ${scenarioNames.join(', ')}`)
  return {
    help: values.help,
    db: values.db,
    lessons: Math.max(20, positive('lessons', values.lessons)),
    seconds: Math.max(1, positive('seconds', values.seconds)),
    warmup: positive('warmup', values.warmup),
    connections: Math.max(1, positive('connections', values.connections)),
    only: only ?? scenarioNames,
    seed: positive('seed', values.seed),
    build: !values['no-build'],
    save: !values['no-save'],
    keep: values.keep,
  }
}
