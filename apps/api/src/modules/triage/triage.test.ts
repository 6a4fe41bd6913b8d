import type { ContentType, Page, Site, Transition, TransitionList, TriageCounts, TriageEntry } from '@learnonce/contracts'
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { contentItems } from '../../db/schema/index.js'
import { encodeCursor } from '../../pagination.js'
import { type TestApp, testApp } from '../../test/app.js'
import { auditActionsFor, makeSite, type SignedIn, signIn } from '../../test/factories.js'
import { expectProblem } from '../../test/problems.js'
import { recordQueries } from '../../test/queries.js'
import { createItem, type MadeItem, walk } from '../../test/workflow.js'
import { validBody } from '../content/content-fixtures.js'
import { kindOf } from '../content/kinds.js'

type Query = Record<string, string>

const bodyFor = {
  lesson: (siteId: string, extra: object = {}) => ({ ...validBody.lesson(siteId), ...extra }),
  case_study: (siteIds: string[], extra: object = {}) => ({ ...validBody.caseStudy(siteIds), ...extra }),
  solution: (siteId: string, extra: object = {}) => ({ ...validBody.solution(siteId), ...extra }),
}

/** A draft made and submitted through the API by `who`. */
async function submitted(app: App, who: SignedIn, type: ContentType, payload: object): Promise<MadeItem> {
  return walk(app, await createItem(app, who, type, payload), [[who, 'submit']])
}

async function queuePage(app: App, who: SignedIn, query: Query = {}) {
  const search = new URLSearchParams(query).toString()
  const res = await app.inject({ method: 'GET', url: `/v1/triage${search ? `?${search}` : ''}`, headers: who.headers })
  expect(res.statusCode, res.body).toBe(200)
  return { page: res.json<Page<TriageEntry>>(), link: res.headers.link }
}

const idsOf = (entries: { id: string }[]) => entries.map((entry) => entry.id)

function claimNext(app: App, who: SignedIn, payload?: object) {
  return app.inject({ method: 'POST', url: '/v1/triage/next', headers: who.headers, ...(payload ? { payload } : {}) })
}

async function historyOf(app: App, who: SignedIn, item: MadeItem): Promise<Transition[]> {
  const res = await app.inject({ method: 'GET', url: `${kindOf(item.type).path}/${item.id}/history`, headers: who.headers })
  expect(res.statusCode, res.body).toBe(200)
  return res.json<TransitionList>().data
}

/** Moves a submission back in time: there is no API for "three days ago", and the queue's age is the point. */
async function backdateSubmission(app: App, item: MadeItem, days: number): Promise<void> {
  await app.db
    .update(contentItems)
    .set({ submittedAt: sql`now() - ${days} * interval '1 day' - interval '2 hours'` })
    .where(eq(contentItems.id, item.id))
}

