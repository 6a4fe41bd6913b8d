import type { ContentType } from '@learnonce/contracts'
import { sql } from 'drizzle-orm'
import { type Executor, rows } from '../../db/client.js'

/**
 * What a digest (and the private feed) tells a person about:
 * - `published`: newly published content matching something they follow;
 * - `updated`: a followed item changed since it was published;
 * - `event`: an upcoming event (next 14 days) of a network they follow;
 * - `comment`: a comment someone else left on an item they wrote;
 * - `decision`: a curator's decision on an item they wrote (published, changes requested, rejected, duplicate);
 * - `news`: news a network they follow published;
 * - `discussion`: a thread of a network they follow that others started or answered.
 * News and discussions reach only those who may read the network's community (networks/community-policy.ts).
 */
export type DigestEntryKind = 'published' | 'updated' | 'event' | 'comment' | 'decision' | 'news' | 'discussion'

export interface DigestEntry {
  userId: string
  kind: DigestEntryKind
  /** Unique per entry: the item, event, comment, transition, news or thread id. */
  id: string
  itemId: string | null
  itemType: ContentType | null
  title: string
  summary: string
  at: Date
  /** Why it is here: the follows it matched, the event's network, the commenter, the decision. */
  detail: string
  /** Events: when it starts. */
  startsAt: Date | null
  /** News and discussions: the network they belong to. */
  networkId: string | null
}

/** One person's window: entries from after `since` up to `until`. */
export interface DigestWindow {
  userId: string
  since: Date | null
  until: Date
}

export const UPCOMING_EVENT_DAYS = 14
const SUMMARY_LENGTH = 280

const arrayLiteral = (values: string[]) => `{${values.join(',')}}`

/**
 * Every entry for every window in one statement, newest first per person, at most `perUser` each.
 * Set-based over the whole batch: the follows of all the batch's people are joined once per kind of
 * target, each branch reaching content through its own index (published content by theme, stage,
 * site, network; a person's own items by author), never a query per person or per follow.
 */
