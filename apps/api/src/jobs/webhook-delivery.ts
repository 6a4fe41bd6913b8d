import type { WebhookPayload } from '@learnonce/contracts'
import { eq, sql } from 'drizzle-orm'
import type { FastifyBaseLogger } from 'fastify'
import type { Config } from '../config.js'
import { type Database, rows } from '../db/client.js'
import { webhookAttempts, webhookDeliveries, webhooks } from '../db/schema/index.js'
import { RefusedTarget, resolveTarget } from '../modules/webhooks/address-guard.js'
import { post, type SendResult } from '../modules/webhooks/send.js'
import { signatureHeader } from '../modules/webhooks/signing.js'

/** What the worker needs of the app: its database, its config and somewhere to log. */
export interface DeliveryContext {
  db: Database
  config: Pick<Config, 'webhookAllowPrivateNetworks'>
  log: FastifyBaseLogger
}

const TIMEOUT_MS = 10_000
/** Long enough for one attempt; a worker that dies mid-attempt leaves the row to be retried after it. */
const LEASE_SECONDS = 60
/** 5 s, then ×3 each time up to 6 h: twelve attempts span about a day before the endpoint is disabled. */
export const MAX_ATTEMPTS = 12
const BATCH = 10

export function retryDelaySeconds(failedAttempts: number): number {
  const base = Math.min(5 * 3 ** (failedAttempts - 1), 6 * 3600)
  // ±25% jitter, so endpoints that failed together are not retried in lockstep.
  return Math.round(base * (0.75 + Math.random() * 0.5))
}

interface Claimed {
  id: string
  webhookId: string
  payload: WebhookPayload
  attemptCount: number
  url: string
  secret: string
  previousSecret: string | null
}

/**
 * Claims due deliveries in one statement: FOR UPDATE SKIP LOCKED lets several replicas claim at the
 * same time without waiting for or taking each other's rows, and pushing next_attempt_at ahead is
 * the lease, so once this commits no other worker sees the rows as due. Endpoints switched off keep
 * their pending deliveries until switched back on.
 */
async function claim(db: Database, limit: number): Promise<Claimed[]> {
  return rows<Claimed>(
    db,
    sql`update webhook_deliveries delivery
      set next_attempt_at = now() + make_interval(secs => ${LEASE_SECONDS}), attempt_count = delivery.attempt_count + 1
      from (select due.id from webhook_deliveries due join webhooks hook on hook.id = due.webhook_id and hook.active
            where due.status = 'pending' and due.next_attempt_at <= now()
            order by due.next_attempt_at limit ${limit}
            for update of due skip locked) claimed, webhooks endpoint
      where delivery.id = claimed.id and endpoint.id = delivery.webhook_id
      returning delivery.id, delivery.webhook_id as "webhookId", delivery.payload, delivery.attempt_count as "attemptCount",
        endpoint.url, endpoint.secret,
        case when endpoint.previous_secret_expires_at > now() then endpoint.previous_secret end as "previousSecret"`,
  )
}

const retryable = (result: SendResult) => result.statusCode === null || result.statusCode >= 500 || result.statusCode === 429
const succeeded = (result: SendResult) => result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300
const describe = (result: SendResult) => result.error ?? `HTTP ${result.statusCode}`

async function attempt(context: DeliveryContext, delivery: Claimed): Promise<SendResult> {
  const body = JSON.stringify(delivery.payload)
  const messageId = `msg_${delivery.id}`
  const timestamp = Math.floor(Date.now() / 1000)
  const secrets = delivery.previousSecret ? [delivery.secret, delivery.previousSecret] : [delivery.secret]
  try {
    // Resolved and checked on every attempt: a name may point somewhere else since it was registered.
    const target = await resolveTarget(delivery.url, context.config.webhookAllowPrivateNetworks)
    return await post(
      target,
      {
        'webhook-id': messageId,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signatureHeader(secrets, messageId, timestamp, body),
        'user-agent': 'LearnOnce-Webhooks/1',
      },
      body,
      TIMEOUT_MS,
    )
  } catch (error) {
    if (error instanceof RefusedTarget) return { statusCode: null, durationMs: 0, error: `refused: the URL ${error.message}` }
    throw error
  }
}

async function record(db: Database, delivery: Claimed, result: SendResult): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(webhookAttempts)
      .values({ deliveryId: delivery.id, statusCode: result.statusCode, durationMs: result.durationMs, error: result.error })
    if (succeeded(result)) {
      await tx
        .update(webhookDeliveries)
        .set({ status: 'delivered', deliveredAt: sql`now()`, nextAttemptAt: null })
        .where(eq(webhookDeliveries.id, delivery.id))
      return
    }
    if (retryable(result) && delivery.attemptCount < MAX_ATTEMPTS) {
      const delay = retryDelaySeconds(delivery.attemptCount)
      await tx
        .update(webhookDeliveries)
        .set({ nextAttemptAt: sql`now() + make_interval(secs => ${delay})` })
        .where(eq(webhookDeliveries.id, delivery.id))
      return
    }
    await tx.update(webhookDeliveries).set({ status: 'failed', nextAttemptAt: null }).where(eq(webhookDeliveries.id, delivery.id))
    // A receiver that refuses one event (4xx) may accept the next; one that failed for a day is gone.
    if (retryable(result)) {
      await tx
        .update(webhooks)
        .set({
          active: false,
          disabledAt: sql`now()`,
          disabledReason: `Deliveries failed for about a day (${delivery.attemptCount} attempts); the last one: ${describe(result)}. Fix the receiver, then set active to true.`,
          updatedAt: sql`now()`,
          version: sql`${webhooks.version} + 1`,
        })
        .where(eq(webhooks.id, delivery.webhookId))
    }
  })
}

/**
 * Delivers what is due now, once each, and returns how many it attempted. The worker calls it in a
 * loop; tests call it directly instead of waiting for the loop.
 */
export async function deliverDue(context: DeliveryContext, limit = BATCH): Promise<number> {
  const claimed = await claim(context.db, limit)
  await Promise.all(
    claimed.map(async (delivery) => {
      const result = await attempt(context, delivery)
      await record(context.db, delivery, result)
      if (!succeeded(result)) context.log.warn({ deliveryId: delivery.id, result }, 'webhook delivery failed')
    }),
  )
  return claimed.length
}
