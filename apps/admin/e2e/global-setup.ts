import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  interface ProvidedContext {
    /** The admin built for production once per run, in a temporary folder every e2e file serves. */
    adminDist: string
  }
}

const adminDir = fileURLToPath(new URL('..', import.meta.url))

/** Builds the admin as it ships, once for all e2e files: vitest sets NODE_ENV=test, which would give React's development build. */
export async function setup(project: TestProject) {
  const outDir = await mkdtemp(join(tmpdir(), 'learnonce-admin-e2e-'))
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({
      root: adminDir,
      configFile: join(adminDir, 'vite.config.ts'),
      logLevel: 'warn',
      // At the root, as vite preview serves it in stack.ts (the API's /admin/ is tested in apps/api).
      base: '/',
      build: { outDir, emptyOutDir: true, sourcemap: false },
    })
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = nodeEnv
  }
  project.provide('adminDist', outDir)
  return () => rm(outDir, { recursive: true, force: true })
}
