import { CaseStudyCreate, type Import, type ImportKind, type ImportWithReport, LessonCreate, SolutionCreate } from '@learnonce/contracts'
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../api/client'
import { fetchPage, nextCursorOf } from '../../../api/pages'

export const importsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['imports', 'list'],
    queryFn: ({ pageParam, signal }) => fetchPage<Import>('/imports', { limit: 50 }, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: nextCursorOf,
  })

export const useImports = () => useInfiniteQuery(importsQueryOptions())

const working = (found: Import | undefined) => found?.status === 'queued' || found?.status === 'running'

export const importQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['imports', 'detail', id],
    queryFn: ({ signal }) => api.get<ImportWithReport>(`/imports/${encodeURIComponent(id)}`, { signal }),
    // A commit running as a job moves on its own: look again every second until it is done.
    refetchInterval: (query) => (working(query.state.data) ? 1_000 : false),
  })

export const useImport = (id: string) => useQuery(importQueryOptions(id))

/** The fields a column may fill, per kind: the create body's, less those a cell cannot hold. */
const notImportable = new Set(['links', 'artefacts', 'relatedSolutionIds', 'relatedCaseStudyIds', 'relatedLessonIds', 'derivedFromId'])
const createSchemas = { lessons: LessonCreate, 'case-studies': CaseStudyCreate, solutions: SolutionCreate } as const
export const importableFields = (kind: ImportKind): string[] =>
  Object.keys(createSchemas[kind].properties).filter((field) => !notImportable.has(field))

export interface UploadInput {
  kind: ImportKind
  targetState: 'draft' | 'submitted'
  /** A new file, or the file of an earlier dry run to read again with another mapping. */
  file: File | { fileId: string }
  mapping?: Record<string, string>
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export function useUploadImport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ kind, targetState, file, mapping }: UploadInput) => {
      const query = new URLSearchParams({ kind, targetState })
      if (mapping) query.set('mapping', JSON.stringify(mapping))
      if ('fileId' in file) {
        query.set('fileId', file.fileId)
        return api.post<ImportWithReport>(`/imports?${query}`)
      }
      query.set('fileName', file.name)
      // Browsers leave a CSV's type empty on some systems: say what it is from its name.
      const type = file.type || (file.name.toLowerCase().endsWith('.xlsx') ? xlsxType : 'text/csv')
      return api.post<ImportWithReport>(`/imports?${query}`, new Blob([file], { type }))
    },
    onSuccess: (created) => {
      queryClient.setQueryData(['imports', 'detail', created.id], created)
      return queryClient.invalidateQueries({ queryKey: ['imports', 'list'] })
    },
  })
}

export function useCommitImport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => api.post<ImportWithReport>(`/imports/${encodeURIComponent(id)}/commit`),
    onSuccess: (committed) => {
      queryClient.setQueryData(['imports', 'detail', committed.id], committed)
      return queryClient.invalidateQueries({ queryKey: ['imports', 'list'] })
    },
  })
}
