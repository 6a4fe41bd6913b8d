import type { Region, SiteRef, TriageCounts, TriageCountsQuery, TriageEntry, TriageNextBody, TriageQuery } from '@learnonce/contracts'
import { and, asc, desc, eq, isNull, type SQL, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Database, Executor } from '../../db/client.js'
import { exactTime } from '../../db/exact-time.js'
import { literalLimit, planningFor, prepared } from '../../db/prepared.js'
import { contentItems, contentSites, sites, users } from '../../db/schema/index.js'
import { type Cursor, decodeCursor } from '../../pagination.js'
import type { Actor } from '../../plugins/auth.js'
import { kindOf } from '../content/kinds.js'
import { getContent } from '../content/service.js'
import { decideTransition } from '../workflow/policy.js'
import { applyTransition } from '../workflow/service.js'

/** A queue row as loaded, with its sort key at the database's full precision. */
export interface QueueRecord extends Omit<TriageEntry, 'submittedAt'> {
  /** `submitted_at` to the microsecond (UTC ISO 8601): the cursor must not round it to milliseconds. */
  submittedAt: string
}

const submitter = alias(users, 'submitter')
const assignee = alias(users, 'assignee')

/**
 * What is in the queue. The states are literals, not parameters: the partial queue indexes
 * (`content_items_queue_*`) are usable only where the planner can prove their predicate, which a
 * generic plan of a prepared statement cannot do from parameters. Every way into the queue (submit,
 * the demo seed) stamps `submitted_at`; a row without one could not be ordered, so it is left out.
 */
const inQueue = sql`${contentItems.status} in ('submitted', 'in_review') and ${contentItems.submittedAt} is not null`
const unclaimed = sql`${contentItems.status} = 'submitted'`

/** One select for a page of the queue: people by join, sites as a JSON array subquery — never a query per row. */
const queueColumns = {
  id: contentItems.id,
  type: contentItems.type,
  title: contentItems.title,
  // The queue condition leaves only these two states.
  status: sql<TriageEntry['status']>`${contentItems.status}`,
  version: contentItems.version,
  submittedAt: exactTime(contentItems.submittedAt),
  ageDays: sql<number>`greatest(0, floor(extract(epoch from now() - ${contentItems.submittedAt}) / 86400))::int`,
  sites: sql<SiteRef[]>`coalesce((select json_agg(json_build_object('id', queue_site.id, 'name', queue_site.name,
      'region', queue_site.region) order by item_site.position, item_site.site_id)
    from content_sites item_site join sites queue_site on queue_site.id = item_site.site_id
    where item_site.item_id = ${contentItems.id}), '[]'::json)`,
  submitterId: submitter.id,
  submitterName: submitter.name,
  assigneeId: assignee.id,
  assigneeName: assignee.name,
}

const person = (id: string | null, name: string | null) => (id !== null && name !== null ? { id, name } : null)

const queueSelect = (db: Executor, where: SQL | undefined) =>
  db
    .select(queueColumns)
    .from(contentItems)
    .leftJoin(submitter, eq(submitter.id, contentItems.submittedById))
    .leftJoin(assignee, eq(assignee.id, contentItems.assigneeId))
    .where(and(inQueue, where))
    .orderBy(asc(contentItems.submittedAt), asc(contentItems.id))
type QueueRow = Awaited<ReturnType<typeof queueSelect>>[number]

async function loadQueue(db: Executor, where: SQL | undefined, limit: number): Promise<QueueRecord[]> {
  return (await queueSelect(db, where).limit(limit)).map(toQueueRecord)
}

function toQueueRecord(row: QueueRow): QueueRecord {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    status: row.status,
    sites: row.sites,
    submitter: person(row.submitterId, row.submitterName),
    submittedAt: row.submittedAt,
    ageDays: row.ageDays,
    assignee: person(row.assigneeId, row.assigneeName),
    version: row.version,
  }
}

