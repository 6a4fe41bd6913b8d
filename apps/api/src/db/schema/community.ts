import type { JourneyStage, NewsKind, ResourceKind } from '@learnonce/contracts'
import { sql } from 'drizzle-orm'
import { boolean, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core'
import { id, rowMeta, timestamptz } from './columns.js'
import { contentItems, tsvector } from './content.js'
import { files } from './files.js'
import { users } from './identity.js'
import { networks } from './networks.js'

/** A network's library: links and uploaded files, in the order its coordinators chose. */
export const networkResources = pgTable(
  'network_resources',
  {
    id: id(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    kind: text('kind').$type<ResourceKind>().notNull(),
    journeyStage: text('journey_stage').$type<JourneyStage>(),
    position: integer('position').notNull().default(0),
    url: text('url'),
    fileId: uuid('file_id').references(() => files.id, { onDelete: 'set null' }),
    addedBy: uuid('added_by').references(() => users.id, { onDelete: 'set null' }),
    ...rowMeta(),
  },
  (t) => [
    index('network_resources_network_idx').on(t.networkId, t.position, t.id),
    index('network_resources_kind_idx').on(t.networkId, t.kind, t.position, t.id),
    index('network_resources_stage_idx').on(t.networkId, t.journeyStage, t.position, t.id),
  ],
)

/** A discussion in a network. `lastPostAt` is written by the API in milliseconds, so it can be a cursor. */
export const discussionThreads = pgTable(
  'discussion_threads',
  {
    id: id(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    pinned: boolean('pinned').notNull().default(false),
    locked: boolean('locked').notNull().default(false),
    lastPostAt: timestamptz('last_post_at').notNull(),
    ...rowMeta(),
    search: tsvector('search').notNull().generatedAlwaysAs(sql`to_tsvector('english', coalesce(title, ''))`),
  },
  (t) => [
    index('discussion_threads_network_idx').on(t.networkId, t.pinned, t.lastPostAt, t.id),
    index('discussion_threads_search_idx').using('gin', t.search),
  ],
)

/** A post of a thread. A removed post keeps its place (and author) but not its words. */
export const discussionPosts = pgTable(
  'discussion_posts',
  {
    id: id(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => discussionThreads.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    editedAt: timestamptz('edited_at'),
    removedAt: timestamptz('removed_at'),
    removedBy: uuid('removed_by').references(() => users.id, { onDelete: 'set null' }),
    ...rowMeta(),
    search: tsvector('search').notNull().generatedAlwaysAs(sql`to_tsvector('english', coalesce(body, ''))`),
  },
  (t) => [index('discussion_posts_thread_idx').on(t.threadId, t.id), index('discussion_posts_search_idx').using('gin', t.search)],
)

/** Draft lessons captured from a thread ("capture this as a lesson"). */
export const threadCaptures = pgTable(
  'thread_captures',
  {
    threadId: uuid('thread_id')
      .notNull()
      .references(() => discussionThreads.id, { onDelete: 'cascade' }),
    lessonId: uuid('lesson_id')
      .notNull()
      .references(() => contentItems.id, { onDelete: 'cascade' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.lessonId] }), index('thread_captures_lesson_idx').on(t.lessonId)],
)

/** A network's news: announcements and evaluation update reports. */
export const networkNews = pgTable(
  'network_news',
  {
    id: id(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    body: text('body').notNull(),
    kind: text('kind').$type<NewsKind>().notNull(),
    publishedAt: timestamptz('published_at').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    ...rowMeta(),
  },
  (t) => [
    index('network_news_network_idx').on(t.networkId, t.publishedAt, t.id),
    index('network_news_kind_idx').on(t.networkId, t.kind, t.publishedAt, t.id),
  ],
)
