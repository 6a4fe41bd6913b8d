import { type Static, Type } from 'typebox'
import { Nullable, PageQuery, Slug, StringEnum, Text, Timestamp } from './common.js'

export const careSettings = ['primary', 'acute', 'community', 'mental_health', 'social_care', 'voluntary_sector', 'ambulance'] as const
export type CareSetting = (typeof careSettings)[number]
export const CareSetting = StringEnum(careSettings)

/** The journey a piece of work walks, in order. */
export const journeyStages = ['vision', 'design_and_planning', 'pre_implementation', 'implementation', 'review_and_spread'] as const
export type JourneyStage = (typeof journeyStages)[number]
export const JourneyStage = StringEnum(journeyStages)

export const Theme = Type.Object({
  slug: Slug,
  name: Text(100),
  description: Type.String({ maxLength: 1000 }),
  retiredAt: Nullable(Timestamp),
  position: Type.Integer({ description: 'Where the theme sits in the taxonomy: lower comes first' }),
  version: Type.Integer({ minimum: 1 }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Theme = Static<typeof Theme>

export const ThemeCreate = Type.Object(
  {
    slug: Type.Optional(Slug),
    name: Theme.properties.name,
    description: Type.Optional(Theme.properties.description),
  },
  { additionalProperties: false },
)
export type ThemeCreate = Static<typeof ThemeCreate>

export const ThemeUpdate = Type.Object(
  { name: Type.Optional(Theme.properties.name), description: Type.Optional(Theme.properties.description) },
  { additionalProperties: false, minProperties: 1 },
)
export type ThemeUpdate = Static<typeof ThemeUpdate>

export const ThemeParams = Type.Object({ slug: Slug }, { additionalProperties: false })

export const ThemeOrder = Type.Object(
  {
    slugs: Type.Array(Slug, {
      maxItems: 1000,
      description: 'Every live theme, each exactly once, in the order the taxonomy should list them',
    }),
  },
  { additionalProperties: false },
)
export type ThemeOrder = Static<typeof ThemeOrder>

export const ThemeListQuery = Type.Object(
  { ...PageQuery.properties, retired: Type.Optional(Type.Boolean({ description: 'true: only retired themes; default: only live ones' })) },
  { additionalProperties: false },
)
export type ThemeListQuery = Static<typeof ThemeListQuery>

const Term = Type.Object({ slug: Type.String(), name: Type.String() })

export const Taxonomy = Type.Object({
  themes: Type.Array(Type.Object({ slug: Type.String(), name: Type.String(), description: Type.String() })),
  careSettings: Type.Array(Term),
  journeyStages: Type.Array(Type.Object({ slug: Type.String(), name: Type.String(), position: Type.Integer() })),
})
export type Taxonomy = Static<typeof Taxonomy>
