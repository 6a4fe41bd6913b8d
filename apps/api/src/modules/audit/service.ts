import type { AuditEvent, AuditEventListQuery } from '@learnonce/contracts'
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm'
import type { Executor } from '../../db/client.js'
import { auditEvents } from '../../db/schema/index.js'
import { decodeCursor } from '../../pagination.js'

export interface AuditEntry {
  action: string
  actorId: string | null
  subjectType?: string
  subjectId?: string
  data?: Record<string, unknown>
  ip?: string | null
}

/** Call inside the transaction of the change being recorded, so both land or neither does. */
export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    action: entry.action,
    actorId: entry.actorId,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    data: entry.data ?? {},
    ip: entry.ip ?? null,
  })
}

/** Newest first; `limit + 1` rows so the caller can tell whether there is a next page. */
export async function listAuditEvents(db: Executor, query: AuditEventListQuery, limit: number): Promise<AuditEvent[]> {
  const cursor = decodeCursor(query.cursor, ['uuid'])
  const filters: (SQL | undefined)[] = [
    query.actorId ? eq(auditEvents.actorId, query.actorId) : undefined,
    query.action ? eq(auditEvents.action, query.action) : undefined,
    query.subjectId ? eq(auditEvents.subjectId, query.subjectId) : undefined,
    query.since ? gte(auditEvents.createdAt, new Date(query.since)) : undefined,
    // Inclusive to the millisecond: timestamps leave the API in milliseconds but are stored in microseconds.
    query.until ? lt(auditEvents.createdAt, new Date(Date.parse(query.until) + 1)) : undefined,
    cursor ? lt(auditEvents.id, String(cursor[0])) : undefined,
  ]
  const found = await db
    .select()
    .from(auditEvents)
    .where(and(...filters))
    .orderBy(desc(auditEvents.id))
    .limit(limit + 1)
  return found.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }))
}
