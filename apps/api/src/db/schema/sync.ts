import type { ContentType } from '@learnonce/contracts'
import { sql } from 'drizzle-orm'
import { bigserial, customType, index, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { timestamptz } from './columns.js'

/** PostgreSQL's 64-bit transaction id; read as text, because it can outgrow a JS number in theory. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' })

/**
 * The sync feed's change log: one row per item whose published representation changed, written in
 * the transaction of the change. Only an item's latest row is kept (the feed serves the item as it
 * is now, so older rows would only repeat it). `txid` is the writing transaction's id, which is
 * what makes the feed's cursor safe against out-of-order commits (see modules/sync/service.ts).
 */
export const contentChanges = pgTable(
  'content_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    txid: xid8('txid').notNull().default(sql`pg_current_xact_id()`),
    itemId: uuid('item_id').notNull(),
    type: text('type').$type<ContentType>().notNull(),
    changedAt: timestamptz('changed_at').notNull().defaultNow(),
  },
  (t) => [index('content_changes_position_idx').on(t.txid, t.id), index('content_changes_item_idx').on(t.itemId)],
)
