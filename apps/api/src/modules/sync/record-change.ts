import type { ContentEventAction, ContentStatus, ContentType } from '@learnonce/contracts'
import { eq } from 'drizzle-orm'
import type { Executor } from '../../db/client.js'
import { contentChanges, contentItems } from '../../db/schema/index.js'
import { kindOf } from '../content/kinds.js'
import { enqueueEvent } from '../webhooks/outbox.js'
import { publishedRecords } from './published.js'

/** A write to an item: its status before (null: it did not exist) and after (null: deleted). */
export interface ContentChange {
  type: ContentType
  id: string
  from: ContentStatus | null
  to: ContentStatus | null
}

/** What integrators hear about a change; nothing when the item is not published before or after. */
function eventAction(from: ContentStatus | null, to: ContentStatus | null): ContentEventAction | null {
  if (to === 'published') return from === 'published' ? 'updated' : from === 'archived' ? 'restored' : 'published'
  if (from !== 'published') return null
  return to === 'duplicate' ? 'duplicate' : 'archived'
}

/**
 * The one hook every write to content calls, inside its transaction: a row in the sync change log
 * and an event in the webhook outbox, so both exist exactly when the change commits. Writes that
 * never touch the published set (drafts, reviews) leave no trace here.
 */
export async function recordContentChange(tx: Executor, change: ContentChange): Promise<void> {
  const action = eventAction(change.from, change.to)
  if (action === null) return
  // The feed serves an item as it is now, so an older row of the same item would only repeat it.
  // Writers of one item hold its row lock, so this never races with another writer's insert.
  await tx.delete(contentChanges).where(eq(contentChanges.itemId, change.id))
  await tx.insert(contentChanges).values({ itemId: change.id, type: change.type })
  await enqueueEvent(tx, `${change.type}.${action}`, async () => {
    const [record] = change.to === 'published' ? await publishedRecords(tx, [change.id]) : []
    return { id: change.id, type: change.type, status: change.to ?? 'deleted', item: record ? kindOf(record.type).toItem(record) : null }
  })
}

/**
 * Data shown inside an item changed (a solution's adoption counts, its lineage): an update when
 * the item is published. The caller has already written the item's row, so it holds its lock.
 */
export async function recordRelatedChange(tx: Executor, type: ContentType, id: string): Promise<void> {
  const [item] = await tx.select({ status: contentItems.status }).from(contentItems).where(eq(contentItems.id, id))
  if (item) await recordContentChange(tx, { type, id, from: item.status, to: item.status })
}
