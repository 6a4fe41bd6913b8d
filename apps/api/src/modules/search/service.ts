import type { SearchHit, SearchType } from '@learnonce/contracts'
import { type SQL, sql } from 'drizzle-orm'
import { type Executor, rows } from '../../db/client.js'
import { type Cursor, decodeCursor } from '../../pagination.js'
import type { Actor } from '../../plugins/auth.js'
import { visibleTo } from '../content/policy.js'
import { guardedCharacters, headlineOptions, snippetHtml } from './highlight.js'

const contentTypes = ['lesson', 'case_study', 'solution'] as const

export const searchCursor = (hit: SearchHit): Cursor => [hit.rank, hit.id]

/** The text a snippet is cut from: everything but the title, which the hit shows on its own. */
const contentText = sql.raw(`concat_ws(' ', hit_item.summary, hit_item.context, hit_item.went_well, hit_item.did_not_go_well,
  hit_item.do_differently, hit_item.body, hit_item.outcomes, hit_item.description, hit_item.how_to_adopt)`)
const networkText = sql.raw(`concat_ws(' ', hit_network.purpose, hit_network.description)`)

/**
 * One page of what the actor may see that matches `q`, best match first (then newest id), `limit + 1`
 * rows. Ranking reads only the narrow tsvector columns; titles and ts_headline (which re-parses the
 * whole text) are computed for the page alone, so the cost does not grow with the width of the rows
 * or the number of matches.
 */
export async function search(
  db: Executor,
  actor: Actor,
  input: { q: string; types: readonly SearchType[]; cursor?: string | undefined },
  limit: number,
): Promise<SearchHit[]> {
  const cursor = decodeCursor(input.cursor, ['real', 'uuid'])
  const kinds = input.types.filter((type): type is (typeof contentTypes)[number] => type !== 'network')
  const branches: SQL[] = []
  if (kinds.length > 0) {
    const typeList = sql.join(
      kinds.map((type) => sql`${type}`),
      sql`, `,
    )
    branches.push(sql`select content_items.type, content_items.id, ts_rank(content_items.search, query.terms) as rank
      from content_items, query
      where content_items.search @@ query.terms and content_items.type in (${typeList}) and ${visibleTo(actor)}`)
  }
  // Networks are readable by every signed-in caller for now; when networks get `members` visibility
  // this branch takes the same rule as GET /v1/networks.
  if (input.types.includes('network')) {
    branches.push(sql`select 'network' as type, networks.id, ts_rank(networks.search, query.terms) as rank
      from networks, query
      where networks.search @@ query.terms`)
  }
  if (branches.length === 0) return []
  // ts_rank is a float4; comparing as real round-trips the value the cursor carries exactly.
  const after = cursor ? sql`where (hit.rank, hit.id) < (${Number(cursor[0])}::real, ${String(cursor[1])}::uuid)` : sql``
  const found = await rows<{ type: SearchType; id: string; rank: number | string; title: string; headline: string }>(
    db,
    sql`with query as (select websearch_to_tsquery('english', ${input.q}) as terms),
      page as (
        select hit.type, hit.id, hit.rank from (${sql.join(branches, sql` union all `)}) hit
        ${after}
        order by hit.rank desc, hit.id desc
        limit ${limit + 1}
      )
      select page.type, page.id, page.rank,
        coalesce(hit_item.title, hit_network.name) as title,
        ts_headline('english', translate(coalesce(${contentText}, ${networkText}), ${guardedCharacters.from}, ${guardedCharacters.to}), query.terms, ${headlineOptions}) as headline
      from page cross join query
        left join content_items hit_item on page.type <> 'network' and hit_item.id = page.id
        left join networks hit_network on page.type = 'network' and hit_network.id = page.id
      order by page.rank desc, page.id desc`,
  )
  return found.map((row) => ({
    type: row.type,
    id: row.id,
    title: row.title,
    snippet: snippetHtml(row.headline),
    rank: Number(row.rank),
  }))
}
