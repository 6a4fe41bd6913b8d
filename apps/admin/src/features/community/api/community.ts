import type {
  DiscussionPost,
  DiscussionThread,
  Lesson,
  NetworkActivity,
  NetworkNews,
  NetworkNewsCreate,
  NetworkResource,
  NetworkResourceCreate,
  Page,
} from '@learnonce/contracts'
import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../api/client'
import { fetchPage, nextCursorOf } from '../../../api/pages'
import { withQuery } from '../../../config/paths'

const keys = {
  network: (networkId: string) => ['networks', 'detail', networkId, 'community'] as const,
  thread: (threadId: string) => ['threads', 'detail', threadId] as const,
}

export const resourcesQueryOptions = (networkId: string) =>
  queryOptions({
    queryKey: [...keys.network(networkId), 'resources'],
    queryFn: ({ signal }) => api.get<Page<NetworkResource>>(withQuery(`/networks/${networkId}/resources`, { limit: 100 }), { signal }),
  })

export const threadsQueryOptions = (networkId: string, q?: string) =>
  queryOptions({
    queryKey: [...keys.network(networkId), 'threads', { q }],
    queryFn: ({ signal }) =>
      api.get<Page<DiscussionThread>>(withQuery(`/networks/${networkId}/threads`, { q: q || undefined, limit: 50 }), { signal }),
  })

export const newsQueryOptions = (networkId: string) =>
  queryOptions({
    queryKey: [...keys.network(networkId), 'news'],
    queryFn: ({ signal }) => api.get<Page<NetworkNews>>(withQuery(`/networks/${networkId}/updates`, { limit: 50 }), { signal }),
  })

/** What happened lately in the network's community, newest first; under the network's key, so every write refreshes it. */
export const activityQueryOptions = (networkId: string) =>
  infiniteQueryOptions({
    queryKey: [...keys.network(networkId), 'activity'],
    queryFn: ({ pageParam, signal }) => fetchPage<NetworkActivity>(`/networks/${networkId}/activity`, { limit: 30 }, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: nextCursorOf,
  })

export const threadQueryOptions = (threadId: string) =>
  queryOptions({ queryKey: keys.thread(threadId), queryFn: ({ signal }) => api.get<DiscussionThread>(`/threads/${threadId}`, { signal }) })

export const postsQueryOptions = (threadId: string) =>
  queryOptions({
    queryKey: [...keys.thread(threadId), 'posts'],
    queryFn: ({ signal }) => api.get<Page<DiscussionPost>>(withQuery(`/threads/${threadId}/posts`, { limit: 100 }), { signal }),
  })

const ifMatch = (version: number) => ({ headers: { 'If-Match': `"${version}"` } })

export function useStartThread(networkId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { title: string; body: string }) => api.post<DiscussionThread>(`/networks/${networkId}/threads`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.network(networkId) }),
  })
}

export function useAddResource(networkId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: NetworkResourceCreate) => api.post<NetworkResource>(`/networks/${networkId}/resources`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.network(networkId) }),
  })
}

export function useRemoveResource(networkId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (resource: NetworkResource) => api.delete(`/resources/${resource.id}`, ifMatch(resource.version)),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.network(networkId) }),
  })
}

export function usePublishNews(networkId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: NetworkNewsCreate) => api.post<NetworkNews>(`/networks/${networkId}/updates`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.network(networkId) }),
  })
}

export function useRemoveNews(networkId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (news: NetworkNews) => api.delete(`/updates/${news.id}`, ifMatch(news.version)),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.network(networkId) }),
  })
}

/** Every change to a thread or its posts reads the thread, its posts and the network's list again. */
function useThreadMutation<T, R>(threadId: string, networkId: string, mutationFn: (input: T) => Promise<R>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: keys.thread(threadId) })
      await client.invalidateQueries({ queryKey: keys.network(networkId) })
    },
  })
}

export const useReply = (threadId: string, networkId: string) =>
  useThreadMutation(threadId, networkId, (body: string) => api.post<DiscussionPost>(`/threads/${threadId}/posts`, { body }))

export const useEditPost = (threadId: string, networkId: string) =>
  useThreadMutation(threadId, networkId, ({ post, body }: { post: DiscussionPost; body: string }) =>
    api.patch<DiscussionPost>(`/posts/${post.id}`, { body }, ifMatch(post.version)),
  )

export const useRemovePost = (threadId: string, networkId: string) =>
  useThreadMutation(threadId, networkId, (post: DiscussionPost) => api.delete(`/posts/${post.id}`, ifMatch(post.version)))

export const useModerateThread = (threadId: string, networkId: string) =>
  useThreadMutation(
    threadId,
    networkId,
    ({ thread, change }: { thread: DiscussionThread; change: { pinned?: boolean; locked?: boolean } }) =>
      api.patch<DiscussionThread>(`/threads/${thread.id}`, change, ifMatch(thread.version)),
  )

export const useCaptureThread = (threadId: string, networkId: string) =>
  useThreadMutation(threadId, networkId, (siteId: string) => api.post<Lesson>(`/threads/${threadId}/capture`, { siteId }))
