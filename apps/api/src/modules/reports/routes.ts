import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { AdoptionReport, AdoptionReportRow, PipelineReport, PipelineReportRow, ReportQuery } from '@learnonce/contracts'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { type TObject, Type } from 'typebox'
import { cellOf, csvRecord } from '../exports/cells.js'
import { adoptionReport, type Period, periodOf, pipelineReport } from './service.js'

/** CSV when `format=csv`, or when the caller accepts text/csv and did not ask for JSON. */
const wantsCsv = (query: ReportQuery, request: FastifyRequest) =>
  query.format === 'csv' || (query.format === undefined && (request.headers.accept ?? '').includes('text/csv'))

/** A report's rows as a CSV attachment named after the report and its period; the columns are the row schema's fields. */
function sendCsv(reply: FastifyReply, name: string, row: TObject, report: Period & { rows: object[] }) {
  const columns = Object.keys(row.properties)
  const body =
    csvRecord(columns) +
    report.rows.map((line) => csvRecord(columns.map((column) => cellOf((line as Record<string, unknown>)[column])))).join('')
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}-${report.from}-to-${report.to}.csv"`)
    .send(body)
}

const csvResponse = (row: TObject) => ({
  schema: Type.String({ description: `One line per row: ${Object.keys(row.properties).join(', ')}` }),
})

/** The reports programme teams send upward. Curators and admins; API keys are refused. */
export const reportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['reports']

  app.get(
    '/adoptions',
    {
      config: { access: ['curator', 'admin'] },
      schema: {
        tags,
        operationId: 'getAdoptionReport',
        summary: 'Adoptions by solution, mode, site and region over a period',
        description:
          'Counts adoptions whose start date (or, when not started, the day they were recorded) falls in `from`–`to` (inclusive, UTC), ' +
          'one row per solution, mode and site with the site’s region, and how many of them are live. JSON, or CSV with `format=csv` ' +
          'or `Accept: text/csv`. Curators and admins only.',
        querystring: ReportQuery,
        response: {
          200: {
            description: 'The report',
            content: { 'application/json': { schema: AdoptionReport }, 'text/csv': csvResponse(AdoptionReportRow) },
          },
        },
      },
    },
    async (request, reply) => {
      const report = await adoptionReport(app.db, periodOf(request.query))
      return wantsCsv(request.query, request) ? sendCsv(reply, 'adoptions', AdoptionReportRow, report) : report
    },
  )

  app.get(
    '/pipeline',
    {
      config: { access: ['curator', 'admin'] },
      schema: {
        tags,
        operationId: 'getPipelineReport',
        summary: 'Submissions, time to first review and time to decision, by kind and month',
        description:
          'From the workflow’s transitions: submissions per month (resubmissions included) and, for the items first submitted that ' +
          'month, the hours to their first claim and to their decision (published, rejected or marked duplicate), median and 90th ' +
          'percentile; null where nothing was measured. Every month of `from`–`to` for each kind. JSON, or CSV with `format=csv` or ' +
          '`Accept: text/csv`. Curators and admins only.',
        querystring: ReportQuery,
        response: {
          200: {
            description: 'The report',
            content: { 'application/json': { schema: PipelineReport }, 'text/csv': csvResponse(PipelineReportRow) },
          },
        },
      },
    },
    async (request, reply) => {
      const report = await pipelineReport(app.db, periodOf(request.query))
      return wantsCsv(request.query, request) ? sendCsv(reply, 'pipeline', PipelineReportRow, report) : report
    },
  )
}
