import type { NetworkActivity, NetworkActivityListQuery } from '@learnonce/contracts'
import { sql } from 'drizzle-orm'
import { type Executor, rows } from '../../db/client.js'
import { type Cursor, decodeCursor } from '../../pagination.js'
import type { Actor } from '../../plugins/auth.js'
import { readableCommunity } from './community.js'

interface ActivityRow {
  id: string
  action: string
  actor_id: string | null
  actor_name: string | null
  subject_type: string | null
  subject_id: string | null
  title: string | null
  created_at: Date | string
}

/**
 * The community's writes, newest first, read from the audit trail: every write of a resource,
 * thread, post or news item records its network there (`data.networkId`, indexed), so the activity
 * cannot miss a change or show one that was rolled back.
 */
export async function listActivity(
  db: Executor,
  actor: Actor,
  networkId: string,
  query: NetworkActivityListQuery,
  limit: number,
): Promise<NetworkActivity[]> {
  await readableCommunity(db, actor, networkId)
  const cursor = decodeCursor(query.cursor, ['uuid'])
  const found = await rows<ActivityRow>(
    db,
    sql`select event.id, event.action, event.actor_id, person.name as actor_name, event.subject_type,
        event.subject_id, event.data->>'title' as title, event.created_at
      from audit_events event left join users person on person.id = event.actor_id
      where event.data ? 'networkId' and (event.data->>'networkId') = ${networkId}
        ${cursor ? sql`and event.id < ${String(cursor[0])}::uuid` : sql``}
      order by (event.data->>'networkId'), event.id desc
      limit ${limit + 1}`,
  )
  return found.map((row) => ({
    id: row.id,
    action: row.action,
    actorId: row.actor_id,
    actorName: row.actor_name,
    subjectType: row.subject_type ?? 'network',
    subjectId: row.subject_id ?? networkId,
    title: row.title,
    createdAt: new Date(row.created_at).toISOString(),
  }))
}

export const activityCursor = (activity: NetworkActivity): Cursor => [activity.id]
