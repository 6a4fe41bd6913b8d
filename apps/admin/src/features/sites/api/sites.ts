import type { Site, SiteCreate, SiteUpdate } from '@learnonce/contracts'
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../api/client'
import { fetchPage, nextCursorOf } from '../../../api/pages'

export interface SiteFilters {
  q?: string | undefined
  kind?: string | undefined
  region?: string | undefined
  archived?: string | undefined
}

export const sitesQueryOptions = (filters: SiteFilters) =>
  infiniteQueryOptions({
    queryKey: ['sites', 'list', filters],
    queryFn: ({ pageParam, signal }) => fetchPage<Site>('/sites', { ...filters, limit: 50 }, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: nextCursorOf,
  })

export const useSites = (filters: SiteFilters) => useInfiniteQuery(sitesQueryOptions(filters))

/** Live sites by name, for pickers (memberships, a key's site): the API's largest page. */
export const siteOptionsQueryOptions = () =>
  queryOptions({
    queryKey: ['sites', 'list', 'options'],
    queryFn: ({ signal }) => fetchPage<Site>('/sites', { limit: 100 }, null, signal).then((page) => page.data),
    staleTime: 60_000,
  })

export const useSiteOptions = () => useQuery(siteOptionsQueryOptions())

export function useSaveSite() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: SiteCreate | SiteUpdate }) =>
      id ? api.patch<Site>(`/sites/${id}`, body) : api.post<Site>('/sites', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sites'] }),
  })
}

export function useSetSiteArchived() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) => api.post<Site>(`/sites/${id}/${archived ? 'archive' : 'restore'}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sites'] }),
  })
}

export const siteQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['sites', 'detail', id], queryFn: ({ signal }) => api.get<Site>(`/sites/${id}`, { signal }) })
