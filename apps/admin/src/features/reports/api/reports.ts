import type { AdoptionReport, PipelineReport } from '@learnonce/contracts'
import { queryOptions } from '@tanstack/react-query'
import { api } from '../../../api/client'
import { withQuery } from '../../../config/paths'

/** A report's period as the URL holds it; either end may be left to the API's default. */
export interface ReportPeriod {
  from?: string
  to?: string
}

export const reportPaths = {
  adoptions: '/reports/adoptions',
  pipeline: '/reports/pipeline',
} as const

export const adoptionReportQueryOptions = (period: ReportPeriod) =>
  queryOptions({
    queryKey: ['reports', 'adoptions', period],
    queryFn: ({ signal }) => api.get<AdoptionReport>(withQuery(reportPaths.adoptions, { ...period }), { signal }),
  })

export const pipelineReportQueryOptions = (period: ReportPeriod) =>
  queryOptions({
    queryKey: ['reports', 'pipeline', period],
    queryFn: ({ signal }) => api.get<PipelineReport>(withQuery(reportPaths.pipeline, { ...period }), { signal }),
  })

/** The report's CSV path for the same period. */
export const reportCsvPath = (report: keyof typeof reportPaths, period: ReportPeriod) =>
  withQuery(reportPaths[report], { ...period, format: 'csv' })
