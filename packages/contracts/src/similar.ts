import { type Static, Type } from 'typebox'
import { StringEnum } from './common.js'
import { ContentRef } from './content.js'

export const similarityReasonKinds = ['title', 'words', 'themes', 'journey_stage'] as const
export const SimilarityReasonKind = StringEnum(similarityReasonKinds)

/** Why an item looks like another: what matched, said for a person. */
export const SimilarityReason = Type.Object({
  kind: SimilarityReasonKind,
  detail: Type.String({ description: 'e.g. "Titles are 72% alike" or "Shares: discharge, pharmacy, fax"' }),
  words: Type.Optional(Type.Array(Type.String(), { description: 'The shared themes or distinctive words' })),
})
export type SimilarityReason = Static<typeof SimilarityReason>

export const SimilarItem = Type.Object({
  item: ContentRef,
  score: Type.Number({ minimum: 0, maximum: 1, description: 'Higher is more alike' }),
  reasons: Type.Array(SimilarityReason),
})
export type SimilarItem = Static<typeof SimilarItem>

export const SimilarList = Type.Object({ data: Type.Array(SimilarItem) })
export type SimilarList = Static<typeof SimilarList>

export const SimilarQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })) },
  { additionalProperties: false },
)
export type SimilarQuery = Static<typeof SimilarQuery>
