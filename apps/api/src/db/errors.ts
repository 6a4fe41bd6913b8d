import type pg from 'pg'

/**
 * node-postgres's words for a connection that is gone. The second is what a ROLLBACK on a killed
 * connection fails with, and drizzle throws the ROLLBACK's error in place of the statement's.
 */
const lostConnection = new Set([
  'Connection terminated unexpectedly',
  'Client has encountered a connection error and is not queryable',
  'Connection terminated due to connection timeout',
  'timeout exceeded when trying to connect',
])

const connectionCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'])

/**
 * Whether an error means a backing service (PostgreSQL, Redis) cannot be reached or is shutting
 * down, rather than anything about the request: connection failures, SQLSTATE class 08, admin
 * shutdown (57P0x), too many connections (53300).
 */
export function isUnavailable(error: unknown): boolean {
  const state = sqlState(error)
  if (state && (state.startsWith('08') || state.startsWith('57P0') || state === '53300')) return true
  // A database closed to connections (ALLOW_CONNECTIONS false, during maintenance) refuses at connect time.
  if (state === '55000' && severityOf(error) === 'FATAL') return true
  for (let current = error; current !== null && typeof current === 'object'; current = (current as { cause?: unknown }).cause) {
    const { code, name } = current as { code?: unknown; name?: unknown }
    if (typeof code === 'string' && connectionCodes.has(code)) return true
    if (name === 'MaxRetriesPerRequestError' || lostConnection.has(String((current as { message?: unknown }).message))) return true
    if (current instanceof AggregateError && current.errors.some(isUnavailable)) return true
  }
  return false
}

/** The severity PostgreSQL gave an error (FATAL: the connection is over), whether or not drizzle wrapped it. */
function severityOf(error: unknown): string | undefined {
  for (let current = error; current !== null && typeof current === 'object'; current = (current as { cause?: unknown }).cause) {
    const severity = (current as { severity?: unknown }).severity
    if (typeof severity === 'string') return severity
  }
  return undefined
}

/** The SQLSTATE of a PostgreSQL error, whether the driver threw it or drizzle wrapped it. */
export function sqlState(error: unknown): string | undefined {
  for (let current = error; current !== null && typeof current === 'object'; current = (current as { cause?: unknown }).cause) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
  }
  return undefined
}

/**
 * A connection that the server drops (pg_terminate_backend, a restart, a failover) must fail only
 * the statements on it, never the process. node-postgres emits 'error' on the client as well as
 * rejecting its query; the pool listens only while the client is idle, so a client checked out for a
 * transaction would throw that event as an uncaught exception. Every client gets a listener of its
 * own; the pool discards a client that is no longer queryable when it is released.
 */
export function guardPool(pool: pg.Pool): void {
  pool.on('error', () => {})
  pool.on('connect', (client) => {
    client.on('error', () => {})
  })
}
