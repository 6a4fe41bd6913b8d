import { type Static, Type } from 'typebox'
import { Nullable, RowMeta, Uuid } from './common.js'
import {
  ContentListQuery,
  classification,
  ListedSummary,
  ListFields,
  Markdown,
  ReviewBy,
  reviewFields,
  Summary,
  Title,
  workflowFields,
} from './content.js'
import { JourneyStage } from './taxonomy.js'

const RelatedIds = Type.Array(Uuid, { maxItems: 50, uniqueItems: true })

/** A fuller write-up of one or more sites' work, placed on the journey. */
export const CaseStudy = Type.Object({
  ...RowMeta,
  title: Title,
  summary: Summary,
  body: Markdown(100_000),
  outcomes: Markdown(),
  ...classification,
  journeyStage: Nullable(JourneyStage),
  siteIds: Type.Array(Uuid, { minItems: 1, maxItems: 20, uniqueItems: true, description: 'One or more sites' }),
  authorId: Nullable(Uuid),
  relatedLessonIds: RelatedIds,
  relatedSolutionIds: RelatedIds,
  ...workflowFields,
  ...reviewFields,
})
export type CaseStudy = Static<typeof CaseStudy>

const required = ['title', 'summary', 'siteIds'] as const
const optional = [
  'body',
  'outcomes',
  'themes',
  'careSettings',
  'tags',
  'links',
  'journeyStage',
  'relatedLessonIds',
  'relatedSolutionIds',
] as const

export const CaseStudyCreate = Type.Object(
  { ...Type.Pick(CaseStudy, required).properties, ...Type.Partial(Type.Pick(CaseStudy, optional)).properties },
  { additionalProperties: false },
)
export type CaseStudyCreate = Static<typeof CaseStudyCreate>

export const CaseStudyUpdate = Type.Partial(
  Type.Object({ ...Type.Pick(CaseStudy, [...required, ...optional]).properties, reviewBy: ReviewBy }),
  {
    additionalProperties: false,
    minProperties: 1,
  },
)
export type CaseStudyUpdate = Static<typeof CaseStudyUpdate>

/** What a case study list leaves out unless `fields` names it: the long Markdown and the links. */
export const caseStudyListExtras = ['body', 'outcomes', 'links', 'relatedLessonIds', 'relatedSolutionIds'] as const
export const caseStudyListFields = ['summary', ...caseStudyListExtras] as const

export const CaseStudyListItem = Type.Object(
  {
    ...Type.Omit(CaseStudy, caseStudyListExtras).properties,
    ...Type.Partial(Type.Pick(CaseStudy, caseStudyListExtras)).properties,
    summary: ListedSummary,
  },
  { description: 'A case study as a list shows it: GET /v1/case-studies/{id} has every field' },
)
export type CaseStudyListItem = Static<typeof CaseStudyListItem>

export const CaseStudyListQuery = Type.Object(
  { ...ContentListQuery.properties, fields: ListFields(caseStudyListFields) },
  { additionalProperties: false },
)
export type CaseStudyListQuery = Static<typeof CaseStudyListQuery>
