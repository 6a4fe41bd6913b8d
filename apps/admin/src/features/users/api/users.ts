import type { User, UserCreate, UserUpdate } from '@learnonce/contracts'
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../api/client'
import { fetchPage, nextCursorOf } from '../../../api/pages'

export interface UserFilters {
  q?: string | undefined
  role?: string | undefined
  status?: string | undefined
  siteId?: string | undefined
}

export const usersQueryOptions = (filters: UserFilters) =>
  infiniteQueryOptions({
    queryKey: ['users', 'list', filters],
    queryFn: ({ pageParam, signal }) => fetchPage<User>('/users', { ...filters, limit: 50 }, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: nextCursorOf,
  })

export const useUsers = (filters: UserFilters) => useInfiniteQuery(usersQueryOptions(filters))

export function useCreateUser() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: UserCreate) => api.post<User>('/users', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  })
}

/**
 * Changes a user as of the version the admin read: If-Match names it, so a change someone else saved
 * meanwhile is a 412 rather than silently overwritten.
 */
export function useUpdateUser() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ user, body }: { user: Pick<User, 'id' | 'version'>; body: UserUpdate }) =>
      api.patch<User>(`/users/${user.id}`, body, { headers: { 'If-Match': `"${user.version}"` } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  })
}

/** Users by email for pickers and for naming actors: the API's largest page, enough for a hub's staff. */
export const userOptionsQueryOptions = () =>
  queryOptions({
    queryKey: ['users', 'list', 'options'],
    queryFn: ({ signal }) => fetchPage<User>('/users', { limit: 100 }, null, signal).then((page) => page.data),
    staleTime: 60_000,
  })
