import { type Static, Type } from 'typebox'
import { Nullable, PageQuery, Timestamp, Uuid } from './common.js'
import { ContentType, REVIEW_DUE_WINDOW_DAYS } from './content.js'
import { SiteRef } from './workflow.js'

const Months = Type.Integer({ minimum: 1, maximum: 120, description: 'Months after publishing' })

/**
 * How long after publishing each type of item is due for review (admins set them; 24 months until
 * they do). A change applies to items published or reaffirmed from then on.
 */
export const ReviewPeriods = Type.Object({
  lessons: Months,
  caseStudies: Months,
  solutions: Months,
  version: Type.Integer({ minimum: 1 }),
  updatedAt: Timestamp,
})
export type ReviewPeriods = Static<typeof ReviewPeriods>

export const ReviewPeriodsUpdate = Type.Partial(Type.Pick(ReviewPeriods, ['lessons', 'caseStudies', 'solutions']), {
  additionalProperties: false,
  minProperties: 1,
})
export type ReviewPeriodsUpdate = Static<typeof ReviewPeriodsUpdate>

/** One row of the curators' review-due queue. */
export const ReviewDueEntry = Type.Object({
  id: Uuid,
  type: ContentType,
  title: Type.String(),
  themes: Type.Array(Type.String()),
  sites: Type.Array(SiteRef),
  publishedAt: Nullable(Timestamp),
  reviewBy: Timestamp,
  daysLeft: Type.Integer({ description: 'Whole days until reviewBy; negative once it has passed' }),
  overdue: Type.Boolean({ description: 'reviewBy has passed' }),
  version: Type.Integer({ minimum: 1 }),
})
export type ReviewDueEntry = Static<typeof ReviewDueEntry>

export const ReviewDueQuery = Type.Object(
  {
    ...PageQuery.properties,
    type: Type.Optional(ContentType),
    theme: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    siteId: Type.Optional(Uuid),
  },
  { additionalProperties: false, description: `Published items within ${REVIEW_DUE_WINDOW_DAYS} days of reviewBy or past it` },
)
export type ReviewDueQuery = Static<typeof ReviewDueQuery>

/** The `item.review_due` webhook event's data. */
export const ReviewDueEvent = Type.Object({
  id: Uuid,
  type: ContentType,
  title: Type.String(),
  reviewBy: Timestamp,
})
export type ReviewDueEvent = Static<typeof ReviewDueEvent>
