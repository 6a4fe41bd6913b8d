import type { TestProject } from 'vitest/node'
import { openDatabase } from '../db/client.js'
import { createDatabase, databaseUrl, dropDatabase, testDriver, throwawayName } from './database.js'

declare module 'vitest' {
  interface ProvidedContext {
    templateDatabase: string | null
  }
}

/**
 * On PostgreSQL, migrates one template database per run; every test file then starts from a copy
 * of it (CREATE DATABASE … TEMPLATE), and the run drops it at the end.
 */
export async function setup(project: TestProject) {
  if (testDriver() !== 'postgres') {
    project.provide('templateDatabase', null)
    return
  }
  const template = throwawayName('lo_template')
  await createDatabase(template)
  const handle = await openDatabase({ databaseUrl: databaseUrl(template), dataDir: 'memory://' })
  await handle.migrate()
  await handle.close()
  project.provide('templateDatabase', template)
  return () => dropDatabase(template)
}
