import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { Problem } from '../../problem.js'

const Health = Type.Object({ status: Type.String() })

const Pool = Type.Object({
  name: Type.String({ description: 'primary, or replica-1, replica-2… in the order of DATABASE_REPLICA_URLS' }),
  role: Type.Union([Type.Literal('primary'), Type.Literal('replica')]),
  status: Type.Union([Type.Literal('up'), Type.Literal('down'), Type.Literal('lagging'), Type.Literal('starting')], {
    description: 'A replica serves reads only while up; otherwise its reads go to the primary',
  }),
  lagMs: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description: "How far a replica is behind the primary's last commit" }),
  detail: Type.Union([Type.String(), Type.Null()]),
  connections: Type.Object({ total: Type.Integer(), idle: Type.Integer(), waiting: Type.Integer() }),
})

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/healthz', { schema: { tags: ['health'], summary: 'Liveness: the process answers', response: { 200: Health } } }, async () => ({
    status: 'ok',
  }))

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary:
          'Readiness: the primary database answers and the process is not shutting down (503 otherwise); each connection pool and its state',
        response: { 200: Type.Object({ status: Type.String(), database: Type.String(), pools: Type.Array(Pool) }) },
      },
    },
    async (request) => {
      if (app.lifecycle.draining) {
        throw new Problem(503, 'This process is shutting down; send new requests to another.', { headers: { 'retry-after': '5' } })
      }
      const pools = await app.database.pools()
      if (pools[0]?.status !== 'up') {
        request.log.warn({ pools }, 'database not reachable')
        throw new Problem(503, 'The database is not reachable.', { headers: { 'retry-after': '5' } })
      }
      // Replicas out of rotation do not make the API unready: their reads go to the primary.
      return { status: 'ready', database: app.database.driver, pools }
    },
  )
}
