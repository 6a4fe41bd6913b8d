import { it } from 'vitest'
import { testDriver } from './database.js'

/**
 * A test of what only a server with concurrent transactions can do (PGlite runs one transaction at a
 * time, so there commits cannot overtake each other): registered on the PostgreSQL run only.
 */
export function itOnPostgres(name: string, test: () => Promise<void>, timeout?: number): void {
  if (testDriver() === 'postgres') it(name, test, timeout)
}
