import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import type { ContentStatus, Page, Site, Solution, SolutionCreate } from '@learnonce/contracts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { type TestApp, testApp } from '../../test/app.js'
import { makeSite, type SignedIn, setStatus } from '../../test/factories.js'
import { castFor, expectProblem, itemRoutes, notDraft, uuidV7, validBody } from './content-fixtures.js'

type Body = Record<string, unknown>

describe('solutions', () => {
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
    '/v1/solutions',
    () => ({ writer: contributor, reader: curator }),
  )

  const createSolution = async (overrides: Partial<SolutionCreate> = {}, who: SignedIn = contributor): Promise<Solution> => {
    const res = await post({ ...validBody.solution(siteA.id), ...overrides }, who)
    expect(res.statusCode, res.body).toBe(201)
    return res.json<Solution>()
  }
  const read = async (id: string): Promise<Solution> => {
    const res = await get(id)
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Solution>()
  }
  const solutionsOfSite = async (siteId: string): Promise<Solution[]> => {
    const res = await app.inject({ method: 'GET', url: `/v1/solutions?siteId=${siteId}&limit=100`, headers: curator.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Page<Solution>>().data
  }
  /** Another site's solution, made by its contributor and put in `status`. */
  const solutionOfSiteB = async (status: ContentStatus): Promise<Solution> => {
    const solution = await createSolution({ siteId: siteB.id }, otherContributor)
    await setStatus(app, solution.id, status)
    return solution
  }

  describe('creating a solution', () => {
    it('a contributor creates a draft solution at its Location, version 1, authored by them, with every field as sent', async () => {
      const original = await solutionOfSiteB('published')
      const body = {
        ...validBody.solution(siteA.id),
        description: '## How it works\n\nA shared inbox, triaged *twice* a day.\n\n```\nrule: urgent -> 2h\n```\n',
        howToAdopt: '1. Sign the DPA\n2. Copy the triage rota  \n',
        maturity: 'piloted',
        themes: ['workforce-and-training', 'interoperability'],
        careSettings: ['primary', 'community'],
        tags: ['referrals', 'e-RS'],
        artefacts: [
          { title: 'Triage rota template', url: 'https://example.nhs.uk/rota.xlsx', kind: 'template' },
          { title: 'Data processing agreement', url: 'https://example.nhs.uk/dpa.docx', kind: 'agreement' },
        ],
        derivedFromId: original.id,
      } satisfies SolutionCreate
      const res = await post(body)
      expect(res.statusCode, res.body).toBe(201)
      const solution = res.json<Solution>()
      expect(solution).toEqual({
        ...body,
        id: expect.stringMatching(uuidV7),
        version: 1,
        createdAt: expect.any(String),
        updatedAt: solution.createdAt,
        authorId: contributor.user.id,
        adoptionCount: 0,
        adoptionsByMode: { replicate: 0, customise: 0, enhance: 0 },
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
      expect(res.headers.location).toBe(`/v1/solutions/${solution.id}`)
      expect(await read(solution.id)).toEqual(solution)
    })

    it('a new solution sent with only a title, problem and site is an idea with no adoptions, artefacts or origin', async () => {
      const body = validBody.solution(siteA.id)
      expect(await createSolution(body)).toMatchObject({
        ...body,
        description: '',
        howToAdopt: '',
        maturity: 'idea',
        themes: [],
        careSettings: [],
        tags: [],
        artefacts: [],
        derivedFromId: null,
        adoptionCount: 0,
        adoptionsByMode: { replicate: 0, customise: 0, enhance: 0 },
      })
    })

    it.each([
      ['curator', () => curator],
      ['admin', () => admin],
    ])('a %s can create a solution for any site and is its author', async (_role, who) => {
      const solution = await createSolution({ siteId: siteB.id }, who())
      expect(solution).toMatchObject({ siteId: siteB.id, authorId: who().user.id, status: 'draft' })
    })
  })

  describe('derived solutions', () => {
    it.each([
      ['their own site’s draft', async () => createSolution()],
      ['another site’s published solution', async () => solutionOfSiteB('published')],
    ])('a contributor can derive a solution from %s', async (_label, original) => {
      const { id } = await original()
      const solution = await createSolution({ derivedFromId: id })
      expect(solution.derivedFromId).toBe(id)
    })

    it('the solution a solution was derived from can be changed, and cleared with null', async () => {
      const first = await createSolution()
      const second = await createSolution()
      const solution = await createSolution({ derivedFromId: first.id })
      const changed = await patch(solution.id, { derivedFromId: second.id })
      expect(changed.statusCode, changed.body).toBe(200)
      expect(changed.json()).toMatchObject({ derivedFromId: second.id, version: 2 })
      const cleared = await patch(solution.id, { derivedFromId: null })
      expect(cleared.json()).toMatchObject({ derivedFromId: null, version: 3 })
      expect((await read(solution.id)).derivedFromId).toBeNull()
    })

    it('deleting the draft a solution was derived from leaves that solution with no parent, never a dangling id', async () => {
      const parent = await createSolution()
      const child = await createSolution({ derivedFromId: parent.id })
      expect((await remove(parent.id)).statusCode).toBe(204)
      expect((await read(child.id)).derivedFromId).toBeNull()
    })
  })

  describe('changing a solution', () => {
    it('changing one field bumps the version and updatedAt and leaves every other field as it was', async () => {
      const before = await createSolution({ description: 'First cut.', themes: ['procurement'], careSettings: ['acute'] })
      await sleep(5)
      const res = await patch(before.id, { maturity: 'proven' })
      expect(res.statusCode, res.body).toBe(200)
      const after = res.json<Solution>()
      expect(after).toEqual({ ...before, maturity: 'proven', version: 2, updatedAt: expect.any(String) })
      expect(new Date(after.updatedAt).getTime()).toBeGreaterThan(new Date(before.updatedAt).getTime())
      expect(await read(before.id)).toEqual(after)
    })

    it('the problem, artefacts and classification are replaced as sent', async () => {
      const solution = await createSolution({
        artefacts: [{ title: 'Old toolkit', url: 'https://example.org/old', kind: 'toolkit' }],
        themes: ['clinical-safety'],
        tags: ['old'],
      })
      const change = {
        problem: 'Referral letters are lost between systems.',
        artefacts: [{ title: 'Dataset', url: 'http://example.org/data.csv', kind: 'dataset' }],
        themes: ['technical-architecture'],
        careSettings: ['ambulance'],
        tags: [],
      }
      const res = await patch(solution.id, change)
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toEqual({ ...solution, ...change, version: 2, updatedAt: expect.any(String) })
    })

    it('a contributor can move their solution to another site they are a member of', async () => {
      const solution = await createSolution()
      const res = await patch(solution.id, { siteId: siteC.id })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({ siteId: siteC.id })
      expect((await solutionsOfSite(siteC.id)).map((item) => item.id)).toContain(solution.id)
    })
  })

  describe('deleting a solution', () => {
    it('deleting a draft answers 204, and then the solution is gone for everyone', async () => {
      const solution = await createSolution()
      const res = await remove(solution.id)
      expect(res.statusCode, res.body).toBe(204)
      expectProblem(await get(solution.id, contributor), 404)
      expectProblem(await get(solution.id, curator), 404)
      expectProblem(await remove(solution.id), 404)
    })

    it.each(notDraft)('a %s solution cannot be deleted (409), by its contributor or a curator, and stays as it was', async (status) => {
      const solution = await createSolution()
      await setStatus(app, solution.id, status)
      const before = await read(solution.id)
      expect(expectProblem(await remove(solution.id), 409).detail).toMatch(/Only drafts can be deleted/)
      expectProblem(await remove(solution.id, curator), 409)
      expect(await read(solution.id)).toEqual(before)
    })
  })

  describe('who may do what', () => {
    const routes = [
      ['GET', '/v1/solutions'],
      ['POST', '/v1/solutions'],
      ['GET', '/v1/solutions/:id'],
      ['PATCH', '/v1/solutions/:id'],
      ['DELETE', '/v1/solutions/:id'],
    ] as const

    it.each(routes)('%s %s answers 401 to a caller who has not signed in, and changes nothing', async (method, route) => {
      const solution = await createSolution()
      const payload = method === 'POST' ? validBody.solution(siteA.id) : method === 'PATCH' ? { title: 'Sneaky' } : undefined
      const res = await app.inject({ method, url: route.replace(':id', solution.id), ...(payload ? { payload } : {}) })
      expectProblem(res, 401)
      expect(await read(solution.id)).toEqual(solution)
    })

    it('a contributor cannot create a solution for a site they are not a member of (403), and none is created', async () => {
      const before = await solutionsOfSite(siteB.id)
      expect(expectProblem(await post(validBody.solution(siteB.id)), 403).detail).toContain(siteB.id)
      expect(await solutionsOfSite(siteB.id)).toEqual(before)
    })

    it('a contributor cannot move their solution to a site they are not a member of (403), and it stays where it was', async () => {
      const solution = await createSolution()
      expectProblem(await patch(solution.id, { siteId: siteB.id }), 403)
      expect(await read(solution.id)).toEqual(solution)
    })

    it.each(['draft', 'changes_requested'] as const)('a contributor can edit their site’s solution while it is %s', async (status) => {
      const solution = await createSolution()
      await setStatus(app, solution.id, status)
      const res = await patch(solution.id, { howToAdopt: 'Call us first.' })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({ status, howToAdopt: 'Call us first.', version: 2 })
    })

    it.each(notDraft.filter((status) => status !== 'changes_requested'))(
      'a contributor cannot edit their site’s solution once it is %s (403), and it stays as it was',
      async (status) => {
        const solution = await createSolution()
        await setStatus(app, solution.id, status)
        const before = await read(solution.id)
        expectProblem(await patch(solution.id, { maturity: 'scaled' }), 403)
        expect(await read(solution.id)).toEqual(before)
      },
    )

    it.each(['draft', ...notDraft] as const)('a curator can edit another site’s %s solution', async (status) => {
      const solution = await solutionOfSiteB(status)
      const res = await patch(solution.id, { maturity: 'scaled' }, curator)
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({ status, maturity: 'scaled', version: 2, authorId: otherContributor.user.id })
    })

    it.each(['draft', 'submitted', 'changes_requested'] as const)(
      'a contributor of another site cannot see, change or delete a %s solution (404 each time)',
      async (status) => {
        const solution = await solutionOfSiteB(status)
        const before = await read(solution.id)
        expect(expectProblem(await get(solution.id, contributor), 404).detail).toBe('Solution was not found.')
        expectProblem(await patch(solution.id, { title: 'Not mine' }, contributor), 404)
        expectProblem(await remove(solution.id, contributor), 404)
        expect(await read(solution.id)).toEqual(before)
      },
    )

    it('a contributor of another site reads a published solution but cannot change it (403) or delete it (409)', async () => {
      const solution = await solutionOfSiteB('published')
      const before = await read(solution.id)
      expect((await get(solution.id, contributor)).json()).toEqual(before)
      expectProblem(await patch(solution.id, { title: 'Not mine' }), 403)
      expectProblem(await remove(solution.id), 409)
      expect(await read(solution.id)).toEqual(before)
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
    const artefact = (overrides: Body) => ({ title: 'Template', url: 'https://example.org/t', kind: 'template', ...overrides })

    const badCreates: [string, (body: Body) => Body, string][] = [
      ['a missing title', without('title'), '/title'],
      ['a missing problem', without('problem'), '/problem'],
      ['a missing site', without('siteId'), '/siteId'],
      ['a problem over 2000 characters', withField('problem', 'x'.repeat(2001)), '/problem'],
      ['a title over 200 characters', withField('title', 'x'.repeat(201)), '/title'],
      ['a description that is a number', withField('description', 7), '/description'],
      ['an unknown maturity', withField('maturity', 'mature'), '/maturity'],
      ['an unknown care setting', withField('careSettings', ['secondary']), '/careSettings/0'],
      ['an artefact of an unknown kind', withField('artefacts', [artefact({ kind: 'spreadsheet' })]), '/artefacts/0/kind'],
      ['an artefact that is not http(s)', withField('artefacts', [artefact({ url: 'ftp://example.org/t' })]), '/artefacts/0/url'],
      ['a derived-from id that is not a UUID', withField('derivedFromId', 'the old one'), '/derivedFromId'],
      ['a summary (solutions have a problem)', withField('summary', 'x'), '/summary'],
      ['links (solutions have artefacts)', withField('links', []), '/links'],
      ['a journey stage (solutions have none)', withField('journeyStage', 'vision'), '/journeyStage'],
      ['an adoption count', withField('adoptionCount', 3), '/adoptionCount'],
    ]

    it.each(badCreates)(
      'creating a solution with %s is a 400 naming the field, and nothing is created',
      async (_label, change, pointer) => {
        const site = await makeSite(app)
        expectProblem(await post(change(validBody.solution(site.id)), curator), 400, pointer)
        expect(await solutionsOfSite(site.id)).toEqual([])
      },
    )

    const badChanges: [string, Body, string, string][] = [
      ['a status', { status: 'published' }, '/status', 'is not a known property'],
      ['a published date', { publishedAt: new Date().toISOString() }, '/publishedAt', 'is not a known property'],
      ['an assignee', { assigneeId: randomUUID() }, '/assigneeId', 'is not a known property'],
      ['adoptions by mode', { adoptionsByMode: { replicate: 9, customise: 0, enhance: 0 } }, '/adoptionsByMode', 'is not a known property'],
      ['an unknown maturity', { maturity: 'legendary' }, '/maturity', 'must be one of: idea, piloted, proven, scaled'],
    ]

    it.each(badChanges)('a PATCH that sets %s is a 400 naming the field, and changes nothing', async (_label, payload, pointer, detail) => {
      const solution = await createSolution()
      const problem = expectProblem(await patch(solution.id, { title: 'Also this', ...payload }, curator), 400, pointer)
      expect(problem.errors).toContainEqual({ in: 'body', pointer, detail })
      expect(await read(solution.id)).toEqual(solution)
    })

    it('an empty PATCH is a 400 asking for at least one property', async () => {
      const solution = await createSolution()
      expectProblem(await patch(solution.id, {}), 400, '/')
      expect(await read(solution.id)).toEqual(solution)
    })
  })

  describe('references to sites, themes and other items', () => {
    let archivedSite: Site
    let lessonId: string
    let hiddenSolutionId: string
    let archivedSolutionId: string

    beforeAll(async () => {
      archivedSite = await makeSite(app)
      const archived = await app.inject({ method: 'POST', url: `/v1/sites/${archivedSite.id}/archive`, headers: admin.headers })
      expect(archived.statusCode, archived.body).toBe(200)
      const retired = await app.inject({ method: 'POST', url: '/v1/themes/digital-inclusion/retire', headers: admin.headers })
      expect(retired.statusCode, retired.body).toBe(200)
      const lesson = await app.inject({ method: 'POST', url: '/v1/lessons', headers: curator.headers, payload: validBody.lesson(siteA.id) })
      lessonId = lesson.json<{ id: string }>().id
      hiddenSolutionId = (await solutionOfSiteB('in_review')).id
      archivedSolutionId = (await solutionOfSiteB('archived')).id
    })

    const badReferences: [string, () => Body, string, RegExp][] = [
      ['an unknown site', () => ({ siteId: randomUUID() }), '/siteId', /is not a known site/],
      ['an archived site', () => ({ siteId: archivedSite.id }), '/siteId', /is an archived site/],
      ['an unknown theme', () => ({ themes: ['evaluation', 'astrology'] }), '/themes/1', /is not a current theme/],
      ['a retired theme', () => ({ themes: ['digital-inclusion'] }), '/themes/0', /is not a current theme/],
      ['an unknown solution to derive from', () => ({ derivedFromId: randomUUID() }), '/derivedFromId', /is not a known solution/],
      ['a lesson to derive from', () => ({ derivedFromId: lessonId }), '/derivedFromId', /is not a known solution/],
      [
        'another site’s solution under review, which the contributor cannot see',
        () => ({ derivedFromId: hiddenSolutionId }),
        '/derivedFromId',
        /is not a known solution/,
      ],
      [
        'another site’s archived solution, which only its own site still sees',
        () => ({ derivedFromId: archivedSolutionId }),
        '/derivedFromId',
        /is not a known solution/,
      ],
    ]

    it.each(badReferences)(
      'creating a solution with %s is a 400 naming the field, and nothing is created',
      async (_label, change, pointer, detail) => {
        const before = await solutionsOfSite(siteC.id)
        const problem = expectProblem(await post({ ...validBody.solution(siteC.id), ...change() }), 400, pointer)
        expect(problem.detail).toMatch(detail)
        expect(await solutionsOfSite(siteC.id)).toEqual(before)
      },
    )

    it.each(badReferences)(
      'changing a solution to point at %s is a 400 naming the field, and changes nothing',
      async (_label, change, pointer, detail) => {
        const solution = await createSolution()
        expect(expectProblem(await patch(solution.id, change()), 400, pointer).detail).toMatch(detail)
        expect(await read(solution.id)).toEqual(solution)
      },
    )

    it('a solution cannot be derived from itself', async () => {
      const solution = await createSolution()
      const problem = expectProblem(await patch(solution.id, { derivedFromId: solution.id }), 400, '/derivedFromId')
      expect(problem.detail).toMatch(/cannot point at the item itself/)
      expect(await read(solution.id)).toEqual(solution)
    })
  })
})