type Narrowing = Pick<TriageQuery, 'type' | 'theme' | 'siteId' | 'region' | 'status'>
/** A filter's value in the SQL: the value itself, or a placeholder of the filter's name in a prepared statement. */
type ValueOf = (name: keyof Narrowing) => SQL
const inline =
  (query: Narrowing): ValueOf =>
  (name) =>
    sql`${query[name]}`
const placeholderOf: ValueOf = (name) => sql`${sql.placeholder(name)}`

/** What the queue and "next" may be narrowed to; each is served by an index (see the schema). */
function narrowing(query: Narrowing, value: ValueOf = inline(query)): (SQL | undefined)[] {
  return [
    query.type ? sql`${contentItems.type} = ${value('type')}` : undefined,
    query.theme ? sql`${contentItems.themes} @> array[${value('theme')}]::text[]` : undefined,
    query.siteId
      ? sql`exists (select 1 from content_sites item_site where item_site.item_id = ${contentItems.id} and item_site.site_id = ${value('siteId')}::uuid)`
      : undefined,
    query.region
      ? sql`exists (select 1 from content_sites item_site join sites site on site.id = item_site.site_id
          where item_site.item_id = ${contentItems.id} and site.region = ${value('region')})`
      : undefined,
    query.status ? sql`${contentItems.status} = ${value('status')}` : undefined,
  ]
}

function assignedTo(actor: Actor, assigneeFilter: TriageQuery['assignee']): SQL | undefined {
  if (assigneeFilter === undefined) return undefined
  if (assigneeFilter === 'none') return isNull(contentItems.assigneeId)
  return eq(contentItems.assigneeId, assigneeFilter === 'me' ? actor.id : assigneeFilter)
}

/**
 * One page of the triage queue, oldest submission first: `limit + 1` rows in one query, a statement
 * prepared per shape (the filters used, whether an assignee is asked for, whether there is a cursor).
 */
export async function listQueue(db: Executor, actor: Actor, query: TriageQuery, limit: number): Promise<QueueRecord[]> {
  const cursor = decodeCursor(query.cursor, ['timestamp', 'uuid'])
  const used = (['type', 'theme', 'siteId', 'region', 'status'] as const).filter((name) => query[name] !== undefined)
  const assigned = query.assignee === undefined ? 'anyone' : query.assignee === 'none' ? 'none' : 'someone'
  const key = ['triage', ...used, `assignee=${assigned}`, cursor ? 'cursor' : 'first', `rows=${limit + 1}`].join(':')
  const statement = prepared(
    db,
    key,
    (name) =>
      queueSelect(
        db,
        and(
          ...narrowing(query, placeholderOf),
          assigned === 'none' ? isNull(contentItems.assigneeId) : undefined,
          assigned === 'someone' ? sql`${contentItems.assigneeId} = ${sql.placeholder('assignee')}::uuid` : undefined,
          cursor
            ? sql`(${contentItems.submittedAt}, ${contentItems.id}) > (${sql.placeholder('afterAt')}::timestamptz, ${sql.placeholder('afterId')}::uuid)`
            : undefined,
        ),
      )
        .limit(literalLimit(limit + 1))
        .prepare(name),
    planningFor(used),
  )
  const values: Record<string, unknown> = {}
  for (const name of used) values[name] = query[name]
  if (assigned === 'someone') values.assignee = query.assignee === 'me' ? actor.id : query.assignee
  if (cursor) {
    values.afterAt = String(cursor[0])
    values.afterId = String(cursor[1])
  }
  return (await statement.execute(values)).map(toQueueRecord)
}

type Facet = 'type' | 'status' | 'theme' | 'region' | 'assignee'

/** The queue's filters except `left` (the facet being counted), so its counts say what each choice would show. */
function filtersBut(actor: Actor, query: TriageCountsQuery, left: Facet | null): SQL | undefined {
  const kept: TriageCountsQuery = { ...query, [left ?? '']: undefined }
  return and(inQueue, ...narrowing(kept), assignedTo(actor, kept.assignee))
}

const count = sql<number>`count(*)::int`

/**
 * The counts beside the queue's filters: a few grouped counts over the queue (which the partial queue
 * indexes keep small), never a page of rows.
 */
