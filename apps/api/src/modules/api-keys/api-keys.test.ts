import { createHash, randomBytes, randomUUID } from 'node:crypto'
import {
  type ApiKey,
  type ApiKeyCreated,
  type ApiKeyScope,
  apiKeyScopeGrants,
  apiKeyScopes,
  type Lesson,
  type Page,
  type Site,
} from '@learnonce/contracts'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { App } from '../../app.js'
import { apiKeys, contentItems } from '../../db/schema/index.js'
import { type TestApp, testApp } from '../../test/app.js'
import { auditActionsFor, makeSite, type SignedIn, setStatus, signIn } from '../../test/factories.js'
import { expectProblem } from '../../test/problems.js'
import { createItem } from '../../test/workflow.js'
import { validBody } from '../content/content-fixtures.js'

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` })

async function createKey(app: App, admin: SignedIn, body: Record<string, unknown>): Promise<ApiKeyCreated> {
  const res = await app.inject({ method: 'POST', url: '/v1/api-keys', headers: admin.headers, payload: { name: 'Portal', ...body } })
  expect(res.statusCode, res.body).toBe(201)
  return res.json<ApiKeyCreated>()
}

describe('API keys', () => {
  let t: TestApp
  let app: App
  let admin: SignedIn
  let curator: SignedIn
  let contributor: SignedIn
  let site: Site
  let otherSite: Site
  let reader: ApiKeyCreated
  let submitter: ApiKeyCreated

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    ;[site, otherSite] = await Promise.all([makeSite(app), makeSite(app)])
    admin = await signIn(app, 'admin')
    curator = await signIn(app, 'curator')
    contributor = await signIn(app, 'contributor', [site.id])
    reader = await createKey(app, admin, { name: 'Regional portal', scopes: ['content:read'] })
    submitter = await createKey(app, admin, { name: 'Share your lesson form', scopes: ['content:submit'], siteId: site.id })
  })
  afterAll(() => t.close())

  describe('managing keys', () => {
    it('shows the secret once, behind the lo_live_ prefix, and never again', async () => {
      expect(reader.secret).toMatch(/^lo_live_[A-Za-z0-9_-]{43}$/)
      expect(Buffer.from(reader.secret.slice('lo_live_'.length), 'base64url')).toHaveLength(32)
      expect(reader.secret.startsWith(reader.prefix)).toBe(true)
      expect(reader).toMatchObject({ name: 'Regional portal', scopes: ['content:read'], siteId: null, revokedAt: null, lastUsedAt: null })

      const one = await app.inject({ method: 'GET', url: `/v1/api-keys/${reader.id}`, headers: admin.headers })
      const list = await app.inject({ method: 'GET', url: '/v1/api-keys?limit=100', headers: admin.headers })
      for (const res of [one, list]) {
        expect(res.statusCode, res.body).toBe(200)
        expect(res.body).not.toContain(reader.secret)
        expect(res.body).not.toContain(reader.secret.slice(reader.prefix.length))
        expect(res.body).not.toMatch(/secret|hash/i)
      }
      const { secret: _secret, ...shown } = reader
      expect(one.json<ApiKey>()).toEqual(shown)
      expect(list.json<Page<ApiKey>>().data.map((key) => key.id)).toContain(reader.id)
    })

    it('keeps only a SHA-256 hash of the secret at rest', async () => {
      const [row] = await app.db.select().from(apiKeys).where(eq(apiKeys.id, reader.id))
      expect(row?.secretHash).toBe(createHash('sha256').update(reader.secret).digest('hex'))
      expect(JSON.stringify(row)).not.toContain(reader.secret.slice(reader.prefix.length))
    })

    it('lists keys newest first, a page at a time', async () => {
      const first = await app.inject({ method: 'GET', url: '/v1/api-keys?limit=1', headers: admin.headers })
      const page = first.json<Page<ApiKey>>()
      expect(page.data.map((key) => key.id)).toEqual([submitter.id])
      expect(first.headers.link).toContain('rel="next"')
      const second = await app.inject({ method: 'GET', url: `/v1/api-keys?limit=1&cursor=${page.nextCursor}`, headers: admin.headers })
      expect(second.json<Page<ApiKey>>().data.map((key) => key.id)).toEqual([reader.id])
    })

    it('a content:submit key needs the one site it submits for', async () => {
      const post = (payload: object) => app.inject({ method: 'POST', url: '/v1/api-keys', headers: admin.headers, payload })
      expectProblem(await post({ name: 'Form', scopes: ['content:submit'] }), 400, '/siteId')
      expectProblem(await post({ name: 'Form', scopes: ['content:submit'], siteId: randomUUID() }), 400, '/siteId')
      expectProblem(await post({ name: 'Old', scopes: ['content:read'], expiresAt: '2020-01-01T00:00:00Z' }), 400, '/expiresAt')
      expectProblem(await post({ name: 'Nothing', scopes: [] }), 400, '/scopes')
      expectProblem(await post({ name: 'Admin', scopes: ['admin'] }), 400, '/scopes/0')
    })

    it('anonymous callers are asked to sign in', async () => {
      expectProblem(await app.inject({ method: 'GET', url: '/v1/api-keys' }), 401)
      expectProblem(await app.inject({ method: 'POST', url: '/v1/api-keys', payload: { name: 'x', scopes: ['content:read'] } }), 401)
      expectProblem(await app.inject({ method: 'DELETE', url: `/v1/api-keys/${reader.id}` }), 401)
    })

    it('only admins manage keys: curators, contributors and keys themselves are refused', async () => {
      for (const headers of [curator.headers, contributor.headers, bearer(reader.secret), bearer(submitter.secret)]) {
        expectProblem(await app.inject({ method: 'GET', url: '/v1/api-keys', headers }), 403)
        expectProblem(
          await app.inject({ method: 'POST', url: '/v1/api-keys', headers, payload: { name: 'x', scopes: ['content:read'] } }),
          403,
        )
        expectProblem(await app.inject({ method: 'DELETE', url: `/v1/api-keys/${reader.id}`, headers }), 403)
      }
    })
  })

  describe('authenticating with a key', () => {
    it('reads published content and records when the key was last used', async () => {
      const key = await createKey(app, admin, { scopes: ['content:read'] })
      const res = await app.inject({ method: 'GET', url: '/v1/lessons', headers: bearer(key.secret) })
      expect(res.statusCode, res.body).toBe(200)
      const lastUsedAt = async () =>
        (await app.inject({ method: 'GET', url: `/v1/api-keys/${key.id}`, headers: admin.headers })).json<ApiKey>().lastUsedAt
      const first = await lastUsedAt()
      expect(first).not.toBeNull()
      // Within the minute the row is not written again: a busy integrator does not make every read a write.
      expect((await app.inject({ method: 'GET', url: '/v1/lessons', headers: bearer(key.secret) })).statusCode).toBe(200)
      expect(await lastUsedAt()).toBe(first)
    })

    it('refuses a key nobody issued, even with the right prefix', async () => {
      const forged = `lo_live_${randomBytes(32).toString('base64url')}`
      const problem = expectProblem(await app.inject({ method: 'GET', url: '/v1/lessons', headers: bearer(forged) }), 401)
      expect(problem.detail).toMatch(/API key is not valid/)
    })

    it('revoking a key stops it at once, and the audit log records both ends of its life', async () => {
      const key = await createKey(app, admin, { scopes: ['content:read'] })
      expect((await app.inject({ method: 'GET', url: '/v1/lessons', headers: bearer(key.secret) })).statusCode).toBe(200)
      const revoked = await app.inject({ method: 'DELETE', url: `/v1/api-keys/${key.id}`, headers: admin.headers })
      expect(revoked.statusCode, revoked.body).toBe(204)
      const problem = expectProblem(await app.inject({ method: 'GET', url: '/v1/lessons', headers: bearer(key.secret) }), 401)
      expect(problem.detail).toMatch(/revoked/)
      const shown = await app.inject({ method: 'GET', url: `/v1/api-keys/${key.id}`, headers: admin.headers })
      expect(shown.json<ApiKey>().revokedAt).not.toBeNull()
      // Revoking again changes nothing and records nothing more.
      expect((await app.inject({ method: 'DELETE', url: `/v1/api-keys/${key.id}`, headers: admin.headers })).statusCode).toBe(204)
      expect(await auditActionsFor(app, key.id)).toEqual(['api_key.created', 'api_key.revoked'])
      expectProblem(await app.inject({ method: 'DELETE', url: `/v1/api-keys/${randomUUID()}`, headers: admin.headers }), 404)
    })

    it('an expired key is refused', async () => {
      const key = await createKey(app, admin, { scopes: ['content:read'], expiresAt: new Date(Date.now() + 60_000).toISOString() })
      expect((await app.inject({ method: 'GET', url: '/v1/lessons', headers: bearer(key.secret) })).statusCode).toBe(200)
      // Time passes, rather than waiting for it: the database's expiry moves into the past and this
      // process's clock past the expiry it remembered with the key.
      await app.db
        .update(apiKeys)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(apiKeys.id, key.id))
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 61_000 })
      try {
        const problem = expectProblem(await app.inject({ method: 'GET', url: '/v1/lessons', headers: bearer(key.secret) }), 401)
        expect(problem.detail).toMatch(/expired/)
      } finally {
        vi.useRealTimers()
      }
      const expired = await app.inject({ method: 'GET', url: '/v1/api-keys?state=expired', headers: admin.headers })
      expect(expired.json<Page<ApiKey>>().data.map((row) => row.id)).toEqual([key.id])
    })
  })

  /**
   * Generated from the route table the auth hook decides from, so a new route is covered the day
   * it lands: each scope reaches exactly the routes that grant it, and every other route is a 403.
   */
  describe('what each scope may call', () => {
    /** The query a route cannot be called without. */
    const requiredQuery: Record<string, string> = { '/v1/search/': '?q=discharge', '/v1/search': '?q=discharge' }
    const fill = (url: string) =>
      url.replace(/:slug/g, 'no-such-theme').replace(/:[A-Za-z]+/g, () => randomUUID()) + (requiredQuery[url] ?? '')
    const keyRoutes = () => {
      const seen = new Set<string>()
      return app.routeAccess.filter((route) => {
        const id = `${route.method} ${route.url.replace(/\/$/, '')}`
        if (route.access === 'public' || ['HEAD', 'OPTIONS'].includes(route.method) || seen.has(id)) return false
        seen.add(id)
        return true
      })
    }
    const grants = (scope: ApiKeyScope, needed: ApiKeyScope | undefined) =>
      needed !== undefined && apiKeyScopeGrants[scope].includes(needed)

    it('the table holds the routes integrators need, and keeps people-only routes closed', () => {
      const table = new Map(keyRoutes().map((route) => [`${route.method} ${route.url.replace(/\/$/, '')}`, route.keys]))
      expect(table.get('GET /v1/lessons')).toBe('content:read')
      expect(table.get('GET /v1/solutions/:id')).toBe('content:read')
      expect(table.get('GET /v1/taxonomy')).toBe('content:read')
      expect(table.get('GET /v1/networks')).toBe('content:read')
      expect(table.get('GET /v1/events/:eventId')).toBe('content:read')
      expect(table.get('POST /v1/lessons')).toBe('content:submit')
      expect(table.get('POST /v1/lessons/:id/submit')).toBe('content:submit')
      for (const closed of [
        'GET /v1/users',
        'GET /v1/api-keys',
        'GET /v1/audit-events',
        'POST /v1/sites',
        'POST /v1/lessons/:id/publish',
      ]) {
        expect(table.has(closed), closed).toBe(true)
        expect(table.get(closed), closed).toBeUndefined()
      }
    })

    for (const scope of apiKeyScopes) {
      it(`a ${scope} key reaches exactly the routes that grant ${scope}, and is refused everywhere else`, async () => {
        const secret = scope === 'content:read' ? reader.secret : submitter.secret
        const routes = keyRoutes()
        expect(routes.length).toBeGreaterThan(40)
        let reached = 0
        for (const route of routes) {
          const method = route.method as 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
          const res = await app.inject({
            method,
            url: fill(route.url),
            headers: bearer(secret),
            payload: method === 'GET' ? undefined : {},
          })
          const label = `${route.method} ${route.url} → ${res.statusCode} ${res.body}`
          if (grants(scope, route.keys)) {
            reached += 1
            expect([401, 403], label).not.toContain(res.statusCode)
            expect(res.statusCode, label).toBeLessThan(500)
            if (method === 'GET') expect([200, 404], label).toContain(res.statusCode)
          } else {
            const problem = expectProblem(res, 403)
            expect(problem.detail, label).toMatch(route.keys ? `needs the ${route.keys} scope` : 'API keys cannot call')
          }
        }
        // Every read route of the three kinds, sites, networks, events, taxonomy, search and sync, the three
        // kinds' exports and a file's metadata and content; submit adds two.
        expect(reached).toBe(scope === 'content:read' ? 26 : 28)
      })
    }
  })

  describe('what a key sees and does', () => {
    it('never sees an unpublished item, in a list or by id', async () => {
      const draft = await createItem(app, contributor, 'lesson', validBody.lesson(site.id))
      const published = await createItem(app, contributor, 'lesson', validBody.lesson(site.id))
      await setStatus(app, published.id, 'published')
      for (const secret of [reader.secret, submitter.secret]) {
        expectProblem(await app.inject({ method: 'GET', url: `/v1/lessons/${draft.id}`, headers: bearer(secret) }), 404)
        expect((await app.inject({ method: 'GET', url: `/v1/lessons/${published.id}`, headers: bearer(secret) })).statusCode).toBe(200)
        const list = await app.inject({ method: 'GET', url: '/v1/lessons?limit=100', headers: bearer(secret) })
        const listed = list.json<Page<Lesson>>().data
        expect(listed.map((lesson) => lesson.id)).toContain(published.id)
        if (secret === reader.secret) expect(listed.filter((lesson) => lesson.status !== 'published')).toEqual([])
        expect(listed.map((lesson) => lesson.id)).not.toContain(draft.id)
      }
    })

    it('never takes a curator action, even on a published item', async () => {
      const item = await createItem(app, contributor, 'lesson', validBody.lesson(site.id))
      await setStatus(app, item.id, 'published')
      for (const secret of [reader.secret, submitter.secret]) {
        for (const action of ['archive', 'claim', 'publish']) {
          expectProblem(await app.inject({ method: 'POST', url: `/v1/lessons/${item.id}/${action}`, headers: bearer(secret) }), 403)
        }
        expectProblem(
          await app.inject({ method: 'PATCH', url: `/v1/lessons/${item.id}`, headers: bearer(secret), payload: { title: 'Changed' } }),
          403,
        )
      }
    })

    it('a content:submit key creates a lesson for its site and submits it, as the portal form does', async () => {
      const created = await app.inject({
        method: 'POST',
        url: '/v1/lessons',
        headers: bearer(submitter.secret),
        payload: validBody.lesson(site.id),
      })
      expect(created.statusCode, created.body).toBe(201)
      const lesson = created.json<Lesson>()
      expect(lesson).toMatchObject({ status: 'draft', siteId: site.id, authorId: null })
      const [row] = await app.db.select({ authorKeyId: contentItems.authorKeyId }).from(contentItems).where(eq(contentItems.id, lesson.id))
      expect(row?.authorKeyId).toBe(submitter.id)

      const submitted = await app.inject({ method: 'POST', url: `/v1/lessons/${lesson.id}/submit`, headers: bearer(submitter.secret) })
      expect(submitted.statusCode, submitted.body).toBe(200)
      expect(submitted.json<Lesson>().status).toBe('submitted')
      // The key follows its own submission; the curators see it in their queue.
      expect((await app.inject({ method: 'GET', url: `/v1/lessons/${lesson.id}`, headers: bearer(submitter.secret) })).statusCode).toBe(200)
      expect((await app.inject({ method: 'GET', url: `/v1/lessons/${lesson.id}`, headers: curator.headers })).json<Lesson>().status).toBe(
        'submitted',
      )
      expect(await auditActionsFor(app, lesson.id)).toEqual(['lesson.created', 'lesson.submitted'])
      // Another key does not see it.
      expectProblem(await app.inject({ method: 'GET', url: `/v1/lessons/${lesson.id}`, headers: bearer(reader.secret) }), 404)
    })

    it('a content:submit key cannot place a lesson on another site, nor submit a draft it did not write', async () => {
      expectProblem(
        await app.inject({
          method: 'POST',
          url: '/v1/lessons',
          headers: bearer(submitter.secret),
          payload: validBody.lesson(otherSite.id),
        }),
        403,
      )
      const theirs = await createItem(app, contributor, 'lesson', validBody.lesson(site.id))
      expectProblem(await app.inject({ method: 'POST', url: `/v1/lessons/${theirs.id}/submit`, headers: bearer(submitter.secret) }), 404)
    })

    it('a content:read key cannot create or submit lessons', async () => {
      const problem = expectProblem(
        await app.inject({ method: 'POST', url: '/v1/lessons', headers: bearer(reader.secret), payload: validBody.lesson(site.id) }),
        403,
      )
      expect(problem.detail).toMatch(/content:submit/)
    })
  })
})
