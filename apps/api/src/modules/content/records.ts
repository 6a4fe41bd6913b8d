import { type ContentType, LISTED_SUMMARY_LENGTH, REVIEW_DUE_WINDOW_DAYS } from '@learnonce/contracts'
import { getTableColumns, type SQL, sql } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import { named } from '../../db/prepared.js'
import { contentItems } from '../../db/schema/index.js'
import { type Audience, visibleAs } from './policy.js'

const { search: _search, reviewDueNotifiedAt: _notified, ...columns } = getTableColumns(contentItems)
/**
 * The long columns a list leaves out unless `fields` asks for them, and the ones no list row shows
 * (its type is the route's; regions, the key that wrote it and who submitted it are for filters
 * and the item; the row's revision is for the item's ETag).
 */
const {
  type: _type,
  regions: _regions,
  authorKeyId: _authorKeyId,
  submittedById: _submittedById,
  rowRevision: _rowRevision,
  summary: _summary,
  context: _context,
  wentWell: _wentWell,
  didNotGoWell: _didNotGoWell,
  doDifferently: _doDifferently,
  body: _body,
  outcomes: _outcomes,
  description: _description,
  howToAdopt: _howToAdopt,
  links: _links,
  ...listedColumns
} = columns

export type ContentRow = typeof contentItems.$inferSelect

/** An item with what its API shape needs from other tables, loaded in the same query. */
export interface ContentRecord extends Omit<ContentRow, 'search' | 'reviewDueNotifiedAt'> {
  siteIds: string[]
  relatedLessonIds: string[]
  relatedCaseStudyIds: string[]
  relatedSolutionIds: string[]
  adoptionsByMode: { replicate: number; customise: number; enhance: number }
  /** Information-governance findings still open (modules/governance). */
  openFindings: number
  /** Published and within REVIEW_DUE_WINDOW_DAYS of reviewBy or past it, as of the query. */
  stale: boolean
}

/** What a list row may add on request (`fields`), by the record property that holds it. */
export const extraColumnNames = [
  'summary',
  'context',
  'wentWell',
  'didNotGoWell',
  'doDifferently',
  'body',
  'outcomes',
  'description',
  'howToAdopt',
  'links',
  'relatedLessonIds',
  'relatedCaseStudyIds',
  'relatedSolutionIds',
] as const
export type ExtraColumn = (typeof extraColumnNames)[number]

/** Columns a list row never carries. */
type Unlisted = 'type' | 'regions' | 'authorKeyId' | 'submittedById' | 'rowRevision'

/** A list row: the record without its long fields (present only when asked for), summary trimmed. */
export type ListRecord = Omit<ContentRecord, ExtraColumn | Unlisted> &
  Partial<Pick<ContentRecord, ExtraColumn>> & { summary: string; rank: number | null }

/**
 * Who is reading, as the SQL sees it: the audience picks the statement, `sites` is the contributor's
 * sites (a value, or the `memberOf` placeholder of a prepared statement).
 */
export interface Viewer {
  audience: Audience
  sites: SQL
}

/** Related ids are filtered by what the viewer may see, so an item never reveals another site's draft. */
const related = (viewer: Viewer, type: ContentType) =>
  sql<string[]>`array(select relation.to_id::text from content_relations relation
    join content_items related_item on related_item.id = relation.to_id
    where relation.from_id = content_items.id and related_item.type = ${type} and ${visibleAs(viewer.audience, 'related_item', viewer.sites)}
    order by relation.position, relation.to_id)`
/** A constant for what a kind never shows, so no row pays for a subquery whose answer is thrown away. */
const noIds = sql<string[]>`'{}'::text[]`
const siteIds = sql<string[]>`array(select item_site.site_id::text from content_sites item_site
  where item_site.item_id = content_items.id order by item_site.position, item_site.site_id)`
