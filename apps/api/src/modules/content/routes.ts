import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParams, Page } from '@learnonce/contracts'
import type { Static } from 'typebox'
import { Type } from 'typebox'
import { sendPage } from '../../pagination.js'
import { actorOf } from '../../plugins/auth.js'
import { answeredNotModified, expectedVersion } from '../../plugins/etag.js'
import { builtToShape } from '../../plugins/serialization.js'
import { taggedItem } from './item-tag.js'
import type { ContentKind } from './kinds.js'
import { contentCursor, contentTag, createContent, deleteContent, getContent, listContent, listExtras, updateContent } from './service.js'

/** The same five routes for lessons, case studies and solutions; what differs lives in the kind. */
export function contentRoutes<K extends ContentKind>(kind: K): FastifyPluginAsyncTypebox {
  type ListItem = Static<K['schemas']['listItem']>
  const { item, create, update, query, listItem } = kind.schemas
  const tags = [kind.tag]
  const toListItem = (record: Parameters<K['toListItem']>[0]) => kind.toListItem(record) as ListItem

  return async (app) => {
    app.get(
      '/',
      {
        config: { keys: 'content:read' },
        schema: {
          tags,
          summary: `List ${kind.tag} you may see`,
          description:
            'Newest first, or best match first with `q`. Contributors see their own sites’ items in every state and everything published. ' +
            `Rows leave out the long fields and trim the summary; \`fields\` brings named ones back, and \`GET ${kind.path}/{id}\` has them all.`,
          querystring: query,
          response: { 200: Page(listItem) },
        },
        // Every row is built by toListItem to the schema's shape, so JSON.stringify may write it.
        serializerCompiler: builtToShape,
      },
      async (request, reply) => {
        const params = request.query as Static<typeof query> & { limit?: number; cursor?: string; fields?: string }
        const limit = params.limit ?? 20
        const extras = listExtras(kind, params.fields)
        const records = await listContent(app.db, actorOf(request), kind, params, limit, extras)
        const page = sendPage(request, reply, records, limit, contentCursor)
        return { data: page.data.map(toListItem), nextCursor: page.nextCursor }
      },
    )

    app.post(
      '/',
      {
        // A content:submit key creates lessons (for its own site: content/policy.ts sitesNotAllowed).
        config: { idempotent: true, etag: true, keys: kind.type === 'lesson' ? 'content:submit' : undefined },
        schema: {
          tags,
          summary: `Create a ${kind.noun} (as a draft)`,
          description: 'Send an `Idempotency-Key` header to make retries safe.',
          body: create,
          response: { 201: item },
        },
        // As GET: one serialiser for the item everywhere, so the same item has the same bytes and ETag.
        serializerCompiler: builtToShape,
      },
      async (request, reply) => {
        const record = await createContent(app.db, actorOf(request), kind, kind.toWrite(request.body as Static<typeof create>))
        return reply
          .code(201)
          .header('location', `${kind.path}/${record.id}`)
          .send(taggedItem(request, kind, record))
      },
    )

    app.get(
      '/:id',
      {
        config: { etag: true, keys: 'content:read' },
        schema: {
          tags,
          summary: `One ${kind.noun}`,
          description: 'Answers 304 to a matching If-None-Match.',
          params: IdParams,
          response: { 200: item },
        },
        // toItem builds the item to the schema's shape (sync.test.ts holds every kind's items to it).
        serializerCompiler: builtToShape,
      },
      async (request, reply) => {
        const actor = actorOf(request)
        const { id } = request.params
        if (await answeredNotModified(request, reply, () => contentTag(app.db, actor, kind, id))) return reply
        return taggedItem(request, kind, await getContent(app.db, actor, kind, id))
      },
    )

    app.patch(
      '/:id',
      {
        config: { etag: true },
        schema: {
          tags,
          summary: `Change a ${kind.noun}`,
          description:
            'Send `If-Match` with the ETag you read: a stale one is a 412. Workflow fields are not writable here. ' +
            '`reviewBy` is for curators and admins (403 for anyone else); moving it starts a new review period.',
          params: IdParams,
          body: update,
          response: { 200: item },
        },
        serializerCompiler: builtToShape,
      },
      async (request) => {
        // reviewBy is a column of every kind alike, so it is taken here rather than by each kind's mapping.
        const { reviewBy, ...body } = request.body as Static<typeof update> & { reviewBy?: string }
        const write = kind.toWrite(body)
        if (reviewBy !== undefined) write.columns.reviewBy = new Date(reviewBy)
        return taggedItem(
          request,
          kind,
          await updateContent(app.db, actorOf(request), kind, request.params.id, write, expectedVersion(request)),
        )
      },
    )

    app.delete(
      '/:id',
      {
        schema: {
          tags,
          summary: `Delete a draft ${kind.noun}`,
          description: 'Only drafts are deleted (409 otherwise). Honours `If-Match`.',
          params: IdParams,
          response: { 204: Type.Null() },
        },
      },
      async (request, reply) => {
        await deleteContent(app.db, actorOf(request), kind, request.params.id, expectedVersion(request))
        return reply.code(204).send(null)
      },
    )
  }
}
