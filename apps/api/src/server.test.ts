import { once } from 'node:events'
import { createServer as createHttpServer, get } from 'node:http'
import { afterAll, describe, expect, it } from 'vitest'
import { createDatabase, databaseUrl, dropDatabase, throwawayName } from './test/database.js'
import { itOnPostgres } from './test/drivers.js'
import { exitCode, freePort, type Running, startServer, waitReady } from './test/processes.js'

describe('the server process', { timeout: 90_000 }, () => {
  const databases: string[] = []
  const running: Running[] = []
  afterAll(async () => {
    for (const server of running) server.child.kill('SIGKILL')
    for (const name of databases) await dropDatabase(name)
  })

  it('refuses to start on bad configuration, naming every bad variable', async () => {
    const server = startServer({ SEED_DEMO: 'perhaps', DATA_DIR: 'memory://' }, 70_000)
    expect(await exitCode(server.child)).toBe(1)
    expect(server.output()).toMatch(/PORT must be an integer/)
    expect(server.output()).toMatch(/SEED_DEMO must be true or false/)
  })

  it('migrates under an advisory lock: two replicas starting together on one empty PostgreSQL both come up', async () => {
    const name = throwawayName('lo_replicas')
    databases.push(name)
    await createDatabase(name)
    const env = {
      DATABASE_URL: databaseUrl(name),
      NODE_ENV: 'production',
      JWT_SECRET: 'replicas-share-this-secret-of-32-chars!',
      BOOTSTRAP_ADMIN_EMAIL: 'first@example.org',
      BOOTSTRAP_ADMIN_PASSWORD: 'first-admin-password',
    }
    const [a, b] = [startServer(env, await freePort()), startServer(env, await freePort())]
    running.push(a, b)
    await Promise.all([waitReady(a), waitReady(b)])
    // Either replica signs the first admin in: one user was bootstrapped, and tokens work on both.
    const login = await fetch(`http://127.0.0.1:${a.port}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'first@example.org', password: 'first-admin-password' }),
    })
    expect(login.status).toBe(200)
    const { accessToken } = (await login.json()) as { accessToken: string }
    const users = await fetch(`http://127.0.0.1:${b.port}/v1/users`, { headers: { authorization: `Bearer ${accessToken}` } })
    expect(((await users.json()) as { data: unknown[] }).data).toHaveLength(1)
  })

  itOnPostgres('two API processes on one PostgreSQL deliver each webhook event exactly once', async () => {
    const name = throwawayName('lo_webhook_replicas')
    databases.push(name)
    await createDatabase(name)
    const received: string[] = []
    const receiver = createHttpServer((request, response) => {
      received.push(String(request.headers['webhook-id']))
      request.resume()
      request.on('end', () => response.writeHead(204).end())
    }).listen(0, '127.0.0.1')
    await once(receiver, 'listening')
    const address = receiver.address()
    if (address === null || typeof address === 'string') throw new Error('no receiver port')
    try {
      const env = {
        DATABASE_URL: databaseUrl(name),
        NODE_ENV: 'production',
        JWT_SECRET: 'replicas-share-this-secret-of-32-chars!',
        BOOTSTRAP_ADMIN_EMAIL: 'first@example.org',
        BOOTSTRAP_ADMIN_PASSWORD: 'first-admin-password',
        WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
      }
      const [a, b] = [startServer(env, await freePort()), startServer(env, await freePort())]
      running.push(a, b)
      await Promise.all([waitReady(a), waitReady(b)])
      const call = async (server: Running, method: string, path: string, token: string, body?: object) => {
        const res = await fetch(`http://127.0.0.1:${server.port}${path}`, {
          method,
          headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
          ...(body ? { body: JSON.stringify(body) } : {}),
        })
        expect(res.status, `${method} ${path}`).toBeLessThan(300)
        return res.json() as Promise<Record<string, unknown>>
      }
      const login = await fetch(`http://127.0.0.1:${a.port}/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'first@example.org', password: 'first-admin-password' }),
      })
      const { accessToken } = (await login.json()) as { accessToken: string }
      const hook = await call(a, 'POST', '/v1/webhooks', accessToken, { url: `http://127.0.0.1:${address.port}/hook`, events: ['ping'] })
      const pings = 20
      // Each ping is queued through one process or the other; both processes' workers deliver.
      for (let n = 0; n < pings; n++) await call(n % 2 ? b : a, 'POST', `/v1/webhooks/${hook.id}/ping`, accessToken)
      const deadline = Date.now() + 30_000
      let deliveries: { status: string; attempts: unknown[] }[] = []
      while (Date.now() < deadline) {
        deliveries = (await call(a, 'GET', `/v1/webhooks/${hook.id}/deliveries?limit=100`, accessToken)).data as typeof deliveries
        if (deliveries.length === pings && deliveries.every((delivery) => delivery.status === 'delivered')) break
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      expect(deliveries.map((delivery) => delivery.status)).toEqual(Array(pings).fill('delivered'))
      // Exactly once: one attempt each, and the receiver saw every webhook-id once.
      expect(deliveries.every((delivery) => delivery.attempts.length === 1)).toBe(true)
      expect(received).toHaveLength(pings)
      expect(new Set(received).size).toBe(pings)
    } finally {
      receiver.close()
    }
  })

  it('drains in-flight requests on SIGTERM and exits 0', async () => {
    const server = startServer(
      {
        DATA_DIR: 'memory://',
        BOOTSTRAP_ADMIN_EMAIL: 'first@example.org',
        BOOTSTRAP_ADMIN_PASSWORD: 'first-admin-password',
        SHUTDOWN_DELAY_MS: '0',
      },
      await freePort(),
    )
    running.push(server)
    await waitReady(server)
    // A sign-in takes a password hash's time; SIGTERM arrives while it is being answered.
    const inFlight = fetch(`http://127.0.0.1:${server.port}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'first@example.org', password: 'first-admin-password' }),
    })
    // SIGTERM only once the server has the request (its log says so), however busy the machine is.
    const deadline = Date.now() + 20_000
    while (!/incoming request.*\/v1\/auth\/login|\/v1\/auth\/login.*incoming request/.test(server.output()) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    server.child.kill('SIGTERM')
    const res = await inFlight
    expect(res.status).toBe(200)
    expect(await exitCode(server.child)).toBe(0)
    expect(server.output()).toMatch(/shutting down/)
  })

  it('with WEB_CONCURRENCY=2 two worker processes answer on one port, and SIGTERM drains both and exits 0', async () => {
    const name = throwawayName('lo_cluster')
    databases.push(name)
    await createDatabase(name)
    const server = startServer(
      { DATABASE_URL: databaseUrl(name), WEB_CONCURRENCY: '2', DATA_DIR: 'memory://', SHUTDOWN_DELAY_MS: '0' },
      await freePort(),
    )
    running.push(server)
    await waitReady(server)
    // waitReady sees the first worker; the second may still be starting.
    const deadline = Date.now() + 30_000
    while ((server.output().match(/Server listening/g) ?? []).length < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    // Each request on a connection of its own: the primary hands new connections to the workers in turn.
    const healthz = () =>
      new Promise<number>((resolve, reject) => {
        get({ host: '127.0.0.1', port: server.port, path: '/healthz', agent: false }, (res) => {
          res.resume()
          res.on('end', () => resolve(res.statusCode ?? 0))
        }).on('error', reject)
      })
    const pidsAnswering = () =>
      new Set(
        server
          .output()
          .split('\n')
          .filter((line) => line.includes('"request completed"'))
          .map((line) => (JSON.parse(line) as { pid: number }).pid),
      )
    for (let attempt = 0; attempt < 40 && pidsAnswering().size < 2; attempt++) expect(await healthz()).toBe(200)
    expect(pidsAnswering().size).toBe(2)
    expect(pidsAnswering().has(server.child.pid ?? -1)).toBe(false)
    server.child.kill('SIGTERM')
    expect(await exitCode(server.child)).toBe(0)
    expect(server.output().match(/shutting down: draining requests/g)).toHaveLength(2)
  })
})
