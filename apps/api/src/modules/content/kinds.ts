import {
  CaseStudy,
  CaseStudyCreate,
  CaseStudyListItem,
  CaseStudyListQuery,
  CaseStudyUpdate,
  type ContentType,
  Lesson,
  LessonCreate,
  LessonListItem,
  LessonListQuery,
  LessonUpdate,
  Solution,
  SolutionCreate,
  SolutionListItem,
  SolutionListQuery,
  SolutionUpdate,
} from '@learnonce/contracts'
import type { Static, TObject } from 'typebox'
import type { contentItems } from '../../db/schema/index.js'
import { type ContentRecord, commonFields, type ExtraColumn, type ListRecord } from './records.js'

export type ContentColumns = Partial<Omit<typeof contentItems.$inferInsert, 'id' | 'type' | 'search'>>

/** A create or update body, split into the item's own columns, its sites and its related items. */
export interface ContentWrite {
  columns: ContentColumns
  siteIds?: string[]
  related?: Partial<Record<ContentType, string[]>>
  /** The JSON pointer each related list is written under, for error messages. */
  relatedPointers?: Partial<Record<ContentType, string>>
  sitePointer?: string
}

/** What makes one content type different from the others: its schemas and its mapping. */
export interface ContentKind<
  TItem extends TObject = TObject,
  TCreate extends TObject = TObject,
  TUpdate extends TObject = TObject,
  TQuery extends TObject = TObject,
  TListItem extends TObject = TObject,
> {
  type: ContentType
  /** As used in messages: "This lesson was not found." */
  noun: string
  path: string
  tag: string
  schemas: { item: TItem; create: TCreate; update: TUpdate; query: TQuery; listItem: TListItem }
  toItem(record: ContentRecord): Static<TItem>
  /** The names `fields` accepts in a list, each with the record property that holds it. */
  listFields: Readonly<Record<string, ExtraColumn>>
  toListItem(record: ListRecord): Static<TListItem>
  toWrite(input: Partial<Static<TCreate>>): ContentWrite
  /** Column values a new item starts with when the body leaves them out. */
  defaults: ContentColumns
}

// Rows are built with Object.assign onto commonFields' object: a spread followed by more properties
// took V8's slow path and cost ~20 µs a row (most of a list page's time in Node).
const defined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T

export const lessons: ContentKind<typeof Lesson, typeof LessonCreate, typeof LessonUpdate, typeof LessonListQuery, typeof LessonListItem> =
  {
    type: 'lesson',
    noun: 'lesson',
    path: '/v1/lessons',
    tag: 'lessons',
    schemas: { item: Lesson, create: LessonCreate, update: LessonUpdate, query: LessonListQuery, listItem: LessonListItem },
    listFields: {
      summary: 'summary',
      context: 'context',
      wentWell: 'wentWell',
      didNotGoWell: 'didNotGoWell',
      doDifferently: 'doDifferently',
      links: 'links',
      relatedSolutionIds: 'relatedSolutionIds',
      relatedCaseStudyIds: 'relatedCaseStudyIds',
    },
    toListItem: (record) =>
      Object.assign(commonFields(record), {
        summary: record.summary,
        context: record.context ?? undefined,
        wentWell: record.wentWell ?? undefined,
        didNotGoWell: record.didNotGoWell ?? undefined,
        doDifferently: record.doDifferently ?? undefined,
        links: record.links,
        journeyStage: record.journeyStage,
        siteId: record.siteIds[0] ?? '',
        relatedSolutionIds: record.relatedSolutionIds,
        relatedCaseStudyIds: record.relatedCaseStudyIds,
      }),
    defaults: { context: '', wentWell: '', didNotGoWell: '', doDifferently: '' },
    toItem: (record) =>
      Object.assign(commonFields(record), {
        summary: record.summary,
        context: record.context ?? '',
        wentWell: record.wentWell ?? '',
        didNotGoWell: record.didNotGoWell ?? '',
        doDifferently: record.doDifferently ?? '',
        links: record.links,
        journeyStage: record.journeyStage,
        siteId: record.siteIds[0] ?? '',
        relatedSolutionIds: record.relatedSolutionIds,
        relatedCaseStudyIds: record.relatedCaseStudyIds,
      }),
    toWrite: ({ siteId, relatedSolutionIds, relatedCaseStudyIds, ...columns }) => ({
      columns: defined(columns),
      ...(siteId !== undefined ? { siteIds: [siteId], sitePointer: '/siteId' } : {}),
      related: defined({ solution: relatedSolutionIds, case_study: relatedCaseStudyIds }),
      relatedPointers: { solution: '/relatedSolutionIds', case_study: '/relatedCaseStudyIds' },
    }),
  }

