import type {
  DigestFrequency,
  DigestSettings,
  FeedTokenCreated,
  FeedTokenStatus,
  Page,
  Subscription,
  SubscriptionTarget,
} from '@learnonce/contracts'
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../api/client'

/** Everything a person follows: a person follows tens of things, so one page of 100 holds them. */
export const subscriptionsQueryOptions = () =>
  queryOptions({
    queryKey: ['following', 'subscriptions'],
    queryFn: ({ signal }) => api.get<Page<Subscription>>('/me/subscriptions?limit=100', { signal }),
  })

export const useSubscriptions = () => useQuery(subscriptionsQueryOptions())

/** The follow of `target` among `subscriptions`, if any (what a Follow button toggles). */
export function findSubscription(
  subscriptions: readonly Subscription[],
  target: { type: Subscription['target']['type']; id?: string; value?: string },
): Subscription | undefined {
  return subscriptions.find(
    (subscription) =>
      subscription.target.type === target.type &&
      (target.id === undefined || subscription.target.id === target.id) &&
      (target.value === undefined || subscription.target.value === target.value),
  )
}

export function useFollow() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (target: SubscriptionTarget) => api.post<Subscription>('/me/subscriptions', { target }),
    // The first follow switches a weekly digest on, so the settings are read again too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['following'] }),
  })
}

export function useUnfollow() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => api.delete(`/me/subscriptions/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['following', 'subscriptions'] }),
  })
}

export const digestSettingsQueryOptions = () =>
  queryOptions({
    queryKey: ['following', 'digest-settings'],
    queryFn: ({ signal }) => api.get<DigestSettings>('/me/digest-settings', { signal }),
  })

export const useDigestSettings = () => useQuery(digestSettingsQueryOptions())

/** Saves the frequency against the version read (a change made meanwhile, in another tab, is a 412). */
export function useSetDigestFrequency() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ frequency, version }: { frequency: DigestFrequency; version: number }) =>
      api.put<DigestSettings>('/me/digest-settings', { frequency }, { headers: { 'If-Match': `"${version}"` } }),
    onSuccess: (settings) => queryClient.setQueryData(digestSettingsQueryOptions().queryKey, settings),
  })
}

export const feedTokenQueryOptions = () =>
  queryOptions({
    queryKey: ['following', 'feed-token'],
    queryFn: ({ signal }) => api.get<FeedTokenStatus>('/me/feed-token', { signal }),
  })

export const useFeedToken = () => useQuery(feedTokenQueryOptions())

/** A new private feed URL: it goes to the caller (shown once), never into the query cache. */
export function useRotateFeedToken() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api.post<FeedTokenCreated>('/me/feed-token'),
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedTokenQueryOptions().queryKey }),
  })
}

export function useRevokeFeedToken() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api.delete('/me/feed-token'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedTokenQueryOptions().queryKey }),
  })
}
