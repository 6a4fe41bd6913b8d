import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { ping } from '../../db/client.js'
import { Problem } from '../../problem.js'

const Health = Type.Object({ status: Type.String() })

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/healthz', { schema: { tags: ['health'], summary: 'Liveness: the process answers', response: { 200: Health } } }, async () => ({
    status: 'ok',
  }))

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary: 'Readiness: the database answers and the process is not shutting down (503 otherwise)',
        response: { 200: Type.Object({ status: Type.String(), database: Type.String() }) },
      },
    },
    async (request) => {
      if (app.lifecycle.draining) {
        throw new Problem(503, 'This process is shutting down; send new requests to another.', { headers: { 'retry-after': '5' } })
      }
      try {
        await ping(app.db)
      } catch (error) {
        request.log.warn({ err: error }, 'database not reachable')
        throw new Problem(503, 'The database is not reachable.')
      }
      return { status: 'ready', database: app.database.driver }
    },
  )
}
