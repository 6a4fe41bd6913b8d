import type { Readable } from 'node:stream'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParams, Import, ImportCreateQuery, ImportListQuery, ImportWithReport, Page } from '@learnonce/contracts'
import type { FastifyRequest } from 'fastify'
import { sendPage } from '../../pagination.js'
import { actorOf } from '../../plugins/auth.js'
import { invalidField, Problem } from '../../problem.js'
import { commitImport, createImport, getImport, type ImportUpload, listImports, newOwner } from './service.js'

const people = { access: ['admin', 'curator', 'contributor'] } as const
const tags = ['imports']
const spreadsheetTypes = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream']

/** Spreadsheet imports: upload (a dry run), read the report, commit, watch the commit's progress. */
export const importRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // The file is the body, read as a stream by the import itself (never buffered or walked as JSON).
  const uploads = new WeakMap<FastifyRequest, Readable>()
  app.addContentTypeParser(spreadsheetTypes, (request, payload, done) => {
    uploads.set(request, payload)
    done(null, undefined)
  })
  const owner = newOwner()

  app.post(
    '/',
    {
      config: people,
      schema: {
        tags,
        summary: 'Upload a CSV or XLSX file and get its dry-run report; nothing is created until it is committed',
        description:
          'Send the file itself as the body, with `Content-Type: text/csv` or ' +
          '`application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` (the type is checked from the bytes), and ' +
          'the settings as query parameters — or upload it first with POST /v1/files and pass its `fileId`. The file is kept (the import names it). The first row names the columns; `mapping` (JSON) maps them to fields, and ' +
          'by default a column named like a field (`wentWell`, `Went Well`, `What went well`) fills it. Sites are named by ' +
          'id, slug or name; themes by slug or name; lists are separated by `;` or `,`. Formula cells are read as their ' +
          'saved values, never evaluated; text starting with =, +, - or @ is kept as written. The report gives each ' +
          'row with its errors (in the words the API uses for the same field), unknown sites and themes with the ' +
          'closest known ones, and likely duplicates of existing items and of earlier rows. Contributors may import ' +
          'only to their own sites.',
        querystring: ImportCreateQuery,
        response: { 201: ImportWithReport },
      },
    },
    async (request, reply) => {
      const query = request.query
      const body = uploads.get(request)
      let source: ImportUpload['source']
      if (query.fileId !== undefined) source = { fileId: query.fileId }
      else if (!body)
        throw new Problem(
          415,
          `Send the file as the body, with Content-Type text/csv or ${spreadsheetTypes[1]}, or name an uploaded one with fileId.`,
        )
      else if (query.fileName === undefined) throw invalidField('/fileName', 'is required when the file is the body', 'query')
      else source = { body, fileName: query.fileName }
      const created = await createImport(app.db, app.fileStore, app.config.maxUploadBytes, actorOf(request), {
        kind: query.kind,
        source,
        targetState: query.targetState ?? 'draft',
        mapping: query.mapping,
        siteId: query.siteId,
      })
      return reply.code(201).header('location', `/v1/imports/${created.id}`).send(created)
    },
  )

  app.get(
    '/',
    {
      config: people,
      schema: {
        tags,
        summary: 'Imports, newest first (contributors: their own)',
        querystring: ImportListQuery,
        response: { 200: Page(Import) },
      },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 20
      return sendPage(request, reply, await listImports(app.db, actorOf(request), request.query, limit), limit, (found) => [found.id])
    },
  )

  app.get(
    '/:id',
    {
      config: people,
      schema: {
        tags,
        summary: 'One import: its dry-run report and, once committed, how many rows are done',
        params: IdParams,
        response: { 200: ImportWithReport },
      },
    },
    (request) => getImport(app.db, actorOf(request), request.params.id),
  )

  app.post(
    '/:id/commit',
    {
      config: { ...people, optionalBody: true },
      schema: {
        tags,
        summary: 'Create every valid row of an import',
        description:
          'Up to 1,000 valid rows are created before the answer (200, status committed); more run as a job (202, ' +
          'status queued, then running: poll GET /v1/imports/{id} for rowsDone of rowsValid). Rows are created 500 to ' +
          'a transaction, each item recorded against the import. Committing the same import again answers with it ' +
          'and creates nothing; another import of the same file, kind and mapping is a 409.',
        params: IdParams,
        response: { 200: ImportWithReport, 202: ImportWithReport },
      },
    },
    async (request, reply) => {
      const { record, queued } = await commitImport(app.db, actorOf(request), request.params.id, owner)
      return reply.code(queued ? 202 : 200).send(record)
    },
  )
}
