import { type Static, Type } from 'typebox'
import { Nullable, PageQuery, Slug, StringEnum, Timestamp, Uuid } from './common.js'
import { JourneyStage } from './taxonomy.js'

/** What a person can follow. Networks bring their content and upcoming events; items their updates. */
export const subscriptionTargetTypes = ['theme', 'journeyStage', 'network', 'site', 'item'] as const
export type SubscriptionTargetType = (typeof subscriptionTargetTypes)[number]

/**
 * What to follow: a theme by `slug`, a journey stage by `value`, a network or site by `id` or
 * `slug`, a lesson, case study or solution by `id`.
 */
export const SubscriptionTarget = Type.Object(
  {
    type: StringEnum(subscriptionTargetTypes),
    id: Type.Optional(Uuid),
    slug: Type.Optional(Slug),
    value: Type.Optional(JourneyStage),
  },
  { additionalProperties: false },
)
export type SubscriptionTarget = Static<typeof SubscriptionTarget>

export const Subscription = Type.Object({
  id: Uuid,
  createdAt: Timestamp,
  target: Type.Object({
    type: StringEnum(subscriptionTargetTypes),
    /** Networks, sites and items. */
    id: Nullable(Uuid),
    /** Themes (their slug) and journey stages (their value). */
    value: Nullable(Type.String()),
    label: Type.String({ description: 'The name of what is followed, as people see it' }),
  }),
})
export type Subscription = Static<typeof Subscription>

export const SubscriptionCreate = Type.Object({ target: SubscriptionTarget }, { additionalProperties: false })
export type SubscriptionCreate = Static<typeof SubscriptionCreate>

export const SubscriptionListQuery = Type.Object(
  { ...PageQuery.properties, type: Type.Optional(StringEnum(subscriptionTargetTypes)) },
  { additionalProperties: false },
)
export type SubscriptionListQuery = Static<typeof SubscriptionListQuery>

export const digestFrequencies = ['daily', 'weekly', 'off'] as const
export type DigestFrequency = (typeof digestFrequencies)[number]

export const DigestSettings = Type.Object({
  frequency: StringEnum(digestFrequencies, {
    description: 'Following something for the first time switches a weekly digest on, unless you chose otherwise first',
  }),
  version: Type.Integer({ minimum: 0, description: 'Incremented on every write; 0 until you change the settings' }),
  lastDigestAt: Nullable(Timestamp),
  nextDigestAt: Nullable(Timestamp),
})
export type DigestSettings = Static<typeof DigestSettings>

export const DigestSettingsUpdate = Type.Pick(DigestSettings, ['frequency'], { additionalProperties: false })
export type DigestSettingsUpdate = Static<typeof DigestSettingsUpdate>

/** Whether you have a private feed (never its secret, which only its creation shows). */
export const FeedTokenStatus = Type.Object({
  active: Type.Boolean(),
  createdAt: Nullable(Timestamp),
  lastUsedAt: Nullable(Timestamp),
})
export type FeedTokenStatus = Static<typeof FeedTokenStatus>

export const FeedTokenCreated = Type.Object({
  url: Type.String({ description: 'Your private Atom feed. Shown once: anyone with it reads your feed, so keep it secret.' }),
  createdAt: Timestamp,
})
export type FeedTokenCreated = Static<typeof FeedTokenCreated>

export const FeedTokenParams = Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false })

export const UnsubscribeQuery = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 300, description: 'The signed token from the digest’s link' }) },
  { additionalProperties: false },
)
export type UnsubscribeQuery = Static<typeof UnsubscribeQuery>

export const UnsubscribeResult = Type.Object({
  unsubscribed: Type.Boolean({ description: 'True once digests are off (a GET only asks you to confirm)' }),
  frequency: StringEnum(digestFrequencies),
})
export type UnsubscribeResult = Static<typeof UnsubscribeResult>
