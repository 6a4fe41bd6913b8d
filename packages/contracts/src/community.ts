import { type Static, Type } from 'typebox'
import { Nullable, PageQuery, RowMeta, StringEnum, Text, Timestamp, Uuid } from './common.js'
import { Markdown } from './content.js'
import { FileSummary } from './files.js'
import { JourneyStage } from './taxonomy.js'

/**
 * A network as a learning community: its library of resources, its discussions and its news.
 * Who reads them follows the network's `access` (open: anyone signed in; members: only those who
 * take part — people at its member sites, its coordinators, curators and admins).
 */

export const networkAccesses = ['open', 'members'] as const
export type NetworkAccess = (typeof networkAccesses)[number]
export const NetworkAccess = StringEnum(networkAccesses, {
  description: 'Who reads the library, discussions and news: `open` any signed-in person, `members` only those who take part',
})

const HttpUrl = Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2000 })

// Resources

export const resourceKinds = ['agenda', 'template', 'toolkit', 'evaluation', 'report', 'presentation', 'other'] as const
export type ResourceKind = (typeof resourceKinds)[number]
export const ResourceKind = StringEnum(resourceKinds)

/** One entry of a network's library: a link or an uploaded file, in the order coordinators chose. */
export const NetworkResource = Type.Object({
  ...RowMeta,
  networkId: Uuid,
  title: Text(200),
  description: Markdown(5000),
  kind: ResourceKind,
  journeyStage: Nullable(JourneyStage),
  position: Type.Integer({ minimum: 0, description: 'Place in the library, first is 0; change it with PUT …/resources/order' }),
  url: Nullable({ ...HttpUrl, description: 'A link, when the resource is not an uploaded file' }),
  fileId: Nullable({ ...Uuid, description: 'An uploaded file (POST /v1/files), when the resource is not a link' }),
  file: Nullable(FileSummary),
  addedBy: Nullable(Uuid),
})
export type NetworkResource = Static<typeof NetworkResource>

const resourceRequired = ['title', 'kind'] as const
const resourceOptional = ['description', 'journeyStage', 'url', 'fileId'] as const

export const NetworkResourceCreate = Type.Object(
  { ...Type.Pick(NetworkResource, resourceRequired).properties, ...Type.Partial(Type.Pick(NetworkResource, resourceOptional)).properties },
  { additionalProperties: false, description: 'Exactly one of `url` and `fileId`.' },
)
export type NetworkResourceCreate = Static<typeof NetworkResourceCreate>

export const NetworkResourceUpdate = Type.Partial(Type.Pick(NetworkResource, [...resourceRequired, ...resourceOptional]), {
  additionalProperties: false,
  minProperties: 1,
})
export type NetworkResourceUpdate = Static<typeof NetworkResourceUpdate>

export const NetworkResourceListQuery = Type.Object(
  { ...PageQuery.properties, kind: Type.Optional(ResourceKind), journeyStage: Type.Optional(JourneyStage) },
  { additionalProperties: false },
)
export type NetworkResourceListQuery = Static<typeof NetworkResourceListQuery>

export const NetworkResourceOrder = Type.Object(
  { resourceIds: Type.Array(Uuid, { maxItems: 1000, description: 'Every resource of the network, each exactly once, first to last' }) },
  { additionalProperties: false },
)
export type NetworkResourceOrder = Static<typeof NetworkResourceOrder>

// Discussions

/** A discussion in a network: pinned threads first, then by newest activity. */
export const DiscussionThread = Type.Object({
  ...RowMeta,
  networkId: Uuid,
  title: Text(200),
  authorId: Nullable(Uuid),
  authorName: Nullable(Type.String()),
  pinned: Type.Boolean({ description: 'Listed before the others; set by moderators' }),
  locked: Type.Boolean({ description: 'Takes no new posts; set by moderators' }),
  postCount: Type.Integer({ minimum: 0, description: 'Posts including the first, removed ones included' }),
  lastPostAt: Timestamp,
  capturedLessonIds: Type.Array(Uuid, { description: 'Draft lessons captured from this thread that you may see' }),
})
export type DiscussionThread = Static<typeof DiscussionThread>

export const PostBody = Type.String({ minLength: 1, maxLength: 20_000, pattern: '\\S', description: 'Markdown' })

export const DiscussionThreadCreate = Type.Object(
  { ...Type.Pick(DiscussionThread, ['title']).properties, body: PostBody },
  { additionalProperties: false, description: 'A thread starts with its first post.' },
)
export type DiscussionThreadCreate = Static<typeof DiscussionThreadCreate>

