import type { ReviewDueEntry, ReviewDueQuery, SiteRef } from '@learnonce/contracts'
import { and, asc, eq, type SQL, sql } from 'drizzle-orm'
import type { Executor } from '../../db/client.js'
import { exactTime } from '../../db/exact-time.js'
import { contentItems } from '../../db/schema/index.js'
import { type Cursor, decodeCursor } from '../../pagination.js'
import { iso, staleSql } from '../content/records.js'

/** A queue row as loaded, with its sort key at the database's full precision for the cursor. */
export interface ReviewDueRecord extends ReviewDueEntry {
  exactReviewBy: string
}

/**
 * What is in the review-due queue: published items within the window of their reviewBy or past it.
 * The same condition as `stale`, with the state a literal so the partial review-by indexes serve it.
 */
const reviewDue = staleSql()

// Subqueries name content_items.id in plain SQL: drizzle leaves a single table's columns unqualified,
// and an unqualified "id" inside them would be the subquery's own.

/** One page of the queue, soonest reviewBy first (most overdue at the top): `limit + 1` rows in one query. */
export async function listReviewDue(db: Executor, query: ReviewDueQuery, limit: number): Promise<ReviewDueRecord[]> {
  const cursor = decodeCursor(query.cursor, ['timestamp', 'uuid'])
  const filters: (SQL | undefined)[] = [
    reviewDue,
    query.type ? eq(contentItems.type, query.type) : undefined,
    query.theme ? sql`${contentItems.themes} @> array[${query.theme}]::text[]` : undefined,
    query.siteId
      ? sql`exists (select 1 from content_sites item_site where item_site.item_id = content_items.id and item_site.site_id = ${query.siteId})`
      : undefined,
    cursor
      ? sql`(${contentItems.reviewBy}, ${contentItems.id}) > (${String(cursor[0])}::timestamptz, ${String(cursor[1])}::uuid)`
      : undefined,
  ]
  // The page's ids first, then its rows (a late row lookup, as the content lists): however the planner
  // reaches the matches (a site's items, then a sort), the sort carries ids and dates, never titles.
  const page = db
    .select({ id: contentItems.id })
    .from(contentItems)
    .where(and(...filters))
    .orderBy(asc(contentItems.reviewBy), asc(contentItems.id))
    .limit(limit + 1)
    .as('page')
  const rows = await db
    .select({
      id: contentItems.id,
      type: contentItems.type,
      title: contentItems.title,
      themes: contentItems.themes,
      publishedAt: contentItems.publishedAt,
      reviewBy: contentItems.reviewBy,
      exactReviewBy: exactTime(contentItems.reviewBy),
      daysLeft: sql<number>`floor(extract(epoch from ${contentItems.reviewBy} - now()) / 86400)::int`,
      version: contentItems.version,
      sites: sql<SiteRef[]>`coalesce((select json_agg(json_build_object('id', due_site.id, 'name', due_site.name,
          'region', due_site.region) order by item_site.position, item_site.site_id)
        from content_sites item_site join sites due_site on due_site.id = item_site.site_id
        where item_site.item_id = content_items.id), '[]'::json)`,
    })
    .from(page)
    .innerJoin(contentItems, eq(contentItems.id, page.id))
    .orderBy(asc(contentItems.reviewBy), asc(contentItems.id))
  return rows.map((row) => {
    // The queue's condition leaves only rows with a date.
    const reviewBy = row.reviewBy ?? new Date(0)
    return {
      id: row.id,
      type: row.type,
      title: row.title,
      themes: row.themes,
      sites: row.sites,
      publishedAt: iso(row.publishedAt),
      reviewBy: reviewBy.toISOString(),
      daysLeft: row.daysLeft,
      overdue: reviewBy.getTime() < Date.now(),
      version: row.version,
      exactReviewBy: row.exactReviewBy,
    }
  })
}

export const reviewDueCursor = (record: ReviewDueRecord): Cursor => [record.exactReviewBy, record.id]

export const toReviewDueEntry = ({ exactReviewBy: _exact, ...entry }: ReviewDueRecord): ReviewDueEntry => entry
