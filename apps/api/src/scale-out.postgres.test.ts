import { randomBytes } from 'node:crypto'
import { afterAll, expect } from 'vitest'
import { DEMO_PASSWORD, demoSites, demoUsers } from './seed/demo.js'
import { createDatabase, databaseUrl, dropDatabase, throwawayName } from './test/database.js'
import { itOnPostgres } from './test/drivers.js'
import { freePort, type Running, startServer, waitReady } from './test/processes.js'

/**
 * Two API processes on one PostgreSQL and one Redis (127.0.0.1:6379), as replicas behind a load
 * balancer run: whatever must hold across the service holds whichever process a request reaches.
 */

const RATE_LIMIT = 40
const running: Running[] = []
const databases: string[] = []
afterAll(async () => {
  for (const server of running) server.child.kill('SIGKILL')
  for (const name of databases) await dropDatabase(name)
})

interface Pair {
  a: Running
  b: Running
  adminToken: string
}

let pair: Pair | null = null

async function startPair(): Promise<Pair> {
  if (pair) return pair
  const name = throwawayName('lo_scale_out')
  databases.push(name)
  await createDatabase(name)
  const env = {
    DATABASE_URL: databaseUrl(name),
    REDIS_URL: 'redis://127.0.0.1:6379',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    JWT_SECRET: 'replicas-share-this-secret-of-32-chars!',
    BOOTSTRAP_ADMIN_EMAIL: 'first@example.org',
    BOOTSTRAP_ADMIN_PASSWORD: 'first-admin-password',
    RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
  }
  const [a, b] = [startServer(env, await freePort()), startServer(env, await freePort())]
  running.push(a, b)
  await Promise.all([waitReady(a), waitReady(b)])
  pair = { a, b, adminToken: await login(a, 'first@example.org', 'first-admin-password') }
  return pair
}

