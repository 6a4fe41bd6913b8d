import { type Static, Type } from 'typebox'
import { Nullable, Timestamp, Uuid } from './common.js'
import { ContentStatus, ContentType } from './content.js'
import { EventKind } from './networks.js'
import { JourneyStage } from './taxonomy.js'

const Count = Type.Integer({ minimum: 0 })

export const DashboardPipelineQuery = Type.Object(
  {
    weeks: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 52, default: 12, description: 'How many weeks of submissions, this one included' }),
    ),
  },
  { additionalProperties: false },
)
export type DashboardPipelineQuery = Static<typeof DashboardPipelineQuery>

/** The ages the backlog is counted in, in days since submission: [minDays, maxDays], maxDays null for "and older". */
export const backlogBuckets = [
  { minDays: 0, maxDays: 1 },
  { minDays: 2, maxDays: 6 },
  { minDays: 7, maxDays: 13 },
  { minDays: 14, maxDays: 27 },
  { minDays: 28, maxDays: null },
] as const

export const DashboardPipeline = Type.Object({
  waiting: Type.Integer({ minimum: 0, description: 'Submitted and not yet claimed' }),
  inReview: Type.Integer({ minimum: 0, description: 'Claimed by a curator' }),
  mineInReview: Type.Integer({ minimum: 0, description: 'In review and held by you' }),
  oldestWaitingDays: Nullable(
    Type.Integer({ minimum: 0, description: 'Days the oldest item in the queue has waited; null when the queue is empty' }),
  ),
  submissionsPerWeek: Type.Array(
    Type.Object({
      weekStart: Type.String({ format: 'date', description: 'The Monday the week starts on (UTC)' }),
      submissions: Count,
    }),
    { description: 'Every submission (resubmissions included), oldest week first, one entry per week even when nothing came in' },
  ),
  backlogByAge: Type.Array(
    Type.Object({
      minDays: Count,
      maxDays: Nullable(Count),
      count: Count,
    }),
    { description: 'The queue (submitted and in review) by days since submission, youngest first' },
  ),
  pastReview: Type.Integer({ minimum: 0, description: 'Published items whose reviewBy has passed' }),
  reviewDue: Type.Integer({
    minimum: 0,
    description: 'Published items within 30 days of their reviewBy or past it: the review-due queue (GET /v1/review-due)',
  }),
})
export type DashboardPipeline = Static<typeof DashboardPipeline>

const ByType = Type.Object({ lesson: Count, case_study: Count, solution: Count, total: Count })

export const DashboardContent = Type.Object({
  publishedByTheme: Type.Array(Type.Object({ theme: Type.String(), name: Type.String(), ...ByType.properties }), {
    description: 'Published items per theme (an item with two themes counts in both), most first',
  }),
  publishedByStage: Type.Array(Type.Object({ stage: JourneyStage, count: Count }), {
    description: 'Published items placed on the journey, in the journey’s order, every stage listed',
  }),
  mostReused: Type.Array(
    Type.Object({
      id: Uuid,
      title: Type.String(),
      replicate: Count,
      customise: Count,
      enhance: Count,
      total: Count,
    }),
    { description: 'The published solutions with the most adoptions (up to 5), by mode' },
  ),
  upcomingEvents: Type.Array(
    Type.Object({
      id: Uuid,
      title: Type.String(),
      kind: EventKind,
      startsAt: Timestamp,
      network: Type.Object({ id: Uuid, name: Type.String() }),
    }),
    { description: 'The next events that have not ended (up to 5), soonest first' },
  ),
})
export type DashboardContent = Static<typeof DashboardContent>

export const DashboardMine = Type.Object({
  byState: Type.Array(Type.Object({ status: ContentStatus, count: Count }), {
    description: 'The items of your sites per state, every state listed',
  }),
  recentlyPublished: Type.Array(Type.Object({ id: Uuid, type: ContentType, title: Type.String(), publishedAt: Timestamp }), {
    description: 'Your sites’ latest published items (up to 5), newest first',
  }),
})
export type DashboardMine = Static<typeof DashboardMine>

export const DashboardHub = Type.Object({
  users: Type.Object({ active: Count, disabled: Count, admin: Count, curator: Count, contributor: Count }),
  sites: Type.Object({ active: Count, archived: Count }),
  failingWebhooks: Type.Array(
    Type.Object({
      id: Uuid,
      url: Type.String(),
      active: Type.Boolean(),
      failing: Type.Integer({ minimum: 1, description: 'Deliveries given up on in the last 7 days, or being retried now' }),
      lastStatusCode: Nullable(Type.Integer()),
      lastAttemptAt: Nullable(Timestamp),
    }),
    { description: 'Endpoints with failing deliveries, most failures first' },
  ),
  digests: Type.Object({
    sent: Type.Integer({ minimum: 0, description: 'Digest emails sent in the last 7 days' }),
    failed: Type.Integer({ minimum: 0, description: 'Digests that failed or were interrupted in the last 7 days (never resent)' }),
  }),
  keys: Type.Object({
    active: Count,
    neverUsed: Type.Integer({ minimum: 0, description: 'Active keys never used' }),
    recentlyUsed: Type.Array(Type.Object({ id: Uuid, name: Type.String(), prefix: Type.String(), lastUsedAt: Nullable(Timestamp) }), {
      description: 'Active keys (up to 10), most recently used first, never-used last',
    }),
  }),
})
export type DashboardHub = Static<typeof DashboardHub>
