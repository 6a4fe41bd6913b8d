import type { MyItem, Page } from '@learnonce/contracts'
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { api } from '../../../api/client'
import { withQuery } from '../../../config/paths'

export interface MyItemsFilters {
  status?: string
  type?: string
}

/** GET /v1/me/items: the signed-in contributor's sites' items, most recently changed first. */
export const myItemsQueryOptions = (filters: MyItemsFilters) =>
  infiniteQueryOptions({
    queryKey: ['me', 'items', filters],
    queryFn: ({ signal, pageParam }) =>
      api.get<Page<MyItem>>(withQuery('/me/items', { ...filters, cursor: pageParam ?? undefined }), { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  })

export const useMyItems = (filters: MyItemsFilters) => useInfiniteQuery(myItemsQueryOptions(filters))
