import type { ApiKeyCreated, DashboardContent, DashboardHub, DashboardMine, DashboardPipeline, Site } from '@learnonce/contracts'
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { contentItems, contentTransitions, webhookAttempts, webhookDeliveries, webhooks } from '../../db/schema/index.js'
import { type TestApp, testApp } from '../../test/app.js'
import { makeSite, type SignedIn, signIn } from '../../test/factories.js'
import { expectProblem } from '../../test/problems.js'
import { ownStatements, recordQueries } from '../../test/queries.js'
import { createItem, type MadeItem, walk } from '../../test/workflow.js'
import { validBody } from '../content/content-fixtures.js'

async function summary<T>(app: App, who: SignedIn | { headers: Record<string, string> }, path: string): Promise<T> {
  const res = await app.inject({ method: 'GET', url: `/v1/dashboard/${path}`, headers: who.headers })
  expect(res.statusCode, res.body).toBe(200)
  return res.json<T>()
}

/** Moves an item's submission (and its submit in the history) back in time: there is no API for "ten days ago". */
async function backdate(app: App, item: MadeItem, days: number): Promise<void> {
  const when = sql`now() - ${days} * interval '1 day' - interval '1 hour'`
  await app.db.update(contentItems).set({ submittedAt: when }).where(eq(contentItems.id, item.id))
  await app.db
    .update(contentTransitions)
    .set({ createdAt: when })
    .where(sql`${contentTransitions.itemId} = ${item.id} and ${contentTransitions.action} = 'submit'`)
}

