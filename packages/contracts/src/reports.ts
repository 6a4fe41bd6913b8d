import { type Static, Type } from 'typebox'
import { Nullable, StringEnum, Uuid } from './common.js'
import { ContentType } from './content.js'
import { Region } from './sites.js'
import { AdoptionMode } from './solutions.js'

const Count = Type.Integer({ minimum: 0 })
const Day = Type.String({ format: 'date', description: 'A calendar date (UTC), YYYY-MM-DD' })
const Hours = Nullable(Type.Number({ minimum: 0, description: 'Hours, to one decimal place; null when nothing was measured' }))

export const reportFormats = ['json', 'csv'] as const
export const ReportFormat = StringEnum(reportFormats, {
  description: 'json (the default) or csv; `Accept: text/csv` asks for csv too',
})
export type ReportFormat = Static<typeof ReportFormat>

/** A report's period: `from` and `to` inclusive, by day (UTC). */
export const ReportQuery = Type.Object(
  {
    from: Type.Optional({ ...Day, description: 'The first day counted; default: the first day of the month eleven months ago' }),
    to: Type.Optional({ ...Day, description: 'The last day counted (inclusive); default: today' }),
    format: Type.Optional(ReportFormat),
  },
  { additionalProperties: false },
)
export type ReportQuery = Static<typeof ReportQuery>

const Period = { from: Day, to: Day }

export const AdoptionReportRow = Type.Object({
  solutionId: Uuid,
  solutionTitle: Type.String(),
  mode: AdoptionMode,
  siteId: Uuid,
  siteName: Type.String(),
  region: Region,
  adoptions: Type.Integer({ minimum: 1, description: 'Adoptions recorded in the period (by start date, or when recorded if not started)' }),
  live: Type.Integer({ ...Count, description: 'Of those, how many are live now' }),
})
export type AdoptionReportRow = Static<typeof AdoptionReportRow>

export const AdoptionReport = Type.Object({
  ...Period,
  rows: Type.Array(AdoptionReportRow, { description: 'One row per solution, mode and site; by solution title, then mode, then site name' }),
})
export type AdoptionReport = Static<typeof AdoptionReport>

export const PipelineReportRow = Type.Object({
  type: ContentType,
  month: Type.String({ pattern: '^\\d{4}-\\d{2}$', description: 'YYYY-MM (UTC)' }),
  submissions: Type.Integer({ ...Count, description: 'Submissions in the month, resubmissions included' }),
  firstSubmissions: Type.Integer({ ...Count, description: 'Items first submitted in the month: the times below are theirs' }),
  reviewed: Type.Integer({ ...Count, description: 'Of those, how many a curator has claimed' }),
  decided: Type.Integer({ ...Count, description: 'Of those, how many were published, rejected or marked duplicate' }),
  medianHoursToFirstReview: Hours,
  p90HoursToFirstReview: Hours,
  medianHoursToDecision: Hours,
  p90HoursToDecision: Hours,
})
export type PipelineReportRow = Static<typeof PipelineReportRow>

export const PipelineReport = Type.Object({
  ...Period,
  rows: Type.Array(PipelineReportRow, { description: 'Every month of the period for each kind, oldest month first' }),
})
export type PipelineReport = Static<typeof PipelineReport>
