import { createHash } from 'node:crypto'
import { type SQL, sql } from 'drizzle-orm'
import type { Executor } from './client.js'

/**
 * Statements prepared once per database handle and shape, then executed with values only: PostgreSQL
 * plans a named statement once per connection instead of on every request, and drizzle builds the
 * SQL once. A transaction gets its own handle, so its statements are built again but keep their names
 * (and with them the connection's plan). With read replicas, statements are kept per target (readTarget):
 * one prepared for the replicas is never run for a request that must read the primary.
 */
const statementsOf = new WeakMap<object, Map<string, unknown>>()
const MAX_STATEMENTS = 500
type Planning = 'once' | 'per-call'

/**
 * Filters whose selectivity depends on the value (one theme, tag or site is a handful of rows,
 * another thousands): a generic plan guesses one selectivity for every value and, at 100,000
 * lessons, chose a bitmap over every match of theme + region sorted afterwards (54 ms) instead of
 * walking `(type, status, journey_stage, id)` until the page is full (1.5 ms). The names are the
 * query parameters of the lists that filter by them (content lists, the triage queue).
 */
const valueDependent = new Set(['theme', 'careSetting', 'tag', 'siteId', 'region', 'networkId', 'derivedFromId', 'updatedSince'])

/**
 * How a list statement filtered by `used` is planned: with its values on every call when one of the
 * filters is value-dependent; otherwise (the first page, a page by cursor, search, the enumerated
 * filters) prepared, planned once per connection.
 */
export const planningFor = (used: readonly string[]): Planning => (used.some((filter) => valueDependent.has(filter)) ? 'per-call' : 'once')

/**
 * `planned: 'per-call'` builds the SQL once but sends it unnamed, so PostgreSQL plans it with the
 * request's values every time, for shapes whose best plan depends on the values (`planningFor`).
 */
export function prepared<T>(db: Executor, key: string, build: (name: string) => T, planned: Planning = 'once'): T {
  const statements = statementsOf.get(db) ?? new Map<string, unknown>()
  statementsOf.set(db, statements)
  const found = statements.get(key)
  if (found) return found as T
  // An empty name is PostgreSQL's unnamed statement (pg sends it as such): parsed and planned per call.
  const name = planned === 'once' ? `stmt_${createHash('sha1').update(key).digest('base64url').slice(0, 16)}` : ''
  const statement = build(name)
  // Filter combinations are bounded but many; past this many, new shapes are simply not cached.
  if (statements.size < MAX_STATEMENTS) statements.set(key, statement)
  return statement
}

/**
 * A LIMIT written into a prepared statement's text. With `limit $n`, PostgreSQL's generic plan must
 * guess the page at a tenth of every matching row, costs itself far above the plan for 21 rows, and
 * so PostgreSQL re-plans the statement with its values on every execution for as long as the
 * connection lives (0.6–1 ms of planning for a 0.15 ms page: three times the database's work per
 * list). With the page size in the text, the generic plan costs what it is and is chosen after
 * PostgreSQL's five trial runs. It makes one statement per page size; clients use one or two.
 */
export function literalLimit(rows: number): number {
  if (!Number.isSafeInteger(rows) || rows < 1) throw new Error(`a LIMIT must be a positive whole number (got ${rows})`)
  // drizzle writes an SQL object given as the limit into the text as it is.
  return sql.raw(String(rows)) as unknown as number
}

/** A select list with every field named as its property (`expression as "name"`), for `rowsOf`. */
export function named<T extends Record<string, unknown>>(fields: T): { [K in keyof T]: SQL.Aliased } {
  const entries = Object.entries(fields).map(([name, field]) => [name, sql`${field}`.as(name)])
  return Object.fromEntries(entries) as { [K in keyof T]: SQL.Aliased }
}

/** What both drivers' prepared statements can do beyond `execute` (drizzle does not declare it on the shared type). */
interface RawRows {
  all(values: Record<string, unknown>): Promise<unknown[]>
}

/**
 * The rows of a prepared select whose list is `named`, as the driver built them: one object per row,
 * keyed by name. drizzle's own mapping of each row (an iterator, an array and an `instanceof` chain
 * per column per row) was a fifth of everything a list page allocated. The driver still parses
 * numbers, booleans, arrays and JSON; timestamps come back as the text PostgreSQL wrote.
 */
export const rowsOf = (statement: unknown, values: Record<string, unknown>): Promise<Record<string, unknown>[]> =>
  (statement as RawRows).all(values) as Promise<Record<string, unknown>[]>
