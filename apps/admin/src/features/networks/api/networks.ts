import type { Network, NetworkEvent, Page } from '@learnonce/contracts'
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { api } from '../../../api/client'
import { apiBaseUrl } from '../../../config/env'
import { withQuery } from '../../../config/paths'

export const networksQueryOptions = (filters: { q?: string; status?: string }) =>
  infiniteQueryOptions({
    queryKey: ['networks', 'list', filters],
    queryFn: ({ signal, pageParam }) =>
      api.get<Page<Network>>(withQuery('/networks', { ...filters, cursor: pageParam ?? undefined }), { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  })

/** Network names by id, for event rows (a hub has a handful of networks). */
export const networkNamesQueryOptions = () =>
  queryOptions({
    queryKey: ['networks', 'list', { limit: 100 }],
    queryFn: async ({ signal }) => {
      const page = await api.get<Page<Network>>('/networks?limit=100', { signal })
      return new Map(page.data.map((network) => [network.id, network.name]))
    },
    staleTime: 5 * 60_000,
  })

export const networkQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['networks', 'detail', id],
    queryFn: ({ signal }) => api.get<Network>(`/networks/${id}`, { signal }),
  })

/** A network's events from now on, soonest first. */
export const upcomingEventsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['networks', 'detail', id, 'events', 'upcoming'],
    queryFn: ({ signal }) =>
      api.get<Page<NetworkEvent>>(withQuery(`/networks/${id}/events`, { from: new Date().toISOString(), limit: 20 }), { signal }),
  })

/** The iCalendar feed a calendar app subscribes to (public: no token), as an absolute address. */
export function calendarUrl(id: string): string {
  return new URL(`${apiBaseUrl()}/networks/${id}/events.ics`, window.location.href).toString()
}
