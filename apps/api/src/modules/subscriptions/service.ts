import { createHash, randomBytes } from 'node:crypto'
import type {
  DigestFrequency,
  DigestSettings,
  FeedTokenCreated,
  FeedTokenStatus,
  Subscription,
  SubscriptionListQuery,
  SubscriptionTarget,
} from '@learnonce/contracts'
import { and, eq, sql } from 'drizzle-orm'
import { type Database, type Executor, rows } from '../../db/client.js'
import { digestSettings, feedTokens, subscriptions } from '../../db/schema/index.js'
import { type Cursor, decodeCursor } from '../../pagination.js'
import type { UserActor } from '../../plugins/auth.js'
import { checkPrecondition, type Precondition, staleVersion } from '../../plugins/etag.js'
import { conflict, invalidField, notFound } from '../../problem.js'
import { recordAudit } from '../audit/service.js'
import { visibleTo } from '../content/policy.js'

/** How long each frequency waits between digests, as a PostgreSQL interval. */
export const digestIntervals: Record<Exclude<DigestFrequency, 'off'>, string> = { daily: '1 day', weekly: '7 days' }

interface SubscriptionRow {
  id: string
  createdAt: Date | string
  targetType: Subscription['target']['type']
  targetId: string | null
  targetValue: string | null
  label: string | null
}

const iso = (value: Date | string) => new Date(value).toISOString()

function toSubscription(row: SubscriptionRow): Subscription {
  return {
    id: row.id,
    createdAt: iso(row.createdAt),
    target: {
      type: row.targetType,
      id: row.targetId,
      value: row.targetValue,
      label: row.label ?? row.targetValue ?? 'No longer available',
    },
  }
}

/**
 * Subscriptions with the name of what each follows, in one statement. An item the person may no
 * longer see keeps its follow but shows no title (it matches nothing either: digests are published only).
 */
function selectSubscriptions(actor: UserActor, where: ReturnType<typeof sql>, limit: number | null) {
  return sql`select s.id, s.created_at as "createdAt", s.target_type as "targetType", s.target_id as "targetId",
      s.target_value as "targetValue",
      case s.target_type
        when 'theme' then (select theme.name from themes theme where theme.slug = s.target_value)
        when 'journeyStage' then initcap(replace(s.target_value, '_', ' '))
        when 'network' then (select network.name from networks network where network.id = s.target_id)
        when 'site' then (select site.name from sites site where site.id = s.target_id)
        when 'item' then (select content_items.title from content_items where content_items.id = s.target_id and ${visibleTo(actor)})
      end as label
    from subscriptions s
    where s.user_id = ${actor.id}::uuid and ${where}
    order by s.id desc
    ${limit === null ? sql`` : sql`limit ${limit}`}`
}

/** The caller's follows, newest first; `limit + 1` rows. */
export async function listSubscriptions(
  db: Executor,
  actor: UserActor,
  query: SubscriptionListQuery,
  limit: number,
): Promise<Subscription[]> {
  const cursor = decodeCursor(query.cursor, ['uuid'])
  const where = sql.join(
    [
      sql`true`,
      query.type ? sql`s.target_type = ${query.type}` : undefined,
      cursor ? sql`s.id < ${String(cursor[0])}::uuid` : undefined,
    ].filter((part) => part !== undefined),
    sql` and `,
  )
  return (await rows<SubscriptionRow>(db, selectSubscriptions(actor, where, limit + 1))).map(toSubscription)
}

export const subscriptionCursor = (subscription: Subscription): Cursor => [subscription.id]

async function oneSubscription(db: Executor, actor: UserActor, id: string): Promise<Subscription> {
  const [row] = await rows<SubscriptionRow>(db, selectSubscriptions(actor, sql`s.id = ${id}::uuid`, null))
  if (!row) throw notFound('Subscription')
  return toSubscription(row)
}

