import { vi } from 'vitest'
import type { App } from '../app.js'

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
    async during(work: () => Promise<unknown>): Promise<{ text: string; params: unknown[] }[]> {
      spy.mockClear()
      await work()
      return spy.mock.calls.map(([first, params]) => ({ text: textOf(first), params: Array.isArray(params) ? params : [] }))
    },
    async plan(text: string, params: unknown[]): Promise<string> {
      const result = (await client.query(`explain ${text}`, params)) as { rows: Record<string, string>[] }
      return result.rows.map((row) => Object.values(row).join('')).join('\n')
    },
    restore: () => spy.mockRestore(),
  }
}
