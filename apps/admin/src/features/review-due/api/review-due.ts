import type { ContentType, Lesson, Page, ReviewDueEntry, ReviewPeriods, ReviewPeriodsUpdate } from '@learnonce/contracts'
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../api/client'
import { withQuery } from '../../../config/paths'
import { resourceOf } from '../../review/api/review'

/** The queue's filters as the URL holds them (`/review-due?type=&theme=`). */
export interface ReviewDueFilters {
  type?: ContentType | undefined
  theme?: string | undefined
}

const PAGE_SIZE = 25

export const reviewDueKeys = {
  all: ['review-due'] as const,
  list: (filters: ReviewDueFilters) => ['review-due', 'list', filters] as const,
}

export const reviewDueOptions = (filters: ReviewDueFilters) =>
  infiniteQueryOptions({
    queryKey: reviewDueKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<ReviewDueEntry>>(withQuery('/review-due', { ...filters, limit: PAGE_SIZE, cursor: pageParam }), { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })

export const useReviewDue = (filters: ReviewDueFilters) => useInfiniteQuery(reviewDueOptions(filters))

export const reviewPeriodsOptions = () =>
  queryOptions({
    queryKey: ['settings', 'review-periods'],
    queryFn: ({ signal }) => api.get<ReviewPeriods>('/settings/review-periods', { signal }),
  })

export const useReviewPeriods = () => useQuery(reviewPeriodsOptions())

/** Admins change the periods; If-Match with the version read, so two admins never overwrite each other silently. */
export function useUpdateReviewPeriods() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ body, version }: { body: ReviewPeriodsUpdate; version: number }) =>
      api.put<ReviewPeriods>('/settings/review-periods', body, { headers: { 'If-Match': `"${version}"` } }),
    onSuccess: (periods) => queryClient.setQueryData(reviewPeriodsOptions().queryKey, periods),
  })
}

export interface QueueAction {
  entry: Pick<ReviewDueEntry, 'id' | 'type' | 'version'>
  action: 'reaffirm' | 'archive'
  body: { note?: string; reviewBy?: string }
}

/** Reaffirm or archive one queue entry (If-Match its version); the queue, the item, its lists and the dashboard are read again. */
export function useQueueAction() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ entry, action, body }: QueueAction) =>
      api.post<Lesson>(`/${resourceOf[entry.type]}/${encodeURIComponent(entry.id)}/${action}`, body, {
        headers: { 'If-Match': `"${entry.version}"` },
      }),
    onSuccess: async (_item, { entry }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: reviewDueKeys.all }),
        queryClient.invalidateQueries({ queryKey: [resourceOf[entry.type]] }),
        queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
      ])
    },
  })
}