export async function countQueue(db: Executor, actor: Actor, query: TriageCountsQuery): Promise<TriageCounts> {
  const [byType, byStatus, [held], byRegion, themeRows] = await Promise.all([
    db
      .select({ key: contentItems.type, count })
      .from(contentItems)
      .where(filtersBut(actor, query, 'type'))
      .groupBy(contentItems.type),
    db
      .select({ key: sql<string>`${contentItems.status}`, count })
      .from(contentItems)
      .where(filtersBut(actor, query, 'status'))
      .groupBy(contentItems.status),
    db
      .select({
        me: sql<number>`(count(*) filter (where ${contentItems.assigneeId} = ${actor.id}))::int`,
        none: sql<number>`(count(*) filter (where ${contentItems.assigneeId} is null))::int`,
      })
      .from(contentItems)
      .where(filtersBut(actor, query, 'assignee')),
    db
      .select({ region: sites.region, count: sql<number>`count(distinct ${contentItems.id})::int` })
      .from(contentItems)
      .innerJoin(contentSites, eq(contentSites.itemId, contentItems.id))
      .innerJoin(sites, eq(sites.id, contentSites.siteId))
      .where(filtersBut(actor, query, 'region'))
      .groupBy(sites.region)
      .orderBy(desc(sql`count(distinct ${contentItems.id})`), asc(sites.region)),
    (() => {
      const themed = db
        .select({ theme: sql<string>`unnest(${contentItems.themes})`.as('theme') })
        .from(contentItems)
        .where(filtersBut(actor, query, 'theme'))
        .as('queue_theme')
      return db.select({ theme: themed.theme, count }).from(themed).groupBy(themed.theme).orderBy(desc(count), asc(themed.theme))
    })(),
  ])
  const [{ total } = { total: 0 }] = await db
    .select({ total: count })
    .from(contentItems)
    .where(filtersBut(actor, query, null))
  const tally = (rows: { key: string; count: number }[], key: string) => rows.find((row) => row.key === key)?.count ?? 0
  return {
    total,
    type: { lesson: tally(byType, 'lesson'), case_study: tally(byType, 'case_study'), solution: tally(byType, 'solution') },
    status: { submitted: tally(byStatus, 'submitted'), in_review: tally(byStatus, 'in_review') },
    assignee: { me: held?.me ?? 0, none: held?.none ?? 0 },
    region: byRegion.map((row) => ({ region: row.region as Region, count: row.count })),
    theme: themeRows,
  }
}

export const queueCursor = (record: QueueRecord): Cursor => [record.submittedAt, record.id]

/** The API shape of a queue row: the submission time at the millisecond precision of every other timestamp. */
export const toTriageEntry = (record: QueueRecord): TriageEntry => ({
  ...record,
  submittedAt: new Date(record.submittedAt).toISOString(),
})

/**
 * Claims the oldest unclaimed submission for the actor, or answers null when none is waiting.
 * `FOR UPDATE SKIP LOCKED` makes concurrent callers step past a row another transaction is
 * claiming (through here or `POST /{id}/claim`) instead of queueing behind it, so two curators
 * asking at once get two different items. The claim itself is the workflow's, so history and audit
 * are written as for any claim, in this transaction.
 */
export async function claimNext(db: Database, actor: Actor, query: TriageNextBody): Promise<QueueRecord | null> {
  return db.transaction(async (tx) => {
    const [oldest] = await tx
      .select({ id: contentItems.id, type: contentItems.type })
      .from(contentItems)
      .where(and(inQueue, unclaimed, ...narrowing(query)))
      .orderBy(asc(contentItems.submittedAt), asc(contentItems.id))
      .limit(1)
      .for('update', { skipLocked: true })
    if (!oldest) return null
    const kind = kindOf(oldest.type)
    const item = await getContent(tx, actor, kind, oldest.id)
    decideTransition(actor, item, 'claim', kind.noun, null)
    await applyTransition(tx, actor, item, 'claim', {})
    const [claimed] = await loadQueue(tx, eq(contentItems.id, oldest.id), 1)
    return claimed ?? null
  })
}
