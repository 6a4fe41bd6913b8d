import { type Static, Type } from 'typebox'
import { Nullable, PageQuery, RowMeta, StringEnum, Timestamp, Uuid } from './common.js'

/** What happens to published content, as webhook event names use it (`lesson.published`). */
export const contentEventActions = ['published', 'updated', 'archived', 'restored', 'duplicate'] as const
export type ContentEventAction = (typeof contentEventActions)[number]

export const webhookEventTypes = [
  'lesson.published',
  'lesson.updated',
  'lesson.archived',
  'lesson.restored',
  'lesson.duplicate',
  'case_study.published',
  'case_study.updated',
  'case_study.archived',
  'case_study.restored',
  'case_study.duplicate',
  'solution.published',
  'solution.updated',
  'solution.archived',
  'solution.restored',
  'solution.duplicate',
  'adoption.created',
  'event.created',
  'event.updated',
  // A published item came within 30 days of its reviewBy (or passed it): once per review period.
  'item.review_due',
  'ping',
] as const
export type WebhookEventType = (typeof webhookEventTypes)[number]
export const WebhookEventType = StringEnum(webhookEventTypes)

export const Webhook = Type.Object({
  ...RowMeta,
  url: Type.String({ format: 'uri', maxLength: 2048, description: 'http(s) URL that receives the POSTs' }),
  events: Type.Array(WebhookEventType, { minItems: 1, uniqueItems: true }),
  active: Type.Boolean({ description: 'Inactive endpoints receive nothing; re-activating clears disabledReason' }),
  description: Type.String({ maxLength: 500 }),
  disabledReason: Nullable(Type.String({ description: 'Why the hub switched the endpoint off after failing deliveries' })),
  disabledAt: Nullable(Timestamp),
  previousSecretExpiresAt: Nullable(Timestamp),
})
export type Webhook = Static<typeof Webhook>

export const WebhookCreate = Type.Object(
  {
    url: Webhook.properties.url,
    events: Webhook.properties.events,
    active: Type.Optional(Webhook.properties.active),
    description: Type.Optional(Webhook.properties.description),
  },
  { additionalProperties: false },
)
export type WebhookCreate = Static<typeof WebhookCreate>

export const WebhookUpdate = Type.Object(
  {
    url: Type.Optional(Webhook.properties.url),
    events: Type.Optional(Webhook.properties.events),
    active: Type.Optional(Webhook.properties.active),
    description: Type.Optional(Webhook.properties.description),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type WebhookUpdate = Static<typeof WebhookUpdate>

/** The signing secret (Standard Webhooks `whsec_<base64>`): in this response only. */
export const WebhookWithSecret = Type.Object({
  ...Webhook.properties,
  secret: Type.String({ pattern: '^whsec_', description: 'Shown once; verify signatures with it' }),
})
export type WebhookWithSecret = Static<typeof WebhookWithSecret>

export const WebhookRotateSecret = Type.Object(
  {
    overlapSeconds: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 604_800, default: 86_400, description: 'How long the old secret keeps signing too' }),
    ),
  },
  { additionalProperties: false },
)
export type WebhookRotateSecret = Static<typeof WebhookRotateSecret>

/** The body of every delivery, as Standard Webhooks recommends. */
export const WebhookPayload = Type.Object({
  type: WebhookEventType,
  timestamp: Timestamp,
  data: Type.Record(Type.String(), Type.Unknown()),
})
export type WebhookPayload = Static<typeof WebhookPayload>

export const webhookDeliveryStatuses = ['pending', 'delivered', 'failed'] as const
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number]

export const WebhookAttempt = Type.Object({
  id: Uuid,
  statusCode: Nullable(Type.Integer({ description: 'null when no response came (timeout, refused, blocked)' })),
  durationMs: Type.Integer({ minimum: 0 }),
  error: Nullable(Type.String()),
  attemptedAt: Timestamp,
})
export type WebhookAttempt = Static<typeof WebhookAttempt>

/** One event for one endpoint, with every attempt to deliver it, oldest first. */
export const WebhookDelivery = Type.Object({
  id: Uuid,
  webhookId: Uuid,
  eventType: WebhookEventType,
  payload: WebhookPayload,
  status: StringEnum(webhookDeliveryStatuses),
  nextAttemptAt: Nullable(Timestamp),
  createdAt: Timestamp,
  deliveredAt: Nullable(Timestamp),
  attempts: Type.Array(WebhookAttempt),
})
export type WebhookDelivery = Static<typeof WebhookDelivery>

export const WebhookListQuery = Type.Object({ ...PageQuery.properties }, { additionalProperties: false })
export type WebhookListQuery = Static<typeof WebhookListQuery>

export const WebhookDeliveryParams = Type.Object({ id: Uuid, deliveryId: Uuid }, { additionalProperties: false })
export type WebhookDeliveryParams = Static<typeof WebhookDeliveryParams>
