import type { WebhookEventType, WebhookPayload } from '@learnonce/contracts'
import { and, eq, sql } from 'drizzle-orm'
import type { Executor } from '../../db/client.js'
import { webhookDeliveries, webhooks } from '../../db/schema/index.js'

type EventData = WebhookPayload['data']

/**
 * Puts an event in the outbox of every active endpoint that subscribed to it. Call it inside the
 * transaction of the change: the event exists exactly when the change does, even if the process
 * dies right after the commit. `data` is only built when someone listens.
 */
export async function enqueueEvent(tx: Executor, type: WebhookEventType, data: () => EventData | Promise<EventData>): Promise<void> {
  const targets = await tx
    .select({ id: webhooks.id })
    .from(webhooks)
    .where(and(eq(webhooks.active, true), sql`${type} = any(${webhooks.events})`))
  if (targets.length === 0) return
  const payload: WebhookPayload = { type, timestamp: new Date().toISOString(), data: await data() }
  await tx.insert(webhookDeliveries).values(targets.map((target) => ({ webhookId: target.id, eventType: type, payload })))
}