const adoptionCounts = sql<ContentRecord['adoptionsByMode']>`(select json_build_object(
    'replicate', count(*) filter (where adoption.mode = 'replicate'),
    'customise', count(*) filter (where adoption.mode = 'customise'),
    'enhance', count(*) filter (where adoption.mode = 'enhance'))
  from adoptions adoption where adoption.solution_id = content_items.id)`
const openFindings = sql<number>`(select count(*)::int from content_findings finding
  where finding.item_id = content_items.id and finding.status = 'open')`
const noAdoptions = sql<ContentRecord['adoptionsByMode']>`'{"replicate":0,"customise":0,"enhance":0}'::json`

/**
 * Whether a published item is due for review (within the window of reviewBy, or past it): computed
 * when read, never stored, so it turns true on the day without anything having to run. The same
 * condition, with the literal state the partial review-by indexes name, is the lists' `stale` filter
 * and the review-due queue.
 */
export const staleSql = (ref = 'content_items') =>
  sql<boolean>`(${sql.raw(ref)}.status = 'published' and ${sql.raw(ref)}.review_by <= now() + interval '${sql.raw(String(REVIEW_DUE_WINDOW_DAYS))} days')`
const stale = sql<boolean>`coalesce(${staleSql()}, false)`

/**
 * Links (a solution's artefacts) as stored, with each file link given its file's name, type and
 * size. Items without file links skip the subquery; a list asks for links only with `fields`.
 */
const linksWithFiles = sql<ContentRecord['links']>`case when jsonb_path_exists(content_items.links, '$[*].fileId')
  then (select jsonb_agg(case when element.link ? 'fileId'
      then element.link || jsonb_build_object('file', (select jsonb_build_object('id', linked_file.id, 'name', linked_file.name,
        'mediaType', linked_file.media_type, 'size', linked_file.size) from files linked_file where linked_file.id = (element.link->>'fileId')::uuid))
      else element.link end order by element.position)
    from jsonb_array_elements(content_items.links) with ordinality as element(link, position))
  else content_items.links end`

/** The columns a record takes from other tables or from the clock. */
export type DerivedName =
  | 'siteIds'
  | 'relatedLessonIds'
  | 'relatedCaseStudyIds'
  | 'relatedSolutionIds'
  | 'adoptionsByMode'
  | 'openFindings'
  | 'stale'

/**
 * The derived columns each kind shows, in a fixed order; the others are constants for it, so no row
 * pays for a subquery whose answer is thrown away. Also what an item's ETag digests besides its row
 * (item-tag.ts).
 */
const shownBy: Record<ContentType, readonly DerivedName[]> = {
  lesson: ['siteIds', 'relatedCaseStudyIds', 'relatedSolutionIds', 'openFindings', 'stale'],
  case_study: ['siteIds', 'relatedLessonIds', 'relatedSolutionIds', 'openFindings', 'stale'],
  solution: ['siteIds', 'relatedLessonIds', 'relatedCaseStudyIds', 'adoptionsByMode', 'openFindings', 'stale'],
}
export const shownDerived = (type: ContentType): readonly DerivedName[] => shownBy[type]

/** What each kind shows from other tables (subqueries in plain SQL with explicit aliases; see visibleTo). */
function derivedColumns(viewer: Viewer, type: ContentType) {
  const shows = (name: DerivedName) => shownBy[type].includes(name)
  return {
    siteIds,
    relatedLessonIds: shows('relatedLessonIds') ? related(viewer, 'lesson') : noIds,
    relatedCaseStudyIds: shows('relatedCaseStudyIds') ? related(viewer, 'case_study') : noIds,
    relatedSolutionIds: shows('relatedSolutionIds') ? related(viewer, 'solution') : noIds,
    adoptionsByMode: shows('adoptionsByMode') ? adoptionCounts : noAdoptions,
    openFindings,
    stale,
  } satisfies Record<DerivedName, SQL>
}

/** The select list for a ContentRecord of `type`. */
export function recordColumns(viewer: Viewer, type: ContentType) {
  return named({ ...columns, links: linksWithFiles, ...derivedColumns(viewer, type) })
}

