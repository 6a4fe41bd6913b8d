import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TokenPair } from '@learnonce/contracts'
import { type Browser, chromium, type Page } from 'playwright-core'
import { build, type InlineConfig, type PreviewServer, preview } from 'vite'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { proxyTo } from '../vite.config'

declare module 'vitest' {
  interface ProvidedContext {
    /** A throwaway PostgreSQL database for the PostgreSQL run (see apps/api/src/test/e2e-global-setup.ts). */
    e2eDatabaseUrl: string | null
  }
}

// The whole stack as a user meets it: the built API (PGlite in memory, or the PostgreSQL database in
// LO_TEST_DATABASE_URL), the admin as built for production behind vite preview, and Debian's Chromium.
const adminDir = fileURLToPath(new URL('..', import.meta.url))
const apiEntry = fileURLToPath(new URL('../../api/dist/server.js', import.meta.url))
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const demoPassword = 'learn-once-demo'

let api: ChildProcess | undefined
let apiOutput = ''
let admin: PreviewServer | undefined
let browser: Browser | undefined
let outDir: string | undefined
let adminUrl = ''

beforeAll(async () => {
  if (!existsSync(apiEntry)) {
    throw new Error(`${apiEntry} does not exist: run \`pnpm build\` first (this test starts the built API).`)
  }
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: install Debian's (apt-get install chromium) or set CHROMIUM_PATH.`)
  }

  const apiPort = await freePort()
  api = spawn(process.execPath, [apiEntry], { env: apiEnvironment(apiPort), stdio: ['ignore', 'pipe', 'pipe'] })
  api.stdout?.on('data', (chunk: Buffer) => {
    apiOutput += chunk.toString()
  })
  api.stderr?.on('data', (chunk: Buffer) => {
    apiOutput += chunk.toString()
  })
  const apiUrl = `http://127.0.0.1:${apiPort}`

  outDir = await mkdtemp(join(tmpdir(), 'learnonce-admin-e2e-'))
  const shared = { root: adminDir, configFile: join(adminDir, 'vite.config.ts'), logLevel: 'warn' as const }
  await buildForProduction({ ...shared, build: { outDir, emptyOutDir: true, sourcemap: false } })
  const adminPort = await freePort()
  await waitForReady(api, `${apiUrl}/readyz`)
  admin = await preview({
    ...shared,
    build: { outDir },
    preview: { host: '127.0.0.1', port: adminPort, strictPort: true, proxy: proxyTo(apiUrl) },
  })
  adminUrl = `http://127.0.0.1:${adminPort}`

  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}, 120_000)

afterAll(async () => {
  await browser?.close().catch(() => {})
  await admin?.close().catch(() => {})
  await stopProcess(api)
  if (outDir) await rm(outDir, { recursive: true, force: true })
}, 30_000)

describe('signing in to the admin', { timeout: 120_000 }, () => {
  it('a visit to the admin root goes to the sign-in page', async () => {
    await withPage(async (page) => {
      await page.goto(`${adminUrl}/`)
      await page.waitForURL(/\/sign-in$/)
      await page.getByRole('heading', { name: 'Sign in to Learn Once' }).waitFor()
    })
  })

  it("a wrong password shows the API's explanation and stays on sign-in", async () => {
    await withPage(async (page) => {
      await page.goto(`${adminUrl}/sign-in`)
      const answer = await submitSignIn(page, 'admin@demo.learnonce.dev', 'not-the-demo-password')
      // 429 once an account has had five failures in 15 minutes (a long-lived PostgreSQL test database).
      expect([401, 429]).toContain(answer.status)
      const problem = answer.body as { detail?: unknown }
      expect(typeof problem.detail).toBe('string')
      await page
        .getByRole('alert')
        .filter({ hasText: String(problem.detail) })
        .waitFor()
      expect(new URL(page.url()).pathname).toBe('/sign-in')
    })
  })

  it('a contributor who signs in sees their name and role', async () => {
    await withPage(async (page) => {
      const user = await signInAs(page, 'contributor@demo.learnonce.dev')
      expect(user.name).not.toBe('')
      await page.getByRole('heading', { name: `Signed in as ${user.name}` }).waitFor()
      await page.getByText('contributor', { exact: true }).waitFor()
      await page.getByText('contributor@demo.learnonce.dev', { exact: true }).waitFor()
      expect(new URL(page.url()).pathname).toBe('/')
    })
  })

  it('signing out returns to the sign-in page and ends the session', async () => {
    await withPage(async (page) => {
      await signInAs(page, 'contributor@demo.learnonce.dev')
      await page.getByRole('button', { name: 'Sign out' }).click()
      await page.waitForURL(/\/sign-in$/)
      await page.getByRole('heading', { name: 'Sign in to Learn Once' }).waitFor()

      await page.goto(`${adminUrl}/`)
      await page.waitForURL(/\/sign-in$/)
    })
  })
})

/** A fresh browser context per test, failing the test on any uncaught error in the page. */
async function withPage(run: (page: Page) => Promise<void>) {
  if (!browser) throw new Error('the browser did not start')
  const context = await browser.newContext()
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  try {
    await run(page)
    expect(pageErrors).toEqual([])
  } catch (error) {
    if (error instanceof Error && pageErrors.length > 0) error.message += `\nErrors in the page:\n${pageErrors.join('\n')}`
    throw error
  } finally {
    await context.close()
  }
}

async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => new URL(candidate.url()).pathname === '/v1/auth/login'),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ])
  return { status: response.status(), body: (await response.json()) as unknown }
}

async function signInAs(page: Page, email: string): Promise<TokenPair['user']> {
  await page.goto(`${adminUrl}/`)
  await page.waitForURL(/\/sign-in$/)
  const answer = await submitSignIn(page, email, demoPassword)
  expect(answer.status).toBe(200)
  const pair = answer.body as TokenPair
  await page.waitForURL(`${adminUrl}/`)
  return pair.user
}

/** Builds the admin as it ships: vitest sets NODE_ENV=test, which would give React's development build. */
async function buildForProduction(config: InlineConfig) {
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build(config)
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = nodeEnv
  }
}

function apiEnvironment(port: number): NodeJS.ProcessEnv {
  // Never the developer's own database: in memory, unless the run names a test database.
  const { DATABASE_URL: _developerDatabase, ...inherited } = process.env
  const testDatabase = inject('e2eDatabaseUrl') ?? process.env.LO_TEST_DATABASE_URL
  return {
    ...inherited,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: 'memory://',
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    ...(testDatabase ? { DATABASE_URL: testDatabase } : {}),
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port)
        else reject(new Error('could not find a free port'))
      })
    })
  })
}

async function waitForReady(child: ChildProcess, url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The API exited before it was ready:\n${apiOutput}`)
    }
    const ready = await fetch(url).then(
      (response) => response.status === 200,
      () => false,
    )
    if (ready) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The API was not ready at ${url} within ${timeoutMs / 1000} s:\n${apiOutput}`)
}

async function stopProcess(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}