export const DiscussionThreadUpdate = Type.Partial(Type.Pick(DiscussionThread, ['title', 'pinned', 'locked']), {
  additionalProperties: false,
  minProperties: 1,
})
export type DiscussionThreadUpdate = Static<typeof DiscussionThreadUpdate>

export const DiscussionThreadListQuery = Type.Object(
  {
    ...PageQuery.properties,
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Full-text search of titles and posts' })),
  },
  { additionalProperties: false },
)
export type DiscussionThreadListQuery = Static<typeof DiscussionThreadListQuery>

export const removedPostText = 'This post was removed'

export const DiscussionPost = Type.Object({
  ...RowMeta,
  threadId: Uuid,
  authorId: Nullable(Uuid),
  authorName: Nullable(Type.String()),
  body: Type.String({ description: `Markdown; "${removedPostText}" once removed` }),
  editedAt: Nullable(Timestamp),
  removed: Type.Boolean(),
  editableUntil: Nullable({ ...Timestamp, description: 'Until when you may edit it; null when you may not, or have no limit' }),
})
export type DiscussionPost = Static<typeof DiscussionPost>

export const DiscussionPostCreate = Type.Object({ body: PostBody }, { additionalProperties: false })
export type DiscussionPostCreate = Static<typeof DiscussionPostCreate>
export const DiscussionPostUpdate = DiscussionPostCreate
export type DiscussionPostUpdate = Static<typeof DiscussionPostUpdate>

export const DiscussionPostListQuery = Type.Object(PageQuery.properties, { additionalProperties: false })
export type DiscussionPostListQuery = Static<typeof DiscussionPostListQuery>

export const ThreadCapture = Type.Object(
  { siteId: { ...Uuid, description: 'The member site the draft lesson is for' } },
  { additionalProperties: false },
)
export type ThreadCapture = Static<typeof ThreadCapture>

// News

export const newsKinds = ['announcement', 'evaluation_report'] as const
export type NewsKind = (typeof newsKinds)[number]
export const NewsKind = StringEnum(newsKinds)

/** An announcement or an evaluation update report of a network. */
export const NetworkNews = Type.Object({
  ...RowMeta,
  networkId: Uuid,
  title: Text(200),
  body: Markdown(50_000),
  kind: NewsKind,
  publishedAt: { ...Timestamp, description: 'When readers see it; a later time schedules it (moderators see it before)' },
  authorId: Nullable(Uuid),
  authorName: Nullable(Type.String()),
  fileIds: Type.Array(Uuid, { maxItems: 20, uniqueItems: true }),
  files: Type.Array(FileSummary),
})
export type NetworkNews = Static<typeof NetworkNews>

export const NetworkNewsCreate = Type.Object(
  {
    ...Type.Pick(NetworkNews, ['title', 'body', 'kind']).properties,
    ...Type.Partial(Type.Pick(NetworkNews, ['publishedAt', 'fileIds'])).properties,
  },
  { additionalProperties: false },
)
export type NetworkNewsCreate = Static<typeof NetworkNewsCreate>

export const NetworkNewsUpdate = Type.Partial(Type.Pick(NetworkNews, ['title', 'body', 'kind', 'publishedAt', 'fileIds']), {
  additionalProperties: false,
  minProperties: 1,
})
export type NetworkNewsUpdate = Static<typeof NetworkNewsUpdate>

export const NetworkNewsListQuery = Type.Object({ ...PageQuery.properties, kind: Type.Optional(NewsKind) }, { additionalProperties: false })
export type NetworkNewsListQuery = Static<typeof NetworkNewsListQuery>

// Activity

/** One write in the network's community, drawn from the audit trail. */
export const NetworkActivity = Type.Object({
  id: Uuid,
  action: Type.String({ description: 'e.g. resource.created, thread.created, post.created, post.removed, news.published' }),
  actorId: Nullable(Uuid),
  actorName: Nullable(Type.String()),
  subjectType: Type.String(),
  subjectId: Type.String(),
  title: Nullable(Type.String({ description: 'The title of the resource, thread or news it is about' })),
  createdAt: Timestamp,
})
export type NetworkActivity = Static<typeof NetworkActivity>

export const NetworkActivityListQuery = Type.Object(PageQuery.properties, { additionalProperties: false })
export type NetworkActivityListQuery = Static<typeof NetworkActivityListQuery>
