import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../app.js'
import { loadConfig } from '../config.js'
import { type TestApp, testApp } from '../test/app.js'
import { type SignedIn, signIn } from '../test/factories.js'

describe('every error is an RFC 9457 problem', () => {
  let t: TestApp
  let admin: SignedIn
  beforeAll(async () => {
    t = await testApp({ CORS_ORIGINS: 'https://portal.example.org' })
    admin = await signIn(t.app, 'admin')
  })
  afterAll(() => t.close())

  const expectProblem = (
    res: { statusCode: number; headers: Record<string, unknown>; json: () => Record<string, unknown> },
    status: number,
  ) => {
    expect(res.statusCode).toBe(status)
    expect(res.headers['content-type']).toContain('application/problem+json')
    const body = res.json()
    expect(body).toMatchObject({
      status,
      type: expect.stringMatching(/^https:\/\//),
      title: expect.any(String),
      detail: expect.any(String),
    })
    expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/)
    return body
  }

  it('answers an unknown route with 404', async () => {
    const body = expectProblem(await t.app.inject({ method: 'GET', url: '/v1/nothing-here' }), 404)
    expect(body.detail).toContain('/v1/nothing-here')
  })

  it('answers an unknown id with 404 and a malformed id with 400', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/v1/sites/01900000-0000-7000-8000-000000000000', headers: admin.headers })
    expect(expectProblem(missing, 404).detail).toBe('Site was not found.')
    const malformed = await t.app.inject({ method: 'GET', url: '/v1/sites/not-a-uuid', headers: admin.headers })
    expect(expectProblem(malformed, 400).errors).toEqual([{ in: 'params', pointer: '/id', detail: 'must match format "uuid"' }])
  })

  it('lists every invalid field with a JSON pointer', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/sites',
      headers: admin.headers,
      payload: { name: 7, kind: 'hospital', colour: 'blue' },
    })
    const body = expectProblem(res, 400)
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { in: 'body', pointer: '/name', detail: 'must be string' },
        { in: 'body', pointer: '/kind', detail: expect.stringContaining('must be one of: nhs_trust') },
        { in: 'body', pointer: '/region', detail: 'is required' },
        { in: 'body', pointer: '/colour', detail: 'is not a known property' },
      ]),
    )
  })

  it('refuses a blank name, and an id that is not a canonical lower-case UUID', async () => {
    const blank = await t.app.inject({
      method: 'POST',
      url: '/v1/sites',
      headers: admin.headers,
      payload: { name: '   ', kind: 'gp_practice', region: 'london' },
    })
    expect(expectProblem(blank, 400).errors).toEqual([{ in: 'body', pointer: '/name', detail: 'must not be blank' }])
    for (const id of ['01A212E9-2BE1-752E-BE9C-B04F09E5B2F1', 'urn:uuid:01a212e9-2be1-752e-be9c-b04f09e5b2f1']) {
      const res = await t.app.inject({ method: 'GET', url: `/v1/sites/${encodeURIComponent(id)}`, headers: admin.headers })
      expect(expectProblem(res, 400).errors).toEqual([{ in: 'params', pointer: '/id', detail: 'must match format "uuid"' }])
    }
  })

  it('explains query-string errors with their location', async () => {
    const body = expectProblem(await t.app.inject({ method: 'GET', url: '/v1/sites?limit=101', headers: admin.headers }), 400)
    expect(body.errors).toEqual([{ in: 'query', pointer: '/limit', detail: 'must be <= 100' }])
  })

  it('answers malformed JSON with 400', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/sites',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: '{"name": "unterminated',
    })
    expect(expectProblem(res, 400).detail).toMatch(/not valid JSON/)
  })

  it('answers a body over 1 MiB with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/sites',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10) }),
    })
    expect(expectProblem(res, 413).detail).toMatch(/1 MiB/)
  })

  it('answers a body that is not JSON with 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/sites',
      headers: { ...admin.headers, 'content-type': 'text/csv' },
      payload: 'name,kind\nA,gp_practice',
    })
    expect(expectProblem(res, 415).detail).toMatch(/application\/json/)
  })

  it('sends the security headers and the request id on every response, errors and unknown routes included', async () => {
    const responses = await Promise.all([
      t.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'trace-me-123' } }),
      t.app.inject({ method: 'GET', url: '/v1/sites', headers: admin.headers }),
      t.app.inject({ method: 'GET', url: '/v1/sites?limit=0', headers: admin.headers }),
      t.app.inject({ method: 'GET', url: '/v1/sites' }),
      t.app.inject({ method: 'GET', url: '/no/such/route' }),
    ])
    expect(responses.map((res) => res.statusCode)).toEqual([200, 200, 400, 401, 404])
    for (const res of responses) {
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'strict-transport-security': 'max-age=31536000; includeSubDomains',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
        'x-permitted-cross-domain-policies': 'none',
      })
      expect(res.headers['x-request-id']).toBeTruthy()
      expect(res.headers['x-powered-by']).toBeUndefined()
    }
    expect(responses[0]?.headers['x-request-id']).toBe('trace-me-123')
  })

  it('marks answers under /v1 as private and revalidated, varying with the caller', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/sites', headers: { ...admin.headers, origin: 'https://portal.example.org' } })
    expect(res.headers['cache-control']).toBe('private, no-cache')
    expect(String(res.headers.vary)).toMatch(/Origin/)
    expect(String(res.headers.vary)).toMatch(/Authorization/)
  })

  it('allows CORS only for the configured origins', async () => {
    const allowed = await t.app.inject({
      method: 'OPTIONS',
      url: '/v1/sites',
      headers: { origin: 'https://portal.example.org', 'access-control-request-method': 'GET' },
    })
    expect(allowed.headers['access-control-allow-origin']).toBe('https://portal.example.org')
    const refused = await t.app.inject({
      method: 'OPTIONS',
      url: '/v1/sites',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'GET' },
    })
    expect(refused.headers['access-control-allow-origin']).toBeUndefined()
  })
})

describe('when the database cannot be reached', () => {
  it('answers 503 problems with Retry-After, never a 500', async () => {
    // Nothing listens on port 1: every query fails to connect.
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: 'postgres://root@127.0.0.1:1/unreachable',
      JWT_SECRET: 'a-secret-for-the-unreachable-database-test',
    })
    const app = await buildApp(config)
    try {
      const token = app.jwt.sign({ sub: '01900000-0000-7000-8000-000000000000' })
      for (const res of [
        await app.inject({ method: 'GET', url: '/v1/sites', headers: { authorization: `Bearer ${token}` } }),
        await app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: 'someone@example.org', password: 'whatever-it-is' } }),
        await app.inject({ method: 'GET', url: '/readyz' }),
      ]) {
        expect(res.statusCode, res.body).toBe(503)
        expect(res.headers['content-type']).toContain('application/problem+json')
      }
      const sites = await app.inject({ method: 'GET', url: '/v1/sites', headers: { authorization: `Bearer ${token}` } })
      expect(sites.headers['retry-after']).toBe('5')
      expect(sites.json().detail).toMatch(/database/)
    } finally {
      await app.close()
    }
  })
})
