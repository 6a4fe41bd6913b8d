import { type Static, Type } from 'typebox'
import { Slug } from './common.js'
import { ContentType } from './content.js'
import { JourneyStage } from './taxonomy.js'

/** How many entries a feed holds: the newest, as feed readers expect. */
export const feedSize = 50

export const FeedQuery = Type.Object(
  {
    type: Type.Optional(ContentType),
    theme: Type.Optional(Slug),
    journeyStage: Type.Optional(JourneyStage),
  },
  { additionalProperties: false },
)
export type FeedQuery = Static<typeof FeedQuery>
