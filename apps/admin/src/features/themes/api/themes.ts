import type { Theme, ThemeCreate, ThemeUpdate } from '@learnonce/contracts'
import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../api/client'
import { fetchPage, nextCursorOf } from '../../../api/pages'

export const themesQueryOptions = (retired: boolean) =>
  infiniteQueryOptions({
    queryKey: ['themes', 'list', { retired }],
    queryFn: ({ pageParam, signal }) => fetchPage<Theme>('/themes', { retired: retired || undefined, limit: 100 }, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: nextCursorOf,
  })

export const useThemes = (retired: boolean) => useInfiniteQuery(themesQueryOptions(retired))

/** The version the admin read, for If-Match: a theme someone else changed meanwhile is a 412. */
const ifMatch = (theme: Pick<Theme, 'version'>) => ({ headers: { 'If-Match': `"${theme.version}"` } })

export function useSaveTheme() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ theme, body }: { theme: Theme | null; body: ThemeCreate | ThemeUpdate }) =>
      theme ? api.patch<Theme>(`/themes/${theme.slug}`, body, ifMatch(theme)) : api.post<Theme>('/themes', body),
    // The taxonomy feeds every picker of themes.
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: ['themes'] }), queryClient.invalidateQueries({ queryKey: ['taxonomy'] })]),
  })
}

export function useSetThemeRetired() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ theme, retired }: { theme: Theme; retired: boolean }) =>
      api.post<Theme>(`/themes/${theme.slug}/${retired ? 'retire' : 'restore'}`, undefined, ifMatch(theme)),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: ['themes'] }), queryClient.invalidateQueries({ queryKey: ['taxonomy'] })]),
  })
}

/** Puts the live themes in the order given (every live slug once); the list and the taxonomy are read again. */
export function useReorderThemes() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (slugs: string[]) => api.put<Theme[]>('/themes/order', { slugs }),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: ['themes'] }), queryClient.invalidateQueries({ queryKey: ['taxonomy'] })]),
  })
}
