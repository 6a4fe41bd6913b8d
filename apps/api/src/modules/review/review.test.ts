import type {
  CaseStudy,
  DashboardPipeline,
  Lesson,
  LessonListItem,
  Page,
  ReviewDueEntry,
  ReviewPeriods,
  Transition,
} from '@learnonce/contracts'
import { and, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type App, buildApp } from '../../app.js'
import { contentItems, webhookDeliveries } from '../../db/schema/index.js'
import { notifyReviewDue } from '../../jobs/review-due.js'
import { type TestApp, testApp } from '../../test/app.js'
import { itOnPostgres } from '../../test/drivers.js'
import { auditActionsFor } from '../../test/factories.js'
import { createItem, type MadeItem, walk } from '../../test/workflow.js'
import { type Cast, castFor, expectProblem, validBody } from '../content/content-fixtures.js'

const DAY = 86_400_000

/** Whole months after `from`, as PostgreSQL adds them: the same day and time, or the month's last day when it is shorter. */
const monthsAfter = (from: string, months: number) => {
  const date = new Date(from)
  const day = date.getUTCDate()
  date.setUTCDate(1)
  date.setUTCMonth(date.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate()
  date.setUTCDate(Math.min(day, lastDay))
  return date.toISOString()
}

describe('review-by dates, staleness, the review-due queue and the review-due job', () => {
  let t: TestApp
  let app: App
  let cast: Cast

  beforeAll(async () => {
    // The job's webhook goes nowhere (no delivery runs here), but it must be allowed to name a local address.
    t = await testApp({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' })
    app = t.app
    cast = await castFor(app)
  })
  afterAll(async () => {
    await t.close()
  })

  const get = (url: string, who = cast.curator) => app.inject({ method: 'GET', url, headers: who.headers })
  const publishOne = async (type: 'lesson' | 'case_study' | 'solution' = 'lesson'): Promise<MadeItem> => {
    const body =
      type === 'lesson'
        ? validBody.lesson(cast.siteA.id)
        : type === 'case_study'
          ? validBody.caseStudy([cast.siteA.id])
          : validBody.solution(cast.siteA.id)
    const item = await createItem(app, cast.contributor, type, body)
    return walk(app, item, [
      [cast.contributor, 'submit'],
      [cast.curator, 'claim'],
      [cast.curator, 'publish'],
    ])
  }
  const pathOf = (item: MadeItem) => ({ lesson: '/v1/lessons', case_study: '/v1/case-studies', solution: '/v1/solutions' })[item.type]
  const read = async <T = Lesson>(item: MadeItem, who = cast.curator): Promise<T> => {
    const res = await get(`${pathOf(item)}/${item.id}`, who)
    expect(res.statusCode, res.body).toBe(200)
    return res.json<T>()
  }
  /** Moves an item's review-by date by writing the row, as time passing would. */
  const setReviewBy = (item: MadeItem, at: Date) =>
    app.db.update(contentItems).set({ reviewBy: at, reviewDueNotifiedAt: null }).where(eq(contentItems.id, item.id))
  const queue = async (query = '', who = cast.curator) => {
    const res = await get(`/v1/review-due${query}`, who)
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Page<ReviewDueEntry>>()
  }
  const setPeriods = async (body: object, who = cast.admin) =>
    app.inject({ method: 'PUT', url: '/v1/settings/review-periods', headers: who.headers, payload: body })

  describe('the review-by date set on publishing', () => {
    beforeEach(async () => {
      expect((await setPeriods({ lessons: 24, caseStudies: 24, solutions: 24 })).statusCode).toBe(200)
    })

    it('a newly published lesson is due for review 24 months after it was published, and is not stale', async () => {
      const lesson = await read(await publishOne())
      expect(lesson.publishedAt).not.toBeNull()
      expect(lesson.reviewBy).toBe(monthsAfter(lesson.publishedAt ?? '', 24))
      expect(lesson.stale).toBe(false)
    })

    it('a draft has no review-by date and is never stale', async () => {
      const draft = await createItem(app, cast.contributor, 'lesson', validBody.lesson(cast.siteA.id))
      const lesson = await read(draft)
      expect(lesson.reviewBy).toBeNull()
      expect(lesson.stale).toBe(false)
    })

    it('after an admin sets case studies to 6 months, a case study published next is due 6 months on; lessons keep 24', async () => {
      const res = await setPeriods({ caseStudies: 6 })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json<ReviewPeriods>()).toMatchObject({ lessons: 24, caseStudies: 6, solutions: 24 })
      const caseStudy = await read<CaseStudy>(await publishOne('case_study'))
      expect(caseStudy.reviewBy).toBe(monthsAfter(caseStudy.publishedAt ?? '', 6))
      const lesson = await read(await publishOne('lesson'))
      expect(lesson.reviewBy).toBe(monthsAfter(lesson.publishedAt ?? '', 24))
    })

    it('curators read the periods; only admins change them, a stale If-Match is a 412, and a bad period is a 400', async () => {
      const seen = await get('/v1/settings/review-periods')
      expect(seen.statusCode).toBe(200)
      expect(seen.headers.etag).toBeDefined()
      await expectProblem(await setPeriods({ lessons: 12 }, cast.curator), 403)
      expect((await get('/v1/settings/review-periods', cast.contributor)).statusCode).toBe(403)
      const stale = await app.inject({
        method: 'PUT',
        url: '/v1/settings/review-periods',
        headers: { ...cast.admin.headers, 'if-match': '"1"' },
        payload: { lessons: 12 },
      })
      await expectProblem(stale, 412)
      await expectProblem(await setPeriods({ lessons: 0 }), 400)
      await expectProblem(await setPeriods({}), 400)
    })
  })

  describe('setting a review-by date on one item', () => {
    it('a curator moves a published lesson’s review-by date with PATCH', async () => {
      const item = await publishOne()
      const reviewBy = new Date(Date.now() + 200 * DAY).toISOString()
      const res = await app.inject({ method: 'PATCH', url: `/v1/lessons/${item.id}`, headers: cast.curator.headers, payload: { reviewBy } })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json<Lesson>().reviewBy).toBe(reviewBy)
      expect(res.json<Lesson>().stale).toBe(false)
    })

    it('a contributor sending reviewBy on their own draft gets a 403 and nothing changes', async () => {
      const draft = await createItem(app, cast.contributor, 'lesson', validBody.lesson(cast.siteA.id))
      const res = await app.inject({
        method: 'PATCH',
        url: `/v1/lessons/${draft.id}`,
        headers: cast.contributor.headers,
        payload: { title: 'A new title', reviewBy: new Date(Date.now() + 10 * DAY).toISOString() },
      })
      expect(expectProblem(res, 403).detail).toMatch(/curators and admins/)
      const lesson = await read(draft)
      expect(lesson.reviewBy).toBeNull()
      expect(lesson.title).toBe(draft.title)
    })

    it('a review-by date a curator chose before publishing is kept when the item is published', async () => {
      const item = await createItem(app, cast.contributor, 'lesson', validBody.lesson(cast.siteA.id))
      const reviewBy = new Date(Date.now() + 90 * DAY).toISOString()
      const res = await app.inject({ method: 'PATCH', url: `/v1/lessons/${item.id}`, headers: cast.curator.headers, payload: { reviewBy } })
      expect(res.statusCode, res.body).toBe(200)
      await walk(app, item, [
        [cast.contributor, 'submit'],
        [cast.curator, 'claim'],
        [cast.curator, 'publish'],
      ])
      expect((await read(item)).reviewBy).toBe(reviewBy)
    })
  })

  describe('stale in lists and detail', () => {
    let dueSoon: MadeItem
    let overdue: MadeItem
    let fresh: MadeItem

    beforeAll(async () => {
      dueSoon = await publishOne()
      overdue = await publishOne()
      fresh = await publishOne()
      await setReviewBy(dueSoon, new Date(Date.now() + 10 * DAY))
      await setReviewBy(overdue, new Date(Date.now() - 3 * DAY))
      await setReviewBy(fresh, new Date(Date.now() + 40 * DAY))
    })

    it('an item within 30 days of its review-by date, or past it, is stale in its detail; one 40 days away is not', async () => {
      expect((await read(dueSoon)).stale).toBe(true)
      expect((await read(overdue, cast.otherContributor)).stale).toBe(true)
      expect((await read(fresh)).stale).toBe(false)
    })

    it('list rows carry reviewBy and stale, and stale=true and stale=false split the list', async () => {
      const all = await get('/v1/lessons?limit=100')
      const rows = all.json<Page<LessonListItem>>().data
      const row = rows.find((found) => found.id === overdue.id)
      expect(row?.stale).toBe(true)
      expect(row?.reviewBy).not.toBeNull()

      const staleIds = (await get('/v1/lessons?stale=true&limit=100')).json<Page<LessonListItem>>().data.map((found) => found.id)
      expect(staleIds).toEqual(expect.arrayContaining([dueSoon.id, overdue.id]))
      expect(staleIds).not.toContain(fresh.id)
      const freshIds = (await get('/v1/lessons?stale=false&limit=100')).json<Page<LessonListItem>>().data.map((found) => found.id)
      expect(freshIds).toContain(fresh.id)
      expect(freshIds).not.toContain(overdue.id)
      expect(freshIds).not.toContain(dueSoon.id)
    })

    it('the stale filter pages with a cursor like any other filter', async () => {
      const first = await get('/v1/lessons?stale=true&limit=1')
      const page = first.json<Page<LessonListItem>>()
      expect(page.data).toHaveLength(1)
      expect(page.nextCursor).not.toBeNull()
      const next = await get(`/v1/lessons?stale=true&limit=1&cursor=${page.nextCursor}`)
      expect(next.statusCode).toBe(200)
      expect(next.json<Page<LessonListItem>>().data[0]?.id).not.toBe(page.data[0]?.id)
    })
  })

  describe('the review-due queue', () => {
    it('lists what is due soonest first, the overdue at the top, with filters and keyset pages', async () => {
      const later = await publishOne('lesson')
      const sooner = await publishOne('solution')
      const late = await publishOne('lesson')
      await setReviewBy(later, new Date(Date.now() + 20 * DAY))
      await setReviewBy(sooner, new Date(Date.now() + 5 * DAY))
      await setReviewBy(late, new Date(Date.now() - 400 * DAY))
      const { data } = await queue('?limit=100')
      const order = data.map((entry) => entry.id).filter((id) => [later.id, sooner.id, late.id].includes(id))
      expect(order).toEqual([late.id, sooner.id, later.id])
      const reviewBys = data.map((entry) => Date.parse(entry.reviewBy))
      expect(reviewBys).toEqual([...reviewBys].sort((a, b) => a - b))
      const lateEntry = data.find((entry) => entry.id === late.id)
      expect(lateEntry).toMatchObject({ type: 'lesson', overdue: true, sites: [{ id: cast.siteA.id }] })
      expect(lateEntry?.daysLeft).toBeLessThan(-390)

      const solutions = await queue('?type=solution&limit=100')
      expect(solutions.data.every((entry) => entry.type === 'solution')).toBe(true)
      expect(solutions.data.map((entry) => entry.id)).toContain(sooner.id)
      expect((await queue(`?siteId=${cast.siteA.id}&limit=100`)).data.map((entry) => entry.id)).toContain(late.id)
      expect((await queue(`?siteId=${cast.siteB.id}`)).data).toEqual([])

      const pages: string[] = []
      let cursor: string | null = null
      do {
        const page: Page<ReviewDueEntry> = await queue(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        pages.push(...page.data.map((entry) => entry.id))
        cursor = page.nextCursor
      } while (cursor)
      expect(pages).toEqual(data.map((entry) => entry.id))
    })

    it('only curators and admins read it', async () => {
      expect((await get('/v1/review-due', cast.admin)).statusCode).toBe(200)
      await expectProblem(await get('/v1/review-due', cast.contributor), 403)
    })

    it('archiving an item takes it out of the queue', async () => {
      const item = await publishOne()
      await setReviewBy(item, new Date(Date.now() - DAY))
      expect((await queue('?limit=100')).data.map((entry) => entry.id)).toContain(item.id)
      await walk(app, item, [[cast.curator, 'archive']])
      expect((await queue('?limit=100')).data.map((entry) => entry.id)).not.toContain(item.id)
      expect((await read(item)).stale).toBe(false)
    })
  })

  describe('reaffirming', () => {
    it('a curator reaffirms with a note: a new date, the note in the history, and the item leaves the queue', async () => {
      const item = await publishOne()
      await setReviewBy(item, new Date(Date.now() - DAY))
      const reviewBy = new Date(Date.now() + 365 * DAY).toISOString()
      const res = await app.inject({
        method: 'POST',
        url: `/v1/lessons/${item.id}/reaffirm`,
        headers: cast.curator.headers,
        payload: { reviewBy, note: 'Checked against the 2026 guidance; still right.' },
      })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json<Lesson>()).toMatchObject({ status: 'published', reviewBy, stale: false })
      const history = (await get(`/v1/lessons/${item.id}/history`)).json<{ data: Transition[] }>().data
      expect(history.at(-1)).toMatchObject({
        action: 'reaffirm',
        fromStatus: 'published',
        toStatus: 'published',
        note: 'Checked against the 2026 guidance; still right.',
      })
      expect((await queue('?limit=100')).data.map((entry) => entry.id)).not.toContain(item.id)
      expect(await auditActionsFor(app, item.id)).toContain('lesson.reaffirmed')
    })

    it('without a date, the new review-by date is the type’s period from now', async () => {
      expect((await setPeriods({ solutions: 12 })).statusCode).toBe(200)
      const item = await publishOne('solution')
      await setReviewBy(item, new Date(Date.now() - DAY))
      const before = Date.now()
      const res = await app.inject({
        method: 'POST',
        url: `/v1/solutions/${item.id}/reaffirm`,
        headers: cast.curator.headers,
        payload: { note: 'Still the way to do it.' },
      })
      expect(res.statusCode, res.body).toBe(200)
      const reviewBy = Date.parse(res.json<Lesson>().reviewBy ?? '')
      expect(reviewBy).toBeGreaterThanOrEqual(Date.parse(monthsAfter(new Date(before - 1000).toISOString(), 12)))
      expect(reviewBy).toBeLessThanOrEqual(Date.parse(monthsAfter(new Date().toISOString(), 12)))
    })

    it('needs a note, a date in the future, a curator and a published item', async () => {
      const item = await publishOne()
      const url = `/v1/lessons/${item.id}/reaffirm`
      const post = (payload: object, who = cast.curator) => app.inject({ method: 'POST', url, headers: who.headers, payload })
      await expectProblem(await post({}), 400)
      await expectProblem(await post({ note: 'x', reviewBy: new Date(Date.now() - DAY).toISOString() }), 400, '/reviewBy')
      await expectProblem(await post({ note: 'Still right.' }, cast.contributor), 403)
      const draft = await createItem(app, cast.contributor, 'lesson', validBody.lesson(cast.siteA.id))
      const res = await app.inject({
        method: 'POST',
        url: `/v1/lessons/${draft.id}/reaffirm`,
        headers: cast.curator.headers,
        payload: { note: 'Still right.' },
      })
      await expectProblem(res, 409)
    })
  })

  describe('the review-due job', () => {
    const hooks: string[] = []
    const register = async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/v1/webhooks',
        headers: cast.admin.headers,
        payload: { url: 'http://127.0.0.1:9/review', events: ['item.review_due'] },
      })
      expect(res.statusCode, res.body).toBe(201)
      const id = res.json<{ id: string }>().id
      hooks.push(id)
      return id
    }
    const eventsFor = async (webhookId: string, itemId: string) => {
      const found = await app.db
        .select({ payload: webhookDeliveries.payload })
        .from(webhookDeliveries)
        .where(and(eq(webhookDeliveries.webhookId, webhookId), sql`${webhookDeliveries.payload}->'data'->>'id' = ${itemId}`))
      return found.map((row) => row.payload)
    }

    it('announces an item coming due once, however often it runs, and again after a reaffirm when it next comes due', async () => {
      const hook = await register()
      await notifyReviewDue(app.db) // what earlier tests left due
      const item = await publishOne()
      expect(await notifyReviewDue(app.db)).toBe(0)
      await app.db
        .update(contentItems)
        .set({ reviewBy: new Date(Date.now() + 5 * DAY) })
        .where(eq(contentItems.id, item.id))
      expect(await notifyReviewDue(app.db)).toBe(1)
      expect(await notifyReviewDue(app.db)).toBe(0)
      const events = await eventsFor(hook, item.id)
      expect(events).toHaveLength(1)
      expect(events[0]).toMatchObject({ type: 'item.review_due', data: { id: item.id, type: 'lesson', title: item.title } })

      const reaffirmed = await app.inject({
        method: 'POST',
        url: `/v1/lessons/${item.id}/reaffirm`,
        headers: cast.curator.headers,
        payload: { note: 'Still right.', reviewBy: new Date(Date.now() + 40 * DAY).toISOString() },
      })
      expect(reaffirmed.statusCode, reaffirmed.body).toBe(200)
      expect(await notifyReviewDue(app.db)).toBe(0)
      await app.db
        .update(contentItems)
        .set({ reviewBy: new Date(Date.now() + 20 * DAY) })
        .where(eq(contentItems.id, item.id))
      expect(await notifyReviewDue(app.db)).toBe(1)
      expect(await eventsFor(hook, item.id)).toHaveLength(2)
    })

    itOnPostgres('two API processes running the job at once announce each item once', async () => {
      const hook = await register()
      await notifyReviewDue(app.db)
      const items = await Promise.all(Array.from({ length: 6 }, () => publishOne()))
      for (const item of items) await setReviewBy(item, new Date(Date.now() - DAY))
      const second = await buildApp(app.config)
      try {
        const counts = await Promise.all([notifyReviewDue(app.db), notifyReviewDue(second.db), notifyReviewDue(second.db)])
        expect(counts.reduce((sum, count) => sum + count, 0)).toBe(items.length)
        for (const item of items) expect(await eventsFor(hook, item.id)).toHaveLength(1)
      } finally {
        await second.close()
      }
    })
  })

  describe('the dashboard', () => {
    it('the pipeline counts the items past review and those due for review', async () => {
      const before = (await get('/v1/dashboard/pipeline')).json<DashboardPipeline>()
      const item = await publishOne()
      await setReviewBy(item, new Date(Date.now() - DAY))
      const after = (await get('/v1/dashboard/pipeline')).json<DashboardPipeline>()
      expect(after.pastReview).toBe(before.pastReview + 1)
      expect(after.reviewDue).toBe(before.reviewDue + 1)
    })
  })
})