describe('the triage queue', () => {
  let t: TestApp
  let app: App
  let north: Site
  let london: Site
  let midlands: Site
  let curator: SignedIn
  let otherCurator: SignedIn
  let admin: SignedIn
  let northMember: SignedIn
  let londonMember: SignedIn
  /** In the order they were submitted, which is the queue's order. */
  let oldLesson: MadeItem
  let caseStudy: MadeItem
  let solution: MadeItem
  let midlandsLesson: MadeItem
  const outside: Record<string, MadeItem> = {}

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    north = await makeSite(app, { name: 'Northgate Practice', region: 'north_west' })
    london = await makeSite(app, { name: 'Thames Trust', region: 'london' })
    midlands = await makeSite(app, { name: 'Midland PCN', region: 'midlands' })
    admin = await signIn(app, 'admin')
    curator = await signIn(app, 'curator', [], 'Cora Curator')
    otherCurator = await signIn(app, 'curator', [], 'Otto Curator')
    northMember = await signIn(app, 'contributor', [north.id], 'Nia North')
    londonMember = await signIn(app, 'contributor', [london.id], 'Leo London')

    oldLesson = await submitted(app, northMember, 'lesson', bodyFor.lesson(north.id, { themes: ['clinical-safety'] }))
    // A curator drafts it for two sites; a contributor of one of them submits it.
    caseStudy = await createItem(app, curator, 'case_study', bodyFor.case_study([london.id, north.id]))
    await walk(app, caseStudy, [[londonMember, 'submit']])
    solution = await submitted(app, londonMember, 'solution', bodyFor.solution(london.id, { themes: ['interoperability'] }))
    await walk(app, solution, [[curator, 'claim']])
    midlandsLesson = await submitted(app, curator, 'lesson', bodyFor.lesson(midlands.id))
    await walk(app, midlandsLesson, [[otherCurator, 'claim']])

    outside.draft = await createItem(app, northMember, 'lesson', bodyFor.lesson(north.id))
    outside.published = await submitted(app, northMember, 'lesson', bodyFor.lesson(north.id))
    await walk(app, outside.published, [
      [curator, 'claim'],
      [curator, 'publish'],
    ])
    outside.sentBack = await submitted(app, northMember, 'solution', bodyFor.solution(north.id))
    await walk(app, outside.sentBack, [
      [curator, 'claim'],
      [curator, 'request-changes', { note: 'Say what the referral form replaced.' }],
    ])
    outside.rejected = await submitted(app, londonMember, 'lesson', bodyFor.lesson(london.id))
    await walk(app, outside.rejected, [
      [curator, 'claim'],
      [curator, 'reject', { note: 'Not a lesson.' }],
    ])

    await backdateSubmission(app, oldLesson, 3)
  })
  afterAll(() => t.close())

  it('lists submitted and in-review items of all three kinds, oldest submission first', async () => {
    const { page } = await queuePage(app, curator)
    expect(idsOf(page.data)).toEqual(idsOf([oldLesson, caseStudy, solution, midlandsLesson]))
    expect(page.data.map((entry) => [entry.type, entry.status])).toEqual([
      ['lesson', 'submitted'],
      ['case_study', 'submitted'],
      ['solution', 'in_review'],
      ['lesson', 'in_review'],
    ])
    expect(page.nextCursor).toBeNull()
  })

  it('never shows drafts, published items, or items sent back or rejected', async () => {
    const listed = idsOf((await queuePage(app, admin, { limit: '100' })).page.data)
    for (const item of Object.values(outside)) expect(listed).not.toContain(item.id)
  })

  it('shows each row with its sites, who submitted it, when, how many days it has waited and who holds it', async () => {
    const { page } = await queuePage(app, curator)
    const read = async (item: MadeItem) =>
      (await app.inject({ method: 'GET', url: `${kindOf(item.type).path}/${item.id}`, headers: curator.headers })).json<{
        submittedAt: string
      }>()
    expect(page.data[1]).toEqual({
      id: caseStudy.id,
      type: 'case_study',
      title: caseStudy.title,
      status: 'submitted',
      sites: [
        { id: london.id, name: 'Thames Trust', region: 'london' },
        { id: north.id, name: 'Northgate Practice', region: 'north_west' },
      ],
      submitter: { id: londonMember.user.id, name: 'Leo London' },
      submittedAt: (await read(caseStudy)).submittedAt,
      ageDays: 0,
      assignee: null,
      version: 2,
    })
    expect(page.data[0]).toMatchObject({ id: oldLesson.id, ageDays: 3, submitter: { id: northMember.user.id, name: 'Nia North' } })
    expect(page.data[2]).toMatchObject({
      id: solution.id,
      assignee: { id: curator.user.id, name: 'Cora Curator' },
      version: 3,
      sites: [{ id: london.id, name: 'Thames Trust', region: 'london' }],
    })
    expect(page.data[3]).toMatchObject({
      id: midlandsLesson.id,
      submitter: { id: curator.user.id, name: 'Cora Curator' },
      assignee: { id: otherCurator.user.id, name: 'Otto Curator' },
    })
  })

  const filters: [string, () => SignedIn, () => Query, () => MadeItem[]][] = [
    ['lessons only', () => curator, () => ({ type: 'lesson' }), () => [oldLesson, midlandsLesson]],
    ['case studies only', () => curator, () => ({ type: 'case_study' }), () => [caseStudy]],
    ['solutions only', () => curator, () => ({ type: 'solution' }), () => [solution]],
    ['waiting to be claimed', () => curator, () => ({ status: 'submitted' }), () => [oldLesson, caseStudy]],
    ['in review', () => curator, () => ({ status: 'in_review' }), () => [solution, midlandsLesson]],
    ['one theme', () => curator, () => ({ theme: 'clinical-safety' }), () => [oldLesson]],
    ['another theme', () => curator, () => ({ theme: 'interoperability' }), () => [solution]],
    ['a site, also as the second site of a case study', () => curator, () => ({ siteId: north.id }), () => [oldLesson, caseStudy]],
    ['another site', () => curator, () => ({ siteId: london.id }), () => [caseStudy, solution]],
    ['a region', () => curator, () => ({ region: 'midlands' }), () => [midlandsLesson]],
    ['a region shared by two items', () => curator, () => ({ region: 'north_west' }), () => [oldLesson, caseStudy]],
    ['a region with nothing waiting', () => curator, () => ({ region: 'south_west' }), () => []],
    ['what I hold', () => curator, () => ({ assignee: 'me' }), () => [solution]],
    ['what another curator holds, asked as me', () => otherCurator, () => ({ assignee: 'me' }), () => [midlandsLesson]],
    ['what nobody holds', () => curator, () => ({ assignee: 'none' }), () => [oldLesson, caseStudy]],
    ['what one named curator holds', () => admin, () => ({ assignee: otherCurator.user.id }), () => [midlandsLesson]],
    ['lessons in review', () => curator, () => ({ type: 'lesson', status: 'in_review' }), () => [midlandsLesson]],
  ]
  it.each(filters)('a curator can narrow the queue to %s', async (_what, who, query, expected) => {
    const { page } = await queuePage(app, who(), query())
    expect(idsOf(page.data)).toEqual(idsOf(expected()))
  })

  it('pages by cursor in submission order, with a Link to the next page that keeps the filters', async () => {
    const seen: string[] = []
    let query: Query = { limit: '1' }
    for (let pages = 0; pages < 10; pages++) {
      const { page, link } = await queuePage(app, curator, query)
      seen.push(...idsOf(page.data))
      if (!page.nextCursor) {
        expect(link).toBeUndefined()
        break
      }
      expect(page.data).toHaveLength(1)
      expect(link).toBe(`</v1/triage?limit=1&cursor=${page.nextCursor}>; rel="next"`)
      query = { limit: '1', cursor: page.nextCursor }
    }
    expect(seen).toEqual(idsOf([oldLesson, caseStudy, solution, midlandsLesson]))

    const first = await queuePage(app, curator, { status: 'in_review', limit: '1' })
    expect(first.link).toContain('status=in_review')
    const cursor = first.page.nextCursor ?? ''
    const second = await queuePage(app, curator, { status: 'in_review', limit: '1', cursor })
    expect(idsOf([...first.page.data, ...second.page.data])).toEqual(idsOf([solution, midlandsLesson]))
  })

  it.each([
    ['not a cursor at all', '%%%'],
    ['an id where the time belongs', encodeCursor(['01a212e9-2be1-752e-be9c-b04f09e5b2f1', '01a212e9-2be1-752e-be9c-b04f09e5b2f1'])],
    ['a time PostgreSQL cannot read', encodeCursor(['2026-02-30T10:00:00Z', '01a212e9-2be1-752e-be9c-b04f09e5b2f1'])],
    ['a lone id', encodeCursor(['01a212e9-2be1-752e-be9c-b04f09e5b2f1'])],
  ])('a tampered cursor (%s) is a 400 naming /cursor', async (_what, cursor) => {
    const res = await app.inject({ method: 'GET', url: `/v1/triage?cursor=${encodeURIComponent(cursor)}`, headers: curator.headers })
    expectProblem(res, 400, '/cursor')
  })

  it.each([
    ['an unknown type', { type: 'poem' }, '/type'],
    ['a state outside the queue', { status: 'draft' }, '/status'],
    ['an assignee that is neither me, none nor an id', { assignee: 'someone' }, '/assignee'],
    ['a site that is not an id', { siteId: 'north' }, '/siteId'],
  ])('a filter with %s is a 400 naming it', async (_what, query, pointer) => {
    const res = await app.inject({ method: 'GET', url: `/v1/triage?${new URLSearchParams(query)}`, headers: curator.headers })
    expectProblem(res, 400, pointer)
  })

  it.each([
    ['GET', '/v1/triage'],
    ['GET', '/v1/triage/counts'],
    ['POST', '/v1/triage/next'],
  ] as const)('a contributor cannot %s %s (403), and nobody can without signing in (401)', async (method, url) => {
    const problem = expectProblem(await app.inject({ method, url, headers: northMember.headers }), 403)
    expect(problem.detail).toContain('curator or admin')
    expectProblem(await app.inject({ method, url }), 401)
  })

  const countsFor = async (who: SignedIn, query: Query = {}) => {
    const res = await app.inject({ method: 'GET', url: `/v1/triage/counts?${new URLSearchParams(query)}`, headers: who.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<TriageCounts>()
  }

  it('counts what each filter choice would show, each group with the other filters applied', async () => {
    const all = await countsFor(curator)
    expect(all).toMatchObject({
      total: 4,
      type: { lesson: 2, case_study: 1, solution: 1 },
      status: { submitted: 2, in_review: 2 },
      assignee: { me: 1, none: 2 },
      region: [
        { region: 'london', count: 2 },
        { region: 'north_west', count: 2 },
        { region: 'midlands', count: 1 },
      ],
    })
    expect(all.theme).toContainEqual({ theme: 'clinical-safety', count: 1 })
    expect(all.theme).toContainEqual({ theme: 'interoperability', count: 1 })

    const lessons = await countsFor(curator, { type: 'lesson' })
    expect(lessons).toMatchObject({
      total: 2,
      // The type group keeps its own choices' numbers, so another type can be picked knowingly.
      type: { lesson: 2, case_study: 1, solution: 1 },
      status: { submitted: 1, in_review: 1 },
      assignee: { me: 0, none: 1 },
      region: [
        { region: 'midlands', count: 1 },
        { region: 'north_west', count: 1 },
      ],
    })
    expect(lessons.theme.map((entry) => entry.theme)).not.toContain('interoperability')

    expect(await countsFor(otherCurator, { region: 'london', assignee: 'me' })).toMatchObject({
      total: 0,
      type: { lesson: 0, case_study: 0, solution: 0 },
      assignee: { me: 0, none: 1 },
    })
  })

  it('the counts agree with the queue they describe', async () => {
    for (const query of [{}, { type: 'lesson' }, { region: 'north_west', status: 'submitted' }, { theme: 'clinical-safety' }] as Query[]) {
      const { total } = await countsFor(curator, query)
      expect(total).toBe((await queuePage(app, curator, { ...query, limit: '100' })).page.data.length)
    }
  })
})

