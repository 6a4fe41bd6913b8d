import type { ContentType, Page, Region, Taxonomy, TriageCounts, TriageEntry, TriageQuery } from '@learnonce/contracts'
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import { api } from '../../../api/client'
import { withQuery } from '../../../config/paths'

/** The queue's filters as the URL holds them (`/triage?type=&theme=&region=&assignee=`). */
export interface TriageFilters {
  type?: ContentType | undefined
  theme?: string | undefined
  region?: Region | undefined
  assignee?: TriageQuery['assignee'] | undefined
}

const PAGE_SIZE = 25

export const triageKeys = {
  all: ['triage'] as const,
  list: (filters: TriageFilters) => ['triage', 'list', filters] as const,
  counts: (filters: TriageFilters) => ['triage', 'counts', filters] as const,
}

export const triageQueueOptions = (filters: TriageFilters) =>
  infiniteQueryOptions({
    queryKey: triageKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<TriageEntry>>(withQuery('/triage', { ...filters, limit: PAGE_SIZE, cursor: pageParam }), { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // The queue moves as colleagues claim items: keep it fresher than the default.
    staleTime: 10_000,
  })

export const useTriageQueue = (filters: TriageFilters) => useInfiniteQuery(triageQueueOptions(filters))

export const triageCountsOptions = (filters: TriageFilters) =>
  queryOptions({
    queryKey: triageKeys.counts(filters),
    queryFn: ({ signal }) => api.get<TriageCounts>(withQuery('/triage/counts', { ...filters }), { signal }),
    staleTime: 10_000,
    // The numbers beside the filters stay put while the next ones load, rather than blinking away.
    placeholderData: keepPreviousData,
  })

export const useTriageCounts = (filters: TriageFilters) => useQuery(triageCountsOptions(filters))

/** Theme names for the filter (the queue only knows slugs). */
export const taxonomyOptions = () =>
  queryOptions({ queryKey: ['taxonomy'], queryFn: ({ signal }) => api.get<Taxonomy>('/taxonomy', { signal }), staleTime: 5 * 60_000 })

export const useTaxonomy = () => useQuery(taxonomyOptions())

/**
 * "Review next": claims the oldest unclaimed submission that fits the type, theme and region filters
 * (the assignee filter does not apply: what is claimed is always unclaimed). null when nothing waits.
 */
export function useReviewNext() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ type, theme, region }: TriageFilters) =>
      api.post<TriageEntry | undefined>('/triage/next', { ...(type && { type }), ...(theme && { theme }), ...(region && { region }) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: triageKeys.all }),
  })
}
