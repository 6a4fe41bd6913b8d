import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  IdParams,
  NetworkResource,
  NetworkResourceCreate,
  NetworkResourceListQuery,
  NetworkResourceOrder,
  NetworkResourceUpdate,
  Page,
} from '@learnonce/contracts'
import { Type } from 'typebox'
import { sendPage } from '../../pagination.js'
import { actorOf } from '../../plugins/auth.js'
import { expectedVersion } from '../../plugins/etag.js'
import {
  createResource,
  deleteResource,
  getResource,
  listResources,
  reorderResources,
  resourceCursor,
  updateResource,
} from './resources.js'

const tags = ['network community']
const readers =
  'In an `open` network anyone signed in reads the library; in a `members` network only people at its member sites, its coordinators, curators and admins (anyone else gets 404).'

/** /v1/networks/{id}/resources: the network's library. */
export const networkResourceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/:id/resources',
    {
      schema: {
        tags,
        summary: 'A network’s library, in its order',
        description: `${readers} Filter with \`kind\` and \`journeyStage\`.`,
        params: IdParams,
        querystring: NetworkResourceListQuery,
        response: { 200: Page(NetworkResource) },
      },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 20
      const found = await listResources(app.db, actorOf(request), request.params.id, request.query, limit)
      return sendPage(request, reply, found, limit, resourceCursor)
    },
  )

  app.post(
    '/:id/resources',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Add a link or a file to a network’s library',
        description:
          'People at member sites, coordinators, curators and admins. Send exactly one of `url` and `fileId` (a file you uploaded; curators may attach any). It goes last in the library. Send an `Idempotency-Key` header to make retries safe.',
        params: IdParams,
        body: NetworkResourceCreate,
        response: { 201: NetworkResource },
      },
    },
    async (request, reply) => {
      const resource = await createResource(app.db, actorOf(request), request.params.id, request.body)
      return reply.code(201).header('location', `/v1/resources/${resource.id}`).send(resource)
    },
  )

  app.put(
    '/:id/resources/order',
    {
      schema: {
        tags,
        summary: 'Set the order of a network’s library',
        description:
          'Coordinators, curators and admins. Name every resource of the network exactly once, first to last; a missing, unknown or repeated id is a 400. Answers the library in its new order.',
        params: IdParams,
        body: NetworkResourceOrder,
        response: { 200: Type.Array(NetworkResource) },
      },
    },
    (request) => reorderResources(app.db, actorOf(request), request.params.id, request.body),
  )
}

/** /v1/resources/{id}: one entry of a network's library. */
export const resourceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/:id',
    {
      config: { etag: true },
      schema: {
        tags,
        summary: 'One library resource',
        description: `${readers} Answers 304 to a matching If-None-Match.`,
        params: IdParams,
        response: { 200: NetworkResource },
      },
    },
    (request) => getResource(app.db, actorOf(request), request.params.id),
  )

  app.patch(
    '/:id',
    {
      config: { etag: true },
      schema: {
        tags,
        summary: 'Change a library resource',
        description:
          'Coordinators, curators and admins. Sending `url` or `fileId` switches the resource to that source (send the other as null or leave it out). Send `If-Match` with the ETag you read: a stale one is a 412.',
        params: IdParams,
        body: NetworkResourceUpdate,
        response: { 200: NetworkResource },
      },
    },
    (request) => updateResource(app.db, actorOf(request), request.params.id, request.body, expectedVersion(request)),
  )

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Remove a resource from the library',
        description: 'Coordinators, curators and admins. Its file stays uploaded but is no longer attached here. Honours `If-Match`.',
        params: IdParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await deleteResource(app.db, actorOf(request), request.params.id, expectedVersion(request))
      return reply.code(204).send(null)
    },
  )
}
