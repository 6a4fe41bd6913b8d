import { defaultServerConditions } from 'vite'
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'

// Workspace packages are imported from their TypeScript source, not their build.
const conditions = ['@learnonce/source', ...defaultServerConditions]

/** Every API test runs twice: on embedded PGlite and on a real PostgreSQL. */
const apiProject = (driver: 'pglite' | 'postgres'): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name: `api:${driver}`,
    include: ['apps/api/src/**/*.test.ts'],
    env: { LO_TEST_DB: driver },
    globalSetup: ['apps/api/src/test/global-setup.ts'],
  },
})

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [apiProject('pglite'), apiProject('postgres')],
  },
})
