import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ApiKey, ApiKeyCreate, ApiKeyCreated, ApiKeyListQuery, IdParams, Page } from '@learnonce/contracts'
import { Type } from 'typebox'
import { sendPage } from '../../pagination.js'
import { actorOf, userIdOf } from '../../plugins/auth.js'
import { apiKeyCursor, createApiKey, getApiKey, listApiKeys, revokeApiKey } from './service.js'

/** Integrators' keys are managed by admins only; no key may manage keys (no `keys` scope here). */
export const apiKeyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const config = { access: ['admin'] as const }
  const tags = ['api-keys']

  app.get(
    '/',
    { config, schema: { tags, summary: 'List API keys, newest first', querystring: ApiKeyListQuery, response: { 200: Page(ApiKey) } } },
    async (request, reply) => {
      const limit = request.query.limit ?? 20
      return sendPage(request, reply, await listApiKeys(app.db, request.query, limit), limit, apiKeyCursor)
    },
  )

  app.post(
    '/',
    {
      config,
      schema: {
        tags,
        summary: 'Create an API key',
        description:
          'The answer holds the secret, once: only its hash is kept. `content:submit` needs a `siteId`, the one site the key submits lessons for.',
        body: ApiKeyCreate,
        response: { 201: ApiKeyCreated },
      },
    },
    async (request, reply) => {
      const created = await createApiKey(app.db, request.body, userIdOf(actorOf(request)))
      return reply.code(201).header('location', `/v1/api-keys/${created.id}`).send(created)
    },
  )

  app.get('/:id', { config, schema: { tags, summary: 'One API key', params: IdParams, response: { 200: ApiKey } } }, (request) =>
    getApiKey(app.db, request.params.id),
  )

  app.delete(
    '/:id',
    {
      config: { ...config, changesActors: true },
      schema: {
        tags,
        summary: 'Revoke an API key',
        description: 'Takes effect at once: the next request with the key is a 401. The key stays listed, with `revokedAt`.',
        params: IdParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await revokeApiKey(app.db, request.params.id, userIdOf(actorOf(request)))
      return reply.code(204).send(null)
    },
  )
}
