import { randomUUID } from 'node:crypto'
import type { ApiKeyCreated } from '@learnonce/contracts'
import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../app.js'
import { type TestApp, testApp } from '../test/app.js'
import { type SignedIn, signIn } from '../test/factories.js'
import { expectProblem } from '../test/problems.js'

const redisUrl = process.env.LO_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** The 429 an integrator's client reads: a problem with the IETF RateLimit headers and Retry-After. */
function expectThrottled(res: LightMyRequestResponse, limit: number) {
  const problem = expectProblem(res, 429)
  expect(problem.type).toMatch(/rate-limited$/)
  expect(res.headers['ratelimit-limit']).toBe(String(limit))
  expect(res.headers['ratelimit-remaining']).toBe('0')
  expect(Number(res.headers['ratelimit-reset'])).toBeGreaterThan(0)
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
  return problem
}

async function createKey(app: App, admin: SignedIn): Promise<ApiKeyCreated> {
  const res = await app.inject({
    method: 'POST',
    url: '/v1/api-keys',
    headers: admin.headers,
    payload: { name: 'Portal', scopes: ['content:read'] },
  })
  expect(res.statusCode, res.body).toBe(201)
  return res.json<ApiKeyCreated>()
}

describe('rate limits', () => {
  describe('in one process', () => {
    let t: TestApp
    let app: App
    const userLimit = 3
    const keyLimit = 2

    beforeAll(async () => {
      t = await testApp({ RATE_LIMIT_PER_MINUTE: String(userLimit), API_KEY_RATE_LIMIT_PER_MINUTE: String(keyLimit) })
      app = t.app
    })
    afterAll(() => t.close())

    it('a person gets their allowance, counted down in the headers, then a 429 problem', async () => {
      const person = await signIn(app, 'curator')
      for (let sent = 1; sent <= userLimit; sent++) {
        const res = await app.inject({ method: 'GET', url: '/v1/lessons', headers: person.headers })
        expect(res.statusCode, res.body).toBe(200)
        expect(res.headers['ratelimit-limit']).toBe(String(userLimit))
        expect(res.headers['ratelimit-remaining']).toBe(String(userLimit - sent))
      }
      const problem = expectThrottled(await app.inject({ method: 'GET', url: '/v1/lessons', headers: person.headers }), userLimit)
      expect(problem.detail).toMatch(/your account/)
      // Someone else is not held back by them.
      const other = await signIn(app, 'curator')
      expect((await app.inject({ method: 'GET', url: '/v1/lessons', headers: other.headers })).statusCode).toBe(200)
    })

    it('each API key has its own allowance, set apart from people’s', async () => {
      const admin = await signIn(app, 'admin')
      const [first, second] = [await createKey(app, admin), await createKey(app, admin)]
      const read = (key: ApiKeyCreated) =>
        app.inject({ method: 'GET', url: '/v1/taxonomy', headers: { authorization: `Bearer ${key.secret}` } })
      for (let sent = 1; sent <= keyLimit; sent++) expect((await read(first)).statusCode).toBe(200)
      const problem = expectThrottled(await read(first), keyLimit)
      expect(problem.detail).toMatch(/this API key/)
      expect((await read(second)).statusCode).toBe(200)
    })
  })

  it('replicas sharing Redis share one counter', async () => {
    const limit = 4
    // A namespace of its own, so this test never meets another run's counters.
    const rateLimit = { userPerMinute: limit, keyPerMinute: limit, redisNamespace: `learnonce-test:${randomUUID()}:` }
    const replicas = [await testApp({ REDIS_URL: redisUrl }, { rateLimit }), await testApp({ REDIS_URL: redisUrl }, { rateLimit })]
    try {
      // Anonymous callers are counted by address; both replicas see the same one.
      const ping = (index: number) => replicas[index % 2]?.app.inject({ method: 'GET', url: '/healthz' })
      for (let sent = 0; sent < limit; sent++) {
        const res = await ping(sent)
        expect(res?.statusCode, res?.body).toBe(200)
        expect(res?.headers['ratelimit-remaining']).toBe(String(limit - sent - 1))
      }
      const [onFirst, onSecond] = [await ping(0), await ping(1)]
      if (!onFirst || !onSecond) throw new Error('no replica answered')
      expectThrottled(onFirst, limit)
      expectThrottled(onSecond, limit)
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()))
    }
  })
})
