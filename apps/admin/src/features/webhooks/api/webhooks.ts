import type { Webhook, WebhookCreate, WebhookDelivery, WebhookUpdate, WebhookWithSecret } from '@learnonce/contracts'
import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../api/client'
import { fetchPage, nextCursorOf } from '../../../api/pages'

export const webhooksQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['webhooks', 'list'],
    queryFn: ({ pageParam, signal }) => fetchPage<Webhook>('/webhooks', { limit: 100 }, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: nextCursorOf,
  })

export const useWebhooks = () => useInfiniteQuery(webhooksQueryOptions())

export const deliveriesQueryOptions = (webhookId: string) =>
  infiniteQueryOptions({
    queryKey: ['webhooks', 'deliveries', webhookId],
    queryFn: ({ pageParam, signal }) => fetchPage<WebhookDelivery>(`/webhooks/${webhookId}/deliveries`, { limit: 20 }, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: nextCursorOf,
    // A pending delivery changes on its own as the worker retries it: look again while any is pending.
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.data.some((delivery) => delivery.status === 'pending')) ? 3_000 : false,
  })

export const useDeliveries = (webhookId: string) => useInfiniteQuery(deliveriesQueryOptions(webhookId))

/** Creating an endpoint answers with its signing secret, once: it goes to the dialog, not the cache. */
export function useSaveWebhook() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ webhook, body }: { webhook: Webhook | null; body: WebhookCreate | WebhookUpdate }) =>
      webhook
        ? api.patch<Webhook>(`/webhooks/${webhook.id}`, body, { headers: { 'If-Match': `"${webhook.version}"` } })
        : api.post<WebhookWithSecret>('/webhooks', body),
    // Not kept once the form is gone: a new endpoint's answer holds its signing secret.
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks', 'list'] }),
  })
}

export function useRotateSecret() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (webhookId: string) => api.post<WebhookWithSecret>(`/webhooks/${webhookId}/rotate-secret`),
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks', 'list'] }),
  })
}

export function usePing() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (webhookId: string) => api.post<WebhookDelivery>(`/webhooks/${webhookId}/ping`),
    onSuccess: (_delivery, webhookId) => queryClient.invalidateQueries({ queryKey: ['webhooks', 'deliveries', webhookId] }),
  })
}

export function useResend() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ webhookId, deliveryId }: { webhookId: string; deliveryId: string }) =>
      api.post<WebhookDelivery>(`/webhooks/${webhookId}/deliveries/${deliveryId}/resend`),
    onSuccess: (_delivery, { webhookId }) => queryClient.invalidateQueries({ queryKey: ['webhooks', 'deliveries', webhookId] }),
  })
}
