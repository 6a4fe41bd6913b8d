import type { DashboardContent, DashboardHub, DashboardMine, DashboardPipeline, MyItem, Page } from '@learnonce/contracts'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '../../../api/client'
import { withQuery } from '../../../config/paths'

/** The summaries change as people work: refetch a minute after the last look, and on return to the tab. */
const staleTime = 60_000

export const pipelineQueryOptions = (weeks: number) =>
  queryOptions({
    queryKey: ['dashboard', 'pipeline', { weeks }],
    queryFn: ({ signal }) => api.get<DashboardPipeline>(withQuery('/dashboard/pipeline', { weeks }), { signal }),
    staleTime,
  })

export const contentSummaryQueryOptions = () =>
  queryOptions({
    queryKey: ['dashboard', 'content'],
    queryFn: ({ signal }) => api.get<DashboardContent>('/dashboard/content', { signal }),
    staleTime,
  })

export const mineQueryOptions = () =>
  queryOptions({
    queryKey: ['dashboard', 'mine'],
    queryFn: ({ signal }) => api.get<DashboardMine>('/dashboard/mine', { signal }),
    staleTime,
  })

export const hubQueryOptions = () =>
  queryOptions({
    queryKey: ['dashboard', 'hub'],
    queryFn: ({ signal }) => api.get<DashboardHub>('/dashboard/hub', { signal }),
    staleTime,
  })

/** A few of the caller's items in one state, as /v1/me/items lists them (most recently changed first). */
export const myItemsInStateQueryOptions = (status: MyItem['status'], limit = 5) =>
  queryOptions({
    queryKey: ['me', 'items', 'list', { status, limit }],
    queryFn: ({ signal }) => api.get<Page<MyItem>>(withQuery('/me/items', { status, limit }), { signal }),
    staleTime,
  })

export const usePipeline = (weeks: number) => useQuery(pipelineQueryOptions(weeks))
export const useContentSummary = () => useQuery(contentSummaryQueryOptions())
export const useMine = () => useQuery(mineQueryOptions())
export const useHub = () => useQuery(hubQueryOptions())
export const useMyItemsInState = (status: MyItem['status'], limit = 5) => useQuery(myItemsInStateQueryOptions(status, limit))
