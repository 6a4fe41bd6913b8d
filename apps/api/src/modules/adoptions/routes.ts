import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  Adoption,
  AdoptionCreate,
  AdoptionListQuery,
  AdoptionParams,
  AdoptionUpdate,
  IdParams,
  Page,
  SolutionLineage,
} from '@learnonce/contracts'
import { Type } from 'typebox'
import { sendPage } from '../../pagination.js'
import { actorOf } from '../../plugins/auth.js'
import { expectedVersion } from '../../plugins/etag.js'
import { adoptionCursor, createAdoption, deleteAdoption, getAdoption, listAdoptions, solutionLineage, updateAdoption } from './service.js'

/** /v1/solutions/{id}/lineage and /v1/solutions/{id}/adoptions. */
export const adoptionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/:id/lineage',
    {
      config: { keys: 'content:read' },
      schema: {
        tags: ['solutions'],
        summary: 'What a solution was derived from, and what was derived from it',
        description:
          'Ancestors nearest first; descendants breadth first (by depth, then id), at most 20 steps either way. ' +
          'Only solutions you may see are listed, but hidden ones still connect the chain: a solution derived ' +
          'from a hidden draft is listed with its true depth.',
        params: IdParams,
        response: { 200: SolutionLineage },
      },
    },
    (request) => solutionLineage(app.db, actorOf(request), request.params.id),
  )

  const tags = ['adoptions']

  app.get(
    '/:id/adoptions',
    {
      config: { keys: 'content:read' },
      schema: {
        tags,
        summary: 'Sites’ adoptions of a solution, newest first',
        description: 'Anyone who may see the solution sees every site’s adoption of it.',
        params: IdParams,
        querystring: AdoptionListQuery,
        response: { 200: Page(Adoption) },
      },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 20
      const found = await listAdoptions(app.db, actorOf(request), request.params.id, request.query, limit)
      return sendPage(request, reply, found, limit, adoptionCursor)
    },
  )

  app.post(
    '/:id/adoptions',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Record a site’s adoption of a published solution',
        description:
          'Contributors record adoptions for their own sites; curators and admins for any site. A site does not ' +
          'adopt its own solution. With mode `enhance`, `producedSolutionId` names the adopting site’s new solution; ' +
          'if that solution does not yet say what it was derived from, it becomes derived from this one. ' +
          'Send an `Idempotency-Key` header to make retries safe.',
        params: IdParams,
        body: AdoptionCreate,
        response: { 201: Adoption },
      },
    },
    async (request, reply) => {
      const solutionId = request.params.id
      const adoption = await createAdoption(app.db, actorOf(request), solutionId, request.body)
      return reply.code(201).header('location', `/v1/solutions/${solutionId}/adoptions/${adoption.id}`).send(adoption)
    },
  )

  app.get(
    '/:id/adoptions/:adoptionId',
    {
      config: { etag: true, keys: 'content:read' },
      schema: {
        tags,
        summary: 'One adoption',
        description: 'Answers 304 to a matching If-None-Match.',
        params: AdoptionParams,
        response: { 200: Adoption },
      },
    },
    (request) => getAdoption(app.db, actorOf(request), request.params.id, request.params.adoptionId),
  )

  app.patch(
    '/:id/adoptions/:adoptionId',
    {
      config: { etag: true },
      schema: {
        tags,
        summary: 'Change an adoption (its mode, status, notes, start or produced solution)',
        description: 'Send `If-Match` with the ETag you read: a stale one is a 412.',
        params: AdoptionParams,
        body: AdoptionUpdate,
        response: { 200: Adoption },
      },
    },
    (request) =>
      updateAdoption(app.db, actorOf(request), request.params.id, request.params.adoptionId, request.body, expectedVersion(request)),
  )

  app.delete(
    '/:id/adoptions/:adoptionId',
    {
      schema: {
        tags,
        summary: 'Delete an adoption',
        description: 'Honours `If-Match`. A lineage link the adoption made stays with the produced solution.',
        params: AdoptionParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await deleteAdoption(app.db, actorOf(request), request.params.id, request.params.adoptionId, expectedVersion(request))
      return reply.code(204).send(null)
    },
  )
}
