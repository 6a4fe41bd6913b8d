import type { User } from '@learnonce/contracts'
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { api } from '../../../api/client'

export const meQueryKey = ['me'] as const

export const getMe = (signal?: AbortSignal) => api.get<User>('/me', { signal })

export const meQueryOptions = () => queryOptions({ queryKey: meQueryKey, queryFn: ({ signal }) => getMe(signal), staleTime: 60_000 })

/** The signed-in user. Routes under the session guard have loaded it already, so this never suspends there. */
export function useMe() {
  return useSuspenseQuery(meQueryOptions())
}