export const caseStudies: ContentKind<
  typeof CaseStudy,
  typeof CaseStudyCreate,
  typeof CaseStudyUpdate,
  typeof CaseStudyListQuery,
  typeof CaseStudyListItem
> = {
  type: 'case_study',
  noun: 'case study',
  path: '/v1/case-studies',
  tag: 'case studies',
  schemas: { item: CaseStudy, create: CaseStudyCreate, update: CaseStudyUpdate, query: CaseStudyListQuery, listItem: CaseStudyListItem },
  listFields: {
    summary: 'summary',
    body: 'body',
    outcomes: 'outcomes',
    links: 'links',
    relatedLessonIds: 'relatedLessonIds',
    relatedSolutionIds: 'relatedSolutionIds',
  },
  toListItem: (record) =>
    Object.assign(commonFields(record), {
      summary: record.summary,
      body: record.body ?? undefined,
      outcomes: record.outcomes ?? undefined,
      links: record.links,
      journeyStage: record.journeyStage,
      siteIds: record.siteIds,
      relatedLessonIds: record.relatedLessonIds,
      relatedSolutionIds: record.relatedSolutionIds,
    }),
  defaults: { body: '', outcomes: '' },
  toItem: (record) =>
    Object.assign(commonFields(record), {
      summary: record.summary,
      body: record.body ?? '',
      outcomes: record.outcomes ?? '',
      links: record.links,
      journeyStage: record.journeyStage,
      siteIds: record.siteIds,
      relatedLessonIds: record.relatedLessonIds,
      relatedSolutionIds: record.relatedSolutionIds,
    }),
  toWrite: ({ siteIds, relatedLessonIds, relatedSolutionIds, ...columns }) => ({
    columns: defined(columns),
    ...(siteIds !== undefined ? { siteIds, sitePointer: '/siteIds' } : {}),
    related: defined({ lesson: relatedLessonIds, solution: relatedSolutionIds }),
    relatedPointers: { lesson: '/relatedLessonIds', solution: '/relatedSolutionIds' },
  }),
}

export const solutions: ContentKind<
  typeof Solution,
  typeof SolutionCreate,
  typeof SolutionUpdate,
  typeof SolutionListQuery,
  typeof SolutionListItem
> = {
  type: 'solution',
  noun: 'solution',
  path: '/v1/solutions',
  tag: 'solutions',
  schemas: { item: Solution, create: SolutionCreate, update: SolutionUpdate, query: SolutionListQuery, listItem: SolutionListItem },
  listFields: { problem: 'summary', description: 'description', howToAdopt: 'howToAdopt', artefacts: 'links' },
  toListItem: (record) => {
    const byMode = record.adoptionsByMode
    return Object.assign(commonFields(record), {
      problem: record.summary,
      description: record.description ?? undefined,
      howToAdopt: record.howToAdopt ?? undefined,
      maturity: record.maturity ?? 'idea',
      artefacts: record.links,
      siteId: record.siteIds[0] ?? '',
      derivedFromId: record.derivedFromId,
      adoptionCount: byMode.replicate + byMode.customise + byMode.enhance,
      adoptionsByMode: byMode,
    })
  },
  defaults: { description: '', howToAdopt: '', maturity: 'idea' },
  toItem: (record) => {
    const byMode = record.adoptionsByMode
    return Object.assign(commonFields(record), {
      problem: record.summary,
      description: record.description ?? '',
      howToAdopt: record.howToAdopt ?? '',
      maturity: record.maturity ?? 'idea',
      artefacts: record.links,
      siteId: record.siteIds[0] ?? '',
      derivedFromId: record.derivedFromId,
      adoptionCount: byMode.replicate + byMode.customise + byMode.enhance,
      adoptionsByMode: byMode,
    })
  },
  toWrite: ({ siteId, problem, artefacts, ...columns }) => ({
    columns: defined({ ...columns, summary: problem, links: artefacts }),
    ...(siteId !== undefined ? { siteIds: [siteId], sitePointer: '/siteId' } : {}),
  }),
}

export const contentKinds = [lessons, caseStudies, solutions] as const

/** The kind that serves a content type. */
export function kindOf(type: ContentType): ContentKind {
  const kind = contentKinds.find((candidate) => candidate.type === type)
  if (!kind) throw new Error(`no content kind for ${type}`)
  return kind
}
