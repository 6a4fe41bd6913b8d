import type { ContentType } from '@learnonce/contracts'
import { sql } from 'drizzle-orm'
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { id, rowMeta, timestamptz } from './columns.js'
import { contentItems } from './content.js'
import { files } from './files.js'
import { users } from './identity.js'

export type ImportStatus = 'ready' | 'queued' | 'running' | 'committed' | 'failed'

/**
 * One spreadsheet import: who sent which file (name, size, sha256), how its columns map to fields,
 * what the dry run found (`report`), and, once committed, how far the commit has got. `cursor` is the
 * last row number whose item exists, advanced in the transaction that creates the batch, so a
 * commit resumed on another replica or after a restart never creates a row twice.
 */
export const imports = pgTable(
  'imports',
  {
    id: id(),
    type: text('type').$type<ContentType>().notNull(),
    status: text('status').$type<ImportStatus>().notNull().default('ready'),
    /** The file as uploaded, in the file store (attached to the import, so it stays). */
    fileId: uuid('file_id').references(() => files.id, { onDelete: 'set null' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    /** sha256 of the file's sha256, its kind and its mapping: the same file imported the same way. */
    fingerprint: text('fingerprint').notNull(),
    mapping: jsonb('mapping').$type<Record<string, string>>().notNull(),
    headers: text('headers').array().$type<string[]>().notNull().default(sql`'{}'`),
    targetState: text('target_state').$type<'draft' | 'submitted'>().notNull(),
    report: jsonb('report').$type<unknown[]>().notNull().default([]),
    reportTruncated: boolean('report_truncated').notNull().default(false),
    rowsTotal: integer('rows_total').notNull().default(0),
    rowsValid: integer('rows_valid').notNull().default(0),
    rowsDone: integer('rows_done').notNull().default(0),
    cursor: integer('cursor').notNull().default(0),
    error: text('error'),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    committedById: uuid('committed_by_id').references(() => users.id, { onDelete: 'set null' }),
    committedAt: timestamptz('committed_at'),
    /** The replica working on the commit, and until when its claim holds unless it renews it. */
    leaseOwner: text('lease_owner'),
    leaseUntil: timestamptz('lease_until'),
    ...rowMeta(),
  },
  (t) => [
    index('imports_created_by_idx').on(t.createdById, t.id),
    // The same file, kind and mapping is committed once, whichever replica or request gets there first.
    uniqueIndex('imports_fingerprint_committed_idx').on(t.fingerprint).where(sql`${t.status} in ('queued', 'running', 'committed')`),
    index('imports_pending_idx').on(t.createdAt).where(sql`${t.status} in ('queued', 'running')`),
  ],
)

/**
 * The rows of an import that passed the dry run, as the create bodies they will become, and the item
 * each became: the commit reads them in row order from the cursor, so the file is not read again.
 */
export const importRows = pgTable(
  'import_rows',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    rowNumber: integer('row_number').notNull(),
    body: jsonb('body').$type<Record<string, unknown>>().notNull(),
    itemId: uuid('item_id').references(() => contentItems.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.importId, t.rowNumber] }), index('import_rows_item_idx').on(t.itemId).where(sql`item_id is not null`)],
)

export type InboundOutcome = 'draft_created' | 'refused'

/** Every message the inbound address received and what became of it, for admins to read. */
export const inboundMessages = pgTable(
  'inbound_messages',
  {
    id: id(),
    sender: text('sender'),
    subject: text('subject'),
    messageId: text('message_id'),
    size: integer('size').notNull(),
    outcome: text('outcome').$type<InboundOutcome>().notNull(),
    reason: text('reason').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    itemId: uuid('item_id').references(() => contentItems.id, { onDelete: 'set null' }),
    attachments: jsonb('attachments')
      .$type<{ name: string; mediaType: string; size: number; fileId: string | null }[]>()
      .notNull()
      .default([]),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('inbound_messages_outcome_idx').on(t.outcome, t.id)],
)
