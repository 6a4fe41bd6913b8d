// The SQL of the bare baseline: the best we know for each read, answering with the fields the API
// answers with (their names are handed over by the harness, taken from the API's own responses).
// $1 is always the reader's site ids: what a contributor may see is the API's rule (policy.ts), in SQL.
import { REVIEW_DUE_WINDOW_DAYS } from '@learnonce/contracts'

const visible = (alias) =>
  `(${alias}.status = 'published' or exists (select 1 from content_sites visible_site
    where visible_site.item_id = ${alias}.id and visible_site.site_id = any($1::uuid[])))`

const related = (type) =>
  `array(select relation.to_id::text from content_relations relation
    join content_items related_item on related_item.id = relation.to_id
    where relation.from_id = i.id and related_item.type = '${type}' and ${visible('related_item')}
    order by relation.position, relation.to_id)`

const siteIds = `array(select item_site.site_id::text from content_sites item_site
  where item_site.item_id = i.id order by item_site.position, item_site.site_id)`

/** Each field of a content item the API may answer with, as an SQL expression over `i` (content_items). */
const fieldSql = {
  id: 'i.id',
  type: 'i.type',
  version: 'i.version',
  createdAt: 'i.created_at',
  updatedAt: 'i.updated_at',
  title: 'i.title',
  summary: 'i.summary',
  problem: 'i.summary',
  context: `coalesce(i.context, '')`,
  wentWell: `coalesce(i.went_well, '')`,
  didNotGoWell: `coalesce(i.did_not_go_well, '')`,
  doDifferently: `coalesce(i.do_differently, '')`,
  body: `coalesce(i.body, '')`,
  outcomes: `coalesce(i.outcomes, '')`,
  description: `coalesce(i.description, '')`,
  howToAdopt: `coalesce(i.how_to_adopt, '')`,
  maturity: `coalesce(i.maturity, 'idea')`,
  derivedFromId: 'i.derived_from_id',
  themes: 'i.themes',
  careSettings: 'i.care_settings',
  tags: 'i.tags',
  links: 'i.links',
  artefacts: 'i.links',
  journeyStage: 'i.journey_stage',
  authorId: 'i.author_id',
  status: 'i.status',
  submittedAt: 'i.submitted_at',
  assigneeId: 'i.assignee_id',
  publishedAt: 'i.published_at',
  decisionNote: 'i.decision_note',
  duplicateOfId: 'i.duplicate_of_id',
  siteId: `coalesce((select item_site.site_id::text from content_sites item_site
    where item_site.item_id = i.id order by item_site.position, item_site.site_id limit 1), '')`,
  siteIds,
  relatedLessonIds: related('lesson'),
  relatedCaseStudyIds: related('case_study'),
  relatedSolutionIds: related('solution'),
  openFindings: `(select count(*)::int from content_findings finding where finding.item_id = i.id and finding.status = 'open')`,
  reviewBy: 'i.review_by',
  // Due for review within the window or past it, as of the query (staleSql in records.ts).
  stale: `coalesce(i.status = 'published' and i.review_by <= now() + interval '${Number(REVIEW_DUE_WINDOW_DAYS)} days', false)`,
}

/** A list shows the first 280 characters of a summary (LISTED_SUMMARY_LENGTH in contracts), as the API does. */
const listedSummary = `case when char_length(i.summary) > 280 then left(i.summary, 279) || '…' else i.summary end`
const listFieldSql = { ...fieldSql, summary: listedSummary, problem: listedSummary }

/** The select list for `fields` of a list (`listed`) or an item, and the fields the baseline cannot produce. */
export function selectList(fields, { listed }) {
  const expressions = listed ? listFieldSql : fieldSql
  const known = fields.filter((field) => field in expressions)
  return {
    sql: known.map((field) => `${expressions[field]} as "${field}"`).join(',\n  '),
    unknown: fields.filter((field) => !(field in fieldSql)),
  }
}

/** Filters a list may carry, as SQL taking the parameter `$n`. */
const filterSql = {
  status: (n) => `i.status = $${n}`,
  theme: (n) => `i.themes @> array[$${n}]::text[]`,
  journeyStage: (n) => `i.journey_stage = $${n}`,
  region: (n) => `i.regions @> array[$${n}]::text[]`,
  before: (n) => `i.id < $${n}::uuid`,
}
export const filterNames = Object.keys(filterSql)

