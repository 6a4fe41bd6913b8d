import { type ContentType, type FeedQuery, feedSize } from '@learnonce/contracts'
import { and, desc, eq, sql } from 'drizzle-orm'
import type { Executor } from '../../db/client.js'
import { contentItems } from '../../db/schema/index.js'

export interface FeedEntry {
  id: string
  /** Null for entries that are not content (a private feed's events). */
  type: ContentType | null
  /** Where the entry links to; by default the item in the API. */
  link?: string
  title: string
  summary: string
  themes: string[]
  publishedAt: Date
  updatedAt: Date
}

/**
 * The newest published items, newest first. Published only and never by actor: the feed is public, so
 * it must not depend on who (if anyone) asks.
 */
export async function latestPublished(db: Executor, query: FeedQuery): Promise<FeedEntry[]> {
  const found = await db
    .select({
      id: contentItems.id,
      type: contentItems.type,
      title: contentItems.title,
      summary: contentItems.summary,
      themes: contentItems.themes,
      publishedAt: contentItems.publishedAt,
      updatedAt: contentItems.updatedAt,
    })
    .from(contentItems)
    .where(
      and(
        eq(contentItems.status, 'published'),
        query.type ? eq(contentItems.type, query.type) : undefined,
        query.theme ? sql`${contentItems.themes} @> array[${query.theme}]::text[]` : undefined,
        query.journeyStage ? eq(contentItems.journeyStage, query.journeyStage) : undefined,
      ),
    )
    .orderBy(desc(contentItems.publishedAt), desc(contentItems.id))
    .limit(feedSize)
  // Published items always carry publishedAt; an old row without one sorts as last updated.
  return found.map((row) => ({ ...row, publishedAt: row.publishedAt ?? row.updatedAt }))
}
