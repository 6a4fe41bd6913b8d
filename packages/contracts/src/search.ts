import { type Static, Type } from 'typebox'
import { PageQuery, StringEnum, Uuid } from './common.js'

/** What /v1/search looks through: the three content kinds and networks. */
export const searchTypes = ['lesson', 'case_study', 'solution', 'network'] as const
export type SearchType = (typeof searchTypes)[number]
export const SearchType = StringEnum(searchTypes)

export const SearchQuery = Type.Object(
  {
    q: Type.String({
      minLength: 1,
      maxLength: 200,
      pattern: '\\S',
      description: 'Words to find, in web-search syntax: "quoted phrases", `or`, and `-excluded` words',
    }),
    types: Type.Optional(
      Type.String({
        pattern: `^(${searchTypes.join('|')})(,(${searchTypes.join('|')}))*$`,
        description: `Comma-separated kinds to search (${searchTypes.join(', ')}); all of them when absent`,
      }),
    ),
    ...PageQuery.properties,
  },
  { additionalProperties: false },
)
export type SearchQuery = Static<typeof SearchQuery>

export const SearchHit = Type.Object({
  type: SearchType,
  id: Uuid,
  title: Type.String(),
  snippet: Type.String({
    description: 'HTML: the best-matching passage, escaped, with the matched words in <mark>…</mark>',
  }),
  rank: Type.Number({ description: 'Relevance; higher is better. Comparable within one search only' }),
})
export type SearchHit = Static<typeof SearchHit>
