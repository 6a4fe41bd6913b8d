import type { ContentType } from '@learnonce/contracts'
import { and, asc, eq, gt, inArray, type SQL } from 'drizzle-orm'
import type { Executor } from '../../db/client.js'
import { contentItems } from '../../db/schema/index.js'
import type { Actor } from '../../plugins/auth.js'
import type { ContentRecord } from '../content/records.js'
import { recordColumns } from '../content/records.js'

/**
 * Integrators get the representation anyone may read: read as a caller who sees only published
 * content, so related ids never name another site's draft whoever asks for the feed.
 */
const publishedOnlyReader: Actor = {
  kind: 'user',
  id: '00000000-0000-0000-0000-000000000000',
  role: 'contributor',
  email: 'sync@learnonce.invalid',
  name: 'Sync feed',
  siteIds: [],
}

const published = (where: SQL | undefined) => and(eq(contentItems.status, 'published'), where)

/** The published items among `ids` (the others have left the published set, or never joined it). */
export function publishedRecords(db: Executor, ids: string[]): Promise<ContentRecord[]> {
  if (ids.length === 0) return Promise.resolve([])
  return db
    .select(recordColumns(publishedOnlyReader))
    .from(contentItems)
    .where(published(inArray(contentItems.id, ids)))
}

/** One page of everything published now, in id order, for the snapshot that starts a sync. */
export function publishedPage(db: Executor, types: ContentType[], after: string | null, limit: number): Promise<ContentRecord[]> {
  return db
    .select(recordColumns(publishedOnlyReader))
    .from(contentItems)
    .where(published(and(inArray(contentItems.type, types), after ? gt(contentItems.id, after) : undefined)))
    .orderBy(asc(contentItems.id))
    .limit(limit)
}
