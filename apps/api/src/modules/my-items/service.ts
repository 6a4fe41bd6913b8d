import { allowedActions, type MyItem, type MyItemsQuery } from '@learnonce/contracts'
import { and, desc, eq, sql } from 'drizzle-orm'
import type { Executor } from '../../db/client.js'
import { exactTime } from '../../db/exact-time.js'
import { contentItems } from '../../db/schema/index.js'
import { type Cursor, decodeCursor } from '../../pagination.js'
import type { Actor } from '../../plugins/auth.js'
import { canEdit } from '../content/policy.js'
import { iso } from '../content/records.js'

/** One of the caller's sites' items as loaded: what the rules need, and its change time at full precision. */
export interface MyItemRecord {
  id: string
  type: MyItem['type']
  title: string
  status: MyItem['status']
  siteIds: string[]
  assigneeId: string | null
  version: number
  /** `updated_at` to the microsecond, for the cursor. */
  updatedAt: string
  submittedAt: Date | null
  publishedAt: Date | null
  decisionNote: string | null
}

/**
 * One page of the items of the actor's sites, in every state, most recently changed first: `limit + 1`
 * rows in one query. Membership is the rule, not visibility: another site's published item is
 * readable, but it is not the caller's to follow here. Someone with no sites has nothing to list.
 */
export async function listMyItems(db: Executor, actor: Actor, query: MyItemsQuery, limit: number): Promise<MyItemRecord[]> {
  const cursor = decodeCursor(query.cursor, ['timestamp', 'uuid'])
  if (actor.siteIds.length === 0) return []
  const mySites = sql.join(
    actor.siteIds.map((siteId) => sql`${siteId}::uuid`),
    sql`, `,
  )
  const filters = [
    // Served by content_sites_site_idx (site_id, item_id): the caller's sites lead to their items.
    sql`exists (select 1 from content_sites my_site where my_site.item_id = ${contentItems.id} and my_site.site_id in (${mySites}))`,
    query.status ? eq(contentItems.status, query.status) : undefined,
    query.type ? eq(contentItems.type, query.type) : undefined,
    cursor
      ? sql`(${contentItems.updatedAt}, ${contentItems.id}) < (${String(cursor[0])}::timestamptz, ${String(cursor[1])}::uuid)`
      : undefined,
  ]
  return db
    .select({
      id: contentItems.id,
      type: contentItems.type,
      title: contentItems.title,
      status: contentItems.status,
      siteIds: sql<string[]>`array(select item_site.site_id::text from content_sites item_site
        where item_site.item_id = ${contentItems.id} order by item_site.position, item_site.site_id)`,
      assigneeId: contentItems.assigneeId,
      version: contentItems.version,
      updatedAt: exactTime(contentItems.updatedAt),
      submittedAt: contentItems.submittedAt,
      publishedAt: contentItems.publishedAt,
      decisionNote: contentItems.decisionNote,
    })
    .from(contentItems)
    .where(and(...filters))
    .orderBy(desc(contentItems.updatedAt), desc(contentItems.id))
    .limit(limit + 1)
}

export const myItemCursor = (record: MyItemRecord): Cursor => [record.updatedAt, record.id]

/** The API shape, with what the caller may do now, decided by the same rules the item routes use. */
export function toMyItem(actor: Actor, record: MyItemRecord): MyItem {
  const actions = allowedActions(actor, record)
  return {
    id: record.id,
    type: record.type,
    title: record.title,
    status: record.status,
    siteIds: record.siteIds,
    version: record.version,
    updatedAt: new Date(record.updatedAt).toISOString(),
    submittedAt: iso(record.submittedAt),
    publishedAt: iso(record.publishedAt),
    decisionNote: record.decisionNote,
    canEdit: canEdit(actor, record),
    canSubmit: actions.includes('submit'),
    allowedActions: actions,
  }
}
