import { type SQL, sql } from 'drizzle-orm'

/** `q` as an ILIKE pattern matching it anywhere, its own `%` and `_` taken literally. */
export const containing = (q: string) => `%${q.replace(/[\\%_]/g, '\\$&')}%`

/**
 * The text a `q` filter searches, one expression per table. The trigram index is built on exactly
 * this expression (see the schema), which is what lets PostgreSQL use it.
 */
export const searchText = {
  sites: sql.raw(`(name || ' ' || slug || ' ' || coalesce(ods_code, ''))`),
  users: sql.raw(`(email || ' ' || name)`),
  networks: sql.raw(`(name || ' ' || purpose)`),
} satisfies Record<string, SQL>

export const matches = (text: SQL, q: string) => sql`${text} ilike ${containing(q)}`
