import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Page, SearchHit, SearchQuery, type SearchType, searchTypes } from '@learnonce/contracts'
import { sendPage } from '../../pagination.js'
import { actorOf } from '../../plugins/auth.js'
import { search, searchCursor } from './service.js'

/** /v1/search: one ranked search over lessons, case studies, solutions and networks. */
export const searchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      config: { keys: 'content:read' },
      schema: {
        tags: ['search'],
        operationId: 'search',
        summary: 'Search everything you may see',
        description:
          'Lessons, case studies, solutions and networks matching `q`, best match first, each with a highlighted snippet ' +
          '(HTML-escaped, matches in `<mark>`). Titles weigh most, then summaries, then the rest of the text. ' +
          'Contributors find their own sites’ items in every state and everything published.',
        querystring: SearchQuery,
        response: { 200: Page(SearchHit) },
      },
    },
    async (request, reply) => {
      const { q, types, cursor } = request.query
      const limit = request.query.limit ?? 20
      const chosen = types ? [...new Set(types.split(','))].filter((type): type is SearchType => isSearchType(type)) : [...searchTypes]
      const hits = await search(app.db, actorOf(request), { q, types: chosen, cursor }, limit)
      return sendPage(request, reply, hits, limit, searchCursor)
    },
  )
}

const isSearchType = (value: string): value is SearchType => (searchTypes as readonly string[]).includes(value)