/**
 * What an item's ETag is made of (item-tag.ts), and what canRead needs: the row's version and
 * rowRevision stand for its own columns (its links too: a linked file's name, type and size never
 * change, and a file is kept while anything links it); the derived columns its kind shows are what
 * can change while the row does not.
 */
export type TagSource = Pick<ContentRecord, 'version' | 'rowRevision' | 'status' | 'siteIds' | 'authorKeyId'> &
  Partial<Pick<ContentRecord, DerivedName>>

/** The select list for a TagSource of `type`: an item's ETag without its long text or its constants. */
export function tagColumns(viewer: Viewer, type: ContentType) {
  const derived = derivedColumns(viewer, type)
  return named({
    version: contentItems.version,
    rowRevision: contentItems.rowRevision,
    status: contentItems.status,
    authorKeyId: contentItems.authorKeyId,
    ...Object.fromEntries(shownDerived(type).map((name) => [name, derived[name]])),
  })
}

const orEmpty = (column: SQL.Aliased | SQL | AnyPgColumn) => sql<string>`coalesce(${column}, '')`
/** `…` ends a trimmed summary, so a reader can tell it goes on. */
const trimmedSummary = sql<string>`case when char_length(${contentItems.summary}) > ${sql.raw(String(LISTED_SUMMARY_LENGTH))}
  then left(${contentItems.summary}, ${sql.raw(String(LISTED_SUMMARY_LENGTH - 1))}) || '…' else ${contentItems.summary} end`

/** The select list for a ListRecord of `type`: no long Markdown, plus the `extras` asked for. */
export function listColumns(viewer: Viewer, type: ContentType, extras: readonly ExtraColumn[]) {
  const { relatedLessonIds, relatedCaseStudyIds, relatedSolutionIds, ...derived } = derivedColumns(viewer, type)
  const available = {
    summary: contentItems.summary,
    context: orEmpty(contentItems.context),
    wentWell: orEmpty(contentItems.wentWell),
    didNotGoWell: orEmpty(contentItems.didNotGoWell),
    doDifferently: orEmpty(contentItems.doDifferently),
    body: orEmpty(contentItems.body),
    outcomes: orEmpty(contentItems.outcomes),
    description: orEmpty(contentItems.description),
    howToAdopt: orEmpty(contentItems.howToAdopt),
    links: linksWithFiles,
    relatedLessonIds,
    relatedCaseStudyIds,
    relatedSolutionIds,
  }
  const asked = Object.fromEntries(extras.map((name) => [name, available[name]]))
  return named({ ...listedColumns, summary: trimmedSummary, ...derived, ...asked })
}

/** The timestamps of a record and of a list row, which `rowsOf` hands over as PostgreSQL's text. */
const timestamps = ['createdAt', 'updatedAt', 'submittedAt', 'publishedAt', 'reviewBy'] as const satisfies readonly (keyof ListRecord)[]

/** Rows `rowsOf` read with recordColumns or listColumns, as the records they are: their timestamps made Dates. */
export function fromRows<T extends ContentRecord | ListRecord>(rows: Record<string, unknown>[]): T[] {
  for (const row of rows) {
    for (const name of timestamps) {
      const value = row[name]
      if (typeof value === 'string') row[name] = new Date(value)
    }
  }
  return rows as T[]
}

export const iso = (date: Date | null) => date?.toISOString() ?? null

/** The workflow and row metadata every content type shows the same way, in its item and its list. */
export function commonFields(record: Omit<ListRecord, 'rank'>) {
  return {
    id: record.id,
    version: record.version,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    title: record.title,
    themes: record.themes,
    careSettings: record.careSettings,
    tags: record.tags,
    authorId: record.authorId,
    status: record.status,
    submittedAt: iso(record.submittedAt),
    assigneeId: record.assigneeId,
    publishedAt: iso(record.publishedAt),
    decisionNote: record.decisionNote,
    duplicateOfId: record.duplicateOfId,
    openFindings: record.openFindings,
    reviewBy: iso(record.reviewBy),
    stale: record.stale,
  }
}
