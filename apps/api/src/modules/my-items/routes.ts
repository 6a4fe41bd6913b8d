import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { MyItem, MyItemsQuery, Page } from '@learnonce/contracts'
import { sendPage } from '../../pagination.js'
import { actorOf } from '../../plugins/auth.js'
import { listMyItems, myItemCursor, toMyItem } from './service.js'

/** The contributors' view: their sites' items and what they can do about each now. */
export const myItemRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['me'],
        summary: 'The items of your sites, in every state, most recently changed first',
        description:
          'Each with its state, the last decision note a curator gave, and whether you can edit or submit it now ' +
          '(`allowedActions` lists every workflow action open to you). Filter by `status` and `type`. Empty for anyone with no sites.',
        querystring: MyItemsQuery,
        response: { 200: Page(MyItem) },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request)
      const limit = request.query.limit ?? 20
      const page = sendPage(request, reply, await listMyItems(app.db, actor, request.query, limit), limit, myItemCursor)
      return { data: page.data.map((record) => toMyItem(actor, record)), nextCursor: page.nextCursor }
    },
  )
}
