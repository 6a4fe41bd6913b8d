import { randomBytes } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import type { ApiKeyCreated, AuditEvent, Lesson, Page, Site, Taxonomy, Theme } from '@learnonce/contracts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { type TestApp, testApp } from '../../test/app.js'
import { makeSite, type SignedIn, signIn } from '../../test/factories.js'
import { expectProblem } from '../../test/problems.js'

const uniqueToken = () => randomBytes(4).toString('hex')

/** The themes the migration starts every hub with, in name order. */
const defaultThemes = [
  ['clinical-safety', 'Clinical safety'],
  ['data-quality', 'Data quality'],
  ['digital-inclusion', 'Digital inclusion'],
  ['evaluation', 'Evaluation'],
  ['information-governance', 'Information governance'],
  ['interoperability', 'Interoperability'],
  ['patient-and-public-engagement', 'Patient and public engagement'],
  ['procurement', 'Procurement'],
  ['technical-architecture', 'Technical architecture'],
  ['workforce-and-training', 'Workforce and training'],
]

describe('taxonomy and themes', () => {
  let t: TestApp
  let app: App
  let site: Site
  let admin: SignedIn
  let curator: SignedIn
  let contributor: SignedIn
  const callers = () => ({ admin, curator, contributor })

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    site = await makeSite(app)
    admin = await signIn(app, 'admin')
    curator = await signIn(app, 'curator')
    contributor = await signIn(app, 'contributor', [site.id])
  })
  afterAll(() => t.close())

  const taxonomy = async (who: SignedIn = contributor) => {
    const res = await app.inject({ method: 'GET', url: '/v1/taxonomy', headers: who.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Taxonomy>()
  }
  const listPage = async (query: Record<string, string>, who: SignedIn = admin) => {
    const res = await app.inject({ method: 'GET', url: `/v1/themes?${new URLSearchParams(query)}`, headers: who.headers })
    expect(res.statusCode, res.body).toBe(200)
    return { page: res.json<Page<Theme>>(), link: res.headers.link }
  }
  const listedSlugs = async (query: Record<string, string> = {}) =>
    (await listPage({ limit: '100', ...query })).page.data.map((theme) => theme.slug)
  const read = async (slug: string) => {
    const res = await app.inject({ method: 'GET', url: `/v1/themes/${slug}`, headers: admin.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Theme>()
  }
  const create = (payload: Record<string, unknown>, who: SignedIn = admin) =>
    app.inject({ method: 'POST', url: '/v1/themes', headers: who.headers, payload })
  const makeTheme = async (name = `Theme ${uniqueToken()}`) => {
    const res = await create({ name, description: `About ${name}` })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<Theme>()
  }
  const write = (method: 'PATCH' | 'POST' | 'DELETE', url: string, options: { payload?: object; ifMatch?: string } = {}) =>
    app.inject({
      method,
      url,
      headers: { ...admin.headers, ...(options.ifMatch ? { 'if-match': options.ifMatch } : {}) },
      ...(options.payload ? { payload: options.payload } : {}),
    })
  const auditOf = async (slug: string) => {
    const res = await app.inject({ method: 'GET', url: `/v1/audit-events?subjectId=${slug}`, headers: admin.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Page<AuditEvent>>().data.filter((event) => event.subjectType === 'theme')
  }
  const createLesson = (themes: string[]) =>
    app.inject({
      method: 'POST',
      url: '/v1/lessons',
      headers: contributor.headers,
      payload: { title: 'Shared records go-live', summary: 'What we learnt', siteId: site.id, themes },
    })

  describe('the taxonomy', () => {
    it('lists live themes by name with their descriptions, every care setting and the journey stages in order', async () => {
      const body = await taxonomy()
      const starting = body.themes.filter((theme) => defaultThemes.some(([slug]) => slug === theme.slug))
      expect(starting.map((theme) => [theme.slug, theme.name])).toEqual(defaultThemes)
      expect(body.themes.find((theme) => theme.slug === 'clinical-safety')).toEqual({
        slug: 'clinical-safety',
        name: 'Clinical safety',
        description: 'DCB0129 and DCB0160, hazard logs and safety cases for digital change.',
      })
      expect(body.careSettings).toEqual([
        { slug: 'primary', name: 'Primary care' },
        { slug: 'acute', name: 'Acute care' },
        { slug: 'community', name: 'Community care' },
        { slug: 'mental_health', name: 'Mental health' },
        { slug: 'social_care', name: 'Social care' },
        { slug: 'voluntary_sector', name: 'Voluntary sector' },
        { slug: 'ambulance', name: 'Ambulance' },
      ])
      expect(body.journeyStages).toEqual([
        { slug: 'vision', name: 'Vision', position: 1 },
        { slug: 'design_and_planning', name: 'Design and planning', position: 2 },
        { slug: 'pre_implementation', name: 'Pre-implementation', position: 3 },
        { slug: 'implementation', name: 'Implementation', position: 4 },
        { slug: 'review_and_spread', name: 'Review and spread', position: 5 },
      ])
    })

    it('shows the same live themes, in the same order, as the theme list', async () => {
      await makeTheme(`Aardvark care ${uniqueToken()}`)
      expect((await taxonomy()).themes.map((theme) => theme.slug)).toEqual(await listedSlugs())
    })

    it.each(['admin', 'curator', 'contributor'] as const)('a %s can read the taxonomy', async (role) => {
      expect((await taxonomy(callers()[role])).themes.length).toBeGreaterThanOrEqual(defaultThemes.length)
    })

    it('answers 401 to a caller who has not signed in', async () => {
      expectProblem(await app.inject({ method: 'GET', url: '/v1/taxonomy' }), 401)
    })
  })

  describe('who may call', () => {
    type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
    const everyRoute: [Method, string][] = [
      ['GET', '/v1/themes'],
      ['PUT', '/v1/themes/order'],
      ['POST', '/v1/themes'],
      ['GET', '/v1/themes/:slug'],
      ['PATCH', '/v1/themes/:slug'],
      ['POST', '/v1/themes/:slug/retire'],
      ['POST', '/v1/themes/:slug/restore'],
      ['DELETE', '/v1/themes/:slug'],
    ]
    const bodyFor = (method: Method, route: string) =>
      method === 'PUT'
        ? { slugs: [...defaultThemes.map(([slug]) => slug)].reverse() }
        : method === 'PATCH'
          ? { name: 'Renamed by someone' }
          : route === '/v1/themes' && method === 'POST'
            ? { name: `Sneaky ${uniqueToken()}` }
            : undefined

    it.each(everyRoute)('%s %s answers 401 to a caller who has not signed in, and changes nothing', async (method, route) => {
      const theme = await makeTheme()
      const body = bodyFor(method, route)
      expectProblem(await app.inject({ method, url: route.replace(':slug', theme.slug), ...(body ? { payload: body } : {}) }), 401)
      expect(await read(theme.slug)).toEqual(theme)
    })

    const writeAttempts = (['curator', 'contributor'] as const).flatMap((role) =>
      everyRoute.filter(([method]) => method !== 'GET').map(([method, route]) => [role, method, route] as const),
    )

    it.each(writeAttempts)('a %s cannot %s %s (403) and the themes stay as they were', async (role, method, route) => {
      const theme = await makeTheme()
      const before = await listedSlugs()
      const body = bodyFor(method, route)
      const res = await app.inject({
        method,
        url: route.replace(':slug', theme.slug),
        headers: callers()[role].headers,
        ...(body ? { payload: body } : {}),
      })
      expect(expectProblem(res, 403).detail).toMatch(/admin/)
      expect(await read(theme.slug)).toEqual(theme)
      expect(await listedSlugs()).toEqual(before)
    })

    it.each(['admin', 'curator', 'contributor'] as const)('a %s can list themes and read one', async (role) => {
      const who = callers()[role]
      const theme = await makeTheme()
      expect((await listPage({ limit: '100' }, who)).page.data).toContainEqual(theme)
      const res = await app.inject({ method: 'GET', url: `/v1/themes/${theme.slug}`, headers: who.headers })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toEqual(theme)
    })
  })

  describe('bad input', () => {
    const valid = { name: 'Valid theme' }
    it.each([
      ['the name is missing', { description: 'No name' }, '/name'],
      ['the name is empty', { name: '' }, '/name'],
      ['the name is not a string', { name: 42 }, '/name'],
      ['the name is longer than 100 characters', { name: 'x'.repeat(101) }, '/name'],
      ['the description is longer than 1000 characters', { ...valid, description: 'x'.repeat(1001) }, '/description'],
      ['the slug is not lowercase words joined by hyphens', { ...valid, slug: 'Not A Slug' }, '/slug'],
      ['the slug ends with a hyphen', { ...valid, slug: 'trailing-' }, '/slug'],
      ['the slug is longer than 80 characters', { ...valid, slug: 'a'.repeat(81) }, '/slug'],
      ['it has a property themes do not have', { ...valid, colour: 'blue' }, '/colour'],
      ['it tries to set the retirement date', { ...valid, retiredAt: new Date().toISOString() }, '/retiredAt'],
      ['the name has no letters or digits to make a slug from', { name: '— & —' }, '/slug'],
    ])('creating a theme is refused with 400 when %s', async (_case, payload, pointer) => {
      const before = await listedSlugs()
      const problem = expectProblem(await create(payload), 400, pointer)
      expect(problem.errors?.find((error) => error.pointer === pointer)).toMatchObject({ in: 'body', detail: expect.any(String) })
      expect(await listedSlugs()).toEqual(before)
    })

    it.each([
      ['it changes nothing', {}, '/'],
      ['the name is empty', { name: '' }, '/name'],
      ['the name is longer than 100 characters', { name: 'x'.repeat(101) }, '/name'],
      ['the description is not a string', { description: 3 }, '/description'],
      ['it tries to change the slug', { slug: 'another-slug' }, '/slug'],
      ['it tries to set the version', { version: 7 }, '/version'],
      ['it tries to retire through a change', { retiredAt: new Date().toISOString() }, '/retiredAt'],
    ])('a change is refused with 400 when %s, and the theme stays as it was', async (_case, payload, pointer) => {
      const theme = await makeTheme()
      expectProblem(await write('PATCH', `/v1/themes/${theme.slug}`, { payload }), 400, pointer)
      expect(await read(theme.slug)).toEqual(theme)
    })

    it.each([
      ['GET', '/v1/themes/Not_A_Slug'],
      ['PATCH', '/v1/themes/Not_A_Slug'],
      ['POST', '/v1/themes/Not_A_Slug/retire'],
      ['POST', '/v1/themes/Not_A_Slug/restore'],
      ['DELETE', '/v1/themes/Not_A_Slug'],
    ] as const)('%s %s is a 400 naming the slug', async (method, url) => {
      const res = await app.inject({
        method,
        url,
        headers: admin.headers,
        ...(method === 'PATCH' ? { payload: { name: 'Anything' } } : {}),
      })
      expect(expectProblem(res, 400, '/slug').errors?.[0]?.in).toBe('params')
    })

    it.each([
      ['the limit is 0', { limit: '0' }, '/limit'],
      ['the limit is over 100', { limit: '101' }, '/limit'],
      ['retired is not true or false', { retired: 'maybe' }, '/retired'],
      ['the cursor is not one this list gave', { cursor: 'bm9wZQ' }, '/cursor'],
      ['it has a filter themes do not have', { colour: 'blue' }, '/colour'],
    ])('listing themes is refused with 400 when %s', async (_case, query, pointer) => {
      const res = await app.inject({ method: 'GET', url: `/v1/themes?${new URLSearchParams(query)}`, headers: admin.headers })
      expect(expectProblem(res, 400, pointer).errors?.[0]?.in).toBe('query')
    })

    it.each([
      ['GET', '/v1/themes/no-such-theme'],
      ['PATCH', '/v1/themes/no-such-theme'],
      ['POST', '/v1/themes/no-such-theme/retire'],
      ['POST', '/v1/themes/no-such-theme/restore'],
      ['DELETE', '/v1/themes/no-such-theme'],
    ] as const)('%s %s is a 404', async (method, url) => {
      const res = await app.inject({
        method,
        url,
        headers: admin.headers,
        ...(method === 'PATCH' ? { payload: { name: 'Anything' } } : {}),
      })
      expect(expectProblem(res, 404).detail).toBe('Theme was not found.')
    })
  })

  describe('creating a theme', () => {
    it('an admin creates a theme whose slug is made from its name, and can read it at its Location', async () => {
      const token = uniqueToken()
      const res = await create({ name: `Café & Co-ordination ${token}`, description: 'Working across teams.' })
      expect(res.statusCode, res.body).toBe(201)
      const theme = res.json<Theme>()
      expect(theme).toEqual({
        slug: `cafe-co-ordination-${token}`,
        name: `Café & Co-ordination ${token}`,
        description: 'Working across teams.',
        retiredAt: null,
        position: expect.any(Number),
        version: 1,
        createdAt: expect.any(String),
        updatedAt: theme.createdAt,
      })
      expect(res.headers.location).toBe(`/v1/themes/${theme.slug}`)
      expect(await read(theme.slug)).toEqual(theme)
      expect((await taxonomy()).themes).toContainEqual({ slug: theme.slug, name: theme.name, description: theme.description })
      expect(await auditOf(theme.slug)).toEqual([
        expect.objectContaining({ action: 'theme.created', actorId: admin.user.id, subjectId: theme.slug, data: { name: theme.name } }),
      ])
    })

    it('an admin may choose the slug, and the description defaults to empty', async () => {
      const slug = `chosen-${uniqueToken()}`
      const res = await create({ name: 'Remote monitoring', slug })
      expect(res.statusCode, res.body).toBe(201)
      expect(res.json()).toMatchObject({ slug, name: 'Remote monitoring', description: '' })
    })

    it('a slug that is taken is refused with 409, whether it was chosen or made from the name', async () => {
      const token = uniqueToken()
      const first = await makeTheme(`Virtual wards ${token}`)
      expect(expectProblem(await create({ name: `Virtual wards ${token}` }), 409).detail).toContain(first.slug)
      expectProblem(await create({ name: 'Something else', slug: first.slug }), 409)
      expect(await read(first.slug)).toEqual(first)
    })

    it('two admins creating the same theme at the same moment get one theme and one 409', async () => {
      const token = uniqueToken()
      const second = await signIn(app, 'admin')
      const outcomes = await Promise.all([create({ name: `Twin ${token}` }), create({ name: `Twin ${token}` }, second)])
      expect(outcomes.map((res) => res.statusCode).sort()).toEqual([201, 409])
      expect((await listedSlugs()).filter((slug) => slug === `twin-${token}`)).toHaveLength(1)
    })
  })

  describe('changing a theme', () => {
    it("an admin's change is kept, bumps the version and updatedAt, and is audited", async () => {
      const theme = await makeTheme()
      await sleep(5) // timestamps are served to the millisecond; change in a later one
      const res = await write('PATCH', `/v1/themes/${theme.slug}`, { payload: { name: `${theme.name} renamed`, description: 'New words' } })
      expect(res.statusCode, res.body).toBe(200)
      const changed = res.json<Theme>()
      expect(changed).toEqual({
        ...theme,
        name: `${theme.name} renamed`,
        description: 'New words',
        version: 2,
        updatedAt: expect.any(String),
      })
      expect(Date.parse(changed.updatedAt)).toBeGreaterThan(Date.parse(theme.updatedAt))
      expect(res.headers.etag).toMatch(/^"2-/)
      expect(await read(theme.slug)).toEqual(changed)
      expect((await auditOf(theme.slug))[0]).toMatchObject({
        action: 'theme.updated',
        actorId: admin.user.id,
        data: { name: `${theme.name} renamed`, description: 'New words' },
      })
    })

    it('reading a theme gives its ETag, and a matching If-None-Match is a 304', async () => {
      const theme = await makeTheme()
      const first = await app.inject({ method: 'GET', url: `/v1/themes/${theme.slug}`, headers: contributor.headers })
      expect(first.headers.etag).toMatch(/^"1-/)
      const again = await app.inject({
        method: 'GET',
        url: `/v1/themes/${theme.slug}`,
        headers: { ...contributor.headers, 'if-none-match': String(first.headers.etag) },
      })
      expect(again.statusCode).toBe(304)
      expect(again.body).toBe('')
    })

    it('a change made with the current ETag is kept; one made with a stale ETag is a 412 and changes nothing', async () => {
      const theme = await makeTheme()
      const url = `/v1/themes/${theme.slug}`
      const fresh = await write('PATCH', url, { payload: { description: 'First edit' }, ifMatch: '"1"' })
      expect(fresh.statusCode, fresh.body).toBe(200)
      const current = fresh.json<Theme>()
      expect(expectProblem(await write('PATCH', url, { payload: { description: 'Lost edit' }, ifMatch: '"1"' }), 412).detail).toContain(
        'version 2',
      )
      expectProblem(await write('POST', `${url}/retire`, { ifMatch: '"1"' }), 412)
      expectProblem(await write('DELETE', url, { ifMatch: '"1"' }), 412)
      expect(await read(theme.slug)).toEqual(current)
    })
  })

  describe('retiring and restoring', () => {
    it('a retired theme leaves the taxonomy and the default list, is listed with retired=true, and can be restored', async () => {
      const theme = await makeTheme()
      const retired = await write('POST', `/v1/themes/${theme.slug}/retire`)
      expect(retired.statusCode, retired.body).toBe(200)
      expect(retired.json()).toEqual({ ...theme, retiredAt: expect.any(String), version: 2, updatedAt: expect.any(String) })
      expect((await taxonomy()).themes.map((entry) => entry.slug)).not.toContain(theme.slug)
      expect(await listedSlugs()).not.toContain(theme.slug)
      expect(await listedSlugs({ retired: 'true' })).toContain(theme.slug)
      expect(await listedSlugs({ retired: 'false' })).not.toContain(theme.slug)
      expect((await read(theme.slug)).retiredAt).not.toBeNull()

      const restored = await write('POST', `/v1/themes/${theme.slug}/restore`)
      expect(restored.statusCode, restored.body).toBe(200)
      expect(restored.json()).toMatchObject({ retiredAt: null, version: 3 })
      expect((await taxonomy()).themes.map((entry) => entry.slug)).toContain(theme.slug)
      expect(await listedSlugs({ retired: 'true' })).not.toContain(theme.slug)
      expect((await auditOf(theme.slug)).map((event) => event.action)).toEqual(['theme.restored', 'theme.retired', 'theme.created'])
    })

    it('retiring a retired theme, or restoring a live one, changes nothing', async () => {
      const theme = await makeTheme()
      expect((await write('POST', `/v1/themes/${theme.slug}/restore`)).json()).toEqual(theme)
      const retired = (await write('POST', `/v1/themes/${theme.slug}/retire`)).json<Theme>()
      const again = await write('POST', `/v1/themes/${theme.slug}/retire`)
      expect(again.statusCode, again.body).toBe(200)
      expect(again.json()).toEqual(retired)
      expect((await auditOf(theme.slug)).map((event) => event.action)).toEqual(['theme.retired', 'theme.created'])
    })

    it('a retired theme can no longer be chosen for a new lesson, but a lesson that has it keeps it', async () => {
      const theme = await makeTheme()
      const existing = await createLesson([theme.slug])
      expect(existing.statusCode, existing.body).toBe(201)
      const lesson = existing.json<Lesson>()

      expect((await write('POST', `/v1/themes/${theme.slug}/retire`)).statusCode).toBe(200)
      expectProblem(await createLesson([theme.slug]), 400, '/themes/0')
      expectProblem(await createLesson(['evaluation', theme.slug]), 400, '/themes/1')

      const kept = await app.inject({ method: 'GET', url: `/v1/lessons/${lesson.id}`, headers: contributor.headers })
      expect(kept.json<Lesson>().themes).toEqual([theme.slug])

      expect((await write('POST', `/v1/themes/${theme.slug}/restore`)).statusCode).toBe(200)
      expect((await createLesson([theme.slug])).statusCode).toBe(201)
    })
  })

  describe('deleting a theme', () => {
    it('an admin deletes a theme nobody uses: it is gone, audited, and its slug is free again', async () => {
      const theme = await makeTheme()
      const res = await write('DELETE', `/v1/themes/${theme.slug}`, { ifMatch: '"1"' })
      expect(res.statusCode, res.body).toBe(204)
      expect(res.body).toBe('')
      expectProblem(await app.inject({ method: 'GET', url: `/v1/themes/${theme.slug}`, headers: admin.headers }), 404)
      expect(await listedSlugs()).not.toContain(theme.slug)
      expect((await auditOf(theme.slug))[0]).toMatchObject({ action: 'theme.deleted', actorId: admin.user.id, data: { name: theme.name } })
      expect((await create({ name: theme.name, slug: theme.slug })).statusCode).toBe(201)
    })

    it('a theme any item uses is not deleted (409 saying how many use it and to retire it instead)', async () => {
      const theme = await makeTheme()
      for (let n = 0; n < 2; n++) expect((await createLesson([theme.slug])).statusCode).toBe(201)
      const problem = expectProblem(await write('DELETE', `/v1/themes/${theme.slug}`), 409)
      expect(problem.detail).toContain('used by 2 items')
      expect(problem.detail).toMatch(/retire/)
      expect(await read(theme.slug)).toEqual(theme)

      // Retiring does not make it deletable: the items still have it.
      await write('POST', `/v1/themes/${theme.slug}/retire`)
      expectProblem(await write('DELETE', `/v1/themes/${theme.slug}`), 409)
      expect((await auditOf(theme.slug)).map((event) => event.action)).not.toContain('theme.deleted')
    })
  })

  describe('paging', () => {
    it('walking the theme list three at a time visits every live theme once, in the taxonomy order', async () => {
      for (let n = 0; n < 4; n++) await makeTheme(`Paging ${uniqueToken()}`)
      const everything = await listPage({ limit: '100' })
      expect(everything.page.nextCursor).toBeNull()
      expect(everything.link).toBeUndefined()

      const visited: Theme[] = []
      let cursor: string | null = null
      do {
        const { page, link } = await listPage({ limit: '3', ...(cursor ? { cursor } : {}) })
        expect(page.data.length).toBeLessThanOrEqual(3)
        if (page.nextCursor) expect(link).toContain(`cursor=${page.nextCursor}`)
        visited.push(...page.data)
        cursor = page.nextCursor
      } while (cursor)
      expect(visited).toEqual(everything.page.data)
      expect(new Set(visited.map((theme) => theme.slug)).size).toBe(visited.length)
      expect(visited.length).toBeGreaterThan(defaultThemes.length)
      expect(visited.map((theme) => theme.slug)).toEqual((await taxonomy()).themes.map((theme) => theme.slug))
    })

    it('a cursor that is not from the theme list is a 400 naming it', async () => {
      const cursor = Buffer.from(JSON.stringify(['Clinical safety', 'clinical-safety'])).toString('base64url')
      const res = await app.inject({ method: 'GET', url: `/v1/themes?cursor=${cursor}`, headers: admin.headers })
      expectProblem(res, 400, '/cursor')
    })
  })

  describe('ordering', () => {
    const liveSlugs = async () => (await taxonomy()).themes.map((theme) => theme.slug)
    const reorder = (slugs: unknown, who: SignedIn = admin) =>
      app.inject({ method: 'PUT', url: '/v1/themes/order', headers: who.headers, payload: { slugs } })

    it('a new theme goes last in the taxonomy and the theme list, whatever its name', async () => {
      const theme = await makeTheme(`Aaa first by name ${uniqueToken()}`)
      expect((await liveSlugs()).at(-1)).toBe(theme.slug)
      expect((await listedSlugs()).at(-1)).toBe(theme.slug)
      const positions = (await listPage({ limit: '100' })).page.data.map((listed) => listed.position)
      expect(theme.position).toBe(Math.max(...positions))
    })

    it('an admin puts the live themes in a new order: the taxonomy and the theme list read it, and it is audited', async () => {
      const wanted = [...(await liveSlugs())].reverse()
      const res = await reorder(wanted)
      expect(res.statusCode, res.body).toBe(200)
      const answered = res.json<Theme[]>()
      expect(answered.map((theme) => theme.slug)).toEqual(wanted)
      expect(answered.map((theme) => theme.position)).toEqual(wanted.map((_slug, index) => index + 1))
      expect(await liveSlugs()).toEqual(wanted)
      expect(await listedSlugs()).toEqual(wanted)
      expect((await read(wanted[0] ?? '')).position).toBe(1)
      expect((await auditOf('order'))[0]).toMatchObject({ action: 'theme.reordered', actorId: admin.user.id, data: { slugs: wanted } })

      const paged: string[] = []
      let cursor: string | null = null
      do {
        const { page } = await listPage({ limit: '4', ...(cursor ? { cursor } : {}) })
        paged.push(...page.data.map((theme) => theme.slug))
        cursor = page.nextCursor
      } while (cursor)
      expect(paged).toEqual(wanted)
    })

    it('a theme that is retired and restored comes back last', async () => {
      const theme = await makeTheme()
      const others = (await liveSlugs()).filter((slug) => slug !== theme.slug)
      expect((await reorder([theme.slug, ...others])).statusCode).toBe(200)
      expect((await liveSlugs())[0]).toBe(theme.slug)
      expect((await write('POST', `/v1/themes/${theme.slug}/retire`)).statusCode).toBe(200)
      expect((await write('POST', `/v1/themes/${theme.slug}/restore`)).statusCode).toBe(200)
      expect(await liveSlugs()).toEqual([...others, theme.slug])
    })

    it.each([
      ['leaves out a live theme', (live: string[]) => live.slice(1), /leaves out/],
      ['names a theme that does not exist', (live: string[]) => [...live, 'no-such-theme'], /not a live theme/],
      ['repeats a theme', (live: string[]) => [...live, live[0]], /more than once/],
      ['is empty', () => [], /leaves out/],
    ])('an order that %s is a 400 naming /slugs, and the order stays as it was', async (_case, make, message) => {
      const before = await liveSlugs()
      const problem = expectProblem(await reorder(make(before)), 400, '/slugs')
      expect(problem.detail).toMatch(message)
      expect(await liveSlugs()).toEqual(before)
    })

    it('an order that names a retired theme is a 400 naming /slugs, and the order stays as it was', async () => {
      const retired = await makeTheme()
      expect((await write('POST', `/v1/themes/${retired.slug}/retire`)).statusCode).toBe(200)
      const before = await liveSlugs()
      const problem = expectProblem(await reorder([...before, retired.slug]), 400, '/slugs')
      expect(problem.detail).toContain(retired.slug)
      expect(await liveSlugs()).toEqual(before)
    })

    it.each([
      ['slugs is missing', {}],
      ['a slug is not a slug', { slugs: ['Not A Slug'] }],
      ['slugs is not a list', { slugs: 'clinical-safety' }],
    ])('a body where %s is a 400', async (_case, payload) => {
      const res = await app.inject({ method: 'PUT', url: '/v1/themes/order', headers: admin.headers, payload })
      expectProblem(res, 400)
    })

    it('an API key, even one that may read content, cannot reorder themes (403)', async () => {
      const created = await app.inject({
        method: 'POST',
        url: '/v1/api-keys',
        headers: admin.headers,
        payload: { name: 'Portal', scopes: ['content:read'] },
      })
      expect(created.statusCode, created.body).toBe(201)
      const key = created.json<ApiKeyCreated>()
      const before = await liveSlugs()
      const res = await app.inject({
        method: 'PUT',
        url: '/v1/themes/order',
        headers: { authorization: `Bearer ${key.secret}` },
        payload: { slugs: [...before].reverse() },
      })
      expectProblem(res, 403)
      expect(await liveSlugs()).toEqual(before)
    })
  })
})
