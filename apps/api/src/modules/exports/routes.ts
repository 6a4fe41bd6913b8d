import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { type ExportFormat, ExportQuery, exportMediaTypes } from '@learnonce/contracts'
import type { FastifyReply } from 'fastify'
import { Type } from 'typebox'
import { actorOf } from '../../plugins/auth.js'
import type { ContentKind } from '../content/kinds.js'
import type { ListRecord } from '../content/records.js'
import { type ExportItem, exportStreams } from './formats.js'
import { type ExportFilters, openExport } from './service.js'

/** `lessons-2026-05-01.csv`: what the file is, and the day (UTC) it was taken. */
const fileName = (kind: ContentKind, format: ExportFormat) =>
  `${kind.path.replace('/v1/', '')}-${new Date().toISOString().slice(0, 10)}.${format}`

/** `GET {kind.path}/export`: the kind's list, every page and every field, as one CSV, XLSX or JSON file. */
export function exportRoutes(kind: ContentKind): FastifyPluginAsyncTypebox {
  const querystring = ExportQuery(kind.schemas.query)
  const columns = Object.keys(kind.schemas.item.properties)
  const sheetName = kind.tag.charAt(0).toUpperCase() + kind.tag.slice(1)
  const operationId = `export${kind.tag.replace(/(^| )(\w)/g, (_, _space: string, letter: string) => letter.toUpperCase())}`
  const toItems = (records: ListRecord[]) => records.map((record) => kind.toListItem(record) as ExportItem)

  return async (app) => {
    app.get(
      '/export',
      {
        config: { access: ['curator', 'admin'], keys: 'content:read' },
        schema: {
          tags: [kind.tag],
          operationId,
          summary: `Export ${kind.tag} as CSV, XLSX or JSON`,
          description:
            `Every ${kind.noun} the list would show with the same filters, with every field (the Markdown too), streamed as one file ` +
            'named after the day it was taken. Curators and admins export every state; API keys with `content:read` export published ' +
            'content only; contributors are refused (403). Spreadsheet columns are the field names; a list is joined with `; `, a link ' +
            'is written `title <url>`; a cell that a spreadsheet would run as a formula (starting `=`, `+`, `-`, `@`, tab or carriage ' +
            "return) starts with `'`. JSON is an array of items as `GET " +
            kind.path +
            '/{id}` shows them.',
          querystring,
          response: {
            200: {
              description: 'The file, as an attachment',
              content: {
                [exportMediaTypes.csv]: { schema: Type.String() },
                [exportMediaTypes.xlsx]: { schema: Type.String({ format: 'binary' }) },
                [exportMediaTypes.json]: { schema: Type.Array(kind.schemas.item) },
              },
            },
          },
        },
      },
      async (request, reply) => {
        const { format = 'csv', ...filters } = request.query as { format?: ExportFormat } & ExportFilters
        const records = await openExport(app.db, actorOf(request), kind, filters)
        const batches = (async function* () {
          for await (const batch of records) yield toItems(batch)
        })()
        const type = format === 'xlsx' ? exportMediaTypes.xlsx : `${exportMediaTypes[format]}; charset=utf-8`
        // The typed reply expects the JSON body the schema documents; the stream is sent as it is.
        return (reply as FastifyReply)
          .type(type)
          .header('content-disposition', `attachment; filename="${fileName(kind, format)}"`)
          .header('cache-control', 'no-store')
          .send(exportStreams[format]({ sheetName, columns, batches }))
      },
    )
  }
}
