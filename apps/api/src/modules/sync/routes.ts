import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { SyncPage, SyncQuery } from '@learnonce/contracts'
import { readSync } from './service.js'

/** Published content only, so any signed-in caller may read it, and any key that reads content. */
export const syncRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      config: { keys: 'content:read' },
      schema: {
        tags: ['sync'],
        summary: 'Changes to published content since a cursor, oldest first (a snapshot first when there is no cursor)',
        description:
          'Upserts carry the same JSON as the item endpoints; a delete is a tombstone for an item that left the published set. ' +
          'Always store nextCursor, even after an empty page.',
        querystring: SyncQuery,
        response: { 200: SyncPage },
      },
    },
    async (request) => readSync(app.db, request.query),
  )
}