describe('claiming the next submission', () => {
  let t: TestApp
  let app: App
  let north: Site
  let london: Site
  let curator: SignedIn
  let otherCurator: SignedIn
  let member: SignedIn
  let lesson: MadeItem
  let solution: MadeItem
  let caseStudy: MadeItem
  let londonLesson: MadeItem

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    north = await makeSite(app, { region: 'north_west' })
    london = await makeSite(app, { region: 'london' })
    curator = await signIn(app, 'curator', [], 'Cora Curator')
    otherCurator = await signIn(app, 'curator', [], 'Otto Curator')
    member = await signIn(app, 'contributor', [north.id, london.id])
    // A draft and a published lesson come first by creation, but are not waiting.
    await createItem(app, member, 'lesson', bodyFor.lesson(north.id))
    lesson = await submitted(app, member, 'lesson', bodyFor.lesson(north.id))
    solution = await submitted(app, member, 'solution', bodyFor.solution(north.id, { themes: ['data-quality'] }))
    caseStudy = await submitted(app, member, 'case_study', bodyFor.case_study([north.id]))
    londonLesson = await submitted(app, member, 'lesson', bodyFor.lesson(london.id))
  })
  afterAll(() => t.close())

  it('a bare POST claims the oldest unclaimed submission for the caller, and its history shows the claim', async () => {
    const res = await claimNext(app, curator)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.headers.location).toBe(`/v1/lessons/${lesson.id}`)
    expect(res.json<TriageEntry>()).toMatchObject({
      id: lesson.id,
      type: 'lesson',
      status: 'in_review',
      assignee: { id: curator.user.id, name: 'Cora Curator' },
      submitter: { id: member.user.id },
      version: 3,
    })
    const history = await historyOf(app, member, lesson)
    expect(history.map((step) => [step.action, step.fromStatus, step.toStatus, step.actorName])).toEqual([
      ['submit', 'draft', 'submitted', member.user.name],
      ['claim', 'submitted', 'in_review', 'Cora Curator'],
    ])
    expect(await auditActionsFor(app, lesson.id)).toContain('lesson.claimed')
    const item = await app.inject({ method: 'GET', url: `/v1/lessons/${lesson.id}`, headers: curator.headers })
    expect(item.json()).toMatchObject({ status: 'in_review', assigneeId: curator.user.id })
  })

  it('narrowing by type, theme, site or region claims the oldest unclaimed item that fits', async () => {
    const claimed = async (payload: object) => {
      const res = await claimNext(app, otherCurator, payload)
      expect(res.statusCode, res.body).toBe(200)
      return res.json<TriageEntry>().id
    }
    expect(await claimed({ region: 'london' })).toBe(londonLesson.id)
    expect(await claimed({ type: 'case_study' })).toBe(caseStudy.id)
    // Nothing unclaimed is left at the London site or of the case study kind.
    expect((await claimNext(app, otherCurator, { siteId: london.id })).statusCode).toBe(204)
    expect((await claimNext(app, otherCurator, { type: 'case_study' })).statusCode).toBe(204)
    expect(await claimed({ theme: 'data-quality', siteId: north.id })).toBe(solution.id)
    const { page } = await queuePage(app, otherCurator, { assignee: 'me' })
    expect(idsOf(page.data).sort()).toEqual(idsOf([solution, caseStudy, londonLesson]).sort())
  })

  it('answers 204 with no body once nothing is waiting, and a narrowing body is checked', async () => {
    const res = await claimNext(app, curator)
    expect(res.statusCode, res.body).toBe(204)
    expect(res.body).toBe('')
    expectProblem(await claimNext(app, curator, { type: 'poem' }), 400, '/type')
    expectProblem(await claimNext(app, curator, { status: 'submitted' }), 400, '/status')
  })

  it('a released item waits again for the next curator', async () => {
    await walk(app, solution, [[otherCurator, 'release']])
    const res = await claimNext(app, curator, {})
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json<TriageEntry>()).toMatchObject({ id: solution.id, assignee: { id: curator.user.id } })
    expect(res.headers.location).toBe(`/v1/solutions/${solution.id}`)
  })
})

