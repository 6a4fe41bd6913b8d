import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TokenPair } from '@learnonce/contracts'
import { type Browser, chromium, type Page } from 'playwright-core'
import { type PreviewServer, preview } from 'vite'
import { afterAll, beforeAll, expect, inject } from 'vitest'
import { proxyTo } from '../vite.config'

declare module 'vitest' {
  interface ProvidedContext {
    /** A throwaway PostgreSQL database for the PostgreSQL run (see apps/api/src/test/e2e-global-setup.ts). */
    e2eDatabaseUrl: string | null
    /** The admin built for production (see ./global-setup.ts). */
    adminDist: string
  }
}

// The whole stack as a user meets it: the built API (PGlite in memory, or the PostgreSQL database in
// LO_TEST_DATABASE_URL) seeded with the demo hub, the admin as built for production behind vite
// preview, and Debian's Chromium.
const adminDir = fileURLToPath(new URL('..', import.meta.url))
const apiEntry = fileURLToPath(new URL('../../api/dist/server.js', import.meta.url))
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Every demo user's password (apps/api/src/seed/demo.ts). */
export const demoPassword = 'learn-once-demo'

/** The demo users, one per role (apps/api/src/seed/demo-people.ts). */
export const demoUsers = {
  admin: 'admin@demo.learnonce.dev',
  curator: 'curator@demo.learnonce.dev',
  contributor: 'contributor@demo.learnonce.dev',
} as const

export interface Stack {
  /** Where the admin is served, e.g. http://127.0.0.1:41234 (no trailing slash). */
  readonly adminUrl: string
  /** Where the API is, for calls a test makes on its own (e.g. setting data up). */
  readonly apiUrl: string
  /** Runs `run` in a fresh browser context, failing the test on any uncaught error in the page. */
  withPage(run: (page: Page) => Promise<void>): Promise<void>
  /** Signs in on the sign-in page and waits for the home page (or `landing`); returns the user. */
  signInAs(page: Page, email: string, landing?: string): Promise<TokenPair['user']>
  /** Fills and submits the sign-in form, returning the API's answer to /v1/auth/login. */
  submitSignIn(page: Page, email: string, password: string): Promise<{ status: number; body: unknown }>
}

/**
 * Starts the API, the built admin and Chromium for this test file (beforeAll) and stops them after
 * (afterAll). Call it once at the top of an e2e file.
 */
export function startStack(): Stack {
  let api: ChildProcess | undefined
  let apiOutput = ''
  let admin: PreviewServer | undefined
  let browser: Browser | undefined
  let adminUrl = ''
  let apiUrl = ''

  beforeAll(async () => {
    if (!existsSync(apiEntry)) {
      throw new Error(`${apiEntry} does not exist: run \`pnpm build\` first (this test starts the built API).`)
    }
    if (!existsSync(chromiumPath)) {
      throw new Error(`No Chromium at ${chromiumPath}: install Debian's (apt-get install chromium) or set CHROMIUM_PATH.`)
    }
    const apiPort = await freePort()
    api = spawn(process.execPath, [apiEntry], { env: apiEnvironment(apiPort), stdio: ['ignore', 'pipe', 'pipe'] })
    const collect = (chunk: Buffer) => {
      apiOutput += chunk.toString()
    }
    api.stdout?.on('data', collect)
    api.stderr?.on('data', collect)
    apiUrl = `http://127.0.0.1:${apiPort}`

    const adminPort = await freePort()
    await waitForReady(api, `${apiUrl}/readyz`, () => apiOutput)
    admin = await preview({
      root: adminDir,
      configFile: join(adminDir, 'vite.config.ts'),
      logLevel: 'warn',
      base: '/',
      build: { outDir: inject('adminDist') },
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
  }, 30_000)

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

  async function signInAs(page: Page, email: string, landing = '/'): Promise<TokenPair['user']> {
    await page.goto(`${adminUrl}/`)
    await page.waitForURL(/\/sign-in$/)
    const answer = await submitSignIn(page, email, demoPassword)
    expect(answer.status).toBe(200)
    await page.waitForURL(`${adminUrl}${landing}`)
    return (answer.body as TokenPair).user
  }

  return {
    get adminUrl() {
      return adminUrl
    },
    get apiUrl() {
      return apiUrl
    },
    withPage,
    signInAs,
    submitSignIn,
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

async function waitForReady(child: ChildProcess, url: string, output: () => string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The API exited before it was ready:\n${output()}`)
    }
    const ready = await fetch(url).then(
      (response) => response.status === 200,
      () => false,
    )
    if (ready) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The API was not ready at ${url} within ${timeoutMs / 1000} s:\n${output()}`)
}

async function stopProcess(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}