/** The stored form of a target: it must exist, be live and be visible to the caller, or it is a 400 naming the field. */
async function resolveTarget(
  db: Executor,
  actor: UserActor,
  target: SubscriptionTarget,
): Promise<{ targetId: string | null; targetValue: string | null }> {
  const need = (field: 'id' | 'slug' | 'value', what: string): string => {
    const given = target[field]
    if (given === undefined) throw invalidField(`/target/${field}`, `is needed to follow ${what}`)
    return given
  }
  const idOrSlug = (what: string) => {
    if (target.id === undefined && target.slug === undefined)
      throw invalidField('/target/id', `or /target/slug is needed to follow ${what}`)
    return target.id !== undefined ? sql`id = ${target.id}::uuid` : sql`slug = ${target.slug}`
  }
  switch (target.type) {
    case 'journeyStage':
      return { targetId: null, targetValue: need('value', 'a journey stage') }
    case 'theme': {
      const slug = need('slug', 'a theme')
      const [found] = await rows<{ slug: string }>(db, sql`select slug from themes where slug = ${slug} and retired_at is null`)
      if (!found) throw invalidField('/target/slug', 'is not a current theme; see GET /v1/taxonomy')
      return { targetId: null, targetValue: found.slug }
    }
    case 'network': {
      const [found] = await rows<{ id: string }>(db, sql`select id from networks where ${idOrSlug('a network')}`)
      if (!found) throw invalidField(target.id !== undefined ? '/target/id' : '/target/slug', 'is not a known network')
      return { targetId: found.id, targetValue: null }
    }
    case 'site': {
      const [found] = await rows<{ id: string }>(db, sql`select id from sites where ${idOrSlug('a site')} and archived_at is null`)
      if (!found) throw invalidField(target.id !== undefined ? '/target/id' : '/target/slug', 'is not a current site')
      return { targetId: found.id, targetValue: null }
    }
    case 'item': {
      const id = need('id', 'a lesson, case study or solution')
      const [found] = await rows<{ id: string }>(db, sql`select id from content_items where id = ${id}::uuid and ${visibleTo(actor)}`)
      if (!found) throw invalidField('/target/id', 'is not a lesson, case study or solution you can see')
      return { targetId: found.id, targetValue: null }
    }
  }
}

/**
 * Follows something. The first follow switches on a weekly digest (a settings row), unless the
 * person chose a frequency before; their first digest covers what is published from now.
 */
export async function createSubscription(db: Database, actor: UserActor, target: SubscriptionTarget): Promise<Subscription> {
  return db.transaction(async (tx) => {
    const stored = await resolveTarget(tx, actor, target)
    const inserted = await tx
      .insert(subscriptions)
      .values({ userId: actor.id, targetType: target.type, ...stored })
      .onConflictDoNothing()
      .returning({ id: subscriptions.id })
    const created = inserted[0]
    if (!created) throw conflict('You already follow this.')
    await tx.insert(digestSettings).values({ userId: actor.id, frequency: 'weekly' }).onConflictDoNothing()
    await recordAudit(tx, {
      action: 'subscription.created',
      actorId: actor.id,
      subjectType: 'subscription',
      subjectId: created.id,
      data: { type: target.type, ...stored },
    })
    return oneSubscription(tx, actor, created.id)
  })
}

/** Unfollows; someone else's subscription is a 404, as if it did not exist. */
export async function deleteSubscription(db: Database, actor: UserActor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const deleted = await tx
      .delete(subscriptions)
      .where(and(eq(subscriptions.id, id), eq(subscriptions.userId, actor.id)))
      .returning({ type: subscriptions.targetType, targetId: subscriptions.targetId, targetValue: subscriptions.targetValue })
    const removed = deleted[0]
    if (!removed) throw notFound('Subscription')
    await recordAudit(tx, { action: 'subscription.deleted', actorId: actor.id, subjectType: 'subscription', subjectId: id, data: removed })
  })
}

interface SettingsRow {
  frequency: DigestFrequency
  version: number
  lastDigestAt: Date | string
}

function toSettings(row: SettingsRow | undefined): DigestSettings {
  if (!row) return { frequency: 'off', version: 0, lastDigestAt: null, nextDigestAt: null }
  const last = new Date(row.lastDigestAt)
  const days = row.frequency === 'daily' ? 1 : 7
  return {
    frequency: row.frequency,
    version: row.version,
    lastDigestAt: last.toISOString(),
    nextDigestAt: row.frequency === 'off' ? null : new Date(last.getTime() + days * 86_400_000).toISOString(),
  }
}

async function loadSettings(db: Executor, userId: string): Promise<SettingsRow | undefined> {
  const [row] = await db
    .select({ frequency: digestSettings.frequency, version: digestSettings.version, lastDigestAt: digestSettings.lastDigestAt })
    .from(digestSettings)
    .where(eq(digestSettings.userId, userId))
  return row
}

/** The caller's digest settings; 'off' (version 0) until they follow something or choose. */
export async function getDigestSettings(db: Executor, actor: UserActor): Promise<DigestSettings> {
  return toSettings(await loadSettings(db, actor.id))
}

/**
 * Chooses daily, weekly or off; `expected` is the If-Match version (0 before the first write). A
 * change of frequency keeps the window: what was published since the last digest still comes.
 */
