import type {
  Webhook,
  WebhookAttempt,
  WebhookCreate,
  WebhookDelivery,
  WebhookListQuery,
  WebhookUpdate,
  WebhookWithSecret,
} from '@learnonce/contracts'
import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm'
import type { Database, Executor } from '../../db/client.js'
import { webhookAttempts, webhookDeliveries, webhooks } from '../../db/schema/index.js'
import { decodeCursor } from '../../pagination.js'
import { checkPrecondition, type Precondition, staleVersion } from '../../plugins/etag.js'
import { invalidField, notFound } from '../../problem.js'
import { recordAudit } from '../audit/service.js'
import { RefusedTarget, resolveTarget } from './address-guard.js'
import { newSecret } from './signing.js'

type WebhookRow = typeof webhooks.$inferSelect
type DeliveryRow = typeof webhookDeliveries.$inferSelect

const iso = (date: Date | null) => date?.toISOString() ?? null

function toWebhook(row: WebhookRow): Webhook {
  return {
    id: row.id,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    url: row.url,
    events: row.events,
    active: row.active,
    description: row.description,
    disabledReason: row.disabledReason,
    disabledAt: iso(row.disabledAt),
    previousSecretExpiresAt: iso(row.previousSecretExpiresAt),
  }
}

/** Refuses a URL that is not http(s) or that resolves to a private address (unless allowed). */
async function checkUrl(url: string, allowPrivate: boolean): Promise<void> {
  try {
    await resolveTarget(url, allowPrivate)
  } catch (error) {
    if (error instanceof RefusedTarget) throw invalidField('/url', error.message)
    throw error
  }
}

async function loadWebhook(db: Executor, id: string): Promise<WebhookRow> {
  const [row] = await db.select().from(webhooks).where(eq(webhooks.id, id))
  if (!row) throw notFound('Webhook')
  return row
}

export async function createWebhook(
  db: Database,
  input: WebhookCreate,
  allowPrivate: boolean,
  actorId: string,
): Promise<WebhookWithSecret> {
  await checkUrl(input.url, allowPrivate)
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(webhooks)
      .values({
        url: input.url,
        events: input.events,
        active: input.active ?? true,
        description: input.description ?? '',
        secret: newSecret(),
      })
      .returning()
    if (!row) throw new Error('insert returned no row')
    await recordAudit(tx, {
      action: 'webhook.created',
      actorId,
      subjectType: 'webhook',
      subjectId: row.id,
      data: { url: row.url, events: row.events },
    })
    return { ...toWebhook(row), secret: row.secret }
  })
}

export async function getWebhook(db: Executor, id: string): Promise<Webhook> {
  return toWebhook(await loadWebhook(db, id))
}

/** Oldest first; `limit + 1` rows. */
export async function listWebhooks(db: Executor, query: WebhookListQuery, limit: number): Promise<Webhook[]> {
  const cursor = decodeCursor(query.cursor, ['uuid'])
  const found = await db
    .select()
    .from(webhooks)
    .where(cursor ? sql`${webhooks.id} > ${String(cursor[0])}` : undefined)
    .orderBy(asc(webhooks.id))
    .limit(limit + 1)
  return found.map(toWebhook)
}

