// Loads the benchmark corpus straight into a migrated database: sites, people, then lessons with the
// case studies, solutions, relations and adoptions between them. Multi-row INSERTs of a JSON array
// through json_populate_recordset, so every row goes through the real table's types, defaults and
// constraints; the next chunk is written in Node while PostgreSQL stores the last ones.
import { hash } from '@node-rs/argon2'
import { addMonths, DEFAULT_REVIEW_MONTHS } from '../dist/modules/review/periods.js'
import { createItemMaker, itemColumns } from './corpus-items.mjs'
import { BENCH_PASSWORD, makePeople, makeSites } from './corpus-sites.mjs'
import { backendsCpuMs } from './cpu-time.mjs'
import { dropSecondaryIndexes } from './deferred-indexes.mjs'
import { createRandom } from './prng.mjs'
import { createProgress } from './progress.mjs'

const CHUNK = 250
const LAG = 8

/** `client` is anything with pg's `query(text, values)`: a pg Client, or a PGlite instance. */
async function insertRows(client, table, rows, columns = Object.keys(rows[0] ?? {})) {
  if (rows.length === 0) return
  const list = columns.map((column) => `"${column}"`).join(', ')
  await client.query(`insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, $1::json)`, [
    JSON.stringify(rows),
  ])
}

/** Columns of content_items the loader leaves at their defaults (a new column the write path fills would show here). */
async function unwrittenColumns(client) {
  const { rows } = await client.query(
    `select column_name from information_schema.columns
      where table_schema = current_schema() and table_name = 'content_items' and is_generated = 'NEVER'`,
  )
  // author_key_id and submitted_by_id may stay null: no key wrote the corpus, and who submitted is not read.
  // row_revision (the count of writes a trigger keeps, for ETags) starts at 0 as for any new row.
  const mayStayDefault = ['author_key_id', 'submitted_by_id', 'row_revision']
  return rows.map((row) => row.column_name).filter((column) => !itemColumns.includes(column) && !mayStayDefault.includes(column))
}

/**
 * When an item published at `publishedAt` is due for review, as publishing sets it: one review period
 * of its type later, the periods read from the settings row as the workflow reads them.
 */
async function reviewDates(client) {
  const { rows } = await client.query('select lesson_months, case_study_months, solution_months from review_settings')
  const [row] = rows
  const months = {
    lesson: row?.lesson_months ?? DEFAULT_REVIEW_MONTHS,
    case_study: row?.case_study_months ?? DEFAULT_REVIEW_MONTHS,
    solution: row?.solution_months ?? DEFAULT_REVIEW_MONTHS,
  }
  return (type, publishedAt) => addMonths(publishedAt, months[type])
}

/**
 * One chunk as one statement, so one transaction and one round trip: its items, then the rows that
 * point at them (their foreign keys are checked at the end of the statement, when the items are in).
 * The JSON is written here, while the connections store earlier chunks, not while one waits for it.
 */
function chunkStatement(chunk) {
  const parts = [
    ['content_items', chunk.items, itemColumns],
    ['content_sites', chunk.itemSites],
    ['content_relations', chunk.relations],
    ['adoptions', chunk.adoptions],
  ].filter(([, rows]) => rows.length > 0)
  const inserts = parts.map(([table, rows, columns = Object.keys(rows[0])], index) => {
    const list = columns.map((column) => `"${column}"`).join(', ')
    return `stored_${table} as (insert into ${table} (${list})
      select ${list} from json_populate_recordset(null::${table}, $${index + 1}::json))`
  })
  return { text: `with ${inserts.join(',\n')}\nselect 1`, values: parts.map(([, rows]) => JSON.stringify(rows)) }
}

/** The tables the chunks fill, whose secondary indexes are built after the load (deferred-indexes.mjs). */
const chunkTables = ['content_items', 'content_sites', 'content_relations', 'adoptions']

const secondsSince = (started) => (Date.now() - started) / 1000

/**
 * Loads `lessons` lessons and what goes with them through `clients` (one connection each, used in
 * parallel: computing the search vector of 4 KB of text is most of the cost, and it is per core).
 * A chunk only points at items of chunks already stored, so parallel chunks never wait on each other.
 * On a PostgreSQL server (`kind`), the chunk tables' secondary indexes are dropped first and built
 * after the rows; PGlite, one in-process connection, loads with its indexes in place as it always has.
 */
