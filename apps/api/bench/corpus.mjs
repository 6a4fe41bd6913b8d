// Loads the benchmark corpus straight into a migrated database: sites, people, then lessons with the
// case studies, solutions, relations and adoptions between them. Multi-row INSERTs of a JSON array
// through json_populate_recordset, so every row goes through the real table's types, defaults and
// constraints; the next chunk is written in Node while PostgreSQL stores the last ones.
import { hash } from '@node-rs/argon2'
import { createItemMaker, itemColumns } from './corpus-items.mjs'
import { BENCH_PASSWORD, makePeople, makeSites } from './corpus-sites.mjs'
import { createRandom } from './prng.mjs'
import { createProgress } from './progress.mjs'

const CHUNK = 250

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
  return rows.map((row) => row.column_name).filter((column) => !itemColumns.includes(column))
}

/** Stores one chunk in one transaction: its items first, then the rows that point at them. */
async function storeChunk(client, chunk) {
  await client.query('begin')
  await insertRows(client, 'content_items', chunk.items, itemColumns)
  await insertRows(client, 'content_sites', chunk.itemSites)
  await insertRows(client, 'content_relations', chunk.relations)
  await insertRows(client, 'adoptions', chunk.adoptions)
  await client.query('commit')
}

/**
 * Loads `lessons` lessons and what goes with them through `clients` (one connection each, used in
 * parallel: computing the search vector of 4 KB of text is most of the cost, and it is per core).
 * A chunk only points at items of chunks already stored, so parallel chunks never wait on each other.
 */
export async function loadCorpus(clients, { lessons, seed = 1, siteCount = 320 }) {
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

  const maker = createItemMaker(random, { lessons, sites, themes, people })
  const progress = createProgress('loading lessons', lessons)
  const counts = { lessons, caseStudies: 0, solutions: 0, relations: 0, adoptions: 0, sites: sites.length, users: people.users.length }
  const stored = new Map()
  let admitted = 0
  let storedLessons = 0
  const admitInOrder = () => {
    while (stored.has(admitted)) {
      const chunk = stored.get(admitted)
      stored.delete(admitted++)
      chunk.admit()
      storedLessons += chunk.lessons
    }
    progress.update(storedLessons)
  }
  const idle = [...clients]
  const running = new Set()
  let failure = null
  let index = 0
  let before = 0
  while (maker.lessonsMade < lessons && !failure) {
    // Written while the database stores the chunks in flight.
    const chunk = { ...maker.chunk(CHUNK), index: index++ }
    chunk.lessons = maker.lessonsMade - before
    before = maker.lessonsMade
    counts.caseStudies += chunk.items.filter((item) => item.type === 'case_study').length
    counts.solutions += chunk.items.filter((item) => item.type === 'solution').length
    counts.relations += chunk.relations.length
    counts.adoptions += chunk.adoptions.length
    while (idle.length === 0 && !failure) await Promise.race(running)
    if (failure) break
    const client = idle.pop()
    const task = storeChunk(client, chunk).then(
      () => {
        idle.push(client)
        stored.set(chunk.index, chunk)
        admitInOrder()
      },
      (error) => {
        failure ??= error
      },
    )
    running.add(task)
    task.finally(() => running.delete(task))
  }
  await Promise.all(running)
  if (failure) throw failure
  const loadSeconds = progress.finish(lessons)
  process.stderr.write('analysing… ')
  const analyseStarted = Date.now()
  await first.query('analyze')
  process.stderr.write(`${((Date.now() - analyseStarted) / 1000).toFixed(1)} s\n`)
  const notes = (await unwrittenColumns(first)).map((column) => `content_items.${column} is left at its default by the loader`)
  return { counts, loadSeconds, people, sites, notes }
}
