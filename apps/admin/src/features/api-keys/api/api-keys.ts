import type { ApiKey, ApiKeyCreate, ApiKeyCreated } from '@learnonce/contracts'
import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../api/client'
import { fetchPage, nextCursorOf } from '../../../api/pages'

export interface ApiKeyFilters {
  state?: string | undefined
  siteId?: string | undefined
}

export const apiKeysQueryOptions = (filters: ApiKeyFilters) =>
  infiniteQueryOptions({
    queryKey: ['api-keys', 'list', filters],
    queryFn: ({ pageParam, signal }) => fetchPage<ApiKey>('/api-keys', { ...filters, limit: 50 }, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: nextCursorOf,
  })

export const useApiKeys = (filters: ApiKeyFilters) => useInfiniteQuery(apiKeysQueryOptions(filters))

/**
 * Creates a key. The answer is the only place its secret ever appears: it goes to the caller (the
 * dialog that shows it once) and never into the query cache, so no list or detail can show it again.
 */
export function useCreateApiKey() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ApiKeyCreate) => api.post<ApiKeyCreated>('/api-keys', body),
    // The mutation cache would otherwise keep the answer, secret and all, for minutes after the form closes.
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }),
  })
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api-keys/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }),
  })
}

export type ApiKeyState = 'active' | 'revoked' | 'expired'

/** What a key can do now: revoked wins over expired, as the API decides (a revoked key stays revoked). */
export function keyState(key: ApiKey, now = new Date()): ApiKeyState {
  if (key.revokedAt) return 'revoked'
  if (key.expiresAt && new Date(key.expiresAt) <= now) return 'expired'
  return 'active'
}
