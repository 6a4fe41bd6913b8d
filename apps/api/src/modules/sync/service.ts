import { type ContentType, contentTypes, type SyncChange, type SyncPage, type SyncQuery } from '@learnonce/contracts'
import { sql } from 'drizzle-orm'
import { type Executor, rows } from '../../db/client.js'
import { decodeCursor, encodeCursor } from '../../pagination.js'
import { invalidField } from '../../problem.js'
import { publishedPage, publishedRecords } from './published.js'
import { tombstone, upsert } from './representation.js'

/**
 * Where a client is in the feed.
 *
 * Why not a plain sequence or updatedAt: a bigserial id is taken when a row is inserted, not when its
 * transaction commits. If transaction A takes id 10, B takes 11 and commits, and a client reads 11
 * and keeps "11" as its cursor, A's row 10 becomes visible later behind the cursor and is lost.
 *
 * So the feed is ordered by (txid, id), txid being the writing transaction's id, and a read only
 * returns rows whose txid is below a horizon taken from its own snapshot (see `settled`): every
 * transaction with a smaller id has finished, so that part of the log can no longer change. A
 * transaction still running has a txid at or above the horizon, so its rows sort after any cursor
 * we hand out and are served once it commits. The price: a long write transaction on this database
 * holds the feed back until it ends. PGlite runs one transaction at a time, where this holds trivially.
 *
 * The snapshot that starts a sync (no cursor) pages through published items by id and remembers the
 * xmin from before its first page: every change not already in what it read has a txid at or
 * above that horizon, so the change phase starts there (a few changes may repeat; upserts are
 * idempotent).
 */
type Position = { phase: 'snapshot'; after: string | null; horizon: string } | { phase: 'changes'; txid: string; id: string }

const digits = /^\d{1,20}$/
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

const badCursor = () => invalidField('/cursor', 'is not a cursor from this feed; pass nextCursor from the previous page', 'query')

function decodePosition(cursor: string): Position {
  const [phase, first, second] = decodeCursor(cursor, ['text', 'text', 'text']) ?? []
  if (phase === 's' && typeof first === 'string' && (first === '' || uuid.test(first)) && typeof second === 'string' && digits.test(second))
    return { phase: 'snapshot', after: first === '' ? null : first, horizon: second }
  if (phase === 'c' && typeof first === 'string' && digits.test(first) && typeof second === 'string' && digits.test(second))
    return { phase: 'changes', txid: first, id: second }
  throw badCursor()
}

const encodePosition = (position: Position) =>
  encodeCursor(position.phase === 'snapshot' ? ['s', position.after ?? '', position.horizon] : ['c', position.txid, position.id])

/**
 * The oldest transaction id that was still running when this statement's snapshot was taken (or the
 * next one to start when none was): every transaction below it has finished. That is
 * pg_snapshot_xmin, except that transactions known to belong to another database of the cluster are
 * skipped, as they can never write this log (otherwise a long job elsewhere on a shared server would
 * stall the feed). A transaction that ends between the snapshot and the look-up is kept: unknown
 * means possibly ours, which only delays its rows, never skips them.
 */
const settled = sql`coalesce(
  (select running.xid from pg_snapshot_xip(pg_current_snapshot()) as running(xid)
    where not exists (select 1 from pg_stat_activity other
      where other.backend_xid = xid(running.xid) and other.datid <> (select oid from pg_database where datname = current_database()))
    order by running.xid limit 1),
  pg_snapshot_xmax(pg_current_snapshot()))`

async function settledHorizon(db: Executor): Promise<string> {
  const [row] = await rows<{ horizon: string }>(db, sql`select ${settled}::text as horizon`)
  if (!row) throw new Error('no snapshot')
  return row.horizon
}

export async function readSync(db: Executor, query: SyncQuery): Promise<SyncPage> {
  // The query schema's pattern admits only content type names here.
  const types = query.types ? (query.types.split(',') as ContentType[]) : [...contentTypes]
  const limit = query.limit ?? 100
  const position: Position = query.cursor
    ? decodePosition(query.cursor)
    : { phase: 'snapshot', after: null, horizon: await settledHorizon(db) }
  return position.phase === 'snapshot' ? snapshotPage(db, types, position, limit) : changesPage(db, types, position, limit)
}

async function snapshotPage(db: Executor, types: ContentType[], position: Position & { phase: 'snapshot' }, limit: number) {
  const records = await publishedPage(db, types, position.after, limit + 1)
  const page = records.slice(0, limit)
  const data = page.map((record) => upsert(record, record.updatedAt.toISOString()))
  const last = page[page.length - 1]
  const next: Position =
    records.length > limit && last
      ? { ...position, after: last.id }
      : // Snapshot done: the changes from the horizon on (id 0 sorts before the horizon's first row).
        { phase: 'changes', txid: position.horizon, id: '0' }
  return { data, nextCursor: encodePosition(next) }
}

interface ChangeRow {
  id: string
  txid: string
  itemId: string
  type: ContentType
  changedAt: Date | string
}

async function changesPage(db: Executor, types: ContentType[], position: Position & { phase: 'changes' }, limit: number) {
  // (txid, id) >= (horizon, 0) on the first page after a snapshot; strictly after the last row later.
  const found = await rows<ChangeRow>(
    db,
    sql`select change.id::text as id, change.txid::text as txid, change.item_id as "itemId", change.type,
        change.changed_at as "changedAt"
      from content_changes change
      where (change.txid, change.id) > (${position.txid}::xid8, ${position.id}::bigint)
        and change.txid < ${settled}
        and change.type in (${sql.join(
          types.map((type) => sql`${type}`),
          sql`, `,
        )})
      order by change.txid, change.id
      limit ${limit}`,
  )
  const records = await publishedRecords(
    db,
    found.map((row) => row.itemId),
  )
  const byId = new Map(records.map((record) => [record.id, record]))
  const data: SyncChange[] = found.map((row) => {
    const changedAt = new Date(row.changedAt).toISOString()
    const record = byId.get(row.itemId)
    return record ? upsert(record, changedAt) : tombstone(row.type, row.itemId, changedAt)
  })
  const last = found[found.length - 1]
  // A caught-up client keeps its cursor: nothing it has not seen can sort before it.
  const next: Position = last ? { phase: 'changes', txid: last.txid, id: last.id } : position
  return { data, nextCursor: encodePosition(next) }
}
