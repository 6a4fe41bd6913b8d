import { type Static, Type } from 'typebox'
import { Nullable, PageQuery, StringEnum, Text, Timestamp, Uuid } from './common.js'
import { FileSummary } from './files.js'
import { Region } from './sites.js'
import { CareSetting, JourneyStage } from './taxonomy.js'

/** Lessons, case studies and solutions share one curation workflow. */
export const contentStatuses = [
  'draft',
  'submitted',
  'in_review',
  'changes_requested',
  'published',
  'rejected',
  'duplicate',
  'archived',
] as const
export type ContentStatus = (typeof contentStatuses)[number]
export const ContentStatus = StringEnum(contentStatuses)

export const contentTypes = ['lesson', 'case_study', 'solution'] as const
export type ContentType = (typeof contentTypes)[number]
export const ContentType = StringEnum(contentTypes)

export const linkKinds = ['website', 'document', 'template', 'toolkit', 'agreement', 'video', 'presentation', 'dataset', 'other'] as const
export const LinkKind = StringEnum(linkKinds)

/** A link to somewhere else on the web. */
export const ContentUrlLink = Type.Object(
  {
    title: Text(200),
    url: Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2000 }),
    kind: LinkKind,
  },
  { additionalProperties: false },
)
export type ContentUrlLink = Static<typeof ContentUrlLink>

/**
 * A link to a file uploaded to the hub (POST /v1/files): send `fileId`; the item shows the file's
 * name, type and size in `file`, and its bytes are at GET /v1/files/{fileId}/content.
 */
export const ContentFileLink = Type.Object(
  {
    title: Text(200),
    fileId: Uuid,
    kind: LinkKind,
    file: Type.Optional(
      Type.Union([FileSummary, Type.Null()], { description: 'Set by the hub on reading (ignored when written); null if the file is gone' }),
    ),
  },
  { additionalProperties: false },
)
export type ContentFileLink = Static<typeof ContentFileLink>

/** A link names either a URL or an uploaded file. */
export const ContentLink = Type.Union([ContentUrlLink, ContentFileLink])
export type ContentLink = Static<typeof ContentLink>
export const isFileLink = (link: ContentLink): link is ContentFileLink => 'fileId' in link

/** Markdown, stored as written. */
export const Markdown = (maxLength = 20_000) => Type.String({ maxLength, description: 'Markdown' })

/** Set by the workflow only; never writable through PATCH. */
export const workflowFields = {
  status: ContentStatus,
  submittedAt: Nullable(Timestamp),
  assigneeId: Nullable(Uuid),
  publishedAt: Nullable(Timestamp),
  decisionNote: Nullable(Type.String()),
  duplicateOfId: Nullable(Uuid),
  openFindings: Type.Integer({ minimum: 0, description: 'Information-governance findings still open: publishing waits until 0' }),
}

/** How close to `reviewBy` an item counts as stale: within this many days of it, or past it. */
export const REVIEW_DUE_WINDOW_DAYS = 30

/**
 * When a published item should be looked at again. Set on publishing (publishedAt plus the type's
 * period from `/v1/settings/review-periods`); curators change it with PATCH or `reaffirm`.
 */
export const reviewFields = {
  reviewBy: Nullable(
    Type.String({ format: 'date-time', description: 'When the item is due for review; null until it is first published' }),
  ),
  stale: Type.Boolean({
    description: `Published and within ${REVIEW_DUE_WINDOW_DAYS} days of \`reviewBy\` or past it (computed when read)`,
  }),
}

/** PATCH may move `reviewBy` (curators and admins only; a contributor sending it gets a 403). */
export const ReviewBy = Type.String({
  format: 'date-time',
  description: 'When the item should next be reviewed. Curators and admins only; a contributor sending it gets a 403.',
})

/** Fields every content type has and writes the same way. */
export const classification = {
  themes: Type.Array(Type.String({ minLength: 1, maxLength: 80 }), {
    maxItems: 10,
    uniqueItems: true,
    description: 'Theme slugs from /v1/taxonomy',
  }),
  careSettings: Type.Array(CareSetting, { maxItems: 7, uniqueItems: true }),
  tags: Type.Array(Type.String({ minLength: 1, maxLength: 50, pattern: '^[^,\\s][^,]*$' }), { maxItems: 20, uniqueItems: true }),
  links: Type.Array(ContentLink, { maxItems: 30 }),
}

export const Title = Text(200)
export const Summary = Text(2000)

/** Filters every content list accepts. */
export const contentFilters = {
  ...PageQuery.properties,
  status: Type.Optional(ContentStatus),
  theme: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
  careSetting: Type.Optional(CareSetting),
  journeyStage: Type.Optional(JourneyStage),
  siteId: Type.Optional(Uuid),
  region: Type.Optional(Region),
  tag: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
  networkId: Type.Optional(Uuid),
  updatedSince: Type.Optional(Timestamp),
  stale: Type.Optional(
    Type.Boolean({
      description: `true: only published items within ${REVIEW_DUE_WINDOW_DAYS} days of their reviewBy or past it; false: every other item`,
    }),
  ),
  q: Type.Optional(
    Type.String({ minLength: 1, maxLength: 200, description: 'Full-text search, ranked: title above summary above the body' }),
  ),
}

/** How many characters of a summary a list shows; the item, or `fields=summary`, carries all of it. */
export const LISTED_SUMMARY_LENGTH = 280

/**
 * `fields`: the long fields a list leaves out that an integrator wants back, comma-separated. The
 * names a kind accepts are listed in its description; any other name is a 400 naming /fields.
 */
export const ListFields = (names: readonly string[]) =>
  Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 500,
      description: `Extra fields for each list row, comma-separated, from: ${names.join(', ')}. \`summary\` (or \`problem\`) brings the untrimmed text.`,
      examples: [names.slice(0, 2).join(',')],
    }),
  )

/** A summary (or a solution's problem) as a list shows it. */
export const ListedSummary = Type.String({
  description: `Trimmed to ${LISTED_SUMMARY_LENGTH} characters (ending in …) unless \`fields\` names it`,
})

export const ContentListQuery = Type.Object(contentFilters, { additionalProperties: false })
export type ContentListQuery = Static<typeof ContentListQuery>

/** A pointer to another item, as shown in networks and event outputs. */
export const ContentRef = Type.Object({ id: Uuid, type: ContentType, title: Type.String(), status: ContentStatus })
export type ContentRef = Static<typeof ContentRef>