describe('curators claiming at the same instant, over real connections', () => {
  let t: TestApp
  let app: App
  let base: string
  let site: Site
  let member: SignedIn
  let curators: SignedIn[]

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    site = await makeSite(app)
    member = await signIn(app, 'contributor', [site.id])
    curators = []
    for (let index = 0; index < 20; index++) curators.push(await signIn(app, 'curator', [], `Curator ${index + 1} of 20`))
    // A listening server, so the requests arrive on separate sockets and run on separate pool connections.
    await app.listen({ port: 0, host: '127.0.0.1' })
    const address = app.server.address()
    if (address === null || typeof address === 'string') throw new Error('the test server has no port')
    base = `http://127.0.0.1:${address.port}`
  })
  afterAll(() => t.close())

  const post = async (who: SignedIn, path: string) => {
    const res = await fetch(`${base}${path}`, { method: 'POST', headers: who.headers })
    const text = await res.text()
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null }
  }

  it('ten curators asking for the next submission at once get ten different items', async () => {
    const waiting: MadeItem[] = []
    for (let index = 0; index < 10; index++) waiting.push(await submitted(app, member, 'lesson', bodyFor.lesson(site.id)))
    const ten = curators.slice(0, 10)
    const answers = await Promise.all(ten.map((who) => post(who, '/v1/triage/next')))
    expect(answers.map((answer) => answer.status)).toEqual(ten.map(() => 200))
    const claimed = answers.map((answer) => String(answer.body?.id))
    expect(new Set(claimed).size).toBe(10)
    expect([...claimed].sort()).toEqual(idsOf(waiting).sort())
    // Each holds the item they were given, and nobody else does.
    expect(answers.map((answer) => answer.body?.assignee)).toEqual(ten.map((who) => ({ id: who.user.id, name: who.user.name })))
    expect((await post(curators[10] as SignedIn, '/v1/triage/next')).status).toBe(204)
  })

  it('of twenty curators claiming one submission at once, exactly one wins and the others are told who holds it', async () => {
    const item = await submitted(app, member, 'lesson', bodyFor.lesson(site.id))
    const answers = await Promise.all(curators.map((who) => post(who, `/v1/lessons/${item.id}/claim`)))
    const winners = answers.flatMap((answer, index) => (answer.status === 200 ? [curators[index] as SignedIn] : []))
    expect(winners).toHaveLength(1)
    const winner = winners[0] as SignedIn
    const losers = answers.filter((answer) => answer.status !== 200)
    expect(losers.map((answer) => answer.status)).toEqual(Array(19).fill(409))
    for (const loser of losers) expect(String(loser.body?.detail)).toContain(`${winner.user.name} holds it`)
    const history = await historyOf(app, member, item)
    expect(history.filter((step) => step.action === 'claim').map((step) => step.actorId)).toEqual([winner.user.id])
  })
})

