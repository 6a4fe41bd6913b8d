// The bare baseline: a plain node:http server with a plain pg pool (or PGlite) and named prepared
// statements, answering the benchmark's reads with the API's data shape and JSON.stringify. What the
// API does beyond this (routing, validation, auth, hooks, serialisation, headers) is the API ÷ baseline
// ratio. It does not authenticate: it answers as the reader whose site ids it is given.
//
// Environment: BASELINE_PORT; BASELINE_DATABASE_URL or BASELINE_DATA_DIR (PGlite);
// BASELINE_READER_SITES (comma-separated site ids); BASELINE_LIST_FIELDS and BASELINE_ITEM_FIELDS
// (comma-separated field names, in the order the API writes them).
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import { derivedFields, filterNames, itemSql, listSql, searchSql, selectList, syncSql, tagSelect, triageSql } from './baseline-sql.mjs'

const env = process.env
const readerSites = (env.BASELINE_READER_SITES ?? '').split(',').filter(Boolean)
const listSelect = selectList((env.BASELINE_LIST_FIELDS ?? 'id').split(','), { listed: true })
const itemFields = (env.BASELINE_ITEM_FIELDS ?? 'id').split(',')
const itemSelect = selectList(itemFields, { listed: false })
const itemTagSelect = tagSelect(itemFields)

async function openQuery() {
  if (env.BASELINE_DATABASE_URL) {
    const { default: pg } = await import('pg')
    // The API's pool size, so both sides may keep as many statements in flight.
    const pool = new pg.Pool({ connectionString: env.BASELINE_DATABASE_URL, max: 10 })
    pool.on('error', () => {})
    return (name, text, values) => pool.query({ name, text, values }).then((result) => result.rows)
  }
  const { PGlite } = await import('@electric-sql/pglite')
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm')
  const db = await PGlite.create({ dataDir: env.BASELINE_DATA_DIR, extensions: { pg_trgm } })
  // PGlite has no named statements; it is one in-process connection that plans each query.
  return (_name, text, values) => db.query(text, values).then((result) => result.rows)
}
const query = await openQuery()

const send = (response, status, body, headers = {}) => {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers })
  response.end(body)
}

/**
 * Filters that narrow the list to a small, value-dependent part of it. A generic plan cannot know how
 * small (for status + theme + stage + region it picks a bitmap over every published lesson: 100 ms
 * instead of 3 ms at 100,000 lessons), so these lists are planned with their values every time.
 */
const selective = new Set(['theme', 'journeyStage', 'region'])

async function listLessons(params) {
  const limit = Math.min(Number(params.get('limit') ?? 20), 100)
  const q = params.get('q')
  let rows
  if (q) {
    rows = await query(`baseline-search-${limit}`, searchSql(listSelect.sql, limit + 1), [readerSites, q])
  } else {
    const filters = filterNames.filter((name) => params.has(name))
    const name = filters.some((filter) => selective.has(filter)) ? undefined : `baseline-list-${limit}-${filters.join('-')}`
    rows = await query(name, listSql(listSelect.sql, filters, limit + 1), [readerSites, ...filters.map((filter) => params.get(filter))])
  }
  const data = rows.slice(0, limit)
  const last = data[data.length - 1]
  const nextCursor = rows.length > limit && last ? Buffer.from(JSON.stringify([last.id])).toString('base64url') : null
  return JSON.stringify({ data, nextCursor })
}

/** An item's ETag from its version, its row's revision and its derived fields (baseline-sql.mjs derivedFields). */
const tagOf = (row) => {
  const shown = JSON.stringify(derivedFields.map((field) => row[field]))
  return `"${row.version}-${createHash('sha256').update(`${row.rowRevision}:${shown}`).digest('base64url').slice(0, 16)}"`
}

async function handle(request, response) {
  const url = new URL(request.url, 'http://baseline')
  if (url.pathname === '/readyz') return send(response, 200, '{"status":"ready"}')
  if (url.pathname === '/lessons') return send(response, 200, await listLessons(url.searchParams))
  const item = /^\/lessons\/([0-9a-f-]{36})$/.exec(url.pathname)
  if (item) {
    const known = request.headers['if-none-match']
    if (known) {
      const [source] = await query('baseline-item-tag', itemSql(itemTagSelect), [readerSites, item[1]])
      if (source && tagOf(source) === known) {
        response.writeHead(304, { etag: known })
        return response.end()
      }
    }
    const [row] = await query('baseline-item', itemSql(itemSelect.sql), [readerSites, item[1]])
    if (!row) return send(response, 404, '{"status":404}')
    const { rowRevision: _rowRevision, ...fields } = row
    return send(response, 200, JSON.stringify(fields), { etag: tagOf(row) })
  }
  if (url.pathname === '/triage') {
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 20), 100)
    const rows = await query(`baseline-triage-${limit}`, triageSql, [limit + 1])
    const data = rows.slice(0, limit)
    const last = data[data.length - 1]
    const nextCursor = rows.length > limit && last ? Buffer.from(JSON.stringify([last.submittedAt, last.id])).toString('base64url') : null
    return send(response, 200, JSON.stringify({ data, nextCursor }))
  }
  if (url.pathname === '/sync') {
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 100), 1000)
    const rows = await query(`baseline-sync-${limit}`, syncSql(itemSelect.sql), [[], limit + 1])
    const page = rows.slice(0, limit)
    const data = page.map((item) => ({ id: item.id, change: 'upsert', changedAt: item.updatedAt, type: 'lesson', item }))
    const last = page[page.length - 1]
    const nextCursor = rows.length > limit && last ? Buffer.from(JSON.stringify(['s', last.id])).toString('base64url') : null
    return send(response, 200, JSON.stringify({ data, nextCursor }))
  }
  if (url.pathname === '/fields') {
    return send(response, 200, JSON.stringify({ listUnknown: listSelect.unknown, itemUnknown: itemSelect.unknown }))
  }
  send(response, 404, '{"status":404}')
}

const server = createServer((request, response) => {
  handle(request, response).catch((error) => {
    console.error(error)
    if (!response.headersSent) send(response, 500, JSON.stringify({ status: 500, detail: String(error.message) }))
  })
})
server.keepAliveTimeout = 72_000
server.listen(Number(env.BASELINE_PORT), '127.0.0.1')
process.on('SIGTERM', () => server.close(() => process.exit(0)))
process.on('SIGINT', () => server.close(() => process.exit(0)))