describe('the dashboard summaries', () => {
  let t: TestApp
  let app: App
  let siteA: Site
  let siteB: Site
  let admin: SignedIn
  let curator: SignedIn
  let otherCurator: SignedIn
  let memberA: SignedIn
  let memberB: SignedIn
  const items = {} as Record<
    'waitingNew' | 'waitingOld' | 'mineInReview' | 'othersInReview' | 'publishedA' | 'publishedB' | 'caseStudy' | 'draftB' | 'sentBackB',
    MadeItem
  >

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    siteA = await makeSite(app)
    siteB = await makeSite(app)
    admin = await signIn(app, 'admin')
    curator = await signIn(app, 'curator')
    otherCurator = await signIn(app, 'curator')
    memberA = await signIn(app, 'contributor', [siteA.id])
    memberB = await signIn(app, 'contributor', [siteB.id])

    const submit = async (who: SignedIn, made: Promise<MadeItem>) => walk(app, await made, [[who, 'submit']])
    items.waitingNew = await submit(memberA, createItem(app, memberA, 'lesson', validBody.lesson(siteA.id)))
    items.waitingOld = await submit(memberB, createItem(app, memberB, 'lesson', validBody.lesson(siteB.id)))
    items.mineInReview = await walk(app, await submit(memberB, createItem(app, memberB, 'solution', validBody.solution(siteB.id))), [
      [curator, 'claim'],
    ])
    items.othersInReview = await walk(app, await submit(memberA, createItem(app, memberA, 'lesson', validBody.lesson(siteA.id))), [
      [otherCurator, 'claim'],
    ])
    const publish = async (who: SignedIn, made: Promise<MadeItem>) =>
      walk(app, await made, [
        [who, 'submit'],
        [curator, 'claim'],
        [curator, 'publish'],
      ])
    items.publishedA = await publish(
      memberA,
      createItem(app, memberA, 'solution', { ...validBody.solution(siteA.id), themes: ['interoperability', 'clinical-safety'] }),
    )
    items.publishedB = await publish(
      memberB,
      createItem(app, memberB, 'lesson', { ...validBody.lesson(siteB.id), themes: ['interoperability'], journeyStage: 'implementation' }),
    )
    items.caseStudy = await publish(
      memberA,
      createItem(app, memberA, 'case_study', { ...validBody.caseStudy([siteA.id]), themes: ['clinical-safety'], journeyStage: 'vision' }),
    )
    // Site B's unpublished work, themed and staged: no one outside site B (nor the hub-wide content figures) may count it.
    items.draftB = await createItem(app, memberB, 'lesson', {
      ...validBody.lesson(siteB.id),
      themes: ['interoperability'],
      journeyStage: 'vision',
    })
    items.sentBackB = await walk(
      app,
      await createItem(app, memberB, 'solution', { ...validBody.solution(siteB.id), themes: ['clinical-safety'] }),
      [
        [memberB, 'submit'],
        [curator, 'claim'],
        [curator, 'request-changes', { note: 'Add the template.' }],
      ],
    )

    await backdate(app, items.waitingOld, 20)
    await backdate(app, items.mineInReview, 9)
    await backdate(app, items.othersInReview, 3)

    // Site B adopts site A's published solution twice over (replicated, then enhanced); site A's is the most reused.
    for (const mode of ['replicate', 'enhance'] as const) {
      const res = await app.inject({
        method: 'POST',
        url: `/v1/solutions/${items.publishedA.id}/adoptions`,
        headers: memberB.headers,
        payload: { siteId: siteB.id, mode },
      })
      expect(res.statusCode, res.body).toBe(201)
    }
  })
  afterAll(() => t.close())

  describe('the pipeline', () => {
    it('counts what waits, what is in review, what I hold and how old the oldest is', async () => {
      const pipeline = await summary<DashboardPipeline>(app, curator, 'pipeline')
      expect(pipeline).toMatchObject({ waiting: 2, inReview: 2, mineInReview: 1, oldestWaitingDays: 20 })
      expect((await summary<DashboardPipeline>(app, otherCurator, 'pipeline')).mineInReview).toBe(1)
      expect((await summary<DashboardPipeline>(app, admin, 'pipeline')).mineInReview).toBe(0)
    })

    it('sorts the queue into age buckets, youngest first', async () => {
      const { backlogByAge } = await summary<DashboardPipeline>(app, curator, 'pipeline')
      expect(backlogByAge).toEqual([
        { minDays: 0, maxDays: 1, count: 1 },
        { minDays: 2, maxDays: 6, count: 1 },
        { minDays: 7, maxDays: 13, count: 1 },
        { minDays: 14, maxDays: 27, count: 1 },
        { minDays: 28, maxDays: null, count: 0 },
      ])
    })

    it('counts submissions (resubmissions too) per week, one entry for every week asked for', async () => {
      const { submissionsPerWeek } = await summary<DashboardPipeline>(app, curator, 'pipeline?weeks=4')
      expect(submissionsPerWeek).toHaveLength(4)
      const mondays = submissionsPerWeek.map((week) => new Date(`${week.weekStart}T00:00:00Z`).getUTCDay())
      expect(new Set(mondays)).toEqual(new Set([1]))
      // Eight submissions in all, three of them backdated (up to 20 days): all within the four weeks.
      const total = submissionsPerWeek.reduce((sum, week) => sum + week.submissions, 0)
      expect(total).toBe(8)
      const weeks12 = await summary<DashboardPipeline>(app, curator, 'pipeline')
      expect(weeks12.submissionsPerWeek).toHaveLength(12)
      expect(weeks12.submissionsPerWeek.at(-1)?.weekStart).toBe(submissionsPerWeek.at(-1)?.weekStart)
    })

    it('is not for contributors, keys or anyone signed out, and refuses a year and more', async () => {
      expectProblem(await app.inject({ method: 'GET', url: '/v1/dashboard/pipeline', headers: memberA.headers }), 403)
      expectProblem(await app.inject({ method: 'GET', url: '/v1/dashboard/pipeline' }), 401)
      expectProblem(await app.inject({ method: 'GET', url: '/v1/dashboard/pipeline?weeks=53', headers: curator.headers }), 400, '/weeks')
    })
  })

  describe('published content', () => {
    it('counts published items per theme and kind, and never a draft or an item sent back', async () => {
      const { publishedByTheme } = await summary<DashboardContent>(app, memberA, 'content')
      expect(publishedByTheme).toEqual([
        { theme: 'clinical-safety', name: 'Clinical safety', lesson: 0, case_study: 1, solution: 1, total: 2 },
        { theme: 'interoperability', name: 'Interoperability', lesson: 1, case_study: 0, solution: 1, total: 2 },
      ])
    })

    it('lists every journey stage in order with its published count', async () => {
      const { publishedByStage } = await summary<DashboardContent>(app, memberA, 'content')
      expect(publishedByStage).toEqual([
        { stage: 'vision', count: 1 },
        { stage: 'design_and_planning', count: 0 },
        { stage: 'pre_implementation', count: 0 },
        { stage: 'implementation', count: 1 },
        { stage: 'review_and_spread', count: 0 },
      ])
    })

    it('ranks the most reused solutions with their adoptions by mode', async () => {
      const { mostReused } = await summary<DashboardContent>(app, curator, 'content')
      expect(mostReused).toEqual([
        { id: items.publishedA.id, title: items.publishedA.title, replicate: 1, customise: 0, enhance: 1, total: 2 },
      ])
    })

    it('lists the events that have not ended, soonest first, with their network', async () => {
      const network = await app.inject({
        method: 'POST',
        url: '/v1/networks',
        headers: curator.headers,
        payload: { name: 'Records network', purpose: 'Share records work' },
      })
      expect(network.statusCode, network.body).toBe(201)
      const networkId = network.json<{ id: string }>().id
      const day = 86_400_000
      const event = async (title: string, startsIn: number, endsIn: number) => {
        const res = await app.inject({
          method: 'POST',
          url: `/v1/networks/${networkId}/events`,
          headers: curator.headers,
          payload: {
            title,
            kind: 'workshop',
            location: 'Leeds',
            startsAt: new Date(Date.now() + startsIn * day).toISOString(),
            endsAt: new Date(Date.now() + endsIn * day).toISOString(),
          },
        })
        expect(res.statusCode, res.body).toBe(201)
        return res.json<{ id: string; startsAt: string }>()
      }
      await event('Last month', -30, -29)
      const later = await event('Next month', 30, 31)
      const soon = await event('Next week', 7, 8)
      const { upcomingEvents } = await summary<DashboardContent>(app, memberB, 'content')
      expect(upcomingEvents).toEqual([
        { id: soon.id, title: 'Next week', kind: 'workshop', startsAt: soon.startsAt, network: { id: networkId, name: 'Records network' } },
        {
          id: later.id,
          title: 'Next month',
          kind: 'workshop',
          startsAt: later.startsAt,
          network: { id: networkId, name: 'Records network' },
        },
      ])
    })

    it('shows every role the same figures', async () => {
      const asContributor = await summary<DashboardContent>(app, memberA, 'content')
      expect(await summary<DashboardContent>(app, curator, 'content')).toEqual(asContributor)
      expect(await summary<DashboardContent>(app, admin, 'content')).toEqual(asContributor)
      expectProblem(await app.inject({ method: 'GET', url: '/v1/dashboard/content' }), 401)
    })
  })

  describe('my items', () => {
    const countsOf = (mine: DashboardMine) =>
      Object.fromEntries(mine.byState.filter((row) => row.count > 0).map((row) => [row.status, row.count]))

    it("counts only the items of the caller's own sites, by state", async () => {
      expect(countsOf(await summary<DashboardMine>(app, memberA, 'mine'))).toEqual({ submitted: 1, in_review: 1, published: 2 })
      expect(countsOf(await summary<DashboardMine>(app, memberB, 'mine'))).toEqual({
        draft: 1,
        submitted: 1,
        in_review: 1,
        changes_requested: 1,
        published: 1,
      })
    })

    it('lists every state, so a contributor with no drafts sees a zero rather than nothing', async () => {
      const { byState } = await summary<DashboardMine>(app, memberA, 'mine')
      expect(byState.map((row) => row.status)).toEqual([
        'draft',
        'submitted',
        'in_review',
        'changes_requested',
        'published',
        'rejected',
        'duplicate',
        'archived',
      ])
      expect(byState.find((row) => row.status === 'draft')?.count).toBe(0)
    })

    it("shows the sites' latest published items, newest first", async () => {
      const { recentlyPublished } = await summary<DashboardMine>(app, memberA, 'mine')
      expect(recentlyPublished.map((item) => [item.id, item.type])).toEqual([
        [items.caseStudy.id, 'case_study'],
        [items.publishedA.id, 'solution'],
      ])
      expect(Date.parse(recentlyPublished[0]?.publishedAt ?? '')).toBeGreaterThan(Date.now() - 60_000)
    })

    it("never counts another site's drafts, and people with no sites have nothing", async () => {
      const loner = await signIn(app, 'contributor', [])
      const empty = await summary<DashboardMine>(app, loner, 'mine')
      expect(countsOf(empty)).toEqual({})
      expect(empty.recentlyPublished).toEqual([])
      expect(countsOf(await summary<DashboardMine>(app, curator, 'mine'))).toEqual({})
    })
  })

  describe('hub health', () => {
    it('counts people by role and state, and sites open and archived', async () => {
      const disabled = await signIn(app, 'contributor', [])
      const res = await app.inject({
        method: 'PATCH',
        url: `/v1/users/${disabled.user.id}`,
        headers: admin.headers,
        payload: { status: 'disabled' },
      })
      expect(res.statusCode, res.body).toBe(200)
      const archived = await makeSite(app)
      const archive = await app.inject({ method: 'POST', url: `/v1/sites/${archived.id}/archive`, headers: admin.headers })
      expect(archive.statusCode, archive.body).toBe(200)
      const { users, sites } = await summary<DashboardHub>(app, admin, 'hub')
      expect(users).toMatchObject({ disabled: 1, admin: 1, curator: 2 })
      expect(users.contributor).toBeGreaterThanOrEqual(2)
      expect(users.active).toBe(users.admin + users.curator + users.contributor)
      expect(sites).toEqual({ active: 2, archived: 1 })
    })

    it('names the webhooks whose deliveries fail, most failures first, with the last status code', async () => {
      const [hook] = await app.db
        .insert(webhooks)
        .values({ url: 'https://receiver.example/hooks', events: ['lesson.published'], secret: 'whsec_test' })
        .returning()
      const [healthy] = await app.db
        .insert(webhooks)
        .values({ url: 'https://fine.example/hooks', events: ['lesson.published'], secret: 'whsec_test' })
        .returning()
      if (!hook || !healthy) throw new Error('no webhook')
      const payload = { type: 'lesson.published' as const, timestamp: new Date().toISOString(), data: {} }
      const deliveries = await app.db
        .insert(webhookDeliveries)
        .values([
          { webhookId: hook.id, eventType: 'lesson.published', payload, status: 'failed', attemptCount: 8 },
          { webhookId: hook.id, eventType: 'lesson.published', payload, status: 'pending', attemptCount: 2 },
          // Not yet tried: not failing.
          { webhookId: hook.id, eventType: 'lesson.published', payload, status: 'pending', attemptCount: 0 },
          { webhookId: healthy.id, eventType: 'lesson.published', payload, status: 'delivered', attemptCount: 1 },
        ])
        .returning()
      const retrying = deliveries[1]
      if (!retrying) throw new Error('no delivery')
      await app.db.insert(webhookAttempts).values({ deliveryId: retrying.id, statusCode: 503, durationMs: 120 })
      const { failingWebhooks } = await summary<DashboardHub>(app, admin, 'hub')
      expect(failingWebhooks).toEqual([
        {
          id: hook.id,
          url: 'https://receiver.example/hooks',
          active: true,
          failing: 2,
          lastStatusCode: 503,
          lastAttemptAt: expect.any(String),
        },
      ])
    })

    it('counts usable keys and lists them by last use', async () => {
      const create = async (name: string) => {
        const res = await app.inject({
          method: 'POST',
          url: '/v1/api-keys',
          headers: admin.headers,
          payload: { name, scopes: ['content:read'] },
        })
        expect(res.statusCode, res.body).toBe(201)
        return res.json<ApiKeyCreated>()
      }
      const used = await create('Portal')
      const idle = await create('Idle')
      const revoked = await create('Old')
      expect(
        (await app.inject({ method: 'GET', url: '/v1/lessons', headers: { authorization: `Bearer ${used.secret}` } })).statusCode,
      ).toBe(200)
      expect((await app.inject({ method: 'DELETE', url: `/v1/api-keys/${revoked.id}`, headers: admin.headers })).statusCode).toBe(204)
      const { keys } = await summary<DashboardHub>(app, admin, 'hub')
      expect(keys.active).toBe(2)
      expect(keys.neverUsed).toBe(1)
      expect(keys.recentlyUsed.map((key) => [key.name, key.lastUsedAt === null])).toEqual([
        ['Portal', false],
        ['Idle', true],
      ])
      expect(keys.recentlyUsed.map((key) => key.id)).toEqual([used.id, idle.id])
    })

    it('is for admins only: not curators, contributors or keys', async () => {
      expectProblem(await app.inject({ method: 'GET', url: '/v1/dashboard/hub', headers: curator.headers }), 403)
      expectProblem(await app.inject({ method: 'GET', url: '/v1/dashboard/hub', headers: memberA.headers }), 403)
      const res = await app.inject({
        method: 'POST',
        url: '/v1/api-keys',
        headers: admin.headers,
        payload: { name: 'Reader', scopes: ['content:read'] },
      })
      const key = { headers: { authorization: `Bearer ${res.json<ApiKeyCreated>().secret}` } }
      for (const path of ['hub', 'pipeline', 'content', 'mine']) {
        expectProblem(await app.inject({ method: 'GET', url: `/v1/dashboard/${path}`, headers: key.headers }), 403)
      }
    })
  })

  it('answers each summary in one query, beside the lookup of who is calling', async () => {
    const queries = recordQueries(app)
    try {
      for (const [who, path] of [
        [curator, 'pipeline'],
        [memberA, 'content'],
        [memberB, 'mine'],
        [admin, 'hub'],
      ] as const) {
        const sent = await queries.during(() => summary(app, who, path))
        expect(ownStatements(sent), path).toHaveLength(1)
      }
    } finally {
      queries.restore()
    }
  })
})
