import type { AdoptionReport, AdoptionReportRow, PipelineReport, PipelineReportRow, ReportQuery } from '@learnonce/contracts'
import { contentTypes } from '@learnonce/contracts'
import { sql } from 'drizzle-orm'
import { type Executor, readTarget, rows } from '../../db/client.js'
import { invalidField } from '../../problem.js'

export interface Period {
  from: string
  to: string
}

const day = (date: Date) => date.toISOString().slice(0, 10)

/** The period asked for, or the last twelve months (this one included); `to` before `from` is a 400. */
export function periodOf(query: ReportQuery, now = new Date()): Period {
  const to = query.to ?? day(now)
  const from = query.from ?? day(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1)))
  if (to < from) throw invalidField('/to', `is before from (${from}); the period runs from one day to a later one`, 'query')
  return { from, to }
}

// Days are UTC days: the bounds are made in UTC whatever the session's time zone.
const start = (period: Period) => sql`(${period.from}::date)::timestamp at time zone 'UTC'`
const stop = (period: Period) => sql`(${period.to}::date + 1)::timestamp at time zone 'UTC'`

/**
 * Adoptions by solution, mode and site (with the site's region), counted by when each started — or,
 * for one not started yet, when it was recorded. One query.
 */
export async function adoptionReport(db: Executor, period: Period): Promise<AdoptionReport> {
  const found = await rows<AdoptionReportRow>(
    readTarget(db),
    sql`
    select adoption.solution_id as "solutionId", solution.title as "solutionTitle", adoption.mode,
      adoption.site_id as "siteId", site.name as "siteName", site.region,
      count(*)::int as adoptions, (count(*) filter (where adoption.status = 'live'))::int as live
    from adoptions adoption
    join content_items solution on solution.id = adoption.solution_id
    join sites site on site.id = adoption.site_id
    where coalesce(adoption.started_at, adoption.created_at) >= ${start(period)}
      and coalesce(adoption.started_at, adoption.created_at) < ${stop(period)}
    group by adoption.solution_id, solution.title, adoption.mode, adoption.site_id, site.name, site.region
    order by solution.title, adoption.solution_id, adoption.mode, site.name, adoption.site_id`,
  )
  return { ...period, rows: found }
}

const hours = (value: ReturnType<typeof sql>) => sql`round((${value})::numeric, 1)::float8`

/**
 * The review pipeline by kind and month, from the workflow's transitions: submissions (resubmissions
 * too), and for the items first submitted that month the hours to their first claim and to their
 * decision (published, rejected or marked duplicate), median and 90th percentile. One query; every
 * month of the period is listed for each kind, empty or not.
 */
export async function pipelineReport(db: Executor, period: Period): Promise<PipelineReport> {
  const found = await rows<PipelineReportRow>(
    readTarget(db),
    sql`
    with months as (
      select to_char(month, 'YYYY-MM') as month
      from generate_series(date_trunc('month', ${period.from}::date), date_trunc('month', ${period.to}::date), interval '1 month') month
    ),
    kinds as (select kind.type, kind.position from unnest(${`{${contentTypes.join(',')}}`}::text[]) with ordinality as kind(type, position)),
    submissions as (
      select item.type, to_char(submitted.created_at at time zone 'UTC', 'YYYY-MM') as month, count(*)::int as submissions
      from content_transitions submitted join content_items item on item.id = submitted.item_id
      where submitted.action = 'submit' and submitted.created_at >= ${start(period)} and submitted.created_at < ${stop(period)}
      group by 1, 2
    ),
    firsts as (
      select first.item_id, first.submitted_at,
        (select min(claim.created_at) from content_transitions claim
          where claim.item_id = first.item_id and claim.action = 'claim' and claim.created_at >= first.submitted_at) as reviewed_at,
        (select min(decision.created_at) from content_transitions decision
          where decision.item_id = first.item_id and decision.action in ('publish', 'reject', 'mark-duplicate')
            and decision.created_at >= first.submitted_at) as decided_at
      from (select item_id, min(created_at) as submitted_at from content_transitions where action = 'submit' group by item_id) first
      where first.submitted_at >= ${start(period)} and first.submitted_at < ${stop(period)}
    ),
    measured as (
      select item.type, to_char(first.submitted_at at time zone 'UTC', 'YYYY-MM') as month,
        count(*)::int as first_submissions, count(first.reviewed_at)::int as reviewed, count(first.decided_at)::int as decided,
        percentile_cont(0.5) within group (order by extract(epoch from first.reviewed_at - first.submitted_at) / 3600) as review_median,
        percentile_cont(0.9) within group (order by extract(epoch from first.reviewed_at - first.submitted_at) / 3600) as review_p90,
        percentile_cont(0.5) within group (order by extract(epoch from first.decided_at - first.submitted_at) / 3600) as decision_median,
        percentile_cont(0.9) within group (order by extract(epoch from first.decided_at - first.submitted_at) / 3600) as decision_p90
      from firsts first join content_items item on item.id = first.item_id
      group by 1, 2
    )
    select kinds.type, months.month,
      coalesce(submissions.submissions, 0) as submissions,
      coalesce(measured.first_submissions, 0) as "firstSubmissions",
      coalesce(measured.reviewed, 0) as reviewed,
      coalesce(measured.decided, 0) as decided,
      ${hours(sql`measured.review_median`)} as "medianHoursToFirstReview",
      ${hours(sql`measured.review_p90`)} as "p90HoursToFirstReview",
      ${hours(sql`measured.decision_median`)} as "medianHoursToDecision",
      ${hours(sql`measured.decision_p90`)} as "p90HoursToDecision"
    from months cross join kinds
    left join submissions on submissions.type = kinds.type and submissions.month = months.month
    left join measured on measured.type = kinds.type and measured.month = months.month
    order by months.month, kinds.position`,
  )
  return { ...period, rows: found }
}
