import {
  backlogBuckets,
  type ContentStatus,
  contentStatuses,
  type DashboardContent,
  type DashboardHub,
  type DashboardMine,
  type DashboardPipeline,
  type JourneyStage,
  journeyStages,
} from '@learnonce/contracts'
import { type SQL, sql } from 'drizzle-orm'
import type { Executor } from '../../db/client.js'
import type { Actor } from '../../plugins/auth.js'
import { staleSql } from '../content/records.js'

/**
 * Each summary is one statement: a single row of JSON built by subqueries, so a dashboard costs one
 * round trip whatever it shows, and nothing is paged through in the browser.
 */
async function oneRow<T>(db: Executor, query: SQL): Promise<T> {
  const [row] = await db.select({ summary: sql<T>`summary` }).from(sql`(${query}) as dashboard(summary)`)
  if (!row) throw new Error('a summary query answered no row')
  // PGlite may hand json over as text; node-postgres parses it.
  return (typeof row.summary === 'string' ? JSON.parse(row.summary) : row.summary) as T
}

/** A timestamp as the API writes every other one: UTC, milliseconds, Z. */
const iso = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

const ageInDays = sql`greatest(0, floor(extract(epoch from now() - submitted_at) / 86400))::int`

/** What waits for curators and how old it is, and what came in per week. Curators and admins only (the route says so). */
export function pipelineSummary(db: Executor, actor: Actor, weeks: number): Promise<DashboardPipeline> {
  const bucketCounts = sql.join(
    backlogBuckets.map(
      ({ minDays, maxDays }) =>
        sql`json_build_object('minDays', ${sql.raw(String(minDays))}, 'maxDays', ${sql.raw(maxDays === null ? 'null::int' : String(maxDays))},
          'count', count(*) filter (where age >= ${sql.raw(String(minDays))}${maxDays === null ? sql`` : sql` and age <= ${sql.raw(String(maxDays))}`}))`,
    ),
    sql`, `,
  )
  // Weeks start on Monday (ISO), in UTC; the series lists weeks with no submissions as zero.
  const thisWeek = sql`date_trunc('week', now() at time zone 'UTC')`
  const firstWeek = sql`(${thisWeek} - make_interval(weeks => ${weeks - 1}))`
  return oneRow<DashboardPipeline>(
    db,
    sql`
    with queue as (
      -- The states are literals so the partial queue index (content_items_queue_idx) serves this.
      select status, assignee_id, ${ageInDays} as age from content_items
      where status in ('submitted', 'in_review') and submitted_at is not null
    ),
    submissions as (
      -- Every submit, resubmissions included: the history is the record of what came in when
      -- (submitted_at keeps only the latest). Served by content_transitions_submit_idx.
      select date_trunc('week', created_at at time zone 'UTC') as week, count(*)::int as submissions
      from content_transitions
      where action = 'submit' and created_at >= ${firstWeek} at time zone 'UTC'
      group by 1
    )
    select json_build_object(
      'waiting', (select count(*)::int from queue where status = 'submitted'),
      'inReview', (select count(*)::int from queue where status = 'in_review'),
      'mineInReview', (select count(*)::int from queue where status = 'in_review' and assignee_id = ${actor.id}::uuid),
      'oldestWaitingDays', (select max(age) from queue),
      'submissionsPerWeek', (
        select json_agg(json_build_object('weekStart', to_char(series.week, 'YYYY-MM-DD'), 'submissions', coalesce(submissions.submissions, 0))
          order by series.week)
        from generate_series(${firstWeek}, ${thisWeek}, interval '1 week') as series(week)
        left join submissions on submissions.week = series.week
      ),
      'backlogByAge', (select json_build_array(${bucketCounts}) from queue),
      -- Served by the partial content_items_review_by_idx.
      'pastReview', (select count(*)::int from content_items where status = 'published' and review_by < now()),
      'reviewDue', (select count(*)::int from content_items where ${staleSql()})
    )`,
  )
}

interface ContentRows {
  publishedByTheme: DashboardContent['publishedByTheme']
  publishedByStage: { stage: JourneyStage; count: number }[]
  mostReused: DashboardContent['mostReused']
  upcomingEvents: DashboardContent['upcomingEvents']
}

