import { vi } from 'vitest'
import type { App } from '../app.js'

export interface PlanNode {
  'Node Type': string
  'Relation Name'?: string
  Output?: string[]
  'Actual Rows'?: number
  Plans?: PlanNode[]
}

/**
 * The statements a request sent for its own work: without the lookup of who is calling, which the
 * auth plugin makes only when it does not remember the caller (ACTOR_CACHE_SECONDS).
 */
export const ownStatements = <T extends { text: string }>(statements: T[]): T[] =>
  statements.filter((statement) => !/from users u where u\.id = \$1/.test(statement.text))

/** Every node of a plan, depth first. */
export const planNodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(planNodes)]

/**
 * Every statement the app sends through the driver client (a pg Pool or a PGlite instance), with its
 * parameters, and their plans. On PostgreSQL only statements outside a transaction pass through the
 * pool's query(); a transaction runs on a client checked out of it, which this does not see.
 */
export function recordQueries(app: App) {
  const client = (app.db as unknown as { $client: { query: (...args: unknown[]) => Promise<unknown> } }).$client
  const spy = vi.spyOn(client, 'query')
  const textOf = (first: unknown) => (typeof first === 'string' ? first : String((first as { text?: unknown }).text))
  return {
    /** `name` is a prepared statement's name (PostgreSQL plans it once per connection); unnamed ones are planned per call. */
    async during(work: () => Promise<unknown>): Promise<{ text: string; params: unknown[]; name: string | undefined }[]> {
      spy.mockClear()
      await work()
      return spy.mock.calls.map(([first, params]) => ({
        text: textOf(first),
        params: Array.isArray(params) ? params : [],
        name: typeof first === 'object' && first !== null ? (first as { name?: string }).name || undefined : undefined,
      }))
    },
    async plan(text: string, params: unknown[]): Promise<string> {
      const result = (await client.query(`explain ${text}`, params)) as { rows: Record<string, string>[] }
      return result.rows.map((row) => Object.values(row).join('')).join('\n')
    },
    /** The plan PostgreSQL ran, as EXPLAIN (ANALYZE, VERBOSE, FORMAT JSON) gives it: node types, relations, outputs, rows. */
    async analyse(text: string, params: unknown[]): Promise<PlanNode> {
      const result = (await client.query(`explain (analyze, verbose, format json) ${text}`, params)) as { rows: Record<string, unknown>[] }
      const cell = Object.values(result.rows[0] ?? {})[0]
      // pg parses the json column; PGlite may hand it over as text.
      const parsed = (typeof cell === 'string' ? JSON.parse(cell) : cell) as { Plan: PlanNode }[]
      const root = parsed[0]?.Plan
      if (!root) throw new Error(`no plan for ${text}`)
      return root
    },
    restore: () => spy.mockRestore(),
  }
}
