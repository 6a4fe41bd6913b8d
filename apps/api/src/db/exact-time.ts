import { type AnyColumn, type SQL, sql } from 'drizzle-orm'

/**
 * A timestamp as UTC ISO 8601 text to the microsecond, for keyset cursors. PostgreSQL keeps
 * microseconds and a JavaScript Date only milliseconds, so a cursor made from a Date would compare
 * below its own row and repeat it on the next page.
 */
export const exactTime = (column: AnyColumn | SQL) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