export async function updateWebhook(
  db: Database,
  id: string,
  input: WebhookUpdate,
  expected: Precondition,
  allowPrivate: boolean,
  actorId: string,
): Promise<Webhook> {
  if (input.url !== undefined) await checkUrl(input.url, allowPrivate)
  return db.transaction(async (tx) => {
    const current = await loadWebhook(tx, id)
    checkPrecondition(expected, 'webhook', current.version)
    // Switching an endpoint back on clears why the hub switched it off.
    const reenabled = input.active === true ? { disabledReason: null, disabledAt: null } : {}
    const [row] = await tx
      .update(webhooks)
      .set({ ...input, ...reenabled, version: sql`${webhooks.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(webhooks.id, id), eq(webhooks.version, current.version)))
      .returning()
    if (!row) throw staleVersion('webhook', current.version + 1)
    await recordAudit(tx, {
      action: 'webhook.updated',
      actorId,
      subjectType: 'webhook',
      subjectId: id,
      data: { fields: Object.keys(input) },
    })
    return toWebhook(row)
  })
}

export async function deleteWebhook(db: Database, id: string, expected: Precondition, actorId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await loadWebhook(tx, id)
    checkPrecondition(expected, 'webhook', current.version)
    await tx.delete(webhooks).where(eq(webhooks.id, id))
    await recordAudit(tx, { action: 'webhook.deleted', actorId, subjectType: 'webhook', subjectId: id, data: { url: current.url } })
  })
}

/** A new secret, shown once; the old one keeps signing for `overlapSeconds` so receivers can switch without a gap. */
export async function rotateSecret(db: Database, id: string, overlapSeconds: number, actorId: string): Promise<WebhookWithSecret> {
  return db.transaction(async (tx) => {
    const current = await loadWebhook(tx, id)
    const [row] = await tx
      .update(webhooks)
      .set({
        secret: newSecret(),
        previousSecret: overlapSeconds > 0 ? current.secret : null,
        previousSecretExpiresAt: overlapSeconds > 0 ? sql`now() + make_interval(secs => ${overlapSeconds})` : null,
        version: sql`${webhooks.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(webhooks.id, id))
      .returning()
    if (!row) throw notFound('Webhook')
    await recordAudit(tx, { action: 'webhook.secret_rotated', actorId, subjectType: 'webhook', subjectId: id, data: { overlapSeconds } })
    return { ...toWebhook(row), secret: row.secret }
  })
}

async function withAttempts(db: Executor, deliveries: DeliveryRow[]): Promise<WebhookDelivery[]> {
  const ids = deliveries.map((delivery) => delivery.id)
  const attempts = ids.length
    ? await db.select().from(webhookAttempts).where(inArray(webhookAttempts.deliveryId, ids)).orderBy(asc(webhookAttempts.id))
    : []
  return deliveries.map((delivery) => ({
    id: delivery.id,
    webhookId: delivery.webhookId,
    eventType: delivery.eventType,
    payload: delivery.payload,
    status: delivery.status,
    nextAttemptAt: delivery.status === 'pending' ? iso(delivery.nextAttemptAt) : null,
    createdAt: delivery.createdAt.toISOString(),
    deliveredAt: iso(delivery.deliveredAt),
    attempts: attempts
      .filter((attempt) => attempt.deliveryId === delivery.id)
      .map(
        (attempt): WebhookAttempt => ({
          id: attempt.id,
          statusCode: attempt.statusCode,
          durationMs: attempt.durationMs,
          error: attempt.error,
          attemptedAt: attempt.attemptedAt.toISOString(),
        }),
      ),
  }))
}

async function oneWithAttempts(db: Executor, row: DeliveryRow): Promise<WebhookDelivery> {
  const [delivery] = await withAttempts(db, [row])
  if (!delivery) throw new Error('a delivery went missing')
  return delivery
}

/** An endpoint's deliveries, newest first, each with every attempt; `limit + 1` rows. */
export async function listDeliveries(db: Executor, webhookId: string, query: WebhookListQuery, limit: number): Promise<WebhookDelivery[]> {
  await loadWebhook(db, webhookId)
  const cursor = decodeCursor(query.cursor, ['uuid'])
  const found = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.webhookId, webhookId), cursor ? lt(webhookDeliveries.id, String(cursor[0])) : undefined))
    .orderBy(desc(webhookDeliveries.id))
    .limit(limit + 1)
  return withAttempts(db, found)
}

/** Sends a delivery again with the same webhook-id (receivers deduplicate on it), with a fresh set of retries. */
export async function resendDelivery(db: Database, webhookId: string, deliveryId: string): Promise<WebhookDelivery> {
  const [row] = await db
    .update(webhookDeliveries)
    .set({ status: 'pending', attemptCount: 0, nextAttemptAt: sql`now()`, deliveredAt: null })
    .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.webhookId, webhookId)))
    .returning()
  if (!row) throw notFound('Delivery')
  return oneWithAttempts(db, row)
}

/** A `ping` for this endpoint only, whatever it subscribed to. */
export async function pingWebhook(db: Database, webhookId: string): Promise<WebhookDelivery> {
  await loadWebhook(db, webhookId)
  const [row] = await db
    .insert(webhookDeliveries)
    .values({ webhookId, eventType: 'ping', payload: { type: 'ping', timestamp: new Date().toISOString(), data: { webhookId } } })
    .returning()
  if (!row) throw new Error('insert returned no row')
  return oneWithAttempts(db, row)
}
