import { setTimeout as sleep } from 'node:timers/promises'
import {
  type CaseStudy,
  type ContentStatus,
  contentStatuses,
  type Lesson,
  type LessonCreate,
  type Page,
  type Site,
  type Solution,
} from '@learnonce/contracts'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { App } from '../../app.js'
import { type TestApp, testApp } from '../../test/app.js'
import { makeSite, type SignedIn, setStatus, signIn } from '../../test/factories.js'
import { expectProblem, validBody } from './content-fixtures.js'

/*
 * What the three content lists share: who sees what (item and list alike), related ids, keyset
 * paging, filters, ranked search, and a constant query count per page. CRUD and field validation
 * live in lessons/case-studies/solutions.test.ts.
 */

type Query = Record<string, string>
interface Item {
  id: string
}

const urlOf = (path: string, query: Query = {}) => {
  const search = new URLSearchParams(query).toString()
  return search ? `${path}?${search}` : path
}

function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`)
  return value
}

async function create<T extends Item>(app: App, who: SignedIn, path: string, payload: object): Promise<T> {
  const res = await app.inject({ method: 'POST', url: path, headers: who.headers, payload })
  expect(res.statusCode, res.body).toBe(201)
  return res.json<T>()
}

async function read(app: App, who: SignedIn, path: string, id: string) {
  return app.inject({ method: 'GET', url: `${path}/${id}`, headers: who.headers })
}

async function listPage<T extends Item = Item>(app: App, who: SignedIn, path: string, query: Query = {}) {
  const res = await app.inject({ method: 'GET', url: urlOf(path, query), headers: who.headers })
  expect(res.statusCode, res.body).toBe(200)
  return { page: res.json<Page<T>>(), link: res.headers.link as string | undefined }
}

/** Every page of a list, following nextCursor; the ids in the order they were listed. */
async function listAll(app: App, who: SignedIn, path: string, query: Query = {}): Promise<string[]> {
  const ids: string[] = []
  let cursor: string | null = null
  for (let pages = 0; pages === 0 || cursor; pages++) {
    if (pages > 100) throw new Error('the list never ended')
    const { page }: { page: Page<Item> } = await listPage(app, who, path, cursor ? { ...query, cursor } : query)
    ids.push(...page.data.map((item) => item.id))
    cursor = page.nextCursor
  }
  return ids
}

const newestFirst = (items: Item[]) => items.map((item) => item.id).reverse()

describe('who sees which content, in the item and in every list', () => {
  let t: TestApp
  let app: App
  let siteA: Site
  let siteB: Site
  let siteC: Site
  const people: Record<string, SignedIn> = {}
  /** One lesson per workflow state at site A, all alike apart from their state. */
  const lessonIn = {} as Record<ContentStatus, Lesson>
  const caseStudyIn = {} as Record<ContentStatus, CaseStudy>
  const solutionIn = {} as Record<ContentStatus, Solution>
  const word = 'quokkaboard'
  let startedAt: string

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    startedAt = new Date(Date.now() - 1000).toISOString()
    siteA = await makeSite(app, { region: 'north_west' })
    siteB = await makeSite(app, { region: 'london' })
    siteC = await makeSite(app, { region: 'midlands' })
    people.admin = await signIn(app, 'admin')
    people.curator = await signIn(app, 'curator')
    people.memberA = await signIn(app, 'contributor', [siteA.id])
    people.memberB = await signIn(app, 'contributor', [siteB.id])
    people.memberC = await signIn(app, 'contributor', [siteC.id])
    people.nobody = await signIn(app, 'contributor', [])
    const shared = {
      themes: ['clinical-safety'],
      careSettings: ['acute' as const],
      journeyStage: 'implementation' as const,
      tags: ['matrix'],
    }
    for (const status of contentStatuses) {
      const lesson = await create<Lesson>(app, people.memberA as SignedIn, '/v1/lessons', {
        ...validBody.lesson(siteA.id),
        ...shared,
        summary: `The ${word} went round every ward.`,
      })
      await setStatus(app, lesson.id, status)
      lessonIn[status] = lesson
      // Case studies belong to two sites here: a member of either sees every state.
      const caseStudy = await create<CaseStudy>(app, people.curator as SignedIn, '/v1/case-studies', {
        ...validBody.caseStudy([siteA.id, siteB.id]),
        ...shared,
        summary: `The ${word} spread to a second site.`,
      })
      await setStatus(app, caseStudy.id, status)
      caseStudyIn[status] = caseStudy
      const solution = await create<Solution>(app, people.memberA as SignedIn, '/v1/solutions', {
        ...validBody.solution(siteA.id),
        themes: shared.themes,
        careSettings: shared.careSettings,
        tags: shared.tags,
        maturity: 'piloted',
        problem: `Nobody could see the ${word}.`,
      })
      await setStatus(app, solution.id, status)
      solutionIn[status] = solution
    }
  })
  afterAll(() => t.close())

  const seesEverything = new Set(['admin', 'curator'])

  /** Every way a list can be narrowed; a hidden item must be absent from all of them. */
  const listsFor = (status: ContentStatus, extra: Query = {}): Query[] => [
    { limit: '3' },
    { status },
    { siteId: siteA.id },
    { region: 'north_west' },
    { theme: 'clinical-safety' },
    { careSetting: 'acute' },
    { tag: 'matrix' },
    { q: word },
    { q: word, limit: '1' },
    { updatedSince: startedAt },
    { status, siteId: siteA.id, theme: 'clinical-safety', q: word },
    extra,
  ]

  async function expectVisibility(who: SignedIn, path: string, item: Item, status: ContentStatus, sees: boolean, extra: Query = {}) {
    const res = await read(app, who, path, item.id)
    if (sees) {
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json<Item>().id).toBe(item.id)
    } else {
      expect(expectProblem(res, 404).detail).toMatch(/was not found/)
    }
    for (const query of listsFor(status, extra)) {
      const listed = await listAll(app, who, path, query)
      expect(listed.includes(item.id), `listed by ${JSON.stringify(query)}`).toBe(sees)
      expect(new Set(listed).size, 'no row listed twice').toBe(listed.length)
    }
  }

  describe('lessons: role × state', () => {
    const viewers = [
      ['an admin', 'admin'],
      ['a curator', 'curator'],
      ['a contributor of its site', 'memberA'],
      ['a contributor of another site', 'memberB'],
      ['a contributor with no sites', 'nobody'],
    ] as const
    const matrix = viewers.flatMap(([viewer, key]) =>
      contentStatuses.map((status) => {
        const sees = seesEverything.has(key) || key === 'memberA' || status === 'published'
        return { name: `${viewer} ${sees ? 'sees' : 'does not see'} a ${status} lesson`, key, status, sees }
      }),
    )

    it.each(matrix)('$name (item and every list, filter and search)', async ({ key, status, sees }) => {
      await expectVisibility(must(people[key]), '/v1/lessons', lessonIn[status], status, sees, { journeyStage: 'implementation' })
    })

    it.each(viewers)('%s pages through exactly the lessons they may see', async (_viewer, key) => {
      const expected = contentStatuses
        .filter((status) => seesEverything.has(key) || key === 'memberA' || status === 'published')
        .map((status) => lessonIn[status].id)
      expect(await listAll(app, must(people[key]), '/v1/lessons', { limit: '2' })).toEqual([...expected].reverse())
    })
  })

  describe('case studies: a member of any of its sites sees it', () => {
    const viewers = [
      ['a curator', 'curator'],
      ['a contributor of its first site', 'memberA'],
      ['a contributor of its second site', 'memberB'],
      ['a contributor of a third site', 'memberC'],
      ['a contributor with no sites', 'nobody'],
    ] as const
    const states: ContentStatus[] = ['draft', 'in_review', 'changes_requested', 'published', 'rejected', 'archived']
    const matrix = viewers.flatMap(([viewer, key]) =>
      states.map((status) => {
        const sees = key === 'curator' || key === 'memberA' || key === 'memberB' || status === 'published'
        return { name: `${viewer} ${sees ? 'sees' : 'does not see'} a ${status} case study`, key, status, sees }
      }),
    )

    it.each(matrix)('$name', async ({ key, status, sees }) => {
      await expectVisibility(must(people[key]), '/v1/case-studies', caseStudyIn[status], status, sees, { siteId: siteB.id })
    })
  })

  describe('solutions: as for lessons', () => {
    const viewers = [
      ['a curator', 'curator'],
      ['a contributor of its site', 'memberA'],
      ['a contributor of another site', 'memberB'],
      ['a contributor with no sites', 'nobody'],
    ] as const
    const states: ContentStatus[] = ['draft', 'submitted', 'published', 'duplicate', 'archived']
    const matrix = viewers.flatMap(([viewer, key]) =>
      states.map((status) => {
        const sees = key === 'curator' || key === 'memberA' || status === 'published'
        return { name: `${viewer} ${sees ? 'sees' : 'does not see'} a ${status} solution`, key, status, sees }
      }),
    )

    it.each(matrix)('$name', async ({ key, status, sees }) => {
      await expectVisibility(must(people[key]), '/v1/solutions', solutionIn[status], status, sees, { maturity: 'piloted' })
    })
  })
})

describe('related ids never reveal an item the reader may not see', () => {
  let t: TestApp
  let app: App
  let curator: SignedIn
  let lessonSiteMember: SignedIn
  let solutionSiteMember: SignedIn
  let thirdSiteMember: SignedIn
  let nobody: SignedIn
  let lessonSite: Site
  let draftSolution: Solution
  let publishedSolution: Solution
  let reviewedCaseStudy: CaseStudy
  let lesson: Lesson
  let draftLesson: Lesson
  let caseStudyOnThirdSite: CaseStudy

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    lessonSite = await makeSite(app)
    const solutionSite = await makeSite(app)
    const thirdSite = await makeSite(app)
    curator = await signIn(app, 'curator')
    lessonSiteMember = await signIn(app, 'contributor', [lessonSite.id])
    solutionSiteMember = await signIn(app, 'contributor', [solutionSite.id])
    thirdSiteMember = await signIn(app, 'contributor', [thirdSite.id])
    nobody = await signIn(app, 'contributor')
    draftSolution = await create<Solution>(app, solutionSiteMember, '/v1/solutions', validBody.solution(solutionSite.id))
    publishedSolution = await create<Solution>(app, solutionSiteMember, '/v1/solutions', validBody.solution(solutionSite.id))
    await setStatus(app, publishedSolution.id, 'published')
    reviewedCaseStudy = await create<CaseStudy>(app, solutionSiteMember, '/v1/case-studies', validBody.caseStudy([solutionSite.id]))
    await setStatus(app, reviewedCaseStudy.id, 'in_review')
    // Only a curator can see all three to link them.
    lesson = await create<Lesson>(app, curator, '/v1/lessons', {
      ...validBody.lesson(lessonSite.id),
      relatedSolutionIds: [draftSolution.id, publishedSolution.id],
      relatedCaseStudyIds: [reviewedCaseStudy.id],
    })
    await setStatus(app, lesson.id, 'published')
    draftLesson = await create<Lesson>(app, lessonSiteMember, '/v1/lessons', validBody.lesson(lessonSite.id))
    caseStudyOnThirdSite = await create<CaseStudy>(app, curator, '/v1/case-studies', {
      ...validBody.caseStudy([thirdSite.id]),
      relatedLessonIds: [draftLesson.id, lesson.id],
      relatedSolutionIds: [draftSolution.id],
    })
    await setStatus(app, caseStudyOnThirdSite.id, 'published')
  })
  afterAll(() => t.close())

  const sorted = (ids: string[]) => [...ids].sort()

  const readers = () =>
    [
      ['a curator', curator, true],
      ["a contributor of the solution's site", solutionSiteMember, true],
      ["a contributor of the lesson's site", lessonSiteMember, false],
      ['a contributor of a third site', thirdSiteMember, false],
      ['a contributor with no sites', nobody, false],
    ] as const
  const readerNames = [
    ['a curator', 0],
    ["a contributor of the solution's site", 1],
    ["a contributor of the lesson's site", 2],
    ['a contributor of a third site', 3],
    ['a contributor with no sites', 4],
  ] as const

  it.each(readerNames)(
    '%s sees the draft solution and in-review case study a published lesson links to only if they may see them',
    async (_name, index) => {
      const [, who, seesHidden] = must(readers()[index])
      const solutions = seesHidden ? [draftSolution.id, publishedSolution.id] : [publishedSolution.id]
      const caseStudies = seesHidden ? [reviewedCaseStudy.id] : []
      const res = await read(app, who, '/v1/lessons', lesson.id)
      expect(res.statusCode, res.body).toBe(200)
      const item = res.json<Lesson>()
      expect(sorted(item.relatedSolutionIds)).toEqual(sorted(solutions))
      expect(item.relatedCaseStudyIds).toEqual(caseStudies)
      // Lists carry related ids only when asked for them, and then filtered the same way.
      const { page } = await listPage<Lesson>(app, who, '/v1/lessons', {
        siteId: lessonSite.id,
        status: 'published',
        fields: 'relatedSolutionIds,relatedCaseStudyIds',
      })
      const listed = must(
        page.data.find((row) => row.id === lesson.id),
        'the lesson in the list',
      )
      expect(sorted(listed.relatedSolutionIds)).toEqual(sorted(solutions))
      expect(listed.relatedCaseStudyIds).toEqual(caseStudies)
      if (!seesHidden) {
        expect(res.body).not.toContain(draftSolution.id)
        expect(res.body).not.toContain(reviewedCaseStudy.id)
      }
    },
  )

  it("a published case study shows a draft lesson and draft solution it links to only to their sites' contributors and curators", async () => {
    const relatedFor = async (who: SignedIn) => {
      const res = await read(app, who, '/v1/case-studies', caseStudyOnThirdSite.id)
      expect(res.statusCode, res.body).toBe(200)
      const item = res.json<CaseStudy>()
      return { lessons: sorted(item.relatedLessonIds), solutions: item.relatedSolutionIds }
    }
    expect(await relatedFor(curator)).toEqual({ lessons: sorted([draftLesson.id, lesson.id]), solutions: [draftSolution.id] })
    expect(await relatedFor(lessonSiteMember)).toEqual({ lessons: sorted([draftLesson.id, lesson.id]), solutions: [] })
    expect(await relatedFor(solutionSiteMember)).toEqual({ lessons: [lesson.id], solutions: [draftSolution.id] })
    expect(await relatedFor(thirdSiteMember)).toEqual({ lessons: [lesson.id], solutions: [] })
  })

  it('once the linked solution is published, every reader sees the link', async () => {
    const solution = await create<Solution>(app, curator, '/v1/solutions', validBody.solution(lessonSite.id))
    const linking = await create<Lesson>(app, curator, '/v1/lessons', {
      ...validBody.lesson(lessonSite.id),
      relatedSolutionIds: [solution.id],
    })
    await setStatus(app, linking.id, 'published')
    expect((await read(app, nobody, '/v1/lessons', linking.id)).json<Lesson>().relatedSolutionIds).toEqual([])
    await setStatus(app, solution.id, 'published')
    expect((await read(app, nobody, '/v1/lessons', linking.id)).json<Lesson>().relatedSolutionIds).toEqual([solution.id])
  })
})

describe('paging through a list', () => {
  let t: TestApp
  let app: App
  let curator: SignedIn
  let author: SignedIn
  let outsider: SignedIn
  let site: Site
  let lessons: Lesson[]
  const publishedIndex = (index: number) => index % 3 === 0

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    site = await makeSite(app)
    const otherSite = await makeSite(app)
    curator = await signIn(app, 'curator')
    author = await signIn(app, 'contributor', [site.id])
    outsider = await signIn(app, 'contributor', [otherSite.id])
    lessons = []
    for (let index = 0; index < 25; index++) {
      const lesson = await create<Lesson>(app, author, '/v1/lessons', validBody.lesson(site.id))
      if (publishedIndex(index)) await setStatus(app, lesson.id, 'published')
      lessons.push(lesson)
    }
  })
  afterAll(() => t.close())

  /** Pages of `limit`, following nextCursor: each page's ids and whether it linked to a next one. */
  async function pagesOf(who: SignedIn, query: Query) {
    const pages: { ids: string[]; link: string | undefined; nextCursor: string | null }[] = []
    let cursor: string | null = null
    do {
      const { page, link }: { page: Page<Item>; link: string | undefined } = await listPage(
        app,
        who,
        '/v1/lessons',
        cursor ? { ...query, cursor } : query,
      )
      pages.push({ ids: page.data.map((item) => item.id), link, nextCursor: page.nextCursor })
      cursor = page.nextCursor
    } while (cursor && pages.length < 50)
    return pages
  }

  const viewers = [
    ['a curator', () => curator, 25],
    ['the contributor whose site wrote them', () => author, 25],
    ['a contributor of another site', () => outsider, 9],
  ] as const

  it.each(viewers)('%s visits every lesson they may see exactly once, newest first, 7 at a time', async (_name, who, count) => {
    const pages = await pagesOf(who(), { limit: '7' })
    const expected = newestFirst(lessons.filter((_lesson, index) => count === 25 || publishedIndex(index)))
    expect(expected).toHaveLength(count)
    expect(pages.flatMap((page) => page.ids)).toEqual(expected)
    expect(pages.map((page) => page.ids.length)).toEqual(count === 25 ? [7, 7, 7, 4] : [7, 2])
    expect(pages.map((page) => page.nextCursor === null)).toEqual(pages.map((_page, index) => index === pages.length - 1))
  })

  it('the Link header leads through the same pages as nextCursor, keeping the filters', async () => {
    const byCursor = await pagesOf(curator, { limit: '4', status: 'published' })
    const byLink: string[][] = []
    let next: string | undefined = `/v1/lessons?limit=4&status=published`
    while (next) {
      const res = await app.inject({ method: 'GET', url: next, headers: curator.headers })
      expect(res.statusCode, res.body).toBe(200)
      byLink.push(res.json<Page<Lesson>>().data.map((item) => item.id))
      const link = res.headers.link as string | undefined
      if (link) {
        const match = must(/^<([^>]+)>; rel="next"$/.exec(link), 'a Link header')
        next = must(match[1])
        const target = new URL(next, 'http://api.test')
        expect(target.pathname).toBe('/v1/lessons')
        expect(Object.fromEntries(target.searchParams)).toMatchObject({ limit: '4', status: 'published' })
      } else {
        next = undefined
      }
      if (byLink.length > 50) throw new Error('the Link header never ended')
    }
    expect(byLink).toEqual(byCursor.map((page) => page.ids))
    expect(byLink.flat()).toEqual(newestFirst(lessons.filter((_lesson, index) => publishedIndex(index))))
    expect(byCursor.at(-1)?.link).toBeUndefined()
  })

  it('a list that ends exactly on a page boundary has no empty last page', async () => {
    const pages = await pagesOf(curator, { limit: '5' })
    expect(pages.map((page) => page.ids.length)).toEqual([5, 5, 5, 5, 5])
    expect(pages.at(-1)?.nextCursor).toBeNull()
    expect(pages.at(-1)?.link).toBeUndefined()
    const whole = await pagesOf(curator, { limit: '25' })
    expect(whole).toEqual([{ ids: newestFirst(lessons), link: undefined, nextCursor: null }])
  })

  it('without a limit a page holds 20', async () => {
    const { page, link } = await listPage(app, curator, '/v1/lessons')
    expect(page.data).toHaveLength(20)
    expect(page.nextCursor).toEqual(expect.any(String))
    expect(link).toMatch(/rel="next"/)
  })

  it('a lesson written while someone pages neither repeats nor shifts the rows they have not seen yet', async () => {
    const first = await listPage(app, curator, '/v1/lessons', { limit: '7' })
    const added = await create<Lesson>(app, author, '/v1/lessons', validBody.lesson(site.id))
    try {
      const rest = await listAll(app, curator, '/v1/lessons', { limit: '7', cursor: must(first.page.nextCursor) })
      expect([...first.page.data.map((item) => item.id), ...rest]).toEqual(newestFirst(lessons))
    } finally {
      const res = await app.inject({ method: 'DELETE', url: `/v1/lessons/${added.id}`, headers: curator.headers })
      expect(res.statusCode, res.body).toBe(204)
    }
  })

  const cursorOf = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url')
  it.each([
    ['the limit is above 100', { limit: '101' }, '/limit'],
    ['the limit is 0', { limit: '0' }, '/limit'],
    ['the limit is negative', { limit: '-1' }, '/limit'],
    ['the limit is not a number', { limit: 'ten' }, '/limit'],
    ['the cursor is garbage', { cursor: 'garbage!' }, '/cursor'],
    ['the cursor is longer than any we hand out', { cursor: 'a'.repeat(513) }, '/cursor'],
    ['the cursor is JSON but not a list position', { cursor: cursorOf({ id: 1 }) }, '/cursor'],
    ['the cursor does not hold an id', { cursor: cursorOf(['not-an-id']) }, '/cursor'],
    ['the cursor holds a number where the id goes', { cursor: cursorOf([42]) }, '/cursor'],
    ['a search cursor is used on the plain list', { cursor: cursorOf([0.5, '01900000-0000-7000-8000-000000000000']) }, '/cursor'],
    ['a plain cursor is used on a search', { q: 'rota', cursor: cursorOf(['01900000-0000-7000-8000-000000000000']) }, '/cursor'],
    ['a search cursor does not hold a rank', { q: 'rota', cursor: cursorOf(['high', '01900000-0000-7000-8000-000000000000']) }, '/cursor'],
  ])('a list is refused with 400 when %s', async (_case, query, pointer) => {
    const res = await app.inject({ method: 'GET', url: urlOf('/v1/lessons', query), headers: curator.headers })
    const problem = expectProblem(res, 400, pointer)
    expect(problem.errors?.find((error) => error.pointer === pointer)?.in).toBe('query')
  })

  it.each(['/v1/case-studies', '/v1/solutions'])('%s refuses a limit above 100 and a garbage cursor too', async (path) => {
    expectProblem(await app.inject({ method: 'GET', url: `${path}?limit=101`, headers: curator.headers }), 400, '/limit')
    expectProblem(await app.inject({ method: 'GET', url: `${path}?cursor=garbage!`, headers: curator.headers }), 400, '/cursor')
  })
})

describe('filters', () => {
  let t: TestApp
  let app: App
  let siteA: Site
  let siteB: Site
  let siteC: Site
  const people: Record<'curator' | 'memberB' | 'nobody', SignedIn> = {} as never

  type SiteKey = 'A' | 'B' | 'C'
  interface Spec {
    site: SiteKey
    themes: string[]
    careSettings: NonNullable<LessonCreate['careSettings']>
    journeyStage: LessonCreate['journeyStage']
    tags: string[]
    status: ContentStatus
  }
  // Sites A and C are in London, B in the North West.
  const specs: Spec[] = [
    { site: 'A', themes: ['clinical-safety'], careSettings: ['acute'], journeyStage: 'implementation', tags: ['ehr'], status: 'published' },
    {
      site: 'B',
      themes: ['interoperability', 'clinical-safety'],
      careSettings: ['primary', 'community'],
      journeyStage: 'vision',
      tags: ['ehr', 'gp'],
      status: 'draft',
    },
    {
      site: 'B',
      themes: ['data-quality'],
      careSettings: ['mental_health'],
      journeyStage: 'review_and_spread',
      tags: [],
      status: 'published',
    },
    { site: 'A', themes: [], careSettings: [], journeyStage: null, tags: ['gp'], status: 'in_review' },
    {
      site: 'C',
      themes: ['interoperability'],
      careSettings: ['acute'],
      journeyStage: 'implementation',
      tags: ['ehr'],
      status: 'submitted',
    },
    {
      site: 'C',
      themes: ['evaluation'],
      careSettings: ['social_care'],
      journeyStage: 'design_and_planning',
      tags: ['social'],
      status: 'published',
    },
  ]
  const regionOf: Record<SiteKey, string> = { A: 'london', B: 'north_west', C: 'london' }
  const lessons: Lesson[] = []

  let caseStudies: { both: CaseStudy; london: CaseStudy; draftNorthWest: CaseStudy }
  let solutions: Record<'root' | 'child' | 'draftChild' | 'grandchild' | 'plain', Solution>

  const siteId = (key: SiteKey) => ({ A: siteA, B: siteB, C: siteC })[key].id

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    siteA = await makeSite(app, { region: 'london' })
    siteB = await makeSite(app, { region: 'north_west' })
    siteC = await makeSite(app, { region: 'london' })
    people.curator = await signIn(app, 'curator')
    people.memberB = await signIn(app, 'contributor', [siteB.id])
    people.nobody = await signIn(app, 'contributor')
    for (const spec of specs) {
      const { status, site, ...fields } = spec
      const lesson = await create<Lesson>(app, people.curator, '/v1/lessons', { ...validBody.lesson(siteId(site)), ...fields })
      await setStatus(app, lesson.id, status)
      lessons.push(lesson)
    }
    const caseStudy = async (siteIds: string[], status: ContentStatus) => {
      const item = await create<CaseStudy>(app, people.curator, '/v1/case-studies', validBody.caseStudy(siteIds))
      await setStatus(app, item.id, status)
      return item
    }
    caseStudies = {
      both: await caseStudy([siteA.id, siteB.id], 'published'),
      london: await caseStudy([siteC.id], 'published'),
      draftNorthWest: await caseStudy([siteB.id], 'draft'),
    }
    const solution = async (site: SiteKey, status: ContentStatus, fields: Record<string, unknown>) => {
      const item = await create<Solution>(app, people.curator, '/v1/solutions', { ...validBody.solution(siteId(site)), ...fields })
      await setStatus(app, item.id, status)
      return item
    }
    const root = await solution('A', 'published', { maturity: 'proven' })
    const child = await solution('B', 'published', { maturity: 'piloted', derivedFromId: root.id })
    const draftChild = await solution('B', 'draft', { derivedFromId: root.id })
    const grandchild = await solution('C', 'published', { maturity: 'scaled', derivedFromId: child.id })
    const plain = await solution('A', 'published', {})
    solutions = { root, child, draftChild, grandchild, plain }
  })
  afterAll(() => t.close())

  const viewers = [
    ['a curator', 'curator'],
    ['a contributor of site B', 'memberB'],
    ['a contributor with no sites', 'nobody'],
  ] as const
  const visibleTo = (key: (typeof viewers)[number][1], site: SiteKey, status: ContentStatus) =>
    key === 'curator' || (key === 'memberB' && site === 'B') || status === 'published'

  const lessonFilters: [string, () => Query, (spec: Spec) => boolean][] = [
    ['status=published', () => ({ status: 'published' }), (spec) => spec.status === 'published'],
    ['status=draft', () => ({ status: 'draft' }), (spec) => spec.status === 'draft'],
    ['status=in_review', () => ({ status: 'in_review' }), (spec) => spec.status === 'in_review'],
    ['status=archived', () => ({ status: 'archived' }), () => false],
    ['theme=clinical-safety', () => ({ theme: 'clinical-safety' }), (spec) => spec.themes.includes('clinical-safety')],
    ['theme=interoperability', () => ({ theme: 'interoperability' }), (spec) => spec.themes.includes('interoperability')],
    ['theme=procurement', () => ({ theme: 'procurement' }), () => false],
    ['careSetting=acute', () => ({ careSetting: 'acute' }), (spec) => spec.careSettings.includes('acute')],
    ['careSetting=primary', () => ({ careSetting: 'primary' }), (spec) => spec.careSettings.includes('primary')],
    ['journeyStage=implementation', () => ({ journeyStage: 'implementation' }), (spec) => spec.journeyStage === 'implementation'],
    ['journeyStage=vision', () => ({ journeyStage: 'vision' }), (spec) => spec.journeyStage === 'vision'],
    ['siteId=A', () => ({ siteId: siteA.id }), (spec) => spec.site === 'A'],
    ['siteId=B', () => ({ siteId: siteB.id }), (spec) => spec.site === 'B'],
    ['region=london', () => ({ region: 'london' }), (spec) => regionOf[spec.site] === 'london'],
    ['region=north_west', () => ({ region: 'north_west' }), (spec) => regionOf[spec.site] === 'north_west'],
    ['region=south_west', () => ({ region: 'south_west' }), () => false],
    ['tag=ehr', () => ({ tag: 'ehr' }), (spec) => spec.tags.includes('ehr')],
    ['tag=gp', () => ({ tag: 'gp' }), (spec) => spec.tags.includes('gp')],
    [
      'theme=clinical-safety&status=published&region=london',
      () => ({ theme: 'clinical-safety', status: 'published', region: 'london' }),
      (spec) => spec.themes.includes('clinical-safety') && spec.status === 'published' && regionOf[spec.site] === 'london',
    ],
  ]
  const lessonRows = lessonFilters.flatMap(([filter, query, matches]) =>
    viewers.map(([viewer, key]) => ({ name: `${viewer} filtering lessons by ${filter}`, query, matches, key })),
  )

  it.each(lessonRows)('$name gets exactly the matching lessons they may see, newest first', async ({ query, matches, key }) => {
    const expected = lessons.filter((_lesson, index) => {
      const spec = must(specs[index])
      return matches(spec) && visibleTo(key, spec.site, spec.status)
    })
    expect(await listAll(app, people[key], '/v1/lessons', { ...query(), limit: '2' })).toEqual(newestFirst(expected))
  })

  it('updatedSince lists only the lessons changed at or after that moment', async () => {
    await sleep(20)
    const changed = [must(lessons[0]), must(lessons[1])]
    const versions: Lesson[] = []
    for (const lesson of changed) {
      const res = await app.inject({
        method: 'PATCH',
        url: `/v1/lessons/${lesson.id}`,
        headers: people.curator.headers,
        payload: { title: `${lesson.title} (revised)` },
      })
      expect(res.statusCode, res.body).toBe(200)
      versions.push(res.json<Lesson>())
    }
    const since = must(versions[0]).updatedAt
    expect(await listAll(app, people.curator, '/v1/lessons', { updatedSince: since })).toEqual(newestFirst(changed))
    // The second one is a draft at site B: hidden from someone with no sites.
    expect(await listAll(app, people.nobody, '/v1/lessons', { updatedSince: since })).toEqual([must(lessons[0]).id])
    const later = new Date(Date.parse(must(versions[1]).updatedAt) + 1000).toISOString()
    expect(await listAll(app, people.curator, '/v1/lessons', { updatedSince: later })).toEqual([])
  })

  it('a case study is found by the region and site of any of its sites, and listed once even when two of its sites match', async () => {
    const list = (who: SignedIn, query: Query) => listAll(app, who, '/v1/case-studies', query)
    const { both, london, draftNorthWest } = caseStudies
    expect(await list(people.curator, { region: 'north_west' })).toEqual([draftNorthWest.id, both.id])
    expect(await list(people.nobody, { region: 'north_west' })).toEqual([both.id])
    expect(await list(people.memberB, { region: 'north_west' })).toEqual([draftNorthWest.id, both.id])
    expect(await list(people.curator, { region: 'london' })).toEqual([london.id, both.id])
    expect(await list(people.curator, { siteId: siteB.id })).toEqual([draftNorthWest.id, both.id])
    expect(await list(people.nobody, { siteId: siteA.id })).toEqual([both.id])
    expect(await list(people.curator, { siteId: siteC.id, region: 'north_west' })).toEqual([])
  })

  it.each(viewers)('%s filters solutions by maturity and by what they were derived from', async (_viewer, key) => {
    const list = (query: Query) => listAll(app, people[key], '/v1/solutions', query)
    const { root, child, draftChild, grandchild, plain } = solutions
    const seesDraftChild = key !== 'nobody'
    expect(await list({ maturity: 'proven' })).toEqual([root.id])
    expect(await list({ maturity: 'scaled' })).toEqual([grandchild.id])
    expect(await list({ maturity: 'idea' })).toEqual(seesDraftChild ? [plain.id, draftChild.id] : [plain.id])
    expect(await list({ derivedFromId: root.id })).toEqual(seesDraftChild ? [draftChild.id, child.id] : [child.id])
    expect(await list({ derivedFromId: child.id })).toEqual([grandchild.id])
    expect(await list({ derivedFromId: grandchild.id })).toEqual([])
    expect(await list({ derivedFromId: root.id, maturity: 'piloted' })).toEqual([child.id])
  })

  it.each([
    ['/v1/lessons', 'status', 'finished'],
    ['/v1/lessons', 'careSetting', 'hospital'],
    ['/v1/lessons', 'journeyStage', 'later'],
    ['/v1/lessons', 'region', 'wales'],
    ['/v1/lessons', 'siteId', 'not-a-uuid'],
    ['/v1/lessons', 'updatedSince', 'yesterday'],
    ['/v1/lessons', 'networkId', '42'],
    ['/v1/lessons', 'maturity', 'proven'],
    ['/v1/lessons', 'colour', 'blue'],
    ['/v1/case-studies', 'status', 'finished'],
    ['/v1/case-studies', 'region', 'wales'],
    ['/v1/solutions', 'maturity', 'mature'],
    ['/v1/solutions', 'derivedFromId', 'not-a-uuid'],
    ['/v1/solutions', 'careSetting', 'hospital'],
  ])('GET %s?%s=%s is refused with 400 naming the parameter', async (path, name, value) => {
    const res = await app.inject({ method: 'GET', url: urlOf(path, { [name]: value }), headers: people.curator.headers })
    const problem = expectProblem(res, 400, `/${name}`)
    expect(problem.errors?.find((error) => error.pointer === `/${name}`)?.in).toBe('query')
  })
})

describe('search', () => {
  let t: TestApp
  let app: App
  let siteA: Site
  let siteB: Site
  let curator: SignedIn
  let member: SignedIn
  let inTitle: Lesson
  let inSummary: Lesson
  let inBody: Lesson
  let sharedRota: Lesson
  let rotaAtB: Lesson

  const lesson = async (fields: Partial<LessonCreate>, site: Site = siteA, status: ContentStatus = 'published') => {
    const created = await create<Lesson>(app, curator, '/v1/lessons', {
      ...validBody.lesson(site.id),
      summary: 'A plain account of the work.',
      ...fields,
    })
    await setStatus(app, created.id, status)
    return created
  }

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    siteA = await makeSite(app)
    siteB = await makeSite(app)
    curator = await signIn(app, 'curator')
    member = await signIn(app, 'contributor', [siteA.id])
    // Written best match first, so "newest first" would list them the other way round.
    inTitle = await lesson({ title: 'Kanban boards for discharge', summary: 'Moving the ward board online.' })
    inSummary = await lesson({ title: 'Ward huddles', summary: 'A kanban view of the day ahead.' })
    inBody = await lesson({ title: 'Bed meetings', summary: 'Daily bed meetings changed.', wentWell: 'The kanban wall helped everyone.' })
    sharedRota = await lesson({ title: 'We shared one rota across three practices' })
    rotaAtB = await lesson({ title: 'A rota for weekend cover' }, siteB)
  })
  afterAll(() => t.close())

  const search = (who: SignedIn, query: Query, path = '/v1/lessons') => listAll(app, who, path, query)

  it('ranks a match in the title above one in the summary above one in the body', async () => {
    expect(await search(curator, { q: 'kanban' })).toEqual([inTitle.id, inSummary.id, inBody.id])
    expect(await search(member, { q: 'Kanban', limit: '1' })).toEqual([inTitle.id, inSummary.id, inBody.id])
  })

  it.each(['sharing', 'shares', 'share', 'SHARED'])('finds "shared" when searching for "%s"', async (q) => {
    expect(await search(curator, { q })).toEqual([sharedRota.id])
  })

  it('combines the search with a filter', async () => {
    expect(await search(curator, { q: 'rota' })).toEqual([rotaAtB.id, sharedRota.id])
    expect(await search(curator, { q: 'rota', siteId: siteB.id })).toEqual([rotaAtB.id])
    expect(await search(curator, { q: 'kanban', siteId: siteB.id })).toEqual([])
    expect(await search(curator, { q: 'kanban', status: 'published', siteId: siteA.id })).toEqual([inTitle.id, inSummary.id, inBody.id])
  })

  it('pages through search results with a cursor, visiting each match once in rank order', async () => {
    const placements: Partial<LessonCreate>[] = [
      { title: 'Telehealth hubs' },
      { title: 'Remote clinics', summary: 'Telehealth for the islands.' },
      { title: 'Video calls', wentWell: 'Telehealth uptake.' },
      { title: 'Telehealth at home', didNotGoWell: 'Telehealth kit arrived late; telehealth training too.' },
      { title: 'Telehealth pilots' },
      { title: 'Tablets', summary: 'Telehealth, then more telehealth.' },
      { title: 'Hubs', doDifferently: 'Start telehealth sooner.' },
      { title: 'Telehealth in care homes', summary: 'Telehealth rounds.' },
      { title: 'Nothing related at all' },
    ]
    const matching: Lesson[] = []
    for (const fields of placements) {
      const created = await lesson(fields)
      if (fields !== placements.at(-1)) matching.push(created)
    }
    const hidden = await lesson({ title: 'Telehealth draft elsewhere' }, siteB, 'draft')
    const onePage = (await listPage(app, member, '/v1/lessons', { q: 'telehealth', limit: '100' })).page.data.map((item) => item.id)
    expect([...onePage].sort()).toEqual(matching.map((item) => item.id).sort())
    for (const limit of ['1', '3', '4']) {
      const paged = await search(member, { q: 'telehealth', limit })
      expect(paged, `limit ${limit}`).toEqual(onePage)
    }
    const { link } = await listPage(app, member, '/v1/lessons', { q: 'telehealth', limit: '4' })
    expect(link).toMatch(/q=telehealth/)
    expect(await search(curator, { q: 'telehealth', limit: '3' })).toContain(hidden.id)
    // Title and summary, then title and body, then title alone (equal ranks: newest first), then
    // summary, then body alone. Both databases must agree on this exact order.
    const ranked = [7, 3, 4, 0, 5, 1, 6, 2].map((index) => must(matching[index]).id)
    expect(onePage).toEqual(ranked)
  })

  it('a search nothing matches is an empty last page', async () => {
    const { page, link } = await listPage(app, curator, '/v1/lessons', { q: 'xylophone' })
    expect(page).toEqual({ data: [], nextCursor: null })
    expect(link).toBeUndefined()
  })

  it.each([
    ['only common words', 'the and of'],
    ['search operators and punctuation', '"unfinished & | ! :* ( -)'],
    ['a lone minus', '-'],
  ])('a search of %s is answered, not an error', async (_case, q) => {
    const res = await app.inject({ method: 'GET', url: urlOf('/v1/lessons', { q }), headers: curator.headers })
    expect(res.statusCode, res.body).toBe(200)
  })

  it('case studies and solutions rank the same way over their own fields', async () => {
    const caseStudy = (fields: Record<string, string>) =>
      create<CaseStudy>(app, curator, '/v1/case-studies', { ...validBody.caseStudy([siteA.id]), summary: 'An account.', ...fields })
    const csBody = await caseStudy({ outcomes: 'Fewer gazebo bookings were lost.' })
    const csTitle = await caseStudy({ title: 'The gazebo project' })
    const csSummary = await caseStudy({ summary: 'A gazebo for every practice.' })
    expect(await search(curator, { q: 'gazebos' }, '/v1/case-studies')).toEqual([csTitle.id, csSummary.id, csBody.id])

    const solution = (fields: Record<string, string>) =>
      create<Solution>(app, curator, '/v1/solutions', { ...validBody.solution(siteA.id), problem: 'A problem.', ...fields })
    const solBody = await solution({ howToAdopt: 'Print the lanyard template.' })
    const solProblem = await solution({ problem: 'Lanyards kept getting lost.' })
    const solTitle = await solution({ title: 'Lanyard library' })
    const solDescription = await solution({ description: 'A lanyard for each visitor.' })
    expect(await search(curator, { q: 'lanyard' }, '/v1/solutions')).toEqual([solTitle.id, solProblem.id, solDescription.id, solBody.id])
  })
})

/** Counts the statements the app sends, by spying on (and calling through to) the driver client's query(). */
function countQueries(app: App) {
  // drizzle exposes the driver client it wraps: a pg Pool or a PGlite instance; both run every statement through query().
  const client = (app.db as unknown as { $client: { query: (...args: unknown[]) => Promise<unknown> } }).$client
  const spy = vi.spyOn(client, 'query')
  return {
    async during(work: () => Promise<unknown>): Promise<number> {
      spy.mockClear()
      await work()
      return spy.mock.calls.length
    },
    restore: () => spy.mockRestore(),
  }
}

describe('a list page costs the same number of queries whatever its length', () => {
  let t: TestApp
  let app: App
  let site: Site
  let curator: SignedIn
  let member: SignedIn
  let counter: ReturnType<typeof countQueries>

  beforeAll(async () => {
    // Every request looks its caller up, so the count cannot depend on what the actor cache holds.
    t = await testApp({ ACTOR_CACHE_SECONDS: '0' })
    app = t.app
    site = await makeSite(app)
    const otherSite = await makeSite(app)
    curator = await signIn(app, 'curator')
    member = await signIn(app, 'contributor', [site.id])
    // 30 of each type at the member's site and 10 elsewhere, half published, each linked to the others.
    for (let index = 0; index < 40; index++) {
      const where = index < 30 ? site.id : otherSite.id
      const solution = await create<Solution>(app, curator, '/v1/solutions', {
        ...validBody.solution(where),
        problem: 'Paper referrals get lost.',
      })
      const caseStudy = await create<CaseStudy>(app, curator, '/v1/case-studies', {
        ...validBody.caseStudy(index % 2 && where !== otherSite.id ? [where, otherSite.id] : [where]),
        summary: 'Paper referrals, gone digital.',
        relatedSolutionIds: [solution.id],
      })
      const lesson = await create<Lesson>(app, curator, '/v1/lessons', {
        ...validBody.lesson(where),
        summary: 'Paper referrals are slow.',
        relatedSolutionIds: [solution.id],
        relatedCaseStudyIds: [caseStudy.id],
      })
      for (const id of [solution.id, caseStudy.id, lesson.id]) await setStatus(app, id, index % 2 ? 'published' : 'draft')
    }
    counter = countQueries(app)
  })
  afterAll(async () => {
    counter.restore()
    await t.close()
  })

  const cases = ['/v1/lessons', '/v1/case-studies', '/v1/solutions'].flatMap((path) =>
    (['a curator', 'a contributor'] as const).flatMap((who) =>
      (['no filter', 'a search', 'a site filter'] as const).map((narrowedBy) => ({ path, who, narrowedBy })),
    ),
  )

  it.each(cases)(
    '$path for $who with $narrowedBy: 3 rows and 30 rows take the same number of queries',
    async ({ path, who, narrowedBy }) => {
      const caller = who === 'a curator' ? curator : member
      const query: Query = narrowedBy === 'a search' ? { q: 'referrals' } : narrowedBy === 'a site filter' ? { siteId: site.id } : {}
      const pageOf = (limit: number) => async () => {
        const { page } = await listPage(app, caller, path, { ...query, limit: String(limit) })
        expect(page.data).toHaveLength(limit)
      }
      const forThree = await counter.during(pageOf(3))
      const forThirty = await counter.during(pageOf(30))
      expect(forThirty).toBe(forThree)
      // Looking the caller up, then the page itself.
      expect(forThree).toBe(2)
    },
  )
})
