import type { CaseStudy, ContentType, Lesson, Solution } from '@learnonce/contracts'
import { contentPathsByType } from '../../../config/paths'

/** What differs between lessons, case studies and solutions as the browsing and writing screens see them. */
export interface ContentKind {
  type: ContentType
  /** The API's collection, after /v1. */
  apiPath: string
  /** "lesson", "case study", "solution". */
  noun: string
  /** "Lessons", "Case studies", "Solutions". */
  plural: string
  paths: (typeof contentPathsByType)[ContentType]
}

export const kinds: Record<ContentType, ContentKind> = {
  lesson: { type: 'lesson', apiPath: '/lessons', noun: 'lesson', plural: 'Lessons', paths: contentPathsByType.lesson },
  case_study: {
    type: 'case_study',
    apiPath: '/case-studies',
    noun: 'case study',
    plural: 'Case studies',
    paths: contentPathsByType.case_study,
  },
  solution: { type: 'solution', apiPath: '/solutions', noun: 'solution', plural: 'Solutions', paths: contentPathsByType.solution },
}

/** Any one item as GET /v1/{kind}/{id} answers. */
export type AnyItem = Lesson | CaseStudy | Solution

/** The sites an item belongs to: lessons and solutions have one, case studies several. */
export const siteIdsOf = (item: AnyItem): string[] => ('siteIds' in item ? item.siteIds : [item.siteId])

/** `If-Match` for a write: the version alone is enough (the API compares versions). */
export const ifMatch = (item: { version: number }) => ({ 'If-Match': `"${item.version}"` })
