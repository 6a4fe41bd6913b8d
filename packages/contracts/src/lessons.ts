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

export const Lesson = Type.Object({
  ...RowMeta,
  title: Title,
  summary: Summary,
  context: Markdown(),
  wentWell: Markdown(),
  didNotGoWell: Markdown(),
  doDifferently: Markdown(),
  ...classification,
  journeyStage: Nullable(JourneyStage),
  siteId: Uuid,
  authorId: Nullable(Uuid),
  relatedSolutionIds: RelatedIds,
  relatedCaseStudyIds: RelatedIds,
  ...workflowFields,
  ...reviewFields,
})
export type Lesson = Static<typeof Lesson>

const required = ['title', 'summary', 'siteId'] as const
const optional = [
  'context',
  'wentWell',
  'didNotGoWell',
  'doDifferently',
  'themes',
  'careSettings',
  'tags',
  'links',
  'journeyStage',
  'relatedSolutionIds',
  'relatedCaseStudyIds',
] as const

export const LessonCreate = Type.Object(
  { ...Type.Pick(Lesson, required).properties, ...Type.Partial(Type.Pick(Lesson, optional)).properties },
  { additionalProperties: false },
)
export type LessonCreate = Static<typeof LessonCreate>

export const LessonUpdate = Type.Partial(Type.Object({ ...Type.Pick(Lesson, [...required, ...optional]).properties, reviewBy: ReviewBy }), {
  additionalProperties: false,
  minProperties: 1,
})
export type LessonUpdate = Static<typeof LessonUpdate>

/** What a lesson list leaves out unless `fields` names it: the long Markdown and the links. */
export const lessonListExtras = [
  'context',
  'wentWell',
  'didNotGoWell',
  'doDifferently',
  'links',
  'relatedSolutionIds',
  'relatedCaseStudyIds',
] as const
export const lessonListFields = ['summary', ...lessonListExtras] as const

export const LessonListItem = Type.Object(
  {
    ...Type.Omit(Lesson, lessonListExtras).properties,
    ...Type.Partial(Type.Pick(Lesson, lessonListExtras)).properties,
    summary: ListedSummary,
  },
  { description: 'A lesson as a list shows it: GET /v1/lessons/{id} has every field' },
)
export type LessonListItem = Static<typeof LessonListItem>

export const LessonListQuery = Type.Object(
  { ...ContentListQuery.properties, fields: ListFields(lessonListFields) },
  { additionalProperties: false },
)
export type LessonListQuery = Static<typeof LessonListQuery>
