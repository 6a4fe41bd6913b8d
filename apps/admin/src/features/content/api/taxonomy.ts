import type { Page, Site, Taxonomy } from '@learnonce/contracts'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { api } from '../../../api/client'

/** Themes, care settings and journey stages: what the pickers and filter chips offer. */
export const taxonomyQueryOptions = () =>
  queryOptions({
    queryKey: ['taxonomy'],
    queryFn: ({ signal }) => api.get<Taxonomy>('/taxonomy', { signal }),
    staleTime: 5 * 60_000,
  })

export const useTaxonomy = () => useQuery(taxonomyQueryOptions())

/** A slug's name ("falls-prevention" → "Falls prevention"), or the slug while the taxonomy loads. */
export function useTermNames() {
  const { data } = useTaxonomy()
  return useMemo(() => {
    const names = new Map<string, string>()
    for (const term of [...(data?.themes ?? []), ...(data?.careSettings ?? []), ...(data?.journeyStages ?? [])]) {
      names.set(term.slug, term.name)
    }
    return (slug: string) => names.get(slug) ?? slug.replaceAll('_', ' ')
  }, [data])
}

/** Every live site, by name (a hub has tens of them; the API pages at 100). */
export const sitesQueryOptions = () =>
  queryOptions({
    queryKey: ['sites', 'list', { limit: 100 }],
    queryFn: ({ signal }) => api.get<Page<Site>>('/sites?limit=100', { signal }),
    staleTime: 5 * 60_000,
  })

/** Site names by id, for showing where an item comes from. */
export function useSiteNames() {
  const { data } = useQuery(sitesQueryOptions())
  return useMemo(() => {
    const byId = new Map((data?.data ?? []).map((site) => [site.id, site]))
    return { site: (id: string) => byId.get(id), name: (id: string) => byId.get(id)?.name ?? 'A site', sites: data?.data ?? [] }
  }, [data])
}