async function call(server: Running, method: string, path: string, token?: string, body?: object): Promise<Response> {
  return fetch(`http://127.0.0.1:${server.port}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  })
}

async function ok<T>(response: Promise<Response>, status = 200): Promise<T> {
  const res = await response
  const text = await res.text()
  expect(res.status, text).toBe(status)
  return (text ? JSON.parse(text) : null) as T
}

async function login(server: Running, email: string, password: string): Promise<string> {
  return (await ok<{ accessToken: string }>(call(server, 'POST', '/v1/auth/login', undefined, { email, password }))).accessToken
}

/** A person made by the admin through process A, signed in through process B. */
async function person(p: Pair, role: string, siteIds: string[] = []): Promise<{ id: string; email: string; token: string }> {
  const email = `${role}-${randomBytes(4).toString('hex')}@example.org`
  const password = 'a-long-enough-password'
  const user = await ok<{ id: string }>(
    call(p.a, 'POST', '/v1/users', p.adminToken, { email, name: `A ${role}`, role, password, siteIds }),
    201,
  )
  return { id: user.id, email, token: await login(p.b, email, password) }
}

itOnPostgres(
  'two processes claiming from one triage queue never hand out one item twice',
  async () => {
    const p = await startPair()
    const site = await ok<{ id: string }>(
      call(p.a, 'POST', '/v1/sites', p.adminToken, {
        name: `Scale site ${randomBytes(3).toString('hex')}`,
        kind: 'gp_practice',
        region: 'london',
      }),
      201,
    )
    const contributor = await person(p, 'contributor', [site.id])
    const submitted: string[] = []
    for (let n = 0; n < 16; n++) {
      const server = n % 2 ? p.b : p.a
      const lesson = await ok<{ id: string }>(
        call(server, 'POST', '/v1/lessons', contributor.token, {
          title: `Queued lesson ${n}`,
          summary: 'Waiting for a curator.',
          siteId: site.id,
        }),
        201,
      )
      await ok(call(server, 'POST', `/v1/lessons/${lesson.id}/submit`, contributor.token))
      submitted.push(lesson.id)
    }
    const [first, second] = [await person(p, 'curator'), await person(p, 'curator')]
    // Four claimers at once, two per process, each asking until the queue is empty.
    const claimed: string[] = []
    const claimer = async (server: Running, token: string) => {
      for (;;) {
        const res = await call(server, 'POST', '/v1/triage/next', token)
        if (res.status === 204) return
        expect(res.status, await res.clone().text()).toBe(200)
        claimed.push(((await res.json()) as { id: string }).id)
      }
    }
    await Promise.all([claimer(p.a, first.token), claimer(p.b, first.token), claimer(p.a, second.token), claimer(p.b, second.token)])
    expect(claimed.toSorted()).toEqual(submitted.toSorted())
    expect(new Set(claimed).size).toBe(claimed.length)
  },
  120_000,
)

itOnPostgres(
  'counts failed sign-ins across both processes: the account is throttled wherever the next attempt lands',
  async () => {
    const p = await startPair()
    const someone = await person(p, 'contributor')
    // Five wrong passwords, alternating between the processes: neither saw five on its own.
    for (let n = 0; n < 5; n++) {
      const res = await call(n % 2 ? p.b : p.a, 'POST', '/v1/auth/login', undefined, {
        email: someone.email,
        password: 'wrong-password-entirely',
      })
      expect(res.status).toBe(401)
    }
    for (const server of [p.a, p.b]) {
      const res = await call(server, 'POST', '/v1/auth/login', undefined, { email: someone.email, password: 'a-long-enough-password' })
      expect(res.status).toBe(429)
      expect(res.headers.get('content-type')).toContain('application/problem+json')
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    }
  },
  120_000,
)

itOnPostgres(
  'counts one rate limit across both processes',
  async () => {
    const p = await startPair()
    const someone = await person(p, 'contributor')
    const statuses: number[] = []
    // Twice the limit, alternating: each process alone would let every one of them through.
    for (let n = 0; n < RATE_LIMIT * 2; n++) statuses.push((await call(n % 2 ? p.b : p.a, 'GET', '/v1/sites', someone.token)).status)
    expect(statuses.filter((status) => status === 200)).toHaveLength(RATE_LIMIT)
    expect(statuses.slice(RATE_LIMIT)).toEqual(Array(RATE_LIMIT).fill(429))
    const refused = await call(p.a, 'GET', '/v1/sites', someone.token)
    expect(refused.status).toBe(429)
    expect(((await refused.json()) as { type: string }).type).toMatch(/rate-limited$/)
  },
  120_000,
)

itOnPostgres(
  'loads the demo hub once when two replicas start together with SEED_DEMO on an empty database: both come up, neither fails on what the other wrote',
  async () => {
    const name = throwawayName('lo_scale_out_seed')
    databases.push(name)
    await createDatabase(name)
    const env = {
      DATABASE_URL: databaseUrl(name),
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      JWT_SECRET: 'replicas-share-this-secret-of-32-chars!',
      SEED_DEMO: 'true',
      RATE_LIMIT_PER_MINUTE: '0',
    }
    const [a, b] = [startServer(env, await freePort()), startServer(env, await freePort())]
    running.push(a, b)
    await Promise.all([waitReady(a, 120_000), waitReady(b, 120_000)])
    // Each signs the demo admin in, and each sees the demo sites once.
    for (const server of [a, b]) {
      const token = await login(server, demoUsers.find((user) => user.role === 'admin')?.email ?? '', DEMO_PASSWORD)
      const listed = await ok<{ data: { slug: string }[] }>(call(server, 'GET', '/v1/sites?limit=100', token))
      const slugs = listed.data.map((site) => site.slug).sort()
      expect(slugs).toEqual(demoSites.map((site) => site.slug).sort())
    }
    for (const server of [a, b]) expect(server.child.exitCode, server.output()).toBeNull()
  },
  240_000,
)
