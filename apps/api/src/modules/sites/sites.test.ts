import { randomBytes, randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Page, Site } from '@learnonce/contracts'
import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { type TestApp, testApp } from '../../test/app.js'
import { makeSite, type SignedIn, signIn } from '../../test/factories.js'
import { expectProblem } from '../../test/problems.js'

/** Lowercase hex, so it is the same in a name, a slug and (upper-cased) an ODS code. */
const uniqueToken = () => randomBytes(4).toString('hex')

describe('sites', () => {
  let t: TestApp
  let app: App
  let admin: SignedIn
  let curator: SignedIn
  let contributor: SignedIn
  const callers = () => ({ admin, curator, contributor })

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    admin = await signIn(app, 'admin')
    curator = await signIn(app, 'curator')
    contributor = await signIn(app, 'contributor')
  })
  afterAll(() => t.close())

  const list = async (query: Record<string, string>, who: SignedIn = admin) => {
    const res = await app.inject({ method: 'GET', url: `/v1/sites?${new URLSearchParams(query)}`, headers: who.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Page<Site>>()
  }
  const read = async (id: string) => {
    const res = await app.inject({ method: 'GET', url: `/v1/sites/${id}`, headers: admin.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Site>()
  }

  describe('who may call', () => {
    type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
    const everyRoute: [Method, string][] = [
      ['GET', '/v1/sites'],
      ['POST', '/v1/sites'],
      ['GET', '/v1/sites/:id'],
      ['PATCH', '/v1/sites/:id'],
      ['POST', '/v1/sites/:id/archive'],
      ['POST', '/v1/sites/:id/restore'],
      ['DELETE', '/v1/sites/:id'],
    ]
    const bodyFor = (method: Method, url: string) =>
      method === 'PATCH'
        ? { name: 'Renamed by someone' }
        : method === 'POST' && url === '/v1/sites'
          ? { name: `Sneaky ${uniqueToken()}`, kind: 'other', region: 'london' }
          : undefined

    it.each(everyRoute)('%s %s answers 401 to a caller who has not signed in', async (method, route) => {
      const site = await makeSite(app)
      const url = route.replace(':id', site.id)
      expectProblem(await app.inject({ method, url, ...(bodyFor(method, route) ? { payload: bodyFor(method, route) } : {}) }), 401)
      expect(await read(site.id)).toEqual(site)
    })

    const adminRoutes = everyRoute.filter(([method]) => method !== 'GET')
    const writeAttempts = (['curator', 'contributor'] as const).flatMap((role) =>
      adminRoutes.map(([method, route]) => [role, method, route] as const),
    )

    it.each(writeAttempts)('a %s cannot %s %s (403) and the site stays as it was', async (role, method, route) => {
      const site = await makeSite(app)
      const body = bodyFor(method, route)
      const res = await app.inject({
        method,
        url: route.replace(':id', site.id),
        headers: callers()[role].headers,
        ...(body ? { payload: body } : {}),
      })
      expect(expectProblem(res, 403).detail).toMatch(/admin/)
      expect(await read(site.id)).toEqual(site)
      if (body && 'kind' in body) expect((await list({ q: body.name })).data).toEqual([])
    })

    it.each(['admin', 'curator', 'contributor'] as const)('a %s can list sites and read one', async (role) => {
      const site = await makeSite(app)
      const who = callers()[role]
      expect((await list({ q: site.slug }, who)).data).toEqual([site])
      const res = await app.inject({ method: 'GET', url: `/v1/sites/${site.id}`, headers: who.headers })
      expect(res.statusCode).toBe(200)
      expect(res.json()).toEqual(site)
    })
  })

  describe('creating a site', () => {
    const create = (payload: Record<string, unknown>) => app.inject({ method: 'POST', url: '/v1/sites', headers: admin.headers, payload })

    it('an admin creates a site whose slug is made from its name, and can read it at its Location', async () => {
      const token = uniqueToken()
      const res = await create({ name: `St Mary's Hospital — ${token}`, kind: 'nhs_trust', region: 'north_west' })
      expect(res.statusCode, res.body).toBe(201)
      const site = res.json<Site>()
      expect(site).toEqual({
        id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/),
        name: `St Mary's Hospital — ${token}`,
        slug: `st-mary-s-hospital-${token}`,
        kind: 'nhs_trust',
        region: 'north_west',
        odsCode: null,
        website: null,
        contactEmail: null,
        archivedAt: null,
        version: 1,
        createdAt: expect.any(String),
        updatedAt: site.createdAt,
      })
      expect(res.headers.location).toBe(`/v1/sites/${site.id}`)
      expect(await read(site.id)).toEqual(site)
    })

    it('an admin may choose the slug and give an ODS code, website and contact email', async () => {
      const token = uniqueToken()
      const res = await create({
        name: `Harbour PCN ${token}`,
        slug: `harbour-${token}`,
        kind: 'primary_care_network',
        region: 'south_west',
        odsCode: `U${token.toUpperCase()}`,
        website: 'https://harbour.example.nhs.uk/',
        contactEmail: 'digital@harbour.example.nhs.uk',
      })
      expect(res.statusCode, res.body).toBe(201)
      expect(res.json()).toMatchObject({
        slug: `harbour-${token}`,
        odsCode: `U${token.toUpperCase()}`,
        website: 'https://harbour.example.nhs.uk/',
        contactEmail: 'digital@harbour.example.nhs.uk',
      })
    })

    it('a site whose slug is taken is refused with 409, whether the slug was chosen or derived', async () => {
      const token = uniqueToken()
      const first = await create({ name: `Riverside ${token}`, kind: 'gp_practice', region: 'london' })
      expect(first.statusCode).toBe(201)
      expect(expectProblem(await create({ name: `Riverside ${token}`, kind: 'other', region: 'midlands' }), 409).detail).toContain(
        `riverside-${token}`,
      )
      expectProblem(await create({ name: `Another ${token}`, slug: `riverside-${token}`, kind: 'other', region: 'midlands' }), 409)
      expect((await list({ q: token })).data.map((site) => site.id)).toEqual([first.json<Site>().id])
    })

    it('two admins creating the same slug at the same moment get one site and one 409', async () => {
      const token = uniqueToken()
      const second = await signIn(app, 'admin')
      const outcomes = await Promise.all([
        create({ name: `Twin ${token}`, kind: 'gp_practice', region: 'london' }),
        app.inject({
          method: 'POST',
          url: '/v1/sites',
          headers: second.headers,
          payload: { name: `Twin ${token}`, kind: 'other', region: 'midlands' },
        }),
      ])
      expect(outcomes.map((res) => res.statusCode).sort()).toEqual([201, 409])
      for (const res of outcomes) if (res.statusCode === 409) expectProblem(res, 409)
      expect((await list({ q: token })).data).toHaveLength(1)
    })

    const valid = { name: 'Valid Site', kind: 'gp_practice', region: 'london' }
    it.each([
      ['the name is missing', { kind: 'gp_practice', region: 'london' }, '/name'],
      ['the kind is missing', { name: 'No Kind', region: 'london' }, '/kind'],
      ['the name is not a string', { ...valid, name: 123 }, '/name'],
      ['the name is empty', { ...valid, name: '' }, '/name'],
      ['the name is longer than 200 characters', { ...valid, name: 'x'.repeat(201) }, '/name'],
      ['the kind is not one we know', { ...valid, kind: 'hospital' }, '/kind'],
      ['the region is not an NHS England region', { ...valid, region: 'wales' }, '/region'],
      ['the slug is not lowercase words joined by hyphens', { ...valid, slug: 'Not A Slug' }, '/slug'],
      ['the slug is longer than 80 characters', { ...valid, slug: 'a'.repeat(81) }, '/slug'],
      ['the ODS code is not upper-case letters and digits', { ...valid, odsCode: 'rr8' }, '/odsCode'],
      ['the website is not a URL', { ...valid, website: 'not a url' }, '/website'],
      ['the contact email is not an email', { ...valid, contactEmail: 'nobody' }, '/contactEmail'],
      ['it has a property sites do not have', { ...valid, colour: 'blue' }, '/colour'],
      ['it tries to set the archive date', { ...valid, archivedAt: new Date().toISOString() }, '/archivedAt'],
    ])('creating a site is refused with 400 when %s', async (_case, payload, pointer) => {
      const res = await create(payload)
      const problem = expectProblem(res, 400, pointer)
      expect(problem.errors?.find((error) => error.pointer === pointer)).toMatchObject({ in: 'body', detail: expect.any(String) })
    })
  })

  describe('changing a site', () => {
    const patch = (id: string, payload: Record<string, unknown>) =>
      app.inject({ method: 'PATCH', url: `/v1/sites/${id}`, headers: admin.headers, payload })

    it("an admin's change is kept, and bumps the version and updatedAt", async () => {
      const site = await makeSite(app)
      // Timestamps are served to the millisecond; make sure the change happens in a later one.
      await sleep(5)
      const res = await patch(site.id, { name: `${site.name} renamed`, region: 'east_of_england' })
      expect(res.statusCode, res.body).toBe(200)
      const changed = res.json<Site>()
      expect(changed).toEqual({
        ...site,
        name: `${site.name} renamed`,
        region: 'east_of_england',
        version: 2,
        updatedAt: expect.any(String),
      })
      expect(Date.parse(changed.updatedAt)).toBeGreaterThan(Date.parse(site.updatedAt))
      expect(await read(site.id)).toEqual(changed)
      const again = (await patch(site.id, { kind: 'other' })).json<Site>()
      expect(again.version).toBe(3)
    })

    it('optional details can be cleared with null', async () => {
      const site = await makeSite(app, { odsCode: 'ABC12', website: 'https://example.org/', contactEmail: 'a@example.org' })
      const res = await patch(site.id, { odsCode: null, website: null, contactEmail: null })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({ odsCode: null, website: null, contactEmail: null })
    })

    it("a site cannot take another site's slug (409), but may keep its own", async () => {
      const [site, other] = [await makeSite(app), await makeSite(app)]
      expectProblem(await patch(site.id, { slug: other.slug }), 409)
      expect(await read(site.id)).toEqual(site)
      const same = await patch(site.id, { slug: site.slug, name: 'Same slug, new name' })
      expect(same.statusCode, same.body).toBe(200)
      expect(same.json()).toMatchObject({ slug: site.slug, name: 'Same slug, new name' })
    })

    it.each([
      ['it changes nothing', {}, '/'],
      ['the name is empty', { name: '' }, '/name'],
      ['the kind is not one we know', { kind: 'hospital' }, '/kind'],
      ['the region is not a string', { region: 7 }, '/region'],
      ['the slug is not a slug', { slug: 'Bad Slug' }, '/slug'],
      ['it has a property sites do not have', { colour: 'blue' }, '/colour'],
      ['it tries to set the version', { version: 9 }, '/version'],
      ['it tries to archive through a change', { archivedAt: new Date().toISOString() }, '/archivedAt'],
    ])('a change is refused with 400 when %s, and the site stays as it was', async (_case, payload, pointer) => {
      const site = await makeSite(app)
      expectProblem(await patch(site.id, payload), 400, pointer)
      expect(await read(site.id)).toEqual(site)
    })
  })

  describe('archiving and restoring', () => {
    const action = (id: string, verb: 'archive' | 'restore') =>
      app.inject({ method: 'POST', url: `/v1/sites/${id}/${verb}`, headers: admin.headers })

    it('an archived site leaves the default list, is listed with archived=true, and can still be read', async () => {
      const token = uniqueToken()
      const site = await makeSite(app, { name: `Archive Me ${token}` })
      const live = await makeSite(app, { name: `Stay Live ${token}` })
      const res = await action(site.id, 'archive')
      expect(res.statusCode, res.body).toBe(200)
      const archived = res.json<Site>()
      expect(archived).toMatchObject({ id: site.id, archivedAt: expect.any(String), version: 2 })

      expect((await list({ q: token })).data.map((s) => s.id)).toEqual([live.id])
      expect((await list({ q: token, archived: 'false' })).data.map((s) => s.id)).toEqual([live.id])
      expect((await list({ q: token, archived: 'true' })).data).toEqual([archived])
      expect((await list({ q: token, archived: 'true' }, contributor)).data).toEqual([archived])
      expect(await read(site.id)).toEqual(archived)
    })

    it('a restored site is back in the default list with no archive date', async () => {
      const token = uniqueToken()
      const site = await makeSite(app, { name: `Restore Me ${token}` })
      expect((await action(site.id, 'archive')).statusCode).toBe(200)
      const res = await action(site.id, 'restore')
      expect(res.statusCode, res.body).toBe(200)
      const restored = res.json<Site>()
      expect(restored).toMatchObject({ id: site.id, archivedAt: null, version: 3 })
      expect((await list({ q: token })).data).toEqual([restored])
      expect((await list({ q: token, archived: 'true' })).data).toEqual([])
    })

    it('archiving an archived site keeps the date it was first archived', async () => {
      const site = await makeSite(app)
      const first = (await action(site.id, 'archive')).json<Site>()
      await sleep(5)
      const second = await action(site.id, 'archive')
      expect(second.statusCode).toBe(200)
      expect(second.json<Site>().archivedAt).toBe(first.archivedAt)
    })
  })

  describe('deleting a site', () => {
    it('an admin deletes a site nothing refers to: 204, then it is gone', async () => {
      const token = uniqueToken()
      const site = await makeSite(app, { name: `Delete Me ${token}` })
      const res = await app.inject({ method: 'DELETE', url: `/v1/sites/${site.id}`, headers: admin.headers })
      expect(res.statusCode, res.body).toBe(204)
      expect(res.body).toBe('')
      expectProblem(await app.inject({ method: 'GET', url: `/v1/sites/${site.id}`, headers: admin.headers }), 404)
      expectProblem(await app.inject({ method: 'DELETE', url: `/v1/sites/${site.id}`, headers: admin.headers }), 404)
      expect((await list({ q: token })).data).toEqual([])
      expect((await list({ q: token, archived: 'true' })).data).toEqual([])
    })
  })

  describe('deleting a site with content', () => {
    it('is refused with 409 pointing to archive instead, and the site stays', async () => {
      const site = await makeSite(app)
      const author = await signIn(app, 'contributor', [site.id])
      const lesson = await app.inject({
        method: 'POST',
        url: '/v1/lessons',
        headers: author.headers,
        payload: { title: 'What we learned', summary: 'A short summary', siteId: site.id },
      })
      expect(lesson.statusCode, lesson.body).toBe(201)
      const res = await app.inject({ method: 'DELETE', url: `/v1/sites/${site.id}`, headers: admin.headers })
      expect(expectProblem(res, 409).detail).toMatch(/archive/)
      expect(await read(site.id)).toEqual(site)
      expect((await app.inject({ method: 'POST', url: `/v1/sites/${site.id}/archive`, headers: admin.headers })).statusCode).toBe(200)
    })
  })

  describe('ids in the path', () => {
    const itemRoutes = [
      ['GET', ''],
      ['PATCH', ''],
      ['POST', '/archive'],
      ['POST', '/restore'],
      ['DELETE', ''],
    ] as const
    const payloadFor = (method: string) => (method === 'PATCH' ? { payload: { name: 'Nobody' } } : {})

    it.each(itemRoutes)('%s /v1/sites/{id}%s answers 404 as a problem for a site that does not exist', async (method, suffix) => {
      const res = await app.inject({ method, url: `/v1/sites/${randomUUID()}${suffix}`, headers: admin.headers, ...payloadFor(method) })
      expect(expectProblem(res, 404).detail).toMatch(/site/i)
    })

    it.each(itemRoutes)('%s /v1/sites/{id}%s answers 400 naming /id when the id is not a UUID', async (method, suffix) => {
      const res = await app.inject({ method, url: `/v1/sites/not-a-uuid${suffix}`, headers: admin.headers, ...payloadFor(method) })
      expect(expectProblem(res, 400, '/id').errors).toContainEqual(expect.objectContaining({ in: 'params', pointer: '/id' }))
    })
  })

  describe('listing sites', () => {
    it('filters by kind, region and a case-insensitive search of name, slug and ODS code', async () => {
      const token = uniqueToken()
      const trustInLondon = await makeSite(app, { name: `A Trust ${token}`, kind: 'nhs_trust', region: 'london' })
      const practiceInLondon = await makeSite(app, { name: `B Practice ${token}`, kind: 'gp_practice', region: 'london' })
      const trustInNorthWest = await makeSite(app, { name: `C Trust ${token}`, kind: 'nhs_trust', region: 'north_west' })
      const byOdsCode = await makeSite(app, {
        name: 'D Council',
        odsCode: `X${token.toUpperCase()}`,
        kind: 'local_authority',
        region: 'midlands',
      })
      const bySlug = await makeSite(app, { name: 'E Charity', slug: `e-charity-${token}`, kind: 'voluntary_org', region: 'midlands' })
      const ids = (page: Page<Site>) => page.data.map((site) => site.id)

      expect(ids(await list({ q: token }))).toEqual([trustInLondon.id, practiceInLondon.id, trustInNorthWest.id, byOdsCode.id, bySlug.id])
      expect(ids(await list({ q: token.toUpperCase() }))).toHaveLength(5)
      expect(ids(await list({ q: token, kind: 'nhs_trust' }))).toEqual([trustInLondon.id, trustInNorthWest.id])
      expect(ids(await list({ q: token, region: 'london' }))).toEqual([trustInLondon.id, practiceInLondon.id])
      expect(ids(await list({ q: token, kind: 'nhs_trust', region: 'london' }))).toEqual([trustInLondon.id])
      expect(ids(await list({ q: token, kind: 'shared_care_record' }))).toEqual([])
      expect(ids(await list({ q: `Practice ${token}` }))).toEqual([practiceInLondon.id])
    })

    it('treats % and _ in the search as plain characters', async () => {
      const token = uniqueToken()
      await makeSite(app, { name: `Percent ${token}` })
      expect((await list({ q: `${token}%` })).data).toEqual([])
      expect((await list({ q: `Percent_${token}` })).data).toEqual([])
    })

    it('pages with limit=2 visit every site exactly once, in name order, and Link points at the next page', async () => {
      const token = uniqueToken()
      const make = (suffix: string) => makeSite(app, { name: `Paging ${token} ${suffix}` })
      // Two sites share a name, so the order (and the cursor) must fall back to the id.
      const expected = [await make('c'), await make('a'), await make('b'), await make('b'), await make('d')]
      const order = [expected[1], expected[2], expected[3], expected[0], expected[4]].map((site) => site?.id)

      const seen: string[] = []
      let url: string | null = `/v1/sites?${new URLSearchParams({ q: `Paging ${token}`, limit: '2' })}`
      let pages = 0
      while (url) {
        const res: LightMyRequestResponse = await app.inject({ method: 'GET', url, headers: contributor.headers })
        expect(res.statusCode, res.body).toBe(200)
        const page = res.json<Page<Site>>()
        pages++
        expect(page.data.length).toBeLessThanOrEqual(2)
        seen.push(...page.data.map((site) => site.id))
        if (page.nextCursor) {
          const link = String(res.headers.link)
          const match = /^<([^>]+)>; rel="next"$/.exec(link)
          expect(match, link).not.toBeNull()
          const next = new URL(match?.[1] ?? '', 'http://api.test')
          expect(next.pathname).toBe('/v1/sites')
          expect(next.searchParams.get('cursor')).toBe(page.nextCursor)
          expect(next.searchParams.get('limit')).toBe('2')
          expect(next.searchParams.get('q')).toBe(`Paging ${token}`)
          url = `${next.pathname}${next.search}`
        } else {
          expect(res.headers.link).toBeUndefined()
          url = null
        }
      }
      expect(pages).toBe(3)
      expect(seen).toEqual(order)
    })

    it('answers 20 sites by default, with a cursor to the rest', async () => {
      const token = uniqueToken()
      for (let i = 0; i < 21; i++) await makeSite(app, { name: `Default Limit ${token} ${String(i).padStart(2, '0')}` })
      const first = await list({ q: token })
      expect(first.data).toHaveLength(20)
      expect(first.nextCursor).toEqual(expect.any(String))
      const rest = await list({ q: token, cursor: first.nextCursor ?? '' })
      expect(rest.data.map((site) => site.name)).toEqual([`Default Limit ${token} 20`])
      expect(rest.nextCursor).toBeNull()
    })

    const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
    it.each([
      ['limit is above 100', { limit: '101' }, '/limit'],
      ['limit is 0', { limit: '0' }, '/limit'],
      ['limit is not a number', { limit: 'ten' }, '/limit'],
      ['the cursor is garbage', { cursor: '!!not-a-cursor!!' }, '/cursor'],
      ['the cursor is from another kind of list', { cursor: cursorOf(['only-one-part']) }, '/cursor'],
      ['the cursor is not a list at all', { cursor: cursorOf({ name: 'x' }) }, '/cursor'],
      ['the kind is not one we know', { kind: 'hospital' }, '/kind'],
      ['the region is not one we know', { region: 'wales' }, '/region'],
      ['archived is not a boolean', { archived: 'maybe' }, '/archived'],
      ['the search is empty', { q: '' }, '/q'],
      ['a filter is not one we know', { colour: 'blue' }, '/colour'],
    ])('the list answers 400 naming the parameter when %s', async (_case, query, pointer) => {
      const res = await app.inject({ method: 'GET', url: `/v1/sites?${new URLSearchParams(query)}`, headers: admin.headers })
      expect(expectProblem(res, 400, pointer).errors).toContainEqual(expect.objectContaining({ in: 'query', pointer }))
    })

    it('a forged cursor naming a row that cannot exist is a 400, not a server error', async () => {
      const res = await app.inject({ method: 'GET', url: `/v1/sites?cursor=${cursorOf(['x', 'not-a-uuid'])}`, headers: admin.headers })
      expectProblem(res, 400)
    })
  })
})
