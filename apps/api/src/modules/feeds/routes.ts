import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { FeedQuery, feedSize } from '@learnonce/contracts'
import { Type } from 'typebox'
import { publicFeedCacheControl } from '../../plugins/http.js'
import { renderAtom } from './atom.js'
import { latestPublished } from './service.js'

const atomType = 'application/atom+xml'

/** /v1/feed.atom: newly published content for portals and feed readers, no token needed. */
export const feedRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/feed.atom',
    {
      config: { access: 'public' },
      schema: {
        tags: ['feeds'],
        operationId: 'getAtomFeed',
        summary: 'Atom feed of newly published content',
        description: `The ${feedSize} most recently published lessons, case studies and solutions, newest first, as Atom 1.0. Public: no token needed, and only published content appears. Filter with \`type\`, \`theme\` and \`journeyStage\`.`,
        security: [],
        querystring: FeedQuery,
        response: {
          200: { description: 'An Atom 1.0 feed', content: { [atomType]: { schema: Type.String() } } },
        },
      },
    },
    async (request, reply) => {
      const entries = await latestPublished(app.db, request.query)
      const origin = `${request.protocol}://${request.host}`
      const atom = renderAtom(entries, { origin, self: `${origin}${request.url}` })
      return reply.type(`${atomType}; charset=utf-8`).header('cache-control', publicFeedCacheControl).send(atom)
    },
  )
}