/**
 * What the hub has published and reused, and what is coming up. Published items, adoptions of
 * published solutions and events are readable by everyone signed in, so these figures are the same
 * for every caller: nothing unpublished is counted.
 */
export async function contentSummary(db: Executor): Promise<DashboardContent> {
  const rows = await oneRow<ContentRows>(
    db,
    sql`
    with published as (
      -- Served by the partial content_items_published_idx.
      select id, type, themes, journey_stage from content_items where status = 'published' and published_at is not null
    )
    select json_build_object(
      'publishedByTheme', coalesce((
        select json_agg(json_build_object('theme', counted.theme, 'name', coalesce(themes.name, counted.theme),
            'lesson', counted.lesson, 'case_study', counted.case_study, 'solution', counted.solution, 'total', counted.total)
          order by counted.total desc, coalesce(themes.name, counted.theme))
        from (
          select theme, count(*) filter (where type = 'lesson')::int as lesson, count(*) filter (where type = 'case_study')::int as case_study,
            count(*) filter (where type = 'solution')::int as solution, count(*)::int as total
          from published cross join unnest(published.themes) as theme
          group by theme
        ) counted
        left join themes on themes.slug = counted.theme
      ), '[]'::json),
      'publishedByStage', coalesce((
        select json_agg(json_build_object('stage', journey_stage, 'count', items))
        from (select journey_stage, count(*)::int as items from published where journey_stage is not null group by journey_stage) staged
      ), '[]'::json),
      'mostReused', coalesce((
        select json_agg(json_build_object('id', reused.id, 'title', reused.title, 'replicate', reused.replicate,
            'customise', reused.customise, 'enhance', reused.enhance, 'total', reused.total) order by reused.total desc, reused.title, reused.id)
        from (
          select solution.id, solution.title,
            count(*) filter (where adoption.mode = 'replicate')::int as replicate,
            count(*) filter (where adoption.mode = 'customise')::int as customise,
            count(*) filter (where adoption.mode = 'enhance')::int as enhance,
            count(*)::int as total
          from adoptions adoption
          join content_items solution on solution.id = adoption.solution_id and solution.status = 'published'
          group by solution.id, solution.title
          order by total desc, solution.title, solution.id
          limit 5
        ) reused
      ), '[]'::json),
      'upcomingEvents', coalesce((
        select json_agg(json_build_object('id', upcoming.id, 'title', upcoming.title, 'kind', upcoming.kind,
            'startsAt', ${iso(sql`upcoming.starts_at`)}, 'network', json_build_object('id', upcoming.network_id, 'name', upcoming.network_name))
          order by upcoming.starts_at, upcoming.id)
        from (
          -- Read in start order from events_starts_idx; an event under way still counts until it ends.
          select event.id, event.title, event.kind, event.starts_at, network.id as network_id, network.name as network_name
          from events event join networks network on network.id = event.network_id
          where event.ends_at > now()
          order by event.starts_at, event.id
          limit 5
        ) upcoming
      ), '[]'::json)
    )`,
  )
  const staged = new Map(rows.publishedByStage.map((row) => [row.stage, row.count]))
  return { ...rows, publishedByStage: journeyStages.map((stage) => ({ stage, count: staged.get(stage) ?? 0 })) }
}

interface MineRows {
  byState: { status: ContentStatus; count: number }[]
  recentlyPublished: DashboardMine['recentlyPublished']
}

/**
 * The items of the caller's sites by state, and their latest published. Membership is the rule, as in
 * /v1/me/items: no other site's item is counted, whatever its state, and curators or admins with no
 * sites have nothing here.
 */
