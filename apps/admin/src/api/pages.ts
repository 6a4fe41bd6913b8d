import type { Page } from '@learnonce/contracts'
import { type Query, withQuery } from '../config/paths'
import { api } from './client'

/**
 * One page of a keyset-paginated list (`{ data, nextCursor }`), for `useInfiniteQuery`: pass
 * `pageParam` as the cursor and `nextCursorOf` as `getNextPageParam`, and "Load more" follows the API.
 */
export function fetchPage<T>(path: string, query: Query, cursor: string | null, signal?: AbortSignal): Promise<Page<T>> {
  return api.get<Page<T>>(withQuery(path, { ...query, cursor }), { signal })
}

export const nextCursorOf = <T>(page: Page<T>): string | null => page.nextCursor

/** The rows of every page loaded so far, in order. */
export const rowsOf = <T>(pages: readonly Page<T>[] | undefined): T[] => pages?.flatMap((page) => page.data) ?? []
