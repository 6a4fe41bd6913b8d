import { availableParallelism } from 'node:os'
import { defaultServerConditions } from 'vite'
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'

// Workspace packages are imported from their TypeScript source, not their build.
const conditions = ['@learnonce/source', ...defaultServerConditions]

/** Every API test runs twice: on embedded PGlite and on a real PostgreSQL. */
const apiProject = (driver: 'pglite' | 'postgres'): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name: `api:${driver}`,
    include: ['apps/api/src/**/*.test.ts'],
    // *.postgres.test.ts holds only PostgreSQL tests (replicas, faults, several processes): a file
    // with no test for PGlite would fail its run as empty.
    exclude: driver === 'pglite' ? [...configDefaults.exclude, 'apps/api/src/**/*.postgres.test.ts'] : configDefaults.exclude,
    env: { LO_TEST_DB: driver },
    globalSetup: ['apps/api/src/test/global-setup.ts'],
  },
})

/** The admin in Debian's Chromium against the built API (`pnpm build` first), on each database. */
const browserProject = (driver: 'pglite' | 'postgres'): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name: `admin:e2e:${driver}`,
    include: ['apps/admin/e2e/**/*.e2e.test.ts'],
    env: { LO_TEST_DB: driver },
    globalSetup: ['apps/api/src/test/e2e-global-setup.ts', 'apps/admin/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})

/**
 * The admin's component tests (Testing Library in happy-dom). Files that talk to a real API in-process
 * say `// @vitest-environment node` at the top; those run on PGlite.
 */
const adminUnitProject: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: 'admin:unit',
    include: ['apps/admin/src/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    env: { LO_TEST_DB: 'pglite' },
    setupFiles: ['apps/admin/src/test/setup.ts'],
  },
}

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    environment: 'node',
    // Test files spend most of their time waiting on PostgreSQL, PGlite's worker or Chromium, so one
    // more file than cores runs at once (vitest's default is one fewer: a single file at a time on the
    // two-core CI machine, where the suite took 27 minutes against 19 with three).
    maxWorkers: Math.max(3, availableParallelism() + 1),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [adminUnitProject, apiProject('pglite'), apiProject('postgres'), browserProject('pglite'), browserProject('postgres')],
  },
})