export async function matchEntries(db: Executor, windows: DigestWindow[], perUser: number): Promise<DigestEntry[]> {
  if (windows.length === 0) return []
  const userIds = arrayLiteral(windows.map((window) => window.userId))
  const sinces = arrayLiteral(windows.map((window) => window.since?.toISOString() ?? '-infinity'))
  const untils = arrayLiteral(windows.map((window) => window.until.toISOString()))
  const found = await rows<Omit<DigestEntry, 'at' | 'startsAt'> & { at: Date | string; startsAt: Date | string | null }>(
    db,
    sql`
    with batch as (
      select w.user_id, w.since, w.until, u.role,
        coalesce((select array_agg(m.site_id) from memberships m where m.user_id = u.id), '{}') as site_ids
      from unnest(${userIds}::uuid[], ${sinces}::timestamptz[], ${untils}::timestamptz[]) as w(user_id, since, until)
      join users u on u.id = w.user_id and u.status = 'active'
    ),
    follows as (
      select s.user_id, s.target_type, s.target_id, s.target_value, batch.since, batch.until,
        case s.target_type
          when 'theme' then coalesce((select theme.name from themes theme where theme.slug = s.target_value), s.target_value)
          when 'journeyStage' then initcap(replace(s.target_value, '_', ' '))
          when 'network' then (select network.name from networks network where network.id = s.target_id)
          when 'site' then (select site.name from sites site where site.id = s.target_id)
          else 'an item you follow'
        end as label
      from subscriptions s join batch on batch.user_id = s.user_id
    ),
    readable_networks as (
      -- canReadCommunity in SQL: an open network, or one the person takes part in (a member site,
      -- a coordinator), or any network for curators and admins.
      select f.user_id, network.id as network_id from follows f
        join batch on batch.user_id = f.user_id
        join networks network on network.id = f.target_id
      where f.target_type = 'network'
        and (network.access = 'open' or batch.role in ('curator', 'admin')
          or exists (select 1 from network_sites ns where ns.network_id = network.id and ns.site_id = any(batch.site_ids))
          or exists (select 1 from network_coordinators nc where nc.network_id = network.id and nc.user_id = f.user_id))
    ),
    matched as (
      -- Published content, one branch per kind of follow so each reads its own index.
      select f.user_id, item.id as item_id, f.label from follows f
        join content_items item on item.status = 'published' and item.themes @> array[f.target_value]
          and item.published_at > f.since and item.published_at <= f.until
        where f.target_type = 'theme'
      union all
      select f.user_id, item.id, f.label from follows f
        join content_items item on item.status = 'published' and item.journey_stage = f.target_value
          and item.published_at > f.since and item.published_at <= f.until
        where f.target_type = 'journeyStage'
      union all
      select f.user_id, item.id, f.label from follows f
        join content_sites placed on placed.site_id = f.target_id
        join content_items item on item.id = placed.item_id and item.status = 'published'
          and item.published_at > f.since and item.published_at <= f.until
        where f.target_type = 'site'
      union all
      select f.user_id, item.id, f.label from follows f
        join (select network_id, item_id from network_content
              union select event.network_id, output.item_id from event_outputs output join events event on event.id = output.event_id) linked
          on linked.network_id = f.target_id
        join content_items item on item.id = linked.item_id and item.status = 'published'
          and item.published_at > f.since and item.published_at <= f.until
        where f.target_type = 'network'
      union all
      -- A followed item: newly published, or changed since.
      select f.user_id, item.id, f.label from follows f
        join content_items item on item.id = f.target_id and item.status = 'published'
          and ((item.published_at > f.since and item.published_at <= f.until) or (item.updated_at > f.since and item.updated_at <= f.until))
        where f.target_type = 'item'
    ),
    entries as (
      select m.user_id, case when item.published_at > batch.since then 'published' else 'updated' end as kind,
        item.id, item.id as item_id, item.type as item_type, item.title, item.summary,
        case when item.published_at > batch.since then item.published_at else item.updated_at end as at,
        'Because you follow ' || string_agg(distinct m.label, ', ') as detail, null::timestamptz as starts_at,
        null::uuid as network_id
      from matched m join content_items item on item.id = m.item_id join batch on batch.user_id = m.user_id
      group by m.user_id, item.id, batch.since
      union all
      -- Upcoming events of followed networks (under way or starting within the next days).
      select f.user_id, 'event', event.id, null, null, event.title, event.description, event.starts_at,
        coalesce(f.label, 'A network you follow'), event.starts_at, event.network_id
      from follows f join events event on event.network_id = f.target_id
        and event.ends_at > f.until and event.starts_at < f.until + make_interval(days => ${UPCOMING_EVENT_DAYS})
      where f.target_type = 'network'
      union all
      -- Answers to what the person wrote: comments by others they may read (internal notes only for
      -- curators and admins), on items whose thread they still take part in.
      select batch.user_id, 'comment', comment.id, item.id, item.type, item.title, comment.body, comment.created_at,
        coalesce(commenter.name, 'Someone') || ' commented', null, null
      from batch
        join content_items item on item.author_id = batch.user_id
        join content_comments comment on comment.item_id = item.id
          and comment.created_at > batch.since and comment.created_at <= batch.until
          and comment.author_id is distinct from batch.user_id
          and (not comment.internal or batch.role in ('curator', 'admin'))
        left join users commenter on commenter.id = comment.author_id
      where batch.role in ('curator', 'admin')
        or exists (select 1 from content_sites placed where placed.item_id = item.id and placed.site_id = any(batch.site_ids))
      union all
      select batch.user_id, 'decision', transition.id, item.id, item.type, item.title, coalesce(transition.note, ''), transition.created_at,
        case transition.action when 'publish' then 'Published' when 'request-changes' then 'Changes requested'
          when 'reject' then 'Rejected' else 'Marked as a duplicate' end, null, null
      from batch
        join content_items item on item.author_id = batch.user_id
        join content_transitions transition on transition.item_id = item.id
          and transition.created_at > batch.since and transition.created_at <= batch.until
          and transition.action in ('publish', 'request-changes', 'reject', 'mark-duplicate')
      where batch.role in ('curator', 'admin') or item.status = 'published'
        or exists (select 1 from content_sites placed where placed.item_id = item.id and placed.site_id = any(batch.site_ids))
      union all
      -- News of followed networks whose community the person may read.
      select f.user_id, 'news', news.id, null, null, news.title, news.body, news.published_at,
        coalesce(f.label, 'A network you follow'), null, news.network_id
      from follows f
        join readable_networks readable on readable.user_id = f.user_id and readable.network_id = f.target_id
        join network_news news on news.network_id = f.target_id and news.published_at > f.since and news.published_at <= f.until
      where f.target_type = 'network'
      union all
      -- Threads of followed networks that others started or answered in the window: one entry per
      -- thread, its newest such post (removed posts are left out).
      select f.user_id, 'discussion', thread.id, null, null, thread.title, latest.body, latest.created_at,
        coalesce(f.label, 'A network you follow'), null, thread.network_id
      from follows f
        join readable_networks readable on readable.user_id = f.user_id and readable.network_id = f.target_id
        join discussion_threads thread on thread.network_id = f.target_id and thread.last_post_at > f.since
        cross join lateral (select post.body, post.created_at from discussion_posts post
          where post.thread_id = thread.id and post.removed_at is null and post.author_id is distinct from f.user_id
            and post.created_at > f.since and post.created_at <= f.until
          order by post.created_at desc, post.id desc limit 1) latest
      where f.target_type = 'network'
    )
    select user_id as "userId", kind, id, item_id as "itemId", item_type as "itemType", title,
      case when char_length(summary) > ${SUMMARY_LENGTH} then left(summary, ${SUMMARY_LENGTH - 1}) || '…' else summary end as summary,
      at, detail, starts_at as "startsAt", network_id as "networkId"
    from (select entries.*, row_number() over (partition by user_id order by at desc, id desc) as position from entries) ranked
    where position <= ${perUser}
    order by user_id, at desc, id desc`,
  )
  return found.map((row) => ({
    ...row,
    at: new Date(row.at),
    startsAt: row.startsAt === null ? null : new Date(row.startsAt),
  }))
}
