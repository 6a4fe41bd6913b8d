import { createHash } from 'node:crypto'
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
/**
 * `planned: 'per-call'` builds the SQL once but sends it unnamed, so PostgreSQL plans it with the
 * request's values every time: for shapes whose best plan depends on the values (see
 * `plannedPerCall` in modules/content/service.ts), a generic plan is many times slower than planning (54 ms against 1.5 ms for
 * status + theme + journeyStage + region at 100,000 lessons).
 */
export function prepared<T>(db: Executor, key: string, build: (name: string) => T, planned: 'once' | 'per-call' = 'once'): T {
  const statements = statementsOf.get(db) ?? new Map<string, unknown>()
  statementsOf.set(db, statements)
  const found = statements.get(key)
  if (found) return found as T
  // drizzle (and pg) send a statement without a name as an unnamed one, parsed and planned per call.
  const name =
    planned === 'once' ? `stmt_${createHash('sha1').update(key).digest('base64url').slice(0, 16)}` : (undefined as unknown as string)
  const statement = build(name)
  // Filter combinations are bounded but many; past this many, new shapes are simply not cached.
  if (statements.size < MAX_STATEMENTS) statements.set(key, statement)
  return statement
}
