const connectionCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'])

/**
 * Whether an error means a backing service (PostgreSQL, Redis) cannot be reached or is shutting
 * down, rather than anything about the request: connection failures, SQLSTATE class 08, admin
 * shutdown (57P0x), too many connections (53300).
 */
export function isUnavailable(error: unknown): boolean {
  const state = sqlState(error)
  if (state && (state.startsWith('08') || state.startsWith('57P0') || state === '53300')) return true
  for (let current = error; current !== null && typeof current === 'object'; current = (current as { cause?: unknown }).cause) {
    const { code, name } = current as { code?: unknown; name?: unknown }
    if (typeof code === 'string' && connectionCodes.has(code)) return true
    if (name === 'MaxRetriesPerRequestError' || (current as { message?: unknown }).message === 'Connection terminated unexpectedly')
      return true
    if (current instanceof AggregateError && current.errors.some(isUnavailable)) return true
  }
  return false
}

/** The SQLSTATE of a PostgreSQL error, whether the driver threw it or drizzle wrapped it. */
export function sqlState(error: unknown): string | undefined {
  for (let current = error; current !== null && typeof current === 'object'; current = (current as { cause?: unknown }).cause) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
  }
  return undefined
}
