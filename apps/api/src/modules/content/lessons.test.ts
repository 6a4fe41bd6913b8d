import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Lesson, LessonCreate, Page, Site } from '@learnonce/contracts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { type TestApp, testApp } from '../../test/app.js'
import { makeSite, type SignedIn, setStatus } from '../../test/factories.js'
import { castFor, expectProblem, itemRoutes, notDraft, uuidV7, validBody } from './content-fixtures.js'

type Body = Record<string, unknown>

/** Markdown with the things a careless trim or sanitiser would change. */
const markdown = {
  context: '## Where we started\n\nTwo EPRs, *no* shared index.\r\n\n- item one\n- item two  \n',
  wentWell: '1. Weekly stand-ups\n2. A `FHIR` sandbox\n\n> "Ship small" — the CCIO',
  didNotGoWell: '<script>alert("kept as written")</script>\n\n| week | errors |\n|---|---|\n| 1 | 12 |',
  doDifferently: '   Start with the data-sharing agreement.   ',
}

describe('lessons', () => {
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
    '/v1/lessons',
    () => ({ writer: contributor, reader: curator }),
  )

  const createLesson = async (overrides: Partial<LessonCreate> = {}, who: SignedIn = contributor): Promise<Lesson> => {
    const res = await post({ ...validBody.lesson(siteA.id), ...overrides }, who)
    expect(res.statusCode, res.body).toBe(201)
    return res.json<Lesson>()
  }
  const read = async (id: string): Promise<Lesson> => {
    const res = await get(id)
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Lesson>()
  }
  const lessonsOfSite = async (siteId: string): Promise<Lesson[]> => {
    const res = await app.inject({ method: 'GET', url: `/v1/lessons?siteId=${siteId}&limit=100`, headers: curator.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Page<Lesson>>().data
  }
  /** A solution or case study to relate lessons to, made through the API. */
  const makeItem = async (path: '/v1/solutions' | '/v1/case-studies', who: SignedIn = curator, siteId = siteA.id): Promise<string> => {
    const payload = path === '/v1/solutions' ? validBody.solution(siteId) : validBody.caseStudy([siteId])
    const res = await app.inject({ method: 'POST', url: path, headers: who.headers, payload })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<{ id: string }>().id
  }

  describe('creating a lesson', () => {
    it('a contributor creates a draft lesson at its Location, version 1, authored by them, with every field as sent', async () => {
      const solutionId = await makeItem('/v1/solutions')
      const caseStudyId = await makeItem('/v1/case-studies')
      const body = {
        ...validBody.lesson(siteA.id),
        ...markdown,
        themes: ['interoperability', 'clinical-safety'],
        careSettings: ['acute', 'community'],
        tags: ['fhir', 'discharge summaries'],
        links: [
          { title: 'Data-sharing agreement', url: 'https://example.nhs.uk/dsa.pdf', kind: 'agreement' },
          { title: 'Show and tell', url: 'http://example.org/video?id=1', kind: 'video' },
        ],
        journeyStage: 'implementation',
        relatedSolutionIds: [solutionId],
        relatedCaseStudyIds: [caseStudyId],
      } satisfies LessonCreate
      const res = await post(body)
      expect(res.statusCode, res.body).toBe(201)
      const lesson = res.json<Lesson>()
      expect(lesson).toEqual({
        ...body,
        id: expect.stringMatching(uuidV7),
        version: 1,
        createdAt: expect.any(String),
        updatedAt: lesson.createdAt,
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
      expect(res.headers.location).toBe(`/v1/lessons/${lesson.id}`)
      expect(await read(lesson.id)).toEqual(lesson)
    })

    it('a lesson sent with only a title, summary and site gets empty reflections, no classification and no related items', async () => {
      const body = validBody.lesson(siteA.id)
      const lesson = await createLesson(body)
      expect(lesson).toMatchObject({
        ...body,
        context: '',
        wentWell: '',
        didNotGoWell: '',
        doDifferently: '',
        themes: [],
        careSettings: [],
        tags: [],
        links: [],
        journeyStage: null,
        relatedSolutionIds: [],
        relatedCaseStudyIds: [],
      })
    })

    it.each([
      ['curator', () => curator],
      ['admin', () => admin],
    ])('a %s can create a lesson for any site and is its author', async (_role, who) => {
      const lesson = await createLesson({ siteId: siteB.id }, who())
      expect(lesson).toMatchObject({ siteId: siteB.id, authorId: who().user.id, status: 'draft' })
    })
  })

  it('creating, changing and deleting a lesson is each recorded in the audit log, by whom', async () => {
    const lesson = await createLesson()
    expect((await patch(lesson.id, { title: 'Audited title' })).statusCode).toBe(200)
    expect((await remove(lesson.id)).statusCode).toBe(204)
    const audit = await app.inject({ method: 'GET', url: `/v1/audit-events?subjectId=${lesson.id}`, headers: admin.headers })
    expect(audit.json().data.map((event: { action: string; actorId: string }) => [event.action, event.actorId])).toEqual([
      ['lesson.deleted', contributor.user.id],
      ['lesson.updated', contributor.user.id],
      ['lesson.created', contributor.user.id],
    ])
  })

  it('related solutions keep the order the author gave them, most relevant first', async () => {
    const newer = await makeItem('/v1/solutions')
    const older = await makeItem('/v1/solutions')
    const [first, second] = [older, newer].sort().reverse()
    const lesson = await createLesson({ relatedSolutionIds: [first as string, second as string] }, curator)
    expect(lesson.relatedSolutionIds).toEqual([first, second])
    expect((await get(lesson.id)).json<Lesson>().relatedSolutionIds).toEqual([first, second])
  })

  describe('changing a lesson', () => {
    it('changing one field bumps the version and updatedAt and leaves every other field as it was', async () => {
      const before = await createLesson({ ...markdown, themes: ['data-quality'], careSettings: ['primary'], journeyStage: 'vision' })
      await sleep(5)
      const res = await patch(before.id, { title: 'Discharge letters, one year on' })
      expect(res.statusCode, res.body).toBe(200)
      const after = res.json<Lesson>()
      expect(after).toEqual({ ...before, title: 'Discharge letters, one year on', version: 2, updatedAt: expect.any(String) })
      expect(new Date(after.updatedAt).getTime()).toBeGreaterThan(new Date(before.updatedAt).getTime())
      expect(await read(before.id)).toEqual(after)
      expect((await patch(before.id, { wentWell: 'Everything' })).json<Lesson>().version).toBe(3)
    })

    it('related solutions and case studies are replaced list by list, and an empty list clears one', async () => {
      const first = await makeItem('/v1/solutions')
      const second = await makeItem('/v1/solutions')
      const third = await makeItem('/v1/solutions')
      const caseStudyId = await makeItem('/v1/case-studies')
      const lesson = await createLesson({ relatedSolutionIds: [first], relatedCaseStudyIds: [caseStudyId] })

      const replaced = await patch(lesson.id, { relatedSolutionIds: [second, third] })
      expect(replaced.statusCode, replaced.body).toBe(200)
      expect(replaced.json()).toMatchObject({ relatedSolutionIds: [second, third], relatedCaseStudyIds: [caseStudyId] })

      const cleared = await patch(lesson.id, { relatedCaseStudyIds: [] })
      expect(cleared.json()).toMatchObject({ relatedSolutionIds: [second, third], relatedCaseStudyIds: [] })
      expect(await read(lesson.id)).toMatchObject({ relatedSolutionIds: [second, third], relatedCaseStudyIds: [] })
    })

    it('a contributor who replaces the related solutions they can see keeps the link a curator made to another site’s draft', async () => {
      const hidden = await makeItem('/v1/solutions', otherContributor, siteB.id)
      const shown = await makeItem('/v1/solutions')
      const chosen = await makeItem('/v1/solutions')
      const lesson = await createLesson({ relatedSolutionIds: [hidden, shown] }, curator)
      expect((await get(lesson.id, contributor)).json<Lesson>().relatedSolutionIds).toEqual([shown])

      const res = await patch(lesson.id, { relatedSolutionIds: [chosen] })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json<Lesson>().relatedSolutionIds).toEqual([chosen])
      expect((await read(lesson.id)).relatedSolutionIds).toEqual([hidden, chosen])
    })

    it('themes, care settings, tags and links are replaced whole, and the journey stage can be cleared', async () => {
      const lesson = await createLesson({
        themes: ['interoperability', 'workforce-and-training'],
        careSettings: ['acute'],
        tags: ['old'],
        links: [{ title: 'Old', url: 'https://example.org/old', kind: 'other' }],
        journeyStage: 'pre_implementation',
      })
      const change = {
        themes: ['evaluation'],
        careSettings: ['mental_health', 'social_care'],
        tags: [],
        links: [{ title: 'Toolkit', url: 'https://example.org/toolkit', kind: 'toolkit' }],
        journeyStage: null,
      }
      const res = await patch(lesson.id, change)
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toEqual({ ...lesson, ...change, version: 2, updatedAt: expect.any(String) })
    })

    it('a contributor can move their lesson to another site they are a member of', async () => {
      const lesson = await createLesson()
      const res = await patch(lesson.id, { siteId: siteC.id })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({ siteId: siteC.id, version: 2 })
      expect((await lessonsOfSite(siteA.id)).map((item) => item.id)).not.toContain(lesson.id)
      expect((await lessonsOfSite(siteC.id)).map((item) => item.id)).toContain(lesson.id)
    })
  })

  describe('deleting a lesson', () => {
    it('deleting a draft answers 204, and then the lesson is gone for everyone', async () => {
      const lesson = await createLesson()
      const res = await remove(lesson.id)
      expect(res.statusCode, res.body).toBe(204)
      expect(res.body).toBe('')
      expectProblem(await get(lesson.id, contributor), 404)
      expectProblem(await get(lesson.id, curator), 404)
      expectProblem(await remove(lesson.id), 404)
      expect((await lessonsOfSite(siteA.id)).map((item) => item.id)).not.toContain(lesson.id)
    })

    it('a curator can delete another site’s draft', async () => {
      const lesson = await createLesson({ siteId: siteB.id }, otherContributor)
      expect((await remove(lesson.id, curator)).statusCode).toBe(204)
      expectProblem(await get(lesson.id), 404)
    })

    it.each(notDraft)('a %s lesson cannot be deleted (409), by its contributor or a curator, and stays as it was', async (status) => {
      const lesson = await createLesson()
      await setStatus(app, lesson.id, status)
      const before = await read(lesson.id)
      expect(expectProblem(await remove(lesson.id, contributor), 409).detail).toMatch(/Only drafts can be deleted/)
      expectProblem(await remove(lesson.id, curator), 409)
      expect(await read(lesson.id)).toEqual(before)
    })
  })

  describe('who may do what', () => {
    const routes = [
      ['GET', '/v1/lessons'],
      ['POST', '/v1/lessons'],
      ['GET', '/v1/lessons/:id'],
      ['PATCH', '/v1/lessons/:id'],
      ['DELETE', '/v1/lessons/:id'],
    ] as const

    it.each(routes)('%s %s answers 401 to a caller who has not signed in, and changes nothing', async (method, route) => {
      const lesson = await createLesson()
      const payload = method === 'POST' ? validBody.lesson(siteA.id) : method === 'PATCH' ? { title: 'Sneaky' } : undefined
      const res = await app.inject({ method, url: route.replace(':id', lesson.id), ...(payload ? { payload } : {}) })
      expectProblem(res, 401)
      expect(await read(lesson.id)).toEqual(lesson)
    })

    it('a contributor cannot create a lesson for a site they are not a member of (403), and none is created', async () => {
      const site = await makeSite(app)
      const problem = expectProblem(await post(validBody.lesson(site.id)), 403)
      expect(problem.detail).toContain(site.id)
      expect(await lessonsOfSite(site.id)).toEqual([])
    })

    it('a contributor cannot move their lesson to a site they are not a member of (403), and it stays where it was', async () => {
      const lesson = await createLesson()
      expectProblem(await patch(lesson.id, { siteId: siteB.id, title: 'Moved' }), 403)
      expect(await read(lesson.id)).toEqual(lesson)
    })

    it.each(['draft', 'changes_requested'] as const)('a contributor can edit their site’s lesson while it is %s', async (status) => {
      const lesson = await createLesson()
      await setStatus(app, lesson.id, status)
      const res = await patch(lesson.id, { doDifferently: 'Ask the IG lead first.' })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({ status, doDifferently: 'Ask the IG lead first.', version: 2 })
    })

    it.each(notDraft.filter((status) => status !== 'changes_requested'))(
      'a contributor cannot edit their site’s lesson once it is %s (403), and it stays as it was',
      async (status) => {
        const lesson = await createLesson()
        await setStatus(app, lesson.id, status)
        const before = await read(lesson.id)
        expect(expectProblem(await patch(lesson.id, { title: 'Too late' }), 403).detail).toMatch(/draft or has changes requested/)
        expect(await read(lesson.id)).toEqual(before)
      },
    )

    it.each(['draft', ...notDraft] as const)('a curator can edit another site’s %s lesson', async (status) => {
      const lesson = await createLesson({ siteId: siteB.id }, otherContributor)
      await setStatus(app, lesson.id, status)
      const res = await patch(lesson.id, { title: 'Tidied by the curator' }, curator)
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({ status, title: 'Tidied by the curator', version: 2, authorId: otherContributor.user.id })
    })

    it('an admin can edit a published lesson and move it to any site', async () => {
      const lesson = await createLesson()
      await setStatus(app, lesson.id, 'published')
      const res = await patch(lesson.id, { siteId: siteB.id }, admin)
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({ siteId: siteB.id, status: 'published' })
    })

    it.each(['draft', 'submitted', 'changes_requested'] as const)(
      'a contributor of another site cannot see, change or delete a %s lesson (404 each time)',
      async (status) => {
        const lesson = await createLesson()
        await setStatus(app, lesson.id, status)
        const before = await read(lesson.id)
        expect(expectProblem(await get(lesson.id, otherContributor), 404).detail).toBe('Lesson was not found.')
        expectProblem(await patch(lesson.id, { title: 'Not mine' }, otherContributor), 404)
        expectProblem(await remove(lesson.id, otherContributor), 404)
        expect(await read(lesson.id)).toEqual(before)
      },
    )

    it('a contributor of another site reads a published lesson but cannot change it (403) or delete it (409)', async () => {
      const lesson = await createLesson()
      await setStatus(app, lesson.id, 'published')
      const before = await read(lesson.id)
      const res = await get(lesson.id, otherContributor)
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toEqual(before)
      expectProblem(await patch(lesson.id, { title: 'Not mine' }, otherContributor), 403)
      expectProblem(await remove(lesson.id, otherContributor), 409)
      expect(await read(lesson.id)).toEqual(before)
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
    const link = (overrides: Body) => ({ title: 'Agreement', url: 'https://example.org/a', kind: 'agreement', ...overrides })

    const badCreates: [string, (body: Body) => Body, string][] = [
      ['a missing title', without('title'), '/title'],
      ['a missing summary', without('summary'), '/summary'],
      ['a missing site', without('siteId'), '/siteId'],
      ['an empty title', withField('title', ''), '/title'],
      ['a title over 200 characters', withField('title', 'x'.repeat(201)), '/title'],
      ['a summary over 2000 characters', withField('summary', 'x'.repeat(2001)), '/summary'],
      ['reflections over 20,000 characters', withField('wentWell', 'x'.repeat(20_001)), '/wentWell'],
      ['a title that is a number', withField('title', 123), '/title'],
      ['a site id that is not a UUID', withField('siteId', 'st-marys'), '/siteId'],
      ['themes that are a string, not a list', withField('themes', 'interoperability'), '/themes'],
      ['the same theme twice', withField('themes', ['evaluation', 'evaluation']), '/themes'],
      ['an unknown care setting', withField('careSettings', ['acute', 'hospice']), '/careSettings/1'],
      ['an unknown journey stage', withField('journeyStage', 'go_live'), '/journeyStage'],
      ['a tag with a comma', withField('tags', ['fhir,hl7']), '/tags/0'],
      ['a link of an unknown kind', withField('links', [link({ kind: 'podcast' })]), '/links/0/kind'],
      ['a link with no title', withField('links', [link({ title: undefined })]), '/links/0/title'],
      ['a link to an ftp url', withField('links', [link({ url: 'ftp://example.org/a' })]), '/links/0/url'],
      ['a javascript: link', withField('links', [link({ url: 'javascript:alert(1)' })]), '/links/0/url'],
      ['a link that is not a url at all', withField('links', [link({ url: 'see the shared drive' })]), '/links/0/url'],
      ['a related solution id that is not a UUID', withField('relatedSolutionIds', ['sol-1']), '/relatedSolutionIds/0'],
      ['an unknown property', withField('colour', 'blue'), '/colour'],
      ['an author', withField('authorId', randomUUID()), '/authorId'],
      ['a status', withField('status', 'published'), '/status'],
    ]

    it.each(badCreates)('creating a lesson with %s is a 400 naming the field, and nothing is created', async (_label, change, pointer) => {
      const site = await makeSite(app)
      expectProblem(await post(change(validBody.lesson(site.id)), curator), 400, pointer)
      expect(await lessonsOfSite(site.id)).toEqual([])
    })

    const badChanges: [string, Body, string][] = [
      ['a status', { status: 'published' }, '/status'],
      ['a published date', { publishedAt: new Date().toISOString() }, '/publishedAt'],
      ['an assignee', { assigneeId: randomUUID() }, '/assigneeId'],
      ['a submitted date', { submittedAt: new Date().toISOString() }, '/submittedAt'],
      ['a decision note', { decisionNote: 'Looks good' }, '/decisionNote'],
      ['a duplicate-of id', { duplicateOfId: randomUUID() }, '/duplicateOfId'],
      ['an author', { authorId: randomUUID() }, '/authorId'],
      ['a version', { version: 7 }, '/version'],
      ['an unknown property', { colour: 'blue' }, '/colour'],
    ]

    it.each(badChanges)(
      'a PATCH that sets %s is refused as "is not a known property" and changes nothing',
      async (_label, payload, pointer) => {
        const lesson = await createLesson()
        const problem = expectProblem(await patch(lesson.id, { title: 'Also this', ...payload }, curator), 400, pointer)
        expect(problem.errors).toContainEqual({ in: 'body', pointer, detail: 'is not a known property' })
        expect(await read(lesson.id)).toEqual(lesson)
      },
    )

    const badValues: [string, Body, string][] = [
      ['an empty title', { title: '' }, '/title'],
      ['a title over 200 characters', { title: 'x'.repeat(201) }, '/title'],
      ['no site', { siteId: null }, '/siteId'],
      ['an unknown care setting', { careSettings: ['hospital'] }, '/careSettings/0'],
      ['an unknown journey stage', { journeyStage: 'done' }, '/journeyStage'],
      ['a link of an unknown kind', { links: [link({ kind: 'blog' })] }, '/links/0/kind'],
      ['a link that is not http(s)', { links: [link({ url: 'mailto:ig@example.org' })] }, '/links/0/url'],
    ]

    it.each(badValues)('a PATCH with %s is a 400 naming the field, and changes nothing', async (_label, payload, pointer) => {
      const lesson = await createLesson()
      expectProblem(await patch(lesson.id, payload), 400, pointer)
      expect(await read(lesson.id)).toEqual(lesson)
    })

    it('an empty PATCH is a 400 asking for at least one property', async () => {
      const lesson = await createLesson()
      const problem = expectProblem(await patch(lesson.id, {}), 400, '/')
      expect(problem.errors).toContainEqual({ in: 'body', pointer: '/', detail: 'must name at least one property to change' })
      expect(await read(lesson.id)).toEqual(lesson)
    })

    it('a lesson id that is not a UUID is a 400 on every item route', async () => {
      for (const res of [await get('not-a-uuid'), await patch('not-a-uuid', { title: 'x' }), await remove('not-a-uuid')]) {
        expectProblem(res, 400, '/id')
      }
    })
  })

  describe('references to sites, themes and other items', () => {
    let archivedSite: Site
    let hiddenSolutionId: string
    let caseStudyId: string
    let solutionId: string

    beforeAll(async () => {
      archivedSite = await makeSite(app)
      const archived = await app.inject({ method: 'POST', url: `/v1/sites/${archivedSite.id}/archive`, headers: admin.headers })
      expect(archived.statusCode, archived.body).toBe(200)
      const retired = await app.inject({ method: 'POST', url: '/v1/themes/procurement/retire', headers: admin.headers })
      expect(retired.statusCode, retired.body).toBe(200)
      hiddenSolutionId = await makeItem('/v1/solutions', otherContributor, siteB.id)
      caseStudyId = await makeItem('/v1/case-studies')
      solutionId = await makeItem('/v1/solutions')
    })

    const badReferences: [string, () => Body, string, RegExp][] = [
      ['an unknown site', () => ({ siteId: randomUUID() }), '/siteId', /is not a known site/],
      ['an archived site', () => ({ siteId: archivedSite.id }), '/siteId', /is an archived site/],
      ['an unknown theme', () => ({ themes: ['interoperability', 'astrology'] }), '/themes/1', /is not a current theme/],
      ['a retired theme', () => ({ themes: ['procurement'] }), '/themes/0', /is not a current theme/],
      ['an unknown related solution', () => ({ relatedSolutionIds: [randomUUID()] }), '/relatedSolutionIds/0', /is not a known solution/],
      [
        'a case study given as a related solution',
        () => ({ relatedSolutionIds: [caseStudyId] }),
        '/relatedSolutionIds/0',
        /is not a known solution/,
      ],
      [
        'a solution given as the second related case study',
        () => ({ relatedCaseStudyIds: [caseStudyId, solutionId] }),
        '/relatedCaseStudyIds/1',
        /is not a known case study/,
      ],
      [
        'another site’s draft solution, which the contributor cannot see',
        () => ({ relatedSolutionIds: [solutionId, hiddenSolutionId] }),
        '/relatedSolutionIds/1',
        /is not a known solution/,
      ],
    ]

    it.each(badReferences)(
      'creating a lesson with %s is a 400 naming the field, and nothing is created',
      async (_label, change, pointer, detail) => {
        const before = await lessonsOfSite(siteC.id)
        const problem = expectProblem(await post({ ...validBody.lesson(siteC.id), ...change() }), 400, pointer)
        expect(problem.detail).toMatch(detail)
        expect(await lessonsOfSite(siteC.id)).toEqual(before)
      },
    )

    it.each(badReferences)(
      'changing a lesson to point at %s is a 400 naming the field, and changes nothing',
      async (_label, change, pointer, detail) => {
        const lesson = await createLesson()
        expect(expectProblem(await patch(lesson.id, change()), 400, pointer).detail).toMatch(detail)
        expect(await read(lesson.id)).toEqual(lesson)
      },
    )

    it('a lesson cannot list itself as a related solution', async () => {
      const lesson = await createLesson()
      const problem = expectProblem(await patch(lesson.id, { relatedSolutionIds: [lesson.id] }), 400, '/relatedSolutionIds/0')
      expect(problem.detail).toMatch(/cannot point at the item itself/)
      expect(await read(lesson.id)).toEqual(lesson)
    })

    it('a contributor may relate their lesson to another site’s published solution', async () => {
      const published = await makeItem('/v1/solutions', otherContributor, siteB.id)
      await setStatus(app, published, 'published')
      const lesson = await createLesson({ relatedSolutionIds: [published] })
      expect(lesson.relatedSolutionIds).toEqual([published])
    })
  })
})
