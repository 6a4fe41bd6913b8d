import type { Comment, CommentCreate, Page, WorkflowAction, WorkflowActionBody } from '@learnonce/contracts'
import { infiniteQueryOptions, queryOptions, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { api } from '../../../api/client'
import { withQuery } from '../../../config/paths'
import { type AnyItem, type ContentKind, ifMatch } from './kinds'

/** A list's filters as the URL holds them (and the API takes them). */
export type ListFilters = Record<string, string | undefined>

const resource = (kind: ContentKind) => kind.apiPath.slice(1)

/** The kind's list, page by page over the cursor ("Load more"). */
export const contentListQueryOptions = <Row>(kind: ContentKind, filters: ListFilters) =>
  infiniteQueryOptions({
    queryKey: [resource(kind), 'list', filters],
    queryFn: ({ signal, pageParam }) =>
      api.get<Page<Row>>(withQuery(kind.apiPath, { ...filters, cursor: pageParam ?? undefined }), { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  })

export const contentQueryOptions = <Item extends AnyItem>(kind: ContentKind, id: string) =>
  queryOptions({
    queryKey: [resource(kind), 'detail', id],
    queryFn: ({ signal }) => api.get<Item>(`${kind.apiPath}/${id}`, { signal }),
  })

export const commentsQueryOptions = (kind: ContentKind, id: string) =>
  queryOptions({
    queryKey: [resource(kind), 'detail', id, 'comments'],
    queryFn: ({ signal }) => api.get<Page<Comment>>(`${kind.apiPath}/${id}/comments?limit=100`, { signal }),
  })

/** Creates a draft (POST) or changes one (PATCH with If-Match from the version read). */
export function saveContent<Item extends AnyItem>(kind: ContentKind, body: unknown, existing?: { id: string; version: number }) {
  if (!existing) return api.post<Item>(kind.apiPath, body)
  return api.patch<Item>(`${kind.apiPath}/${existing.id}`, body, { headers: ifMatch(existing) })
}

/** A workflow action (submit, …) on the version read. */
export function runAction<Item extends AnyItem>(
  kind: ContentKind,
  item: { id: string; version: number },
  action: WorkflowAction,
  body: WorkflowActionBody = {},
) {
  return api.post<Item>(`${kind.apiPath}/${item.id}/${action}`, body, { headers: ifMatch(item) })
}

export const postComment = (kind: ContentKind, id: string, body: CommentCreate) => api.post<Comment>(`${kind.apiPath}/${id}/comments`, body)

/** After a write: the item's new state in the cache, and every list, my items and search to refetch. */
export function useContentWritten(kind: ContentKind) {
  const queryClient = useQueryClient()
  return useCallback(
    (item: AnyItem) => {
      queryClient.setQueryData([resource(kind), 'detail', item.id], item)
      void queryClient.invalidateQueries({ queryKey: [resource(kind), 'list'] })
      void queryClient.invalidateQueries({ queryKey: ['me', 'items'] })
      void queryClient.invalidateQueries({ queryKey: ['search'] })
    },
    [kind, queryClient],
  )
}
