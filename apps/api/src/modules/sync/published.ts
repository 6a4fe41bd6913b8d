import { type ContentType, contentTypes } from '@learnonce/contracts'
import { and, asc, eq, gt, inArray, type SQL, sql } from 'drizzle-orm'
import type { Executor } from '../../db/client.js'
import { rowsOf } from '../../db/prepared.js'
import { contentItems } from '../../db/schema/index.js'
import type { ContentRecord, Viewer } from '../content/records.js'
import { fromRows, recordColumns } from '../content/records.js'

/**
 * Integrators get the representation anyone may read: read as a viewer who sees only published
 * content, so related ids never name another site's draft whoever asks for the feed.
 */
const publishedOnly: Viewer = { audience: 'published', sites: sql`'{}'` }

const published = (where: SQL | undefined) => and(eq(contentItems.status, 'published'), where)

/**
 * The published items among `ids` (the others have left the published set, or never joined it). One
 * query per content type, because each type's select list computes only what that type shows.
 */
export async function publishedRecords(db: Executor, ids: string[]): Promise<ContentRecord[]> {
  if (ids.length === 0) return []
  const byType = await Promise.all(
    contentTypes.map(async (type) => {
      // Unnamed (planned with its ids), and read as the driver builds rows (rowsOf).
      const statement = db
        .select(recordColumns(publishedOnly, type))
        .from(contentItems)
        .where(published(and(eq(contentItems.type, type), inArray(contentItems.id, ids))))
        .prepare('')
      return fromRows<ContentRecord>(await rowsOf(statement, {}))
    }),
  )
  return byType.flat()
}

/** One page of everything published now, in id order, for the snapshot that starts a sync. */
export async function publishedPage(db: Executor, types: ContentType[], after: string | null, limit: number): Promise<ContentRecord[]> {
  const ids = await db
    .select({ id: contentItems.id })
    .from(contentItems)
    .where(published(and(inArray(contentItems.type, types), after ? gt(contentItems.id, after) : undefined)))
    .orderBy(asc(contentItems.id))
    .limit(limit)
  const records = await publishedRecords(
    db,
    ids.map((row) => row.id),
  )
  return records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
