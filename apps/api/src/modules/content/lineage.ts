import { sql } from 'drizzle-orm'
import { type Executor, rows } from '../../db/client.js'

/** Lineage stops this many steps away: deeper chains are almost certainly a data error, and it bounds the work. */
export const MAX_LINEAGE_DEPTH = 20

/**
 * Everything `id` was derived from, walking derived_from_id upwards: (id, depth, path). The path
 * stops a cycle (the API refuses to make one, but data loaded by other means might hold one), and
 * the depth cap bounds the walk whatever the data looks like.
 */
export const ancestorWalk = (id: string, maxDepth = MAX_LINEAGE_DEPTH) => sql`with recursive chain (id, depth, path) as (
    select start.derived_from_id, 1, array[start.id, start.derived_from_id]
      from content_items start
      where start.id = ${id} and start.derived_from_id is not null
    union all
    select parent.derived_from_id, chain.depth + 1, chain.path || parent.derived_from_id
      from chain join content_items parent on parent.id = chain.id and parent.type = 'solution'
      where parent.derived_from_id is not null and parent.derived_from_id <> all(chain.path) and chain.depth < ${maxDepth}
  )`

/** Everything derived from `id`, transitively, breadth first: (id, depth, path), guarded like ancestorWalk. */
export const descendantWalk = (id: string, maxDepth = MAX_LINEAGE_DEPTH) => sql`with recursive chain (id, depth, path) as (
    select child.id, 1, array[${id}::uuid, child.id]
      from content_items child
      where child.derived_from_id = ${id} and child.type = 'solution'
    union all
    select child.id, chain.depth + 1, chain.path || child.id
      from chain join content_items child on child.derived_from_id = chain.id and child.type = 'solution'
      where child.id <> all(chain.path) and chain.depth < ${maxDepth}
  )`

/**
 * Whether `candidate` is `id` itself or one of the solutions `id` derives from — then making
 * `candidate` derive from `id` would close a loop. Walks the whole chain, not only what is shown.
 */
export async function derivesFrom(db: Executor, id: string, candidate: string): Promise<boolean> {
  if (id === candidate) return true
  const found = await rows<{ id: string }>(
    db,
    sql`${ancestorWalk(id, 10_000)} select chain.id from chain where chain.id = ${candidate} limit 1`,
  )
  return found.length > 0
}
