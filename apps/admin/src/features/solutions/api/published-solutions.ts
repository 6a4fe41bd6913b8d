import type { Page, SolutionListItem } from '@learnonce/contracts'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '../../../api/client'

/** Published solutions by title, for "derived from" (a hub has tens to hundreds; the first 100 by recency). */
export const publishedSolutionsQueryOptions = (q?: string) =>
  queryOptions({
    queryKey: ['solutions', 'list', { status: 'published', limit: 100, q }],
    queryFn: ({ signal }) =>
      api.get<Page<SolutionListItem>>(`/solutions?status=published&limit=100${q ? `&q=${encodeURIComponent(q)}` : ''}`, { signal }),
    staleTime: 60_000,
  })

export const usePublishedSolutions = (q?: string) => useQuery(publishedSolutionsQueryOptions(q))
