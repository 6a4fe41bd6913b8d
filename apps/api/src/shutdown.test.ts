import { existsSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { testApp } from './test/app.js'
import { createDatabase, databaseUrl, dropDatabase, testDriver, throwawayName } from './test/database.js'
import { itOnPostgres } from './test/drivers.js'
import { apiRoot, exitCode, freePort, type Running, startServer, waitReady } from './test/processes.js'

interface Outcome {
  sentAt: number
  endedAt: number
  /** Whether the request went out on a keep-alive connection that an earlier response had used. */
  reused: boolean
  status?: number
  connectionClose?: boolean
  error?: string
}

const connections = 50
// Long enough for a load balancer (the test) to see /readyz turn 503 even on a busy machine.
const delayMs = 4_000

/**
 * 50 connections sending requests back to back (a signed-in list read: a token check and a database
 * query) until the server is gone; every outcome recorded.
 */
function loadUntilGone(port: number, token: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections })
  const outcomes: Outcome[] = []
  let stopped = false
  const send = () =>
    new Promise<Outcome>((resolve) => {
      const sentAt = Date.now()
      const req = request(
        { host: '127.0.0.1', port, path: '/v1/sites?limit=5', agent, headers: { authorization: `Bearer ${token}` } },
        (res) => {
          res.resume()
          res.on('end', () =>
            resolve({
              sentAt,
              endedAt: Date.now(),
              reused: req.reusedSocket,
              status: res.statusCode,
              connectionClose: res.headers.connection === 'close',
            }),
          )
        },
      )
      req.on('error', (error: NodeJS.ErrnoException) =>
        resolve({ sentAt, endedAt: Date.now(), reused: req.reusedSocket, error: error.code ?? error.message }),
      )
      req.end()
    })
  const loops = Array.from({ length: connections }, async () => {
    while (!stopped) {
      const outcome = await send()
      outcomes.push(outcome)
      // The listener has closed: nothing more can be sent to this process.
      if (outcome.error === 'ECONNREFUSED') return
    }
  })
  return {
    outcomes,
    async stop() {
      stopped = true
      await Promise.all(loops)
      agent.destroy()
    },
  }
}