export async function updateDigestSettings(
  db: Database,
  actor: UserActor,
  frequency: DigestFrequency,
  expected: Precondition,
  via: 'settings' | 'unsubscribe' = 'settings',
): Promise<DigestSettings> {
  return db.transaction(async (tx) => {
    const current = await loadSettings(tx, actor.id)
    checkPrecondition(expected, 'digest setting', current?.version ?? 0)
    let saved: SettingsRow | undefined
    if (!current) {
      ;[saved] = await tx
        .insert(digestSettings)
        .values({ userId: actor.id, frequency })
        .onConflictDoNothing()
        .returning({ frequency: digestSettings.frequency, version: digestSettings.version, lastDigestAt: digestSettings.lastDigestAt })
    } else {
      ;[saved] = await tx
        .update(digestSettings)
        .set({ frequency, version: sql`${digestSettings.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(digestSettings.userId, actor.id), eq(digestSettings.version, current.version)))
        .returning({ frequency: digestSettings.frequency, version: digestSettings.version, lastDigestAt: digestSettings.lastDigestAt })
    }
    if (!saved) throw staleVersion('digest setting', (current?.version ?? 0) + 1)
    await recordAudit(tx, {
      action: 'digest_settings.updated',
      actorId: actor.id,
      subjectType: 'user',
      subjectId: actor.id,
      data: { frequency, via },
    })
    return toSettings(saved)
  })
}

/** Turns digests off for the person a verified unsubscribe token names (no sign-in). */
export async function unsubscribe(db: Database, userId: string): Promise<DigestFrequency> {
  return db.transaction(async (tx) => {
    await tx
      .insert(digestSettings)
      .values({ userId, frequency: 'off' })
      .onConflictDoUpdate({
        target: digestSettings.userId,
        set: { frequency: 'off', version: sql`${digestSettings.version} + 1`, updatedAt: sql`now()` },
        setWhere: sql`${digestSettings.frequency} <> 'off'`,
      })
    await recordAudit(tx, { action: 'digest_settings.unsubscribed', actorId: userId, subjectType: 'user', subjectId: userId })
    return 'off' as const
  })
}

/** Feed secrets carry a visible prefix, like API keys, so a leaked one is recognisable. */
export const feedTokenPrefix = 'lof_'
export const hashFeedToken = (token: string) => createHash('sha256').update(token).digest('base64url')

export async function getFeedTokenStatus(db: Executor, actor: UserActor): Promise<FeedTokenStatus> {
  const [row] = await db.select().from(feedTokens).where(eq(feedTokens.userId, actor.id))
  return { active: row !== undefined, createdAt: row?.createdAt.toISOString() ?? null, lastUsedAt: row?.lastUsedAt?.toISOString() ?? null }
}

/** A new private feed URL, shown once; any earlier one stops working. */
export async function rotateFeedToken(db: Database, actor: UserActor, publicUrl: string): Promise<FeedTokenCreated> {
  const token = `${feedTokenPrefix}${randomBytes(32).toString('base64url')}`
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(feedTokens)
      .values({ userId: actor.id, tokenHash: hashFeedToken(token) })
      .onConflictDoUpdate({ target: feedTokens.userId, set: { tokenHash: hashFeedToken(token), createdAt: sql`now()`, lastUsedAt: null } })
      .returning({ createdAt: feedTokens.createdAt })
    if (!row) throw new Error('upsert returned no row')
    await recordAudit(tx, { action: 'feed_token.created', actorId: actor.id, subjectType: 'user', subjectId: actor.id })
    return { url: `${publicUrl}/v1/feeds/private/${token}.atom`, createdAt: row.createdAt.toISOString() }
  })
}

export async function revokeFeedToken(db: Database, actor: UserActor): Promise<void> {
  await db.transaction(async (tx) => {
    const deleted = await tx.delete(feedTokens).where(eq(feedTokens.userId, actor.id)).returning({ userId: feedTokens.userId })
    if (deleted.length === 0) throw notFound('Private feed')
    await recordAudit(tx, { action: 'feed_token.revoked', actorId: actor.id, subjectType: 'user', subjectId: actor.id })
  })
}

/** The active person whose private feed `token` opens, or null (unknown, revoked, or their account disabled). */
export async function feedOwner(db: Database, token: string): Promise<{ id: string; role: UserActor['role']; siteIds: string[] } | null> {
  if (!token.startsWith(feedTokenPrefix)) return null
  const [owner] = await rows<{ id: string; role: UserActor['role']; siteIds: string[] }>(
    db,
    sql`update feed_tokens set last_used_at = now()
      from users u
      where feed_tokens.token_hash = ${hashFeedToken(token)} and u.id = feed_tokens.user_id and u.status = 'active'
      returning u.id, u.role,
        coalesce((select array_agg(m.site_id::text order by m.site_id) from memberships m where m.user_id = u.id), '{}') as "siteIds"`,
  )
  return owner ?? null
}
