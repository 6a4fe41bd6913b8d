import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, testApp } from '../../test/app.js'

describe('health and docs', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await testApp()
  })
  afterAll(() => t.close())

  it('answers liveness without signing in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ status: 'ok' })
  })

  it('reports the database as ready, naming the driver in use and its one pool', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/readyz' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      status: 'ready',
      database: process.env.LO_TEST_DB === 'postgres' ? 'postgres' : 'pglite',
      pools: [{ name: 'primary', role: 'primary', status: 'up', lagMs: null, detail: null, connections: expect.any(Object) }],
    })
  })

  it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/openapi.json' })
    expect(res.statusCode).toBe(200)
    const doc = res.json()
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/auth/login', '/v1/sites', '/v1/users/{id}', '/v1/audit-events']))
    expect(doc.paths['/v1/sites'].post.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['name', 'kind', 'region']),
    )
  })

  it('serves a reference UI at /docs', async () => {
    const redirect = await t.app.inject({ method: 'GET', url: '/docs' })
    expect([200, 301, 302]).toContain(redirect.statusCode)
    const res = await t.app.inject({ method: 'GET', url: redirect.statusCode === 200 ? '/docs' : String(redirect.headers.location) })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/html')
  })
})

describe('readiness while the database is down', () => {
  it('answers 503 as a problem once the database is unreachable', async () => {
    const t = await testApp()
    await t.app.database.close()
    const res = await t.app.inject({ method: 'GET', url: '/readyz' })
    expect(res.statusCode).toBe(503)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.json().detail).toMatch(/database/i)
    // Liveness does not depend on the database.
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200)
    await t.close().catch(() => {})
  })
})
