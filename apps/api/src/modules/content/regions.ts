import { type SQL, sql } from 'drizzle-orm'
import type { Executor } from '../../db/client.js'

/**
 * Recomputes content_items.regions (the regions of an item's sites) for the items `itemIds` selects.
 * Call it in the transaction that changes content_sites or a site's region, so a region filter never
 * reads a stale copy.
 */
export async function refreshRegions(tx: Executor, itemIds: SQL): Promise<void> {
  await tx.execute(sql`update content_items set regions = coalesce((
      select array_agg(distinct site.region order by site.region)
        from content_sites item_site join sites site on site.id = item_site.site_id
        where item_site.item_id = content_items.id), '{}')
    where content_items.id in (${itemIds})`)
}