describe('a busy queue is read from its indexes, one query per page', () => {
  let t: TestApp
  let app: App
  let curator: SignedIn
  let sites: Site[]
  let queries: ReturnType<typeof recordQueries>

  beforeAll(async () => {
    // Every request looks its caller up, so the counts cannot depend on what the actor cache holds.
    t = await testApp({ ACTOR_CACHE_SECONDS: '0' })
    app = t.app
    curator = await signIn(app, 'curator')
    sites = []
    for (const region of ['london', 'midlands', 'north_west', 'south_east'] as const) {
      for (let index = 0; index < 5; index++) sites.push(await makeSite(app, { region }))
    }
    // 10,000 items, one in fifty waiting and one in fifty in review: the volume that makes the planner
    // choose between indexes and a scan. Written in SQL because building it through the API would take minutes.
    await app.db.execute(sql`insert into content_items (id, type, title, summary, status, submitted_at, assignee_id, themes)
      select gen_random_uuid(), (array['lesson', 'case_study', 'solution'])[1 + n % 3], 'Bulk item ' || n, 'A summary.',
        case n % 50 when 0 then 'submitted' when 1 then 'in_review' else (array['draft', 'published', 'archived'])[1 + n % 3] end,
        case when n % 50 < 2 then now() - n * interval '1 minute' end,
        case when n % 50 = 1 then ${curator.user.id}::uuid end,
        array[(array['clinical-safety', 'interoperability', 'data-quality', 'evaluation'])[1 + n % 4]]
      from generate_series(1, 10000) n`)
    const siteIds = sql.join(
      sites.map((site) => sql`${site.id}::uuid`),
      sql`, `,
    )
    await app.db.execute(sql`insert into content_sites (item_id, site_id)
      select id, (array[${siteIds}])[1 + abs(hashtext(id::text)) % ${sites.length}] from content_items`)
    await app.db.execute(sql`analyze`)
    queries = recordQueries(app)
  })
  afterAll(async () => {
    queries.restore()
    await t.close()
  })

  const filters: [string, () => Query][] = [
    ['no filter', () => ({})],
    ['type', () => ({ type: 'solution' })],
    ['status', () => ({ status: 'submitted' })],
    ['theme', () => ({ theme: 'evaluation' })],
    ['siteId', () => ({ siteId: sites[3]?.id ?? '' })],
    ['region', () => ({ region: 'midlands' })],
    ['assignee=me', () => ({ assignee: 'me' })],
    ['assignee=none', () => ({ assignee: 'none' })],
    ['assignee=<id>', () => ({ assignee: curator.user.id })],
  ]
  it.each(filters)('filtering by %s reads a queue index, never the whole table, in one query', async (_what, query) => {
    const sent = await queries.during(() => queuePage(app, curator, { ...query(), limit: '5' }))
    // Looking the caller up, then the page itself.
    expect(sent).toHaveLength(2)
    const page = sent.find((statement) => statement.text.includes('"content_items"'))
    if (!page) throw new Error('the page query was not sent')
    const plan = await queries.plan(page.text, page.params)
    expect(plan).toMatch(/Index Scan (Backward )?(using|on) content_items_queue\w*_idx/)
    expect(plan).not.toContain('Seq Scan on content_items')
  })

  it('a page of 30 rows takes as many queries as a page of 3', async () => {
    const count = async (limit: number) =>
      (await queries.during(async () => expect((await queuePage(app, curator, { limit: String(limit) })).page.data).toHaveLength(limit)))
        .length
    expect(await count(30)).toBe(await count(3))
  })
})
