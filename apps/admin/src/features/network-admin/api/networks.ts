import type { Network, NetworkCreate, NetworkEvent, NetworkEventCreate, NetworkEventUpdate, NetworkUpdate } from '@learnonce/contracts'
import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../api/client'
import { fetchPage, nextCursorOf } from '../../../api/pages'

export interface NetworkFilters {
  q?: string | undefined
  status?: string | undefined
}

// The same keys as the browse pages use (['networks', ...], ['events', ...]), so a change here refreshes them.
export const managedNetworksQueryOptions = (filters: NetworkFilters) =>
  infiniteQueryOptions({
    queryKey: ['networks', 'list', { ...filters, manage: true }],
    queryFn: ({ pageParam, signal }) => fetchPage<Network>('/networks', { ...filters, limit: 50 }, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: nextCursorOf,
  })

export const useManagedNetworks = (filters: NetworkFilters) => useInfiniteQuery(managedNetworksQueryOptions(filters))

export const networkEventsQueryOptions = (networkId: string) =>
  infiniteQueryOptions({
    queryKey: ['events', 'list', { networkId, manage: true }],
    // Past events too: from the start of time, soonest first.
    queryFn: ({ pageParam, signal }) =>
      fetchPage<NetworkEvent>(`/networks/${networkId}/events`, { from: '2000-01-01T00:00:00.000Z', limit: 50 }, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: nextCursorOf,
  })

export const useNetworkEvents = (networkId: string) => useInfiniteQuery(networkEventsQueryOptions(networkId))

const ifMatch = (item: { version: number }) => ({ headers: { 'If-Match': `"${item.version}"` } })

export function useSaveNetwork() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ network, body }: { network: Network | null; body: NetworkCreate | NetworkUpdate }) =>
      network ? api.patch<Network>(`/networks/${network.id}`, body, ifMatch(network)) : api.post<Network>('/networks', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['networks'] }),
  })
}

export function useSaveEvent(networkId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ event, body }: { event: NetworkEvent | null; body: NetworkEventCreate | NetworkEventUpdate }) =>
      event
        ? api.patch<NetworkEvent>(`/events/${event.id}`, body, ifMatch(event))
        : api.post<NetworkEvent>(`/networks/${networkId}/events`, body),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: ['events'] }), queryClient.invalidateQueries({ queryKey: ['networks'] })]),
  })
}
