import type { ContentStatus, HistoryAction } from '@learnonce/contracts'
import { sql } from 'drizzle-orm'
import { boolean, index, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { id, rowMeta, timestamptz } from './columns.js'
import { contentItems } from './content.js'
import { users } from './identity.js'

/** Every workflow transition of an item: its history, oldest first by id (UUID v7). */
export const contentTransitions = pgTable(
  'content_transitions',
  {
    id: id(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItems.id, { onDelete: 'cascade' }),
    action: text('action').$type<HistoryAction>().notNull(),
    fromStatus: text('from_status').$type<ContentStatus>().notNull(),
    toStatus: text('to_status').$type<ContentStatus>().notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    note: text('note'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('content_transitions_item_idx').on(t.itemId, t.id),
    // Submissions per week on the curators' dashboard: only the submits, by time.
    index('content_transitions_submit_idx').on(t.createdAt).where(sql`${t.action} = 'submit'`),
  ],
)

/** An item's review thread. Internal notes are for curators and admins only. */
export const contentComments = pgTable(
  'content_comments',
  {
    id: id(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItems.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    internal: boolean('internal').notNull().default(false),
    ...rowMeta(),
  },
  (t) => [index('content_comments_item_idx').on(t.itemId, t.id)],
)

export type ContentTransitionRow = typeof contentTransitions.$inferSelect
export type ContentCommentRow = typeof contentComments.$inferSelect
