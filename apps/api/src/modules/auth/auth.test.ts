import { createHmac } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { users } from '../../db/schema/index.js'
import { type TestApp, testApp } from '../../test/app.js'
import { signIn, TEST_PASSWORD } from '../../test/factories.js'
import { expectProblem } from '../../test/problems.js'
import { MAX_FAILURES } from './throttle.js'

const login = (t: TestApp, email: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password } })

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
function forgeToken(header: object, payload: object, secret: string | null) {
  const unsigned = `${base64url(header)}.${base64url(payload)}`
  const signature = secret === null ? '' : createHmac('sha256', secret).update(unsigned).digest('base64url')
  return `${unsigned}.${signature}`
}

describe('signing in', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await testApp()
  })
  afterAll(() => t.close())

  it('returns an access token, a refresh token and the user, whatever the email case', async () => {
    const { user } = await signIn(t.app, 'curator')
    const res = await login(t, user.email.toUpperCase(), TEST_PASSWORD)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, user: { id: user.id, email: user.email, role: 'curator' } })
    expect(body.user).not.toHaveProperty('passwordHash')
    expect(body.refreshToken).toMatch(/^lor_/)
    const me = await t.app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${body.accessToken}` } })
    expect(me.statusCode).toBe(200)
    expect(me.json().lastLoginAt).not.toBeNull()
  })

  it.each([
    ['a wrong password', (email: string) => ({ email, password: 'not-the-password' })],
    ['an unknown email', () => ({ email: 'nobody@test.learnonce.dev', password: TEST_PASSWORD })],
  ])('refuses %s with the same 401 problem, and records the failure', async (_case, body) => {
    const { user } = await signIn(t.app, 'contributor')
    const res = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: body(user.email) })
    expect(res.statusCode).toBe(401)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.json().detail).toBe('The email or password is not correct.')
  })

  it.each([
    [{}, '/email'],
    [{ email: 'a@b.c' }, '/password'],
    [{ email: 'a@b.c', password: 'x', remember: true }, '/remember'],
    [{ email: 42, password: 'x' }, '/email'],
  ])('rejects a malformed sign-in %j naming %s', async (payload, pointer) => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer)
  })

  it('throttles one account after repeated failures, with Retry-After, without locking out others', async () => {
    const { user: target } = await signIn(t.app, 'contributor')
    const { user: bystander } = await signIn(t.app, 'contributor')
    for (let i = 0; i < MAX_FAILURES; i++) expect((await login(t, target.email, 'wrong-password')).statusCode).toBe(401)
    const throttled = await login(t, target.email, TEST_PASSWORD)
    expect(throttled.statusCode).toBe(429)
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0)
    expect(throttled.json().detail).toMatch(/too many failed sign-ins/i)
    expect((await login(t, bystander.email, TEST_PASSWORD)).statusCode).toBe(200)
  })

  it('lets a disabled user neither sign in nor keep using a live access token', async () => {
    const admin = await signIn(t.app, 'admin')
    const victim = await signIn(t.app, 'contributor')
    expect((await t.app.inject({ method: 'GET', url: '/v1/me', headers: victim.headers })).statusCode).toBe(200)
    const disabled = await t.app.inject({
      method: 'PATCH',
      url: `/v1/users/${victim.user.id}`,
      headers: admin.headers,
      payload: { status: 'disabled' },
    })
    expect(disabled.statusCode).toBe(200)
    const me = await t.app.inject({ method: 'GET', url: '/v1/me', headers: victim.headers })
    expect(me.statusCode).toBe(401)
    expect(me.json().detail).toMatch(/disabled/)
    expect((await login(t, victim.user.email, TEST_PASSWORD)).statusCode).toBe(401)
  })
})

describe('access tokens', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await testApp({ JWT_SECRET: 'a-test-secret-that-is-at-least-32-chars-long' })
  })
  afterAll(() => t.close())

  it('rejects a token with alg "none", tampered claims, another secret, expiry or a bad header with 401', async () => {
    const { user, token } = await signIn(t.app, 'contributor')
    const admin = await signIn(t.app, 'admin')
    const now = Math.floor(Date.now() / 1000)
    const [header, , signature] = token.split('.')
    const cases = [
      `Bearer ${forgeToken({ alg: 'none', typ: 'JWT' }, { sub: admin.user.id, iat: now, exp: now + 600 }, null)}`,
      `Bearer ${header}.${base64url({ sub: admin.user.id, iat: now, exp: now + 600 })}.${signature}`,
      `Bearer ${forgeToken({ alg: 'HS256', typ: 'JWT' }, { sub: user.id, iat: now, exp: now + 600 }, 'another-secret-another-secret-another')}`,
      `Bearer ${forgeToken({ alg: 'HS256', typ: 'JWT' }, { sub: user.id, iat: now - 7200, exp: now - 3600 }, 'a-test-secret-that-is-at-least-32-chars-long')}`,
      `Basic ${Buffer.from('a:b').toString('base64')}`,
      'Bearer',
    ]
    for (const authorization of cases) {
      const res = await t.app.inject({ method: 'GET', url: '/v1/me', headers: { authorization } })
      expect(res.statusCode, authorization).toBe(401)
      expect(res.headers['content-type']).toContain('application/problem+json')
    }
    const expired = await t.app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: cases[3] ?? '' } })
    expect(expired.json().detail).toMatch(/expired/)
  })

  it('accepts a correctly signed token for an existing user', async () => {
    const { user } = await signIn(t.app, 'contributor')
    const now = Math.floor(Date.now() / 1000)
    const token = forgeToken(
      { alg: 'HS256', typ: 'JWT' },
      { sub: user.id, iat: now, exp: now + 600 },
      'a-test-secret-that-is-at-least-32-chars-long',
    )
    const res = await t.app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${token}` } })
    expect(res.statusCode).toBe(200)
    expect(res.json().id).toBe(user.id)
  })

  it('answers 401 on every /v1 route of the API reference without a token, except signing in, the public feeds and unsubscribing', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json<{ paths: Record<string, Record<string, unknown>> }>()
    const open = [
      'POST /v1/auth/login',
      'POST /v1/auth/refresh',
      'POST /v1/auth/logout',
      'GET /v1/networks/{id}/events.ics',
      'GET /v1/feed.atom',
      // A private feed's secret token and a digest's signed link stand in for signing in.
      'GET /v1/feeds/private/{token}.atom',
      'GET /v1/unsubscribe',
      'POST /v1/unsubscribe',
    ]
    let checked = 0
    for (const [path, operations] of Object.entries(doc.paths)) {
      if (!path.startsWith('/v1/')) continue
      for (const method of Object.keys(operations)) {
        const route = `${method.toUpperCase()} ${path}`
        if (open.includes(route)) continue
        const url = path.replace(/\{[^}]+\}/g, (name) => (name === '{slug}' ? 'evaluation' : '01900000-0000-7000-8000-000000000000'))
        const res = await t.app.inject({ method: method.toUpperCase() as 'GET', url })
        expect(res.statusCode, route).toBe(401)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(40)
  })

  it('answers 401 on every /v1 route without a token', async () => {
    for (const [method, url] of [
      ['GET', '/v1/me'],
      ['PATCH', '/v1/me'],
      ['GET', '/v1/sites'],
      ['GET', '/v1/users'],
      ['GET', '/v1/audit-events'],
    ] as const) {
      const res = await t.app.inject({ method, url })
      expect(res.statusCode, `${method} ${url}`).toBe(401)
    }
  })

  it('a change made by another process (a replica) holds here within ACTOR_CACHE_SECONDS', async () => {
    const curator = await signIn(t.app, 'curator')
    const triage = () => t.app.inject({ method: 'GET', url: '/v1/triage', headers: curator.headers })
    expect((await triage()).statusCode).toBe(200)
    // Another replica demotes the curator: this process has not seen that write.
    await t.app.db.update(users).set({ role: 'contributor' }).where(eq(users.id, curator.user.id))
    expect((await triage()).statusCode, 'remembered for at most ACTOR_CACHE_SECONDS').toBe(200)
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + (t.app.config.actorCacheSeconds + 1) * 1000 })
    try {
      expect(expectProblem(await triage(), 403).detail).toMatch(/signed in as contributor/)
      await t.app.db.update(users).set({ status: 'disabled' }).where(eq(users.id, curator.user.id))
      vi.setSystemTime(Date.now() + (t.app.config.actorCacheSeconds + 1) * 1000)
      expect(expectProblem(await triage(), 401).detail).toMatch(/disabled/)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('refresh tokens', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await testApp()
  })
  afterAll(() => t.close())

  const refresh = (refreshToken: string) => t.app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken } })

  it('rotate: each refresh gives a new pair and the old refresh token stops working', async () => {
    const { user } = await signIn(t.app, 'contributor')
    const first = (await login(t, user.email, TEST_PASSWORD)).json()
    const second = await refresh(first.refreshToken)
    expect(second.statusCode).toBe(200)
    expect(second.json().refreshToken).not.toBe(first.refreshToken)
    const me = await t.app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${second.json().accessToken}` } })
    expect(me.json().id).toBe(user.id)
  })

  it('revokes the whole family when a rotated token is reused', async () => {
    const { user } = await signIn(t.app, 'contributor')
    const first = (await login(t, user.email, TEST_PASSWORD)).json()
    const second = (await refresh(first.refreshToken)).json()
    const reuse = await refresh(first.refreshToken)
    expect(reuse.statusCode).toBe(401)
    expect(reuse.json().detail).toMatch(/already used/)
    // The legitimate holder's newer token is revoked too.
    const afterTheft = await refresh(second.refreshToken)
    expect(afterTheft.statusCode).toBe(401)
    // Another sign-in (another family) is untouched.
    const other = (await login(t, user.email, TEST_PASSWORD)).json()
    expect((await refresh(other.refreshToken)).statusCode).toBe(200)

    const admin = await signIn(t.app, 'admin')
    const audit = await t.app.inject({
      method: 'GET',
      url: `/v1/audit-events?action=auth.token_family_revoked&subjectId=${user.id}`,
      headers: admin.headers,
    })
    expect(audit.json().data).toHaveLength(1)
  })

  it('refuses an unknown refresh token and a malformed body', async () => {
    expect((await refresh('lor_this-token-was-never-issued-by-us')).statusCode).toBe(401)
    const res = await t.app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { token: 'x' } })
    expect(res.statusCode).toBe(400)
  })

  it('logout ends the session: its refresh token no longer works', async () => {
    const { user } = await signIn(t.app, 'contributor')
    const pair = (await login(t, user.email, TEST_PASSWORD)).json()
    const out = await t.app.inject({ method: 'POST', url: '/v1/auth/logout', payload: { refreshToken: pair.refreshToken } })
    expect(out.statusCode).toBe(204)
    expect((await refresh(pair.refreshToken)).statusCode).toBe(401)
    // Logging out twice is harmless.
    const again = await t.app.inject({ method: 'POST', url: '/v1/auth/logout', payload: { refreshToken: pair.refreshToken } })
    expect(again.statusCode).toBe(204)
  })
})

describe('my account', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await testApp()
  })
  afterAll(() => t.close())

  it('lets a user rename themselves but not change their own role', async () => {
    const me = await signIn(t.app, 'contributor')
    const renamed = await t.app.inject({ method: 'PATCH', url: '/v1/me', headers: me.headers, payload: { name: 'Dr Jo Bloggs' } })
    expect(renamed.statusCode).toBe(200)
    expect(renamed.json()).toMatchObject({ name: 'Dr Jo Bloggs', version: 2 })
    const promote = await t.app.inject({ method: 'PATCH', url: '/v1/me', headers: me.headers, payload: { role: 'admin' } })
    expect(promote.statusCode).toBe(400)
    expect(promote.json().errors[0]).toMatchObject({ pointer: '/role', detail: 'is not a known property' })
  })

  it('changes the password only with the current one, and ends other sessions', async () => {
    const me = await signIn(t.app, 'curator')
    const session = (await login(t, me.user.email, TEST_PASSWORD)).json()
    const withoutCurrent = await t.app.inject({
      method: 'PATCH',
      url: '/v1/me',
      headers: me.headers,
      payload: { newPassword: 'a-brand-new-password' },
    })
    expect(withoutCurrent.statusCode).toBe(400)
    expect(withoutCurrent.json().errors[0].pointer).toBe('/currentPassword')
    const wrongCurrent = await t.app.inject({
      method: 'PATCH',
      url: '/v1/me',
      headers: me.headers,
      payload: { currentPassword: 'nope-nope-nope', newPassword: 'a-brand-new-password' },
    })
    expect(wrongCurrent.statusCode).toBe(400)
    const changed = await t.app.inject({
      method: 'PATCH',
      url: '/v1/me',
      headers: me.headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-password' },
    })
    expect(changed.statusCode).toBe(200)
    expect((await login(t, me.user.email, TEST_PASSWORD)).statusCode).toBe(401)
    expect((await login(t, me.user.email, 'a-brand-new-password')).statusCode).toBe(200)
    const oldSession = await t.app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken: session.refreshToken } })
    expect(oldSession.statusCode).toBe(401)
  })

  it('rejects a too-short new password', async () => {
    const me = await signIn(t.app, 'curator')
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/v1/me',
      headers: me.headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'short' },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors[0].pointer).toBe('/newPassword')
  })
})

describe('throttling with Redis', () => {
  let t: TestApp
  let redis: Redis
  beforeAll(async () => {
    t = await testApp({ REDIS_URL: process.env.LO_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' })
    redis = new Redis(process.env.LO_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379')
  })
  afterAll(async () => {
    await redis.quit()
    await t.close()
  })

  it('keeps the failure counter in Redis, where every replica sees it', async () => {
    const { user } = await signIn(t.app, 'contributor')
    for (let i = 0; i < MAX_FAILURES; i++) await login(t, user.email, 'wrong-password')
    expect(Number(await redis.get(`learnonce:login-throttle:${user.email}`))).toBe(MAX_FAILURES)
    const res = await login(t, user.email, TEST_PASSWORD)
    expect(res.statusCode).toBe(429)
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
    await redis.del(`learnonce:login-throttle:${user.email}`)
    expect((await login(t, user.email, TEST_PASSWORD)).statusCode).toBe(200)
  })
})
