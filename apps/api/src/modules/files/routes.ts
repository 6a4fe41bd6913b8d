import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { FileMeta, IdParams } from '@learnonce/contracts'
import { Type } from 'typebox'
import { actorOf, userIdOf } from '../../plugins/auth.js'
import { contentDisposition, contentTypeOf, matchesAny, requestedRange } from './content-headers.js'
import { getFile, toFileMeta } from './service.js'
import { receiveUpload } from './upload.js'

const binary = (description: string) => ({
  description,
  content: { 'application/octet-stream': { schema: Type.String({ format: 'binary' }) } },
})

/** /v1/files: upload a file, read its metadata, download its bytes. */
export const fileRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['files']

  app.post(
    '/',
    {
      schema: {
        tags,
        summary: 'Upload a file',
        description:
          'Send `multipart/form-data` with the file in a part named `file`. Its type is read from its bytes: PDF, Word, Excel, ' +
          'PowerPoint (also the legacy .doc/.xls/.ppt), OpenDocument, CSV, plain text, Markdown, PNG, JPEG, WebP, or a ZIP of those ' +
          '(otherwise 415). At most `MAX_UPLOAD_MB` (413, with nothing kept); an empty file is a 422. The file is attached to nothing ' +
          'yet: name it as an artefact, a link or an event output; a file left unattached is removed after a day.',
        consumes: ['multipart/form-data'],
        response: { 201: FileMeta },
      },
    },
    async (request, reply) => {
      const file = await receiveUpload(request, { uploadedBy: userIdOf(actorOf(request)) })
      return reply.code(201).header('location', `/v1/files/${file.id}`).send(toFileMeta(file))
    },
  )

  app.get(
    '/:id',
    {
      config: { keys: 'content:read' },
      schema: {
        tags,
        summary: 'One file’s metadata',
        description: 'Visible to whoever can see something it is attached to, and to its uploader; anyone else gets a 404.',
        params: IdParams,
        response: { 200: FileMeta },
      },
    },
    async (request) => toFileMeta(await getFile(app.db, actorOf(request), request.params.id)),
  )

  app.get(
    '/:id/content',
    {
      config: { keys: 'content:read' },
      schema: {
        tags,
        summary: 'Download a file',
        description:
          'Streams the bytes with their detected `Content-Type`; images and PDFs open in the browser, anything else downloads. ' +
          'The `ETag` is the sha256 (`If-None-Match` answers 304); one `Range` (with `If-Range`) answers 206, one past the end 416.',
        params: IdParams,
        produces: ['application/octet-stream'],
        response: { 200: binary('The file'), 206: binary('The requested range of the file'), 304: { description: 'Not modified' } },
      },
    },
    async (request, reply) => {
      const file = await getFile(app.db, actorOf(request), request.params.id)
      const tag = `"${file.sha256}"`
      reply
        .header('etag', tag)
        .header('cache-control', 'private, no-cache')
        .header('accept-ranges', 'bytes')
        .header('content-disposition', contentDisposition(file.name, file.mediaType))
        .header('content-security-policy', "default-src 'none'; sandbox")
      if (matchesAny(request.headers['if-none-match'], tag)) return reply.code(304).send()
      const ifRange = request.headers['if-range']
      const range = requestedRange(request.headers.range, Array.isArray(ifRange) ? ifRange[0] : ifRange, tag, file.size)
      const stream = await app.fileStore.open(file.sha256, range ?? undefined)
      if (!stream) throw new Error(`file ${file.id}: the store holds no content ${file.sha256}`)
      reply.type(contentTypeOf(file.mediaType))
      if (range) {
        reply.code(206).header('content-range', `bytes ${range.start}-${range.end}/${file.size}`)
        reply.header('content-length', range.end - range.start + 1)
      } else {
        reply.header('content-length', file.size)
      }
      return reply.send(stream)
    },
  )
}
