// What the scenarios need to know about the loaded corpus, read once before the servers start
// (PGlite cannot be opened by anyone else while the API holds it).
import { rareWord } from './vocabulary.mjs'

const PAGE = 20

export async function readCorpusFacts(client, { sampleSize = 1000 } = {}) {
  const published = `type = 'lesson' and status = 'published'`
  const { rows: ids } = await client.query(`select id from content_items where ${published} order by md5(id::text) limit $1`, [sampleSize])
  const [{ count }] = (await client.query(`select count(*)::int as count from content_items where ${published}`)).rows
  // The page in the middle of the published list starts after the last row of the page before it.
  const middlePage = Math.max(1, Math.floor(count / PAGE / 2))
  const { rows: middle } = await client.query(`select id from content_items where ${published} order by id desc offset $1 limit 1`, [
    middlePage * PAGE - 1,
  ])
  // The most common theme, stage and region among published lessons: a filter with full pages.
  const { rows: filters } = await client.query(
    `select theme, i.journey_stage as "journeyStage", site.region, count(*)::int as count
      from content_items i
      cross join unnest(i.themes) theme
      join content_sites item_site on item_site.item_id = i.id
      join sites site on site.id = item_site.site_id
      where i.type = 'lesson' and i.status = 'published' and i.journey_stage is not null
      group by 1, 2, 3 order by count desc, 1, 2, 3 limit 1`,
  )
  const { rows: rare } = await client.query(
    `select count(*)::int as count from content_items where type = 'lesson' and search @@ websearch_to_tsquery('english', $1)`,
    [rareWord],
  )
  const filter = filters[0]
  return {
    publishedLessons: count,
    itemIds: ids.map((row) => row.id),
    middlePage: middlePage + 1,
    middleAfterId: middle[0]?.id ?? null,
    filter: filter ? { theme: filter.theme, journeyStage: filter.journeyStage, region: filter.region } : null,
    filterMatches: filter?.count ?? 0,
    searchWord: rareWord,
    searchMatches: rare[0].count,
  }
}
