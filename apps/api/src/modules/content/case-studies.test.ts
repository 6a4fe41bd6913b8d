import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import type { CaseStudy, CaseStudyCreate, Page, Site } from '@learnonce/contracts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { type TestApp, testApp } from '../../test/app.js'
import { makeSite, type SignedIn, setStatus } from '../../test/factories.js'
import { castFor, expectProblem, itemRoutes, notDraft, uuidV7, validBody } from './content-fixtures.js'

type Body = Record<string, unknown>

describe('case studies', () => {
  let t: TestApp
  let app: App
  let admin: SignedIn
  let curator: SignedIn
  /** A member of siteA and siteC. */
  let contributor: SignedIn
  /** A member of siteB only. */
  let otherContributor: SignedIn
  let siteA: Site
  let siteB: Site
  let siteC: Site

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    ;({ admin, curator, contributor, otherContributor, siteA, siteB, siteC } = await castFor(app))
  })
  afterAll(() => t.close())

  const { post, get, patch, remove } = itemRoutes(
    () => app,
    '/v1/case-studies',
    () => ({ writer: contributor, reader: curator }),
  )

  const createCaseStudy = async (overrides: Partial<CaseStudyCreate> = {}, who: SignedIn = contributor): Promise<CaseStudy> => {
    const res = await post({ ...validBody.caseStudy([siteA.id]), ...overrides }, who)
    expect(res.statusCode, res.body).toBe(201)
    return res.json<CaseStudy>()
  }
  const read = async (id: string): Promise<CaseStudy> => {
    const res = await get(id)
    expect(res.statusCode, res.body).toBe(200)
    return res.json<CaseStudy>()
  }
  const caseStudiesOfSite = async (siteId: string): Promise<CaseStudy[]> => {
    const res = await app.inject({ method: 'GET', url: `/v1/case-studies?siteId=${siteId}&limit=100`, headers: curator.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Page<CaseStudy>>().data
  }
  /** A lesson or solution to relate case studies to, made through the API. */
  const makeItem = async (path: '/v1/lessons' | '/v1/solutions', who: SignedIn = curator, siteId = siteA.id): Promise<string> => {
    const payload = path === '/v1/lessons' ? validBody.lesson(siteId) : validBody.solution(siteId)
    const res = await app.inject({ method: 'POST', url: path, headers: who.headers, payload })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<{ id: string }>().id
  }

  describe('creating a case study', () => {
    it('a contributor creates a draft case study at its Location, version 1, authored by them, with every field as sent', async () => {
      const lessonId = await makeItem('/v1/lessons')
      const solutionId = await makeItem('/v1/solutions')
      const body = {
        ...validBody.caseStudy([siteC.id, siteA.id]),
        body: `# Shared records team\n\n${'A long write-up with **Markdown**. '.repeat(2000)}\n\n<img src=x onerror=alert(1)>\n`,
        outcomes: '- 40% fewer duplicate records\n- One DPIA instead of three\n\n',
        themes: ['data-quality', 'information-governance'],
        careSettings: ['primary'],
        tags: ['records', 'shared services'],
        links: [{ title: 'Final report', url: 'https://example.nhs.uk/report.pdf', kind: 'document' }],
        journeyStage: 'review_and_spread',
        relatedLessonIds: [lessonId],
        relatedSolutionIds: [solutionId],
      } satisfies CaseStudyCreate
      expect(body.body.length).toBeGreaterThan(20_000)
      const res = await post(body)
      expect(res.statusCode, res.body).toBe(201)
      const caseStudy = res.json<CaseStudy>()
      expect(caseStudy).toEqual({
        ...body,
        id: expect.stringMatching(uuidV7),
        version: 1,
        createdAt: expect.any(String),
        updatedAt: caseStudy.createdAt,
        authorId: contributor.user.id,
        status: 'draft',
        submittedAt: null,
        assigneeId: null,
        publishedAt: null,
        decisionNote: null,
        duplicateOfId: null,
        openFindings: 0,
        reviewBy: null,
        stale: false,
      })
      expect(res.headers.location).toBe(`/v1/case-studies/${caseStudy.id}`)
      expect(await read(caseStudy.id)).toEqual(caseStudy)
    })

    it('a case study sent with only a title, summary and site gets an empty body and outcomes and no classification', async () => {
      const body = validBody.caseStudy([siteA.id])
      expect(await createCaseStudy(body)).toMatchObject({
        ...body,
        body: '',
        outcomes: '',
        themes: [],
        careSettings: [],
        tags: [],
        links: [],
        journeyStage: null,
        relatedLessonIds: [],
        relatedSolutionIds: [],
      })
    })

    it('a case study of several sites keeps them in the order given, the lead site first', async () => {
      const caseStudy = await createCaseStudy({ siteIds: [siteC.id, siteA.id, siteB.id] }, curator)
      expect(caseStudy.siteIds).toEqual([siteC.id, siteA.id, siteB.id])
      expect((await read(caseStudy.id)).siteIds).toEqual([siteC.id, siteA.id, siteB.id])
      for (const site of [siteA, siteB, siteC]) expect((await caseStudiesOfSite(site.id)).map((item) => item.id)).toContain(caseStudy.id)
    })

    it.each([
      ['curator', () => curator],
      ['admin', () => admin],
    ])('a %s can create a case study for any sites and is its author', async (_role, who) => {
      const caseStudy = await createCaseStudy({ siteIds: [siteB.id, siteA.id] }, who())
      expect(caseStudy).toMatchObject({ siteIds: [siteB.id, siteA.id], authorId: who().user.id, status: 'draft' })
    })
  })

  describe('changing a case study', () => {
    it('changing one field bumps the version and updatedAt and leaves every other field as it was', async () => {
      const before = await createCaseStudy({ body: 'The long story.', outcomes: 'Better.', themes: ['evaluation'], journeyStage: 'vision' })
      await sleep(5)
      const res = await patch(before.id, { outcomes: 'Much better.\n' })
      expect(res.statusCode, res.body).toBe(200)
      const after = res.json<CaseStudy>()
      expect(after).toEqual({ ...before, outcomes: 'Much better.\n', version: 2, updatedAt: expect.any(String) })
      expect(new Date(after.updatedAt).getTime()).toBeGreaterThan(new Date(before.updatedAt).getTime())
      expect(await read(before.id)).toEqual(after)
    })

    it('the sites are replaced whole and keep their new order', async () => {
      const caseStudy = await createCaseStudy({ siteIds: [siteA.id, siteB.id] }, curator)
      const res = await patch(caseStudy.id, { siteIds: [siteC.id, siteB.id, siteA.id] }, curator)
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json<CaseStudy>().siteIds).toEqual([siteC.id, siteB.id, siteA.id])
      const narrowed = await patch(caseStudy.id, { siteIds: [siteB.id] }, curator)
      expect(narrowed.json<CaseStudy>()).toMatchObject({ siteIds: [siteB.id], version: 3 })
      expect((await caseStudiesOfSite(siteA.id)).map((item) => item.id)).not.toContain(caseStudy.id)
    })

    it('related lessons and solutions are replaced list by list, and an empty list clears one', async () => {
      const first = await makeItem('/v1/lessons')
      const second = await makeItem('/v1/lessons')
      const solutionId = await makeItem('/v1/solutions')
      const caseStudy = await createCaseStudy({ relatedLessonIds: [first], relatedSolutionIds: [solutionId] })
      const replaced = await patch(caseStudy.id, { relatedLessonIds: [second] })
      expect(replaced.statusCode, replaced.body).toBe(200)
      expect(replaced.json()).toMatchObject({ relatedLessonIds: [second], relatedSolutionIds: [solutionId] })
      const cleared = await patch(caseStudy.id, { relatedSolutionIds: [] })
      expect(cleared.json()).toMatchObject({ relatedLessonIds: [second], relatedSolutionIds: [] })
    })

    it('themes, care settings, tags and links are replaced whole, and the journey stage can be cleared', async () => {
      const caseStudy = await createCaseStudy({
        themes: ['interoperability'],
        careSettings: ['acute'],
        tags: ['x'],
        journeyStage: 'vision',
      })
      const change = {
        themes: ['digital-inclusion', 'patient-and-public-engagement'],
        careSettings: ['voluntary_sector'],
        tags: ['y', 'z'],
        links: [{ title: 'Slides', url: 'https://example.org/slides', kind: 'presentation' }],
        journeyStage: null,
      }
      const res = await patch(caseStudy.id, change)
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toEqual({ ...caseStudy, ...change, version: 2, updatedAt: expect.any(String) })
    })
  })

  describe('sending a case study back as it was read', () => {
    it('a contributor of one of its sites may resend the partner site they are not a member of, but not drop it', async () => {
      const joint = await createCaseStudy({ siteIds: [siteA.id, siteB.id] }, curator)
      const resent = await patch(joint.id, { siteIds: [siteA.id, siteB.id], title: 'Joint work, retitled' })
      expect(resent.statusCode, resent.body).toBe(200)
      expect(resent.json<CaseStudy>().siteIds).toEqual([siteA.id, siteB.id])
      const dropped = await patch(joint.id, { siteIds: [siteA.id] })
      expect(expectProblem(dropped, 403).detail).toContain(siteB.id)
      expect((await read(joint.id)).siteIds).toEqual([siteA.id, siteB.id])
    })

    it('a site archived and a theme retired since the case study was written may stay on it, but not be added anew', async () => {
      const archivedLater = await makeSite(app)
      const theme = await app.inject({
        method: 'POST',
        url: '/v1/themes',
        headers: admin.headers,
        payload: { name: `Retired later ${randomUUID()}` },
      })
      const slug = theme.json<{ slug: string }>().slug
      const written = await createCaseStudy({ siteIds: [siteA.id, archivedLater.id], themes: [slug] }, curator)
      await app.inject({ method: 'POST', url: `/v1/sites/${archivedLater.id}/archive`, headers: admin.headers })
      await app.inject({ method: 'POST', url: `/v1/themes/${slug}/retire`, headers: admin.headers })
      const resent = await patch(written.id, { siteIds: written.siteIds, themes: written.themes, summary: 'Updated summary.' }, curator)
      expect(resent.statusCode, resent.body).toBe(200)
      const another = await createCaseStudy({}, curator)
      expectProblem(await patch(another.id, { siteIds: [siteA.id, archivedLater.id] }, curator), 400, '/siteIds/1')
      expectProblem(await patch(another.id, { themes: [slug] }, curator), 400, '/themes/0')
    })
  })

  describe('deleting a case study', () => {
    it('deleting a draft answers 204, and then the case study is gone for everyone', async () => {
      const caseStudy = await createCaseStudy()
      const res = await remove(caseStudy.id)
      expect(res.statusCode, res.body).toBe(204)
      expectProblem(await get(caseStudy.id, contributor), 404)
      expectProblem(await get(caseStudy.id, curator), 404)
      expectProblem(await remove(caseStudy.id), 404)
    })

    it.each(notDraft)('a %s case study cannot be deleted (409), by its contributor or a curator, and stays as it was', async (status) => {
      const caseStudy = await createCaseStudy()
      await setStatus(app, caseStudy.id, status)
      const before = await read(caseStudy.id)
      expect(expectProblem(await remove(caseStudy.id), 409).detail).toMatch(/Only drafts can be deleted/)
      expectProblem(await remove(caseStudy.id, curator), 409)
      expect(await read(caseStudy.id)).toEqual(before)
    })
  })

  describe('who may do what', () => {
    const routes = [
      ['GET', '/v1/case-studies'],
      ['POST', '/v1/case-studies'],
      ['GET', '/v1/case-studies/:id'],
      ['PATCH', '/v1/case-studies/:id'],
      ['DELETE', '/v1/case-studies/:id'],
    ] as const

    it.each(routes)('%s %s answers 401 to a caller who has not signed in, and changes nothing', async (method, route) => {
      const caseStudy = await createCaseStudy()
      const payload = method === 'POST' ? validBody.caseStudy([siteA.id]) : method === 'PATCH' ? { title: 'Sneaky' } : undefined
      const res = await app.inject({ method, url: route.replace(':id', caseStudy.id), ...(payload ? { payload } : {}) })
      expectProblem(res, 401)
      expect(await read(caseStudy.id)).toEqual(caseStudy)
    })

    it.each([
      ['only another site', () => [siteB.id]],
      ['their own site and another', () => [siteA.id, siteB.id]],
    ])('a contributor cannot create a case study for %s (403), and none is created', async (_label, siteIds) => {
      const before = await caseStudiesOfSite(siteB.id)
      const problem = expectProblem(await post(validBody.caseStudy(siteIds())), 403)
      expect(problem.detail).toContain(siteB.id)
      expect(await caseStudiesOfSite(siteB.id)).toEqual(before)
    })

    it.each([
      ['another site', () => [siteB.id]],
      ['another site as well as their own', () => [siteA.id, siteB.id]],
    ])('a contributor cannot move their case study to %s (403), and it stays where it was', async (_label, siteIds) => {
      const caseStudy = await createCaseStudy()
      expectProblem(await patch(caseStudy.id, { siteIds: siteIds(), title: 'Moved' }), 403)
      expect(await read(caseStudy.id)).toEqual(caseStudy)
    })

    it('a contributor of any one of a case study’s sites can read and edit its draft', async () => {
      const caseStudy = await createCaseStudy({ siteIds: [siteA.id, siteB.id] }, curator)
      const res = await get(caseStudy.id, otherContributor)
      expect(res.statusCode, res.body).toBe(200)
      const changed = await patch(caseStudy.id, { outcomes: 'Written up by the second site' }, otherContributor)
      expect(changed.statusCode, changed.body).toBe(200)
      expect(changed.json()).toMatchObject({ outcomes: 'Written up by the second site', siteIds: [siteA.id, siteB.id] })
    })

    it.each(['draft', 'changes_requested'] as const)('a contributor can edit their site’s case study while it is %s', async (status) => {
      const caseStudy = await createCaseStudy()
      await setStatus(app, caseStudy.id, status)
      const res = await patch(caseStudy.id, { body: 'Rewritten after review.' })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({ status, body: 'Rewritten after review.', version: 2 })
    })

    it.each(notDraft.filter((status) => status !== 'changes_requested'))(
      'a contributor cannot edit their site’s case study once it is %s (403), and it stays as it was',
      async (status) => {
        const caseStudy = await createCaseStudy()
        await setStatus(app, caseStudy.id, status)
        const before = await read(caseStudy.id)
        expectProblem(await patch(caseStudy.id, { title: 'Too late' }), 403)
        expect(await read(caseStudy.id)).toEqual(before)
      },
    )

    it.each(['draft', ...notDraft] as const)('a curator can edit another site’s %s case study', async (status) => {
      const caseStudy = await createCaseStudy({ siteIds: [siteB.id] }, otherContributor)
      await setStatus(app, caseStudy.id, status)
      const res = await patch(caseStudy.id, { title: 'Tidied by the curator', siteIds: [siteB.id, siteA.id] }, curator)
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({ status, title: 'Tidied by the curator', siteIds: [siteB.id, siteA.id], version: 2 })
    })

    it.each(['draft', 'submitted', 'changes_requested'] as const)(
      'a contributor of another site cannot see, change or delete a %s case study (404 each time)',
      async (status) => {
        const caseStudy = await createCaseStudy()
        await setStatus(app, caseStudy.id, status)
        const before = await read(caseStudy.id)
        expect(expectProblem(await get(caseStudy.id, otherContributor), 404).detail).toBe('Case study was not found.')
        expectProblem(await patch(caseStudy.id, { title: 'Not mine' }, otherContributor), 404)
        expectProblem(await remove(caseStudy.id, otherContributor), 404)
        expect(await read(caseStudy.id)).toEqual(before)
      },
    )

    it('a contributor of another site reads a published case study but cannot change it (403) or delete it (409)', async () => {
      const caseStudy = await createCaseStudy()
      await setStatus(app, caseStudy.id, 'published')
      const before = await read(caseStudy.id)
      expect((await get(caseStudy.id, otherContributor)).json()).toEqual(before)
      expectProblem(await patch(caseStudy.id, { title: 'Not mine' }, otherContributor), 403)
      expectProblem(await remove(caseStudy.id, otherContributor), 409)
      expect(await read(caseStudy.id)).toEqual(before)
    })
  })

  describe('bad input', () => {
    const without =
      (field: string) =>
      ({ [field]: _dropped, ...rest }: Body): Body =>
        rest
    const withField =
      (field: string, value: unknown) =>
      (body: Body): Body => ({ ...body, [field]: value })
    const twice = (id: string) => [id, id]
    const link = (overrides: Body) => ({ title: 'Report', url: 'https://example.org/r', kind: 'document', ...overrides })

    const badCreates: [string, (body: Body) => Body, string][] = [
      ['a missing title', without('title'), '/title'],
      ['a missing summary', without('summary'), '/summary'],
      ['no sites at all', without('siteIds'), '/siteIds'],
      ['an empty list of sites', withField('siteIds', []), '/siteIds'],
      ['the same site twice', withField('siteIds', twice(randomUUID())), '/siteIds'],
      ['a single site id instead of a list', withField('siteIds', randomUUID()), '/siteIds'],
      ['a site id that is not a UUID', withField('siteIds', ['st-marys']), '/siteIds/0'],
      [
        'more than 20 sites',
        withField(
          'siteIds',
          Array.from({ length: 21 }, () => randomUUID()),
        ),
        '/siteIds',
      ],
      ['a title over 200 characters', withField('title', 'x'.repeat(201)), '/title'],
      ['a body over 100,000 characters', withField('body', 'x'.repeat(100_001)), '/body'],
      ['outcomes that are a list', withField('outcomes', ['better']), '/outcomes'],
      ['an unknown care setting', withField('careSettings', ['hospital']), '/careSettings/0'],
      ['an unknown journey stage', withField('journeyStage', 'scale_up'), '/journeyStage'],
      ['a link of an unknown kind', withField('links', [link({ kind: 'podcast' })]), '/links/0/kind'],
      ['a link that is not http(s)', withField('links', [link({ url: 'file:///c:/report.pdf' })]), '/links/0/url'],
      ['a related lesson id that is not a UUID', withField('relatedLessonIds', [42]), '/relatedLessonIds/0'],
      ['an unknown property', withField('siteId', randomUUID()), '/siteId'],
    ]

    it.each(badCreates)(
      'creating a case study with %s is a 400 naming the field, and nothing is created',
      async (_label, change, pointer) => {
        const site = await makeSite(app)
        expectProblem(await post(change(validBody.caseStudy([site.id])), curator), 400, pointer)
        expect(await caseStudiesOfSite(site.id)).toEqual([])
      },
    )

    const badChanges: [string, Body, string, string][] = [
      ['a status', { status: 'published' }, '/status', 'is not a known property'],
      ['a published date', { publishedAt: new Date().toISOString() }, '/publishedAt', 'is not a known property'],
      ['an assignee', { assigneeId: randomUUID() }, '/assigneeId', 'is not a known property'],
      ['an author', { authorId: randomUUID() }, '/authorId', 'is not a known property'],
      ['an empty list of sites', { siteIds: [] }, '/siteIds', 'must NOT have fewer than 1 items'],
      ['an empty title', { title: '' }, '/title', 'must NOT have fewer than 1 characters'],
    ]

    it.each(badChanges)('a PATCH that sets %s is a 400 naming the field, and changes nothing', async (_label, payload, pointer, detail) => {
      const caseStudy = await createCaseStudy()
      const problem = expectProblem(await patch(caseStudy.id, { outcomes: 'Also this', ...payload }, curator), 400, pointer)
      expect(problem.errors).toContainEqual({ in: 'body', pointer, detail })
      expect(await read(caseStudy.id)).toEqual(caseStudy)
    })

    it('an empty PATCH is a 400 asking for at least one property', async () => {
      const caseStudy = await createCaseStudy()
      expectProblem(await patch(caseStudy.id, {}), 400, '/')
      expect(await read(caseStudy.id)).toEqual(caseStudy)
    })
  })

  describe('references to sites, themes and other items', () => {
    let archivedSite: Site
    let lessonId: string
    let solutionId: string
    let hiddenLessonId: string

    beforeAll(async () => {
      archivedSite = await makeSite(app)
      const archived = await app.inject({ method: 'POST', url: `/v1/sites/${archivedSite.id}/archive`, headers: admin.headers })
      expect(archived.statusCode, archived.body).toBe(200)
      const retired = await app.inject({ method: 'POST', url: '/v1/themes/procurement/retire', headers: admin.headers })
      expect(retired.statusCode, retired.body).toBe(200)
      lessonId = await makeItem('/v1/lessons')
      solutionId = await makeItem('/v1/solutions')
      hiddenLessonId = await makeItem('/v1/lessons', otherContributor, siteB.id)
    })

    const badReferences: [string, () => Body, string, RegExp][] = [
      ['an unknown second site', () => ({ siteIds: [siteA.id, randomUUID()] }), '/siteIds/1', /is not a known site/],
      ['an archived site', () => ({ siteIds: [archivedSite.id, siteA.id] }), '/siteIds/0', /is an archived site/],
      ['an unknown theme', () => ({ themes: ['astrology'] }), '/themes/0', /is not a current theme/],
      ['a retired theme', () => ({ themes: ['evaluation', 'procurement'] }), '/themes/1', /is not a current theme/],
      ['an unknown related lesson', () => ({ relatedLessonIds: [randomUUID()] }), '/relatedLessonIds/0', /is not a known lesson/],
      ['a solution given as a related lesson', () => ({ relatedLessonIds: [solutionId] }), '/relatedLessonIds/0', /is not a known lesson/],
      [
        'a lesson given as the second related solution',
        () => ({ relatedSolutionIds: [solutionId, lessonId] }),
        '/relatedSolutionIds/1',
        /is not a known solution/,
      ],
      [
        'another site’s draft lesson, which the contributor cannot see',
        () => ({ relatedLessonIds: [hiddenLessonId] }),
        '/relatedLessonIds/0',
        /is not a known lesson/,
      ],
    ]

    it.each(badReferences)(
      'creating a case study with %s is a 400 naming the field, and nothing is created',
      async (_label, change, pointer, detail) => {
        const before = await caseStudiesOfSite(siteC.id)
        const problem = expectProblem(await post({ ...validBody.caseStudy([siteC.id]), ...change() }), 400, pointer)
        expect(problem.detail).toMatch(detail)
        expect(await caseStudiesOfSite(siteC.id)).toEqual(before)
      },
    )

    it.each(badReferences)(
      'changing a case study to point at %s is a 400 naming the field, and changes nothing',
      async (_label, change, pointer, detail) => {
        const caseStudy = await createCaseStudy()
        expect(expectProblem(await patch(caseStudy.id, change()), 400, pointer).detail).toMatch(detail)
        expect(await read(caseStudy.id)).toEqual(caseStudy)
      },
    )

    it('a case study cannot list itself as a related lesson', async () => {
      const caseStudy = await createCaseStudy()
      const problem = expectProblem(await patch(caseStudy.id, { relatedLessonIds: [lessonId, caseStudy.id] }), 400, '/relatedLessonIds/1')
      expect(problem.detail).toMatch(/cannot point at the item itself/)
      expect(await read(caseStudy.id)).toEqual(caseStudy)
    })
  })
})
