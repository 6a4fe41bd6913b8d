import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParams, SimilarList, SimilarQuery } from '@learnonce/contracts'
import { actorOf } from '../../plugins/auth.js'
import type { ContentKind } from '../content/kinds.js'
import { similarItems } from './service.js'

/** `GET /{id}/similar` for one content kind: the likely duplicates a curator checks while reviewing. */
export function similarRoutes(kind: ContentKind): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/:id/similar',
      {
        schema: {
          tags: [kind.tag],
          summary: `Items like this ${kind.noun}: likely duplicates`,
          description:
            'Lessons, case studies and solutions you may see that look like this one, best first, each with a score (0–1) and ' +
            'the reasons: alike titles, shared distinctive words, shared themes, the same journey stage. ' +
            `404 when you cannot see the ${kind.noun}.`,
          params: IdParams,
          querystring: SimilarQuery,
          response: { 200: SimilarList },
        },
      },
      async (request) => ({
        data: await similarItems(app.db, actorOf(request), kind, request.params.id, request.query.limit ?? 10),
      }),
    )
  }
}
