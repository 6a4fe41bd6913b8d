import { type Static, Type } from 'typebox'
import { Nullable, PageQuery, RowMeta, StringEnum, Timestamp, Uuid } from './common.js'
import {
  ContentLink,
  ContentStatus,
  classification,
  contentFilters,
  ListedSummary,
  ListFields,
  Markdown,
  ReviewBy,
  reviewFields,
  Summary,
  Title,
  workflowFields,
} from './content.js'

export const maturities = ['idea', 'piloted', 'proven', 'scaled'] as const
export type Maturity = (typeof maturities)[number]
export const Maturity = StringEnum(maturities)

export const adoptionModes = ['replicate', 'customise', 'enhance'] as const
export type AdoptionMode = (typeof adoptionModes)[number]
export const AdoptionMode = StringEnum(adoptionModes)

export const adoptionStatuses = ['planned', 'in_progress', 'live', 'stopped'] as const
export type AdoptionStatus = (typeof adoptionStatuses)[number]
export const AdoptionStatus = StringEnum(adoptionStatuses)

/** A reusable answer other sites adopt; reuse is tracked through adoptions. */
export const Solution = Type.Object({
  ...RowMeta,
  title: Title,
  problem: Summary,
  description: Markdown(),
  howToAdopt: Markdown(),
  maturity: Maturity,
  themes: classification.themes,
  careSettings: classification.careSettings,
  tags: classification.tags,
  artefacts: Type.Array(ContentLink, { maxItems: 30, description: 'Templates, agreements, toolkits' }),
  siteId: Uuid,
  authorId: Nullable(Uuid),
  derivedFromId: Nullable(Uuid),
  adoptionCount: Type.Integer({ minimum: 0 }),
  adoptionsByMode: Type.Object({ replicate: Type.Integer(), customise: Type.Integer(), enhance: Type.Integer() }),
  ...workflowFields,
  ...reviewFields,
})
export type Solution = Static<typeof Solution>

const required = ['title', 'problem', 'siteId'] as const
const optional = ['description', 'howToAdopt', 'maturity', 'themes', 'careSettings', 'tags', 'artefacts', 'derivedFromId'] as const

export const SolutionCreate = Type.Object(
  { ...Type.Pick(Solution, required).properties, ...Type.Partial(Type.Pick(Solution, optional)).properties },
  { additionalProperties: false },
)
export type SolutionCreate = Static<typeof SolutionCreate>

export const SolutionUpdate = Type.Partial(
  Type.Object({ ...Type.Pick(Solution, [...required, ...optional]).properties, reviewBy: ReviewBy }),
  {
    additionalProperties: false,
    minProperties: 1,
  },
)
export type SolutionUpdate = Static<typeof SolutionUpdate>

/** What a solution list leaves out unless `fields` names it: the long Markdown and the artefacts. */
export const solutionListExtras = ['description', 'howToAdopt', 'artefacts'] as const
export const solutionListFields = ['problem', ...solutionListExtras] as const

export const SolutionListItem = Type.Object(
  {
    ...Type.Omit(Solution, solutionListExtras).properties,
    ...Type.Partial(Type.Pick(Solution, solutionListExtras)).properties,
    problem: ListedSummary,
  },
  { description: 'A solution as a list shows it: GET /v1/solutions/{id} has every field' },
)
export type SolutionListItem = Static<typeof SolutionListItem>

export const SolutionListQuery = Type.Object(
  { ...contentFilters, maturity: Type.Optional(Maturity), derivedFromId: Type.Optional(Uuid), fields: ListFields(solutionListFields) },
  { additionalProperties: false },
)
export type SolutionListQuery = Static<typeof SolutionListQuery>

/** A solution as it appears in a lineage. */
export const SolutionNode = Type.Object({
  id: Uuid,
  title: Type.String(),
  status: ContentStatus,
  siteId: Uuid,
  derivedFromId: Nullable(Uuid),
  depth: Type.Integer({ description: 'Steps from the solution asked about' }),
})
export type SolutionNode = Static<typeof SolutionNode>

export const SolutionLineage = Type.Object({
  ancestors: Type.Array(SolutionNode, { description: 'What it was derived from, nearest first' }),
  descendants: Type.Array(SolutionNode, { description: 'What was derived from it, nearest first' }),
})
export type SolutionLineage = Static<typeof SolutionLineage>

/** A site's reuse of a solution. */
export const Adoption = Type.Object({
  ...RowMeta,
  solutionId: Uuid,
  siteId: Uuid,
  mode: AdoptionMode,
  status: AdoptionStatus,
  notes: Markdown(5000),
  startedAt: Nullable(Timestamp),
  producedSolutionId: Nullable(Uuid),
  recordedById: Nullable(Uuid),
})
export type Adoption = Static<typeof Adoption>

export const AdoptionCreate = Type.Object(
  {
    siteId: Adoption.properties.siteId,
    mode: Adoption.properties.mode,
    status: Type.Optional(Adoption.properties.status),
    notes: Type.Optional(Adoption.properties.notes),
    startedAt: Type.Optional(Adoption.properties.startedAt),
    producedSolutionId: Type.Optional(Adoption.properties.producedSolutionId),
  },
  { additionalProperties: false },
)
export type AdoptionCreate = Static<typeof AdoptionCreate>

export const AdoptionUpdate = Type.Partial(Type.Pick(Adoption, ['mode', 'status', 'notes', 'startedAt', 'producedSolutionId']), {
  additionalProperties: false,
  minProperties: 1,
})
export type AdoptionUpdate = Static<typeof AdoptionUpdate>

export const AdoptionParams = Type.Object({ id: Uuid, adoptionId: Uuid }, { additionalProperties: false })

export const AdoptionListQuery = Type.Object(
  { ...PageQuery.properties, siteId: Type.Optional(Uuid), mode: Type.Optional(AdoptionMode), status: Type.Optional(AdoptionStatus) },
  { additionalProperties: false },
)
export type AdoptionListQuery = Static<typeof AdoptionListQuery>
