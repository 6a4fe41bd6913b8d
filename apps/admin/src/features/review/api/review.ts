import type {
  AvailableActionList,
  CaseStudy,
  Comment,
  ContentType,
  Lesson,
  Page,
  SimilarList,
  Solution,
  TransitionList,
  WorkflowAction,
  WorkflowActionBody,
} from '@learnonce/contracts'
import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../api/client'
import { withQuery } from '../../../config/paths'

/** A lesson, case study or solution as its detail route answers it. */
export type ContentItem = Lesson | CaseStudy | Solution

/** The API's name for each kind's collection: its path and the first part of its query keys. */
export const resourceOf: Record<ContentType, 'lessons' | 'case-studies' | 'solutions'> = {
  lesson: 'lessons',
  case_study: 'case-studies',
  solution: 'solutions',
}

const itemPath = (type: ContentType, id: string) => `/${resourceOf[type]}/${encodeURIComponent(id)}`

/** Everything about one item hangs under its detail key, so invalidating that refreshes the whole screen. */
export const reviewKeys = {
  detail: (type: ContentType, id: string) => [resourceOf[type], 'detail', id] as const,
  actions: (type: ContentType, id: string) => [resourceOf[type], 'detail', id, 'actions'] as const,
  similar: (type: ContentType, id: string) => [resourceOf[type], 'detail', id, 'similar'] as const,
  history: (type: ContentType, id: string) => [resourceOf[type], 'detail', id, 'history'] as const,
  comments: (type: ContentType, id: string) => [resourceOf[type], 'detail', id, 'comments'] as const,
}

/** The item with the ETag it was read with: every workflow action sends that back as If-Match. */
export const itemOptions = (type: ContentType, id: string) =>
  queryOptions({
    queryKey: reviewKeys.detail(type, id),
    queryFn: ({ signal }) => api.getWithEtag<ContentItem>(itemPath(type, id), { signal }),
  })

/** What the signed-in person may do with the item now, as the API decides it (never the rules copied here). */
export const actionsOptions = (type: ContentType, id: string) =>
  queryOptions({
    queryKey: reviewKeys.actions(type, id),
    queryFn: ({ signal }) => api.get<AvailableActionList>(`${itemPath(type, id)}/actions`, { signal }),
  })

export const similarOptions = (type: ContentType, id: string) =>
  queryOptions({
    queryKey: reviewKeys.similar(type, id),
    queryFn: ({ signal }) => api.get<SimilarList>(withQuery(`${itemPath(type, id)}/similar`, { limit: 8 }), { signal }),
    staleTime: 5 * 60_000,
  })

export const historyOptions = (type: ContentType, id: string) =>
  queryOptions({
    queryKey: reviewKeys.history(type, id),
    queryFn: ({ signal }) => api.get<TransitionList>(`${itemPath(type, id)}/history`, { signal }),
  })

export const commentsOptions = (type: ContentType, id: string) =>
  infiniteQueryOptions({
    queryKey: reviewKeys.comments(type, id),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Comment>>(withQuery(`${itemPath(type, id)}/comments`, { limit: 50, cursor: pageParam }), { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })

export interface ActionRequest {
  action: WorkflowAction
  body: WorkflowActionBody
  /** The ETag the item was read with; a stale one is a 412. */
  etag: string | null
}

/** One workflow action, sent with If-Match; afterwards the item, its history, the queue and lists are read again. */
export function useWorkflowAction(type: ContentType, id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ action, body, etag }: ActionRequest) =>
      api.post<ContentItem>(`${itemPath(type, id)}/${action}`, body, etag ? { headers: { 'If-Match': etag } } : {}),
    // Only after success: after a 409 or 412 the curator reads what happened first, then chooses Reload.
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: reviewKeys.detail(type, id) }),
        queryClient.invalidateQueries({ queryKey: [resourceOf[type], 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['triage'] }),
      ])
    },
  })
}

export function usePostComment(type: ContentType, id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { body: string; internal: boolean }) => api.post<Comment>(`${itemPath(type, id)}/comments`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewKeys.comments(type, id) }),
  })
}
