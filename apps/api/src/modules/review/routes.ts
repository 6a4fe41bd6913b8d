import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Page, REVIEW_DUE_WINDOW_DAYS, ReviewDueEntry, ReviewDueQuery, ReviewPeriods, ReviewPeriodsUpdate } from '@learnonce/contracts'
import { sendPage } from '../../pagination.js'
import { actorOf } from '../../plugins/auth.js'
import { expectedVersion } from '../../plugins/etag.js'
import { getReviewPeriods, updateReviewPeriods } from './periods.js'
import { listReviewDue, reviewDueCursor, toReviewDueEntry } from './service.js'

/** The curators' queue of published items due for review; contributors and keys never see it (403). */
export const reviewDueRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      config: { access: ['curator', 'admin'] },
      schema: {
        tags: ['review due'],
        summary: 'Published items due for review, soonest reviewBy first',
        description:
          `Lessons, case studies and solutions within ${REVIEW_DUE_WINDOW_DAYS} days of their \`reviewBy\` or past it (the ` +
          'ones marked `stale`), the most overdue first. Filter by `type`, `theme` and `siteId`. An item leaves the queue ' +
          'when a curator reaffirms it (`POST /{type}/{id}/reaffirm`) or archives it. Curators and admins only.',
        querystring: ReviewDueQuery,
        response: { 200: Page(ReviewDueEntry) },
      },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 20
      const records = await listReviewDue(app.db, request.query, limit)
      const page = sendPage(request, reply, records, limit, reviewDueCursor)
      return { data: page.data.map(toReviewDueEntry), nextCursor: page.nextCursor }
    },
  )
}

/** The hub's settings that admins change: for now, the review period of each type. */
export const settingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['settings']

  app.get(
    '/review-periods',
    {
      config: { access: ['curator', 'admin'], etag: true },
      schema: {
        tags,
        summary: 'How many months after publishing each type is due for review',
        description: `${REVIEW_DUE_WINDOW_DAYS} days before an item's \`reviewBy\` it shows as \`stale\` and joins \`GET /v1/review-due\`. Curators and admins.`,
        response: { 200: ReviewPeriods },
      },
    },
    () => getReviewPeriods(app.db),
  )

  app.put(
    '/review-periods',
    {
      config: { access: ['admin'], etag: true },
      schema: {
        tags,
        summary: 'Change the review periods',
        description:
          'Months (1–120) per type; the types you leave out keep theirs. Applies to items published or reaffirmed from now ' +
          'on: existing review-by dates stay as they are. Honours `If-Match`. Admins only.',
        body: ReviewPeriodsUpdate,
        response: { 200: ReviewPeriods },
      },
    },
    (request) => updateReviewPeriods(app.db, actorOf(request), request.body, expectedVersion(request)),
  )
}
