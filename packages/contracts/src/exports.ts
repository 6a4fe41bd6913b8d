import { type Static, type TObject, Type } from 'typebox'
import { StringEnum } from './common.js'

export const exportFormats = ['csv', 'xlsx', 'json'] as const
export const ExportFormat = StringEnum(exportFormats, {
  description: 'csv (RFC 4180, UTF-8), xlsx (one sheet) or json (one array)',
  default: 'csv',
})
export type ExportFormat = Static<typeof ExportFormat>

/** The media type each export format is sent as. */
export const exportMediaTypes: Record<ExportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
}

/**
 * What a spreadsheet cell holds for a list of values: the values joined with this, so an import reads
 * them back by splitting on it.
 */
export const EXPORT_LIST_SEPARATOR = '; '

/** An export's query: every filter of the kind's list (not its paging or `fields`), and the format. */
export function ExportQuery(listQuery: TObject): TObject {
  const { limit: _limit, cursor: _cursor, fields: _fields, ...filters } = listQuery.properties
  return Type.Object({ ...filters, format: Type.Optional(ExportFormat) }, { additionalProperties: false })
}
