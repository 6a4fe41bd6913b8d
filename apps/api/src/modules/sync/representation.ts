import type { ContentType, SyncChange } from '@learnonce/contracts'
import { caseStudies, lessons, solutions } from '../content/kinds.js'
import type { ContentRecord } from '../content/records.js'

/** An upsert carries the same JSON as GET /v1/{type}/{id}; one branch per type keeps it typed. */
export function upsert(record: ContentRecord, changedAt: string): SyncChange {
  const base = { id: record.id, change: 'upsert' as const, changedAt }
  switch (record.type) {
    case 'lesson':
      return { ...base, type: 'lesson', item: lessons.toItem(record) }
    case 'case_study':
      return { ...base, type: 'case_study', item: caseStudies.toItem(record) }
    case 'solution':
      return { ...base, type: 'solution', item: solutions.toItem(record) }
  }
}

/** The item left the published set (archived, marked duplicate, unpublished or deleted). */
export function tombstone(type: ContentType, id: string, changedAt: string): SyncChange {
  return { type, id, change: 'delete', changedAt, item: null }
}
