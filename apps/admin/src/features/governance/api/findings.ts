import type { ContentType, Finding, FindingList, FindingResolutionBody } from '@learnonce/contracts'
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../api/client'
import { resourceOf } from '../../review/api/review'

const itemPath = (type: ContentType, id: string) => `/${resourceOf[type]}/${encodeURIComponent(id)}`

/** Under the item's detail key, so whatever refreshes the item refreshes its findings too. */
export const findingKeys = {
  all: (type: ContentType, id: string) => [resourceOf[type], 'detail', id, 'findings'] as const,
  at: (type: ContentType, id: string, version: number) => [resourceOf[type], 'detail', id, 'findings', version] as const,
}

/** The item's information-governance findings as of `version` (a save makes a new version and new findings). */
export const findingsOptions = (type: ContentType, id: string, version: number) =>
  queryOptions({
    queryKey: findingKeys.at(type, id, version),
    queryFn: ({ signal }) => api.get<FindingList>(`${itemPath(type, id)}/findings`, { signal }),
  })

export interface ResolveRequest {
  findingId: string
  body: FindingResolutionBody
}

/** A curator's resolution; afterwards the item (its open count), its history and its findings are read again. */
export function useResolveFinding(type: ContentType, id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ findingId, body }: ResolveRequest) =>
      api.post<Finding>(`${itemPath(type, id)}/findings/${encodeURIComponent(findingId)}/resolve`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [resourceOf[type], 'detail', id] }),
  })
}
