import type { Adoption, AdoptionCreate, Page, SolutionLineage } from '@learnonce/contracts'
import { queryOptions } from '@tanstack/react-query'
import { api } from '../../../api/client'

export const lineageQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['solutions', 'detail', id, 'lineage'],
    queryFn: ({ signal }) => api.get<SolutionLineage>(`/solutions/${id}/lineage`, { signal }),
  })

export const adoptionsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['solutions', 'detail', id, 'adoptions'],
    queryFn: ({ signal }) => api.get<Page<Adoption>>(`/solutions/${id}/adoptions?limit=100`, { signal }),
  })

export const recordAdoption = (solutionId: string, body: AdoptionCreate) =>
  api.post<Adoption>(`/solutions/${solutionId}/adoptions`, body, { headers: { 'Idempotency-Key': crypto.randomUUID() } })
