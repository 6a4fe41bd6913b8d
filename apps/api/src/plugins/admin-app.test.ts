import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../config.js'
import { type TestApp, testApp } from '../test/app.js'
import { expectProblem } from '../test/problems.js'

const page =
  '<!doctype html><html lang="en"><head><script type="module" src="/admin/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>'
const script = 'console.log("the admin")'

describe('the admin served by the API at /admin/', () => {
  let t: TestApp
  let root: string

  beforeAll(async () => {
    // A built admin as Vite writes it: index.html and content-hashed files under assets/.
    root = await mkdtemp(join(tmpdir(), 'learnonce-admin-dist-'))
    await mkdir(join(root, 'assets'))
    await writeFile(join(root, 'index.html'), page)
    await writeFile(join(root, 'assets', 'index-Ab12Cd34.js'), script)
    await writeFile(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
    t = await testApp({ ADMIN_DIR: root })
  })
  afterAll(async () => {
    await t.close()
    await rm(root, { recursive: true, force: true })
  })

  it('answers /admin/ with the app, revalidated every time and under the admin’s content policy', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/admin/' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/html/)
    expect(res.body).toBe(page)
    expect(res.headers['cache-control']).toBe('no-cache')
    expect(res.headers['content-security-policy']).toContain("default-src 'self'")
  })

  it('answers /admin, without the slash, with the app too', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/admin' })
    expect(res.statusCode).toBe(200)
    expect(res.body).toBe(page)
  })

  it.each([
    '/admin/triage',
    '/admin/review/lesson/01900000-0000-7000-8000-000000000000',
    '/admin/lessons?theme=interoperability&q=x',
    '/admin/index.html',
  ])('answers the deep link %s with the app, so the client router takes over', async (url) => {
    const res = await t.app.inject({ method: 'GET', url })
    expect(res.statusCode).toBe(200)
    expect(res.body).toBe(page)
    expect(res.headers['cache-control']).toBe('no-cache')
  })

  it('serves hashed assets with a year of immutable caching', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/admin/assets/index-Ab12Cd34.js' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/javascript/)
    expect(res.body).toBe(script)
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('serves other files at the top of the build, revalidated', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/admin/favicon.svg' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('no-cache')
  })

  it('answers a missing asset with a 404 problem, never with the app', async () => {
    const problem = expectProblem(await t.app.inject({ method: 'GET', url: '/admin/assets/index-Gone0000.js' }), 404)
    expect(problem.detail).toContain('/admin/assets/index-Gone0000.js')
  })

  it('leaves the API as it was: /v1 routes, the docs and unknown paths outside /admin/', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/v1/me' }), 401)
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200)
    expect((await t.app.inject({ method: 'GET', url: '/openapi.json' })).json<{ paths: object }>().paths).not.toHaveProperty('/admin/')
    expectProblem(await t.app.inject({ method: 'GET', url: '/triage' }), 404)
    const me = await t.app.inject({ method: 'GET', url: '/v1/me' })
    expect(me.headers['content-type']).toMatch(/^application\/problem\+json/)
  })

  it('writes nothing: a POST to an admin path is not the app', async () => {
    expectProblem(await t.app.inject({ method: 'POST', url: '/admin/triage' }), 404)
  })
})

describe('turning the admin off or leaving it unbuilt', () => {
  it('serves no /admin/ with SERVE_ADMIN=false, or where the folder has no build', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'learnonce-admin-empty-'))
    const envs: Record<string, string>[] = [{ ADMIN_DIR: empty, SERVE_ADMIN: 'false' }, { ADMIN_DIR: empty }]
    for (const env of envs) {
      const t = await testApp(env)
      try {
        expectProblem(await t.app.inject({ method: 'GET', url: '/admin/' }), 404)
        expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200)
      } finally {
        await t.close()
      }
    }
    await rm(empty, { recursive: true, force: true })
  })

  it('finds the admin built beside the API by default, and none in tests unless told', () => {
    expect(loadConfig({ DATA_DIR: 'memory://' }).adminDir).toMatch(/apps\/admin\/dist$/)
    expect(loadConfig({ DATA_DIR: 'memory://', SERVE_ADMIN: 'no' }).adminDir).toBeNull()
    expect(loadConfig({ DATA_DIR: 'memory://', NODE_ENV: 'test' }).adminDir).toBeNull()
    expect(loadConfig({ DATA_DIR: 'memory://', ADMIN_DIR: '/srv/admin' }).adminDir).toBe('/srv/admin')
  })
})
