import type { WebhookDeliveryStatus, WebhookEventType, WebhookPayload } from '@learnonce/contracts'
import { sql } from 'drizzle-orm'
import { boolean, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { id, rowMeta, timestamptz } from './columns.js'

/**
 * An endpoint that receives signed events. The secret is stored as issued because signing needs it
 * (Standard Webhooks uses a shared HMAC key); it is shown to the admin only once.
 */
export const webhooks = pgTable('webhooks', {
  id: id(),
  url: text('url').notNull(),
  events: text('events').array().$type<WebhookEventType[]>().notNull(),
  active: boolean('active').notNull().default(true),
  description: text('description').notNull().default(''),
  secret: text('secret').notNull(),
  /** During a rotation the old secret signs too, until previousSecretExpiresAt. */
  previousSecret: text('previous_secret'),
  previousSecretExpiresAt: timestamptz('previous_secret_expires_at'),
  disabledReason: text('disabled_reason'),
  disabledAt: timestamptz('disabled_at'),
  ...rowMeta(),
})

/**
 * The outbox: one event for one endpoint, inserted in the transaction of the change so none is lost.
 * The worker claims due rows with FOR UPDATE SKIP LOCKED and pushes nextAttemptAt ahead as a lease.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: id(),
    webhookId: uuid('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    eventType: text('event_type').$type<WebhookEventType>().notNull(),
    payload: jsonb('payload').$type<WebhookPayload>().notNull(),
    status: text('status').$type<WebhookDeliveryStatus>().notNull().default('pending'),
    attemptCount: integer('attempt_count').notNull().default(0),
    nextAttemptAt: timestamptz('next_attempt_at').defaultNow(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    deliveredAt: timestamptz('delivered_at'),
  },
  (t) => [
    index('webhook_deliveries_webhook_idx').on(t.webhookId, t.id),
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt),
    // The admins' dashboard counts failing deliveries per endpoint; delivered ones (nearly all) stay out.
    index('webhook_deliveries_failing_idx').on(t.webhookId, t.createdAt).where(sql`${t.status} in ('pending', 'failed')`),
  ],
)

/** Every attempt to deliver, for the admin's delivery log. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: id(),
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    statusCode: integer('status_code'),
    durationMs: integer('duration_ms').notNull(),
    error: text('error'),
    attemptedAt: timestamptz('attempted_at').notNull().defaultNow(),
  },
  (t) => [index('webhook_attempts_delivery_idx').on(t.deliveryId, t.id)],
)
