import { sql } from 'drizzle-orm'
import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { id, timestamptz } from './columns.js'

/** Append-only: rows are inserted in the transaction of the change they record and never updated. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: id(),
    action: text('action').notNull(),
    actorId: uuid('actor_id'),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    ip: text('ip'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('audit_events_action_idx').on(t.action, t.id),
    index('audit_events_actor_idx').on(t.actorId, t.id),
    index('audit_events_subject_idx').on(t.subjectId, t.id),
    index('audit_events_created_idx').on(t.createdAt),
    // A network's activity (GET /v1/networks/{id}/activity): the community's writes record their network.
    index('audit_events_network_idx').on(sql`(data->>'networkId')`, t.id).where(sql`data ? 'networkId'`),
  ],
)