/**
 * One page of lessons, newest first: $1 reader sites, then the filters in `filters` order. The ids of
 * the page come first (for the common filters an index-only scan of (type, status, journey_stage, id)
 * that carries themes and regions), then the rows for those ids: as one plain statement, the planner
 * took a bitmap over every match of theme + region and sorted it (27 ms against 2.5 ms at 100,000
 * lessons). The API's lists are built the same way. The limit is part of the text: as a parameter, a
 * generic plan cannot know how few rows it needs.
 */
export function listSql(select, filters, limit) {
  const where = filters.map((filter, index) => filterSql[filter](index + 2))
  return `with page as (
  select i.id
  from content_items i
  where i.type = 'lesson' and ${visible('i')}${where.map((condition) => `\n    and ${condition}`).join('')}
  order by i.id desc
  limit ${Number(limit)})
select ${select}
from page join content_items i on i.id = page.id
order by i.id desc`
}

/**
 * Ranked search with a late row lookup: only ids and ranks go through the sort, and the page's
 * rows are read afterwards. $1 reader sites, $2 the query text.
 */
export function searchSql(select, limit) {
  return `with hits as (
  select i.id, ts_rank(i.search, query) as rank
  from content_items i, websearch_to_tsquery('english', $2) query
  where i.type = 'lesson' and i.search @@ query and ${visible('i')}
  order by rank desc, i.id desc
  limit ${Number(limit)})
select ${select}
from hits join content_items i on i.id = hits.id
order by hits.rank desc, i.id desc`
}

/** One lesson: $1 reader sites, $2 its id; with the row's revision, for its ETag. */
export function itemSql(select) {
  return `select ${select}, i.row_revision as "rowRevision"
from content_items i
where i.id = $2 and i.type = 'lesson' and ${visible('i')}`
}

/**
 * The item's fields that come from other tables or from the clock. With the row's version and
 * revision (which a trigger moves on with every write of the row) they are what an item's ETag is made of, as the API's
 * (content/item-tag.ts): a revalidation reads these few columns and no long text.
 */
export const derivedFields = ['siteId', 'siteIds', 'relatedLessonIds', 'relatedCaseStudyIds', 'relatedSolutionIds', 'openFindings', 'stale']

/** The select list of an item's tag: its version and the derived fields among `fields`. */
export const tagSelect = (fields) =>
  selectList(['version', ...fields.filter((field) => derivedFields.includes(field))], { listed: false }).sql

const person = (alias) => `case when ${alias}.id is null then null else json_build_object('id', ${alias}.id, 'name', ${alias}.name) end`

/**
 * The first page of the curators' triage queue, oldest submission first: the sites as a JSON array,
 * submitter and assignee by join, as the API's queue. $1 the page size.
 */
export const triageSql = `select i.id, i.type, i.title, i.status,
  coalesce((select json_agg(json_build_object('id', queue_site.id, 'name', queue_site.name, 'region', queue_site.region)
      order by item_site.position, item_site.site_id)
    from content_sites item_site join sites queue_site on queue_site.id = item_site.site_id
    where item_site.item_id = i.id), '[]'::json) as sites,
  ${person('submitter')} as submitter,
  i.submitted_at as "submittedAt",
  greatest(0, floor(extract(epoch from now() - i.submitted_at) / 86400))::int as "ageDays",
  ${person('assignee')} as assignee,
  i.version
from content_items i
left join users submitter on submitter.id = i.submitted_by_id
left join users assignee on assignee.id = i.assignee_id
where i.status in ('submitted', 'in_review') and i.submitted_at is not null
order by i.submitted_at, i.id
limit $1`

/**
 * The first page of a lessons-only sync: published lessons by id, each with the item's fields as
 * the API's item carries them, read as someone who sees only published content ($1 is no sites).
 * $2 the page size.
 */
export function syncSql(select) {
  return `select ${select}
from content_items i
where i.type = 'lesson' and i.status = 'published'
order by i.id
limit $2`
}
