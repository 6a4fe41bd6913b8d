import type { DigestFrequency, SubscriptionTargetType } from '@learnonce/contracts'
import { sql } from 'drizzle-orm'
import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { id, rowMeta, timestamptz } from './columns.js'
import { users } from './identity.js'

/**
 * What a person follows. Networks, sites and items are referenced by `target_id`; themes (slug) and
 * journey stages (value) by `target_value`. No foreign key to the target: it lives in one of several
 * tables, and a follow of something since deleted simply matches nothing.
 */
export const subscriptions = pgTable(
  'subscriptions',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    targetType: text('target_type').$type<SubscriptionTargetType>().notNull(),
    targetId: uuid('target_id'),
    targetValue: text('target_value'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    // One follow per target; also the path from a user to their follows (the digest matches per user).
    uniqueIndex('subscriptions_target_key').on(t.userId, t.targetType, sql`coalesce(${t.targetId}::text, ${t.targetValue})`),
    // The list: a user's follows, newest first, optionally of one type.
    index('subscriptions_user_idx').on(t.userId, t.id),
    index('subscriptions_user_type_idx').on(t.userId, t.targetType, t.id),
  ],
)

/**
 * How often a person gets a digest. A row appears when they first follow something (weekly) or
 * change the setting. `last_digest_at` is where the next digest's window starts.
 */
export const digestSettings = pgTable(
  'digest_settings',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    frequency: text('frequency').$type<DigestFrequency>().notNull().default('weekly'),
    lastDigestAt: timestamptz('last_digest_at').notNull().defaultNow(),
    ...rowMeta(),
  },
  // The job's claim: who is due, oldest window first.
  (t) => [index('digest_settings_due_idx').on(t.lastDigestAt).where(sql`${t.frequency} <> 'off'`)],
)

export type DigestDeliveryStatus = 'sending' | 'sent' | 'empty' | 'failed' | 'abandoned'

/**
 * One digest for one person and one window, written in the transaction that claims it — before
 * the mail is sent — so a window is sent at most once whatever crashes or runs twice. The window's
 * start is the period key: two claims of the same period collide on it.
 */
export const digestDeliveries = pgTable(
  'digest_deliveries',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    windowStart: timestamptz('window_start').notNull(),
    windowEnd: timestamptz('window_end').notNull(),
    status: text('status').$type<DigestDeliveryStatus>().notNull().default('sending'),
    entryCount: integer('entry_count').notNull().default(0),
    messageId: text('message_id'),
    error: text('error'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    finishedAt: timestamptz('finished_at'),
  },
  (t) => [
    uniqueIndex('digest_deliveries_period_key').on(t.userId, t.windowStart),
    // The dashboard's counts of the last week, and the sweep of interrupted sends.
    index('digest_deliveries_status_idx').on(t.status, t.createdAt),
  ],
)

/** A person's private Atom feed: only a SHA-256 hash of its secret is kept (as for API keys). */
export const feedTokens = pgTable(
  'feed_tokens',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    lastUsedAt: timestamptz('last_used_at'),
  },
  (t) => [uniqueIndex('feed_tokens_hash_key').on(t.tokenHash)],
)