export async function mineSummary(db: Executor, actor: Actor): Promise<DashboardMine> {
  const empty = (rows: MineRows['byState']): DashboardMine['byState'] => {
    const counted = new Map(rows.map((row) => [row.status, row.count]))
    return contentStatuses.map((status) => ({ status, count: counted.get(status) ?? 0 }))
  }
  if (actor.siteIds.length === 0) return { byState: empty([]), recentlyPublished: [] }
  const mySites = `{${actor.siteIds.join(',')}}`
  const rows = await oneRow<MineRows>(
    db,
    sql`
    with mine as (
      -- content_sites_site_idx (site_id, item_id) leads from the caller's sites to their items.
      select item.id, item.type, item.title, item.status, item.published_at from content_items item
      where item.id in (select my_site.item_id from content_sites my_site where my_site.site_id = any(${mySites}::uuid[]))
    )
    select json_build_object(
      'byState', coalesce((select json_agg(json_build_object('status', status, 'count', items))
        from (select status, count(*)::int as items from mine group by status) counted), '[]'::json),
      'recentlyPublished', coalesce((
        select json_agg(json_build_object('id', latest.id, 'type', latest.type, 'title', latest.title, 'publishedAt', ${iso(sql`latest.published_at`)})
          order by latest.published_at desc, latest.id desc)
        from (select * from mine where status = 'published' and published_at is not null order by published_at desc, id desc limit 5) latest
      ), '[]'::json)
    )`,
  )
  return { byState: empty(rows.byState), recentlyPublished: rows.recentlyPublished }
}

/** Users, sites, failing webhooks, digest deliveries and key usage, for admins (the route says so). */
export function hubSummary(db: Executor): Promise<DashboardHub> {
  return oneRow<DashboardHub>(
    db,
    sql`
    with failing as (
      -- Given up on in the last week, or being retried now. Served by webhook_deliveries_failing_idx.
      select id, webhook_id from webhook_deliveries
      where status in ('pending', 'failed')
        and ((status = 'failed' and created_at > now() - interval '7 days') or (status = 'pending' and attempt_count > 0))
    ),
    usable_keys as (
      select id, name, prefix, last_used_at from api_keys where revoked_at is null and (expires_at is null or expires_at > now())
    )
    select json_build_object(
      'users', (select json_build_object(
          'active', count(*) filter (where status = 'active')::int,
          'disabled', count(*) filter (where status = 'disabled')::int,
          'admin', count(*) filter (where status = 'active' and role = 'admin')::int,
          'curator', count(*) filter (where status = 'active' and role = 'curator')::int,
          'contributor', count(*) filter (where status = 'active' and role = 'contributor')::int)
        from users),
      'sites', (select json_build_object(
          'active', count(*) filter (where archived_at is null)::int,
          'archived', count(*) filter (where archived_at is not null)::int)
        from sites),
      'failingWebhooks', coalesce((
        select json_agg(json_build_object('id', webhook.id, 'url', webhook.url, 'active', webhook.active, 'failing', counted.failing,
            'lastStatusCode', last_attempt.status_code, 'lastAttemptAt', ${iso(sql`last_attempt.attempted_at`)})
          order by counted.failing desc, webhook.url, webhook.id)
        from (select webhook_id, count(*)::int as failing from failing group by webhook_id) counted
        join webhooks webhook on webhook.id = counted.webhook_id
        left join lateral (
          select attempt.status_code, attempt.attempted_at from failing
          join webhook_attempts attempt on attempt.delivery_id = failing.id
          where failing.webhook_id = webhook.id
          order by attempt.attempted_at desc, attempt.id desc
          limit 1
        ) last_attempt on true
      ), '[]'::json),
      'digests', (
        -- Served by digest_deliveries_status_idx; an interrupted send counts as a failure (it is never resent).
        select json_build_object(
          'sent', count(*) filter (where status = 'sent')::int,
          'failed', count(*) filter (where status in ('failed', 'abandoned'))::int)
        from digest_deliveries where status in ('sent', 'failed', 'abandoned') and created_at > now() - interval '7 days'),
      'keys', json_build_object(
        'active', (select count(*)::int from usable_keys),
        'neverUsed', (select count(*)::int from usable_keys where last_used_at is null),
        'recentlyUsed', coalesce((
          select json_agg(json_build_object('id', used.id, 'name', used.name, 'prefix', used.prefix, 'lastUsedAt', ${iso(sql`used.last_used_at`)})
            order by used.last_used_at desc nulls last, used.id desc)
          from (select * from usable_keys order by last_used_at desc nulls last, id desc limit 10) used
        ), '[]'::json)
      )
    )`,
  )
}
