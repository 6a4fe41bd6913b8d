import { performance } from 'node:perf_hooks'
import type { FastifyBaseLogger } from 'fastify'
import type pg from 'pg'

/** How much of a statement's text goes into the log line: enough to find it, never a whole page of SQL. */
const TEXT_LIMIT = 300

type Query = (...args: unknown[]) => unknown

/**
 * Logs every statement on this pool that takes longer than `thresholdMs`, as one structured warning
 * with the prepared statement's name (when it has one), its text cut to 300 characters and its
 * duration. Parameters are never logged: they carry emails, password hashes and tokens.
 *
 * Each connection's `query` is wrapped once, when the pool opens it; a statement then costs one
 * clock read and one callback, which is nothing beside the round trip it measures.
 */
export function logSlowQueries(pool: pg.Pool, log: FastifyBaseLogger, thresholdMs: number): void {
  pool.on('connect', (client) => {
    const target = client as unknown as { query: Query }
    const query = target.query.bind(client)
    target.query = (...args: unknown[]) => {
      const [statement] = args
      // Streaming (Submittable) queries pass through untouched: they finish when their reader says so.
      if (hasSubmit(statement)) return query(...args)
      const started = performance.now()
      const report = () => {
        const durationMs = performance.now() - started
        if (durationMs >= thresholdMs) log.warn({ slowQuery: describe(statement), durationMs: Math.round(durationMs) }, 'slow query')
      }
      // pool.query() calls the client with a callback; drizzle's transactions use the promise.
      const last = args.length - 1
      const callback = args[last]
      if (typeof callback === 'function') {
        args[last] = (...results: unknown[]) => {
          report()
          callback(...results)
        }
        return query(...args)
      }
      const result = query(...args)
      if (result instanceof Promise) result.then(report, report)
      return result
    }
  })
}

function hasSubmit(statement: unknown): boolean {
  return typeof statement === 'object' && statement !== null && typeof (statement as { submit?: unknown }).submit === 'function'
}

function describe(statement: unknown): { name?: string; text: string } {
  if (typeof statement === 'string') return { text: truncate(statement) }
  const { name, text } = (statement ?? {}) as { name?: unknown; text?: unknown }
  return { ...(typeof name === 'string' && name !== '' ? { name } : {}), text: truncate(typeof text === 'string' ? text : '') }
}

const truncate = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > TEXT_LIMIT ? `${flat.slice(0, TEXT_LIMIT)}…` : flat
}
