import type { Page, SearchHit } from '@learnonce/contracts'
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { api } from '../../../api/client'
import { withQuery } from '../../../config/paths'

/** GET /v1/search: ranked hits of every kind (or `types`), each with a highlighted snippet. */
export const searchQueryOptions = (q: string, types?: string) =>
  infiniteQueryOptions({
    queryKey: ['search', { q, types }],
    queryFn: ({ signal, pageParam }) =>
      api.get<Page<SearchHit>>(withQuery('/search', { q, types, cursor: pageParam ?? undefined }), { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    enabled: q.trim().length > 0,
  })

/** The snippets of one kind's best hits, by item id, to show under a filtered list's rows. */
export const snippetsQueryOptions = (q: string, type: string) =>
  queryOptions({
    queryKey: ['search', { q, types: type, limit: 100 }],
    queryFn: async ({ signal }) => {
      const page = await api.get<Page<SearchHit>>(withQuery('/search', { q, types: type, limit: 100 }), { signal })
      return new Map(page.data.map((hit) => [hit.id, hit.snippet]))
    },
    enabled: q.trim().length > 0,
  })
