import type { TestProject } from 'vitest/node'
import { createDatabase, databaseUrl, dropDatabase, testDriver, throwawayName } from './database.js'

declare module 'vitest' {
  interface ProvidedContext {
    e2eDatabaseUrl: string | null
  }
}

/** Browser tests run the built API as a process; on PostgreSQL it gets a throwaway database of its own. */
export async function setup(project: TestProject) {
  if (testDriver() !== 'postgres') {
    project.provide('e2eDatabaseUrl', null)
    return
  }
  const name = throwawayName('lo_e2e')
  await createDatabase(name)
  project.provide('e2eDatabaseUrl', databaseUrl(name))
  return () => dropDatabase(name)
}
