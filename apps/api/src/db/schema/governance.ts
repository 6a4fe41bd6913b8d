import type { FindingKind, FindingStatus } from '@learnonce/contracts'
import { sql } from 'drizzle-orm'
import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { id, rowMeta, timestamptz } from './columns.js'
import { contentItems } from './content.js'
import { users } from './identity.js'

/**
 * Information-governance findings of an item: where in which field something that may identify a
 * person sits. The value itself is not stored: `fingerprint` (a hash of the item, the kind and the
 * normalised value) is what tells the same value apart from a new one after an edit, and `preview`
 * is masked.
 */
export const contentFindings = pgTable(
  'content_findings',
  {
    id: id(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItems.id, { onDelete: 'cascade' }),
    /** JSON pointer into the item's API shape: /summary, /wentWell, /links/0/title. */
    field: text('field').notNull(),
    kind: text('kind').$type<FindingKind>().notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    fingerprint: text('fingerprint').notNull(),
    preview: text('preview').notNull(),
    status: text('status').$type<FindingStatus>().notNull().default('open'),
    note: text('note'),
    resolvedById: uuid('resolved_by_id').references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: timestamptz('resolved_at'),
    ...rowMeta(),
  },
  (t) => [
    index('content_findings_item_idx').on(t.itemId, t.id),
    // The open count every item and list row shows, and the publish guard.
    index('content_findings_open_idx').on(t.itemId).where(sql`${t.status} = 'open'`),
  ],
)

export type ContentFindingRow = typeof contentFindings.$inferSelect