async function signInAdmin(port: number): Promise<string> {
  const login = await fetch(`http://127.0.0.1:${port}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'first@example.org', password: 'first-admin-password' }),
  })
  expect(login.status).toBe(200)
  return ((await login.json()) as { accessToken: string }).accessToken
}

/**
 * SIGTERM in the middle of the load, then what a load balancer and its clients would notice: /readyz
 * turns 503 at once, the listener keeps serving for SHUTDOWN_DELAY_MS with Connection: close on
 * every response, no request the server accepted fails, and the process exits 0.
 */
async function terminateUnderLoad(server: Running, signalled: () => void = () => server.child.kill('SIGTERM')) {
  const token = await signInAdmin(server.port)
  const load = loadUntilGone(server.port, token)
  await new Promise((resolve) => setTimeout(resolve, 1_500))
  const servedBefore = load.outcomes.filter((outcome) => outcome.status === 200).length
  expect(servedBefore).toBeGreaterThan(0)

  const signalAt = Date.now()
  signalled()
  // A load balancer's health check, each on a connection of its own, polling after the signal: it
  // must see 503 well before the delay ends (however long the busy process takes to handle the signal).
  let notReadyAt = 0
  while (Date.now() < signalAt + delayMs) {
    const readiness = await fetch(`http://127.0.0.1:${server.port}/readyz`, { headers: { connection: 'close' } })
    await readiness.arrayBuffer()
    if (readiness.status === 503) {
      expect(readiness.headers.get('content-type')).toContain('application/problem+json')
      notReadyAt = Date.now()
      break
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  expect(notReadyAt, '/readyz never answered 503 during the delay').toBeGreaterThan(0)

  const code = await exitCode(server.child, delayMs + 15_000)
  await load.stop()
  expect(code, server.output().slice(-3_000)).toBe(0)

  const listenerClosedAt = signalAt + delayMs
  const failed = load.outcomes.filter((outcome) => {
    if (outcome.status !== undefined) return outcome.status >= 500
    // Refused: the listener had closed, so the server never took the request.
    if (outcome.error === 'ECONNREFUSED') return false
    // A new connection the kernel queued as the listener closed is reset without being accepted;
    // anything else (a reset on a connection the server was serving) is a failed request.
    return outcome.reused || outcome.endedAt < listenerClosedAt
  })
  expect(failed, JSON.stringify(failed.slice(0, 5))).toEqual([])

  // It kept serving through the delay, telling each client to reconnect elsewhere; and since the
  // clients did reconnect, the listener was still accepting new connections after /readyz turned 503.
  const duringDrain = load.outcomes.filter((outcome) => outcome.status === 200 && outcome.sentAt > notReadyAt)
  expect(duringDrain.length).toBeGreaterThan(0)
  expect(duringDrain.every((outcome) => outcome.connectionClose)).toBe(true)
  expect(duringDrain.some((outcome) => !outcome.reused)).toBe(true)
  return load.outcomes
}

describe('while draining', () => {
  it('answers /readyz with a 503 problem, keeps answering everything else, and says Connection: close', async () => {
    const t = await testApp()
    try {
      expect((await t.app.inject({ method: 'GET', url: '/readyz' })).headers.connection).toBe('keep-alive')
      t.app.lifecycle.draining = true
      const ready = await t.app.inject({ method: 'GET', url: '/readyz' })
      expect(ready.statusCode).toBe(503)
      expect(ready.headers['content-type']).toContain('application/problem+json')
      expect(ready.json().detail).toMatch(/shutting down/)
      expect(ready.headers.connection).toBe('close')
      const live = await t.app.inject({ method: 'GET', url: '/healthz' })
      expect(live.statusCode).toBe(200)
      expect(live.headers.connection).toBe('close')
      const unauthorised = await t.app.inject({ method: 'GET', url: '/v1/sites' })
      expect(unauthorised.statusCode).toBe(401)
      expect(unauthorised.headers.connection).toBe('close')
    } finally {
      await t.close()
    }
  })
})

describe('shutting down under load', { timeout: 120_000 }, () => {
  const databases: string[] = []
  const running: Running[] = []
  afterAll(async () => {
    for (const server of running) if (server.child.exitCode === null) server.child.kill('SIGKILL')
    for (const name of databases) await dropDatabase(name)
  })

  /** The database of this run's driver: in-memory PGlite, or a throwaway PostgreSQL database. */
  async function databaseEnv(): Promise<Record<string, string>> {
    if (testDriver() === 'pglite') return { DATA_DIR: 'memory://' }
    const name = throwawayName('lo_shutdown')
    databases.push(name)
    await createDatabase(name)
    return { DATABASE_URL: databaseUrl(name), DATA_DIR: 'memory://' }
  }

  const env = {
    BOOTSTRAP_ADMIN_EMAIL: 'first@example.org',
    BOOTSTRAP_ADMIN_PASSWORD: 'first-admin-password',
    SHUTDOWN_DELAY_MS: String(delayMs),
    RATE_LIMIT_PER_MINUTE: '0',
    // Per-request log lines would cost more than the requests; start-up and shutdown lines stay.
    LOG_LEVEL: 'warn',
  }

  it('started directly: SIGTERM while 50 connections send requests fails none of them and exits 0', async () => {
    const server = startServer({ ...env, ...(await databaseEnv()) }, await freePort())
    running.push(server)
    await waitReady(server)
    await terminateUnderLoad(server)
  })

  it('started through `pnpm --filter @learnonce/api start`: the signal reaches the server, which drains and exits 0', async () => {
    // The start script runs the build, as deployments do (`pnpm test` builds first).
    expect(existsSync(join(apiRoot, 'dist/server.js')), 'build the API first: pnpm build').toBe(true)
    const server = startServer({ ...env, ...(await databaseEnv()) }, await freePort(), ['pnpm', '--filter', '@learnonce/api', 'start'])
    running.push(server)
    await waitReady(server)
    // SIGTERM to pnpm, as a container runtime or process manager would send it.
    await terminateUnderLoad(server)
  })

  itOnPostgres('with WEB_CONCURRENCY=2: SIGTERM to the primary drains both workers under load and exits 0', async () => {
    const server = startServer({ ...env, ...(await databaseEnv()), WEB_CONCURRENCY: '2', LOG_LEVEL: 'info' }, await freePort())
    running.push(server)
    await waitReady(server)
    const deadline = Date.now() + 30_000
    while ((server.output().match(/Server listening/g) ?? []).length < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    await terminateUnderLoad(server)
    expect(server.output().match(/shutting down: draining requests/g)).toHaveLength(2)
  })
})
