import type { ContentType } from '@learnonce/contracts'
import { getTableColumns, sql } from 'drizzle-orm'
import { contentItems } from '../../db/schema/index.js'
import type { Actor } from '../../plugins/auth.js'
import { visibleTo } from './policy.js'

const { search: _search, ...columns } = getTableColumns(contentItems)

export type ContentRow = typeof contentItems.$inferSelect

/** An item with what its API shape needs from other tables, loaded in the same query. */
export interface ContentRecord extends Omit<ContentRow, 'search'> {
  siteIds: string[]
  relatedLessonIds: string[]
  relatedCaseStudyIds: string[]
  relatedSolutionIds: string[]
  adoptionsByMode: { replicate: number; customise: number; enhance: number }
}

/**
 * The select list for ContentRecord (subqueries in plain SQL with explicit aliases; see visibleTo).
 * Related ids are filtered by what the actor may see, so an item never reveals another site's draft.
 */
export function recordColumns(actor: Actor) {
  const related = (type: ContentType) =>
    sql<string[]>`array(select relation.to_id::text from content_relations relation
      join content_items related_item on related_item.id = relation.to_id
      where relation.from_id = content_items.id and related_item.type = ${type} and ${visibleTo(actor, 'related_item')}
      order by relation.position, relation.to_id)`
  return {
    ...columns,
    siteIds: sql<string[]>`array(select item_site.site_id::text from content_sites item_site
      where item_site.item_id = content_items.id order by item_site.position, item_site.site_id)`,
    relatedLessonIds: related('lesson'),
    relatedCaseStudyIds: related('case_study'),
    relatedSolutionIds: related('solution'),
    adoptionsByMode: sql<ContentRecord['adoptionsByMode']>`(select json_build_object(
        'replicate', count(*) filter (where adoption.mode = 'replicate'),
        'customise', count(*) filter (where adoption.mode = 'customise'),
        'enhance', count(*) filter (where adoption.mode = 'enhance'))
      from adoptions adoption where adoption.solution_id = content_items.id)`,
  }
}

export const iso = (date: Date | null) => date?.toISOString() ?? null

/** The workflow and row metadata every content type shows the same way. */
export function commonFields(record: ContentRecord) {
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
  }
}