export async function loadCorpus(clients, { kind, lessons, seed = 1, siteCount = 320 }) {
  const [first] = clients
  const random = createRandom(seed)
  const { rows: themeRows } = await first.query('select slug from themes where retired_at is null order by slug')
  const themes = themeRows.map((row) => row.slug)
  if (themes.length === 0) throw new Error('the themes table is empty: did the migrations run?')

  const sites = makeSites(random, siteCount, new Date('2022-11-01T09:00:00Z'))
  const people = makePeople(random, sites, await hash(BENCH_PASSWORD), new Date('2022-12-01T09:00:00Z'))
  await insertRows(first, 'sites', sites)
  await insertRows(first, 'users', people.users)
  await insertRows(first, 'memberships', people.memberships)

  // CPU, besides the clock: on a shared machine it says what the load costs, whatever else ran.
  // (PGlite's CPU is this process's.)
  const backendPids =
    kind === 'postgres'
      ? await Promise.all(clients.map(async (client) => (await client.query('select pg_backend_pid() as pid')).rows[0].pid))
      : []
  const databaseCpuBefore = kind === 'postgres' ? backendsCpuMs(backendPids) : null
  const nodeCpuBefore = process.cpuUsage()
  const deferred = kind === 'postgres' ? await dropSecondaryIndexes(first, chunkTables) : null
  // A commit need not wait for its WAL to reach the disk: a crash loses a throwaway database anyway.
  for (const client of clients) await client.query('set synchronous_commit = off')
  const maker = createItemMaker(random, { lessons, sites, themes, people, reviewBy: await reviewDates(first) })
  const progress = createProgress('loading lessons', lessons)
  const counts = { lessons, caseStudies: 0, solutions: 0, relations: 0, adoptions: 0, sites: sites.length, users: people.users.length }
  // Chunk i may point at items of chunks up to i - LAG, which are stored before it is written. The lag
  // is fixed (not "whatever is stored by now"), so a seed writes the same corpus on any database.
  if (clients.length >= LAG) throw new Error(`load through fewer than ${LAG} connections`)
  const queues = clients.map(() => Promise.resolve())
  const chunks = []
  const tasks = []
  let failure = null
  let storedLessons = 0
  for (let index = 0; maker.lessonsMade < lessons; index++) {
    if (index >= LAG) {
      await tasks[index - LAG]
      if (failure) break
      chunks[index - LAG].admit()
      chunks[index - LAG] = null
    }
    // Written while the database stores the chunks in flight.
    const before = maker.lessonsMade
    const chunk = maker.chunk(CHUNK)
    const made = maker.lessonsMade - before
    counts.caseStudies += chunk.items.filter((item) => item.type === 'case_study').length
    counts.solutions += chunk.items.filter((item) => item.type === 'solution').length
    counts.relations += chunk.relations.length
    counts.adoptions += chunk.adoptions.length
    chunks[index] = chunk
    const statement = chunkStatement(chunk)
    // One queue per connection: a pg client runs one query at a time.
    const slot = index % clients.length
    const stored = queues[slot].then(() => clients[slot].query(statement.text, statement.values))
    queues[slot] = stored.catch(() => {})
    tasks[index] = stored.then(
      () => {
        storedLessons += made
        progress.update(storedLessons)
      },
      (error) => {
        failure ??= error
      },
    )
  }
  await Promise.all(tasks)
  if (failure) throw failure
  const phases = { rows: progress.finish(lessons), indexes: 0, analyse: 0 }
  if (deferred) {
    process.stderr.write(`building ${deferred.count} indexes over ${clients.length} connections… `)
    const started = Date.now()
    await deferred.rebuild(clients)
    phases.indexes = secondsSince(started)
    process.stderr.write(`${phases.indexes.toFixed(1)} s\n`)
  }
  process.stderr.write('analysing… ')
  const analyseStarted = Date.now()
  // VACUUM as well, as autovacuum would soon after a load: it sets the visibility map that
  // index-only scans rely on (until then each entry they read is checked in the table too).
  await first.query('vacuum (analyze)')
  phases.analyse = secondsSince(analyseStarted)
  process.stderr.write(`${phases.analyse.toFixed(1)} s\n`)
  const loadSeconds = phases.rows + phases.indexes + phases.analyse
  const databaseCpu = kind === 'postgres' ? backendsCpuMs(backendPids) : null
  const nodeCpu = process.cpuUsage(nodeCpuBefore)
  const cpu = {
    database: databaseCpu === null || databaseCpuBefore === null ? null : (databaseCpu - databaseCpuBefore) / 1000,
    node: (nodeCpu.user + nodeCpu.system) / 1e6,
  }
  const databaseShare = cpu.database === null ? '' : `PostgreSQL's connections ${cpu.database.toFixed(1)} s, `
  process.stderr.write(`loaded in ${loadSeconds.toFixed(1)} s; CPU: ${databaseShare}this process ${cpu.node.toFixed(1)} s\n`)
  const notes = (await unwrittenColumns(first)).map((column) => `content_items.${column} is left at its default by the loader`)
  return { counts, loadSeconds, phases, cpu, people, sites, notes }
}
