import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { InboundMessage, InboundMessageListQuery, Page } from '@learnonce/contracts'
import { and, desc, eq, lt, type SQL } from 'drizzle-orm'
import { inboundMessages } from '../../db/schema/index.js'
import { decodeCursor, sendPage } from '../../pagination.js'

/** The inbound address's log: every message, and the draft it became or why it was refused (admins). */
export const inboundMessageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['inbound mail'],
        summary: 'Messages the inbound address received, newest first',
        querystring: InboundMessageListQuery,
        response: { 200: Page(InboundMessage) },
      },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 20
      const cursor = decodeCursor(request.query.cursor, ['uuid'])
      const filters: (SQL | undefined)[] = [
        request.query.outcome ? eq(inboundMessages.outcome, request.query.outcome) : undefined,
        cursor ? lt(inboundMessages.id, String(cursor[0])) : undefined,
      ]
      const found = await app.db
        .select()
        .from(inboundMessages)
        .where(and(...filters))
        .orderBy(desc(inboundMessages.id))
        .limit(limit + 1)
      const messages = found.map((message) => ({ ...message, createdAt: message.createdAt.toISOString() }))
      return sendPage(request, reply, messages, limit, (message) => [message.id])
    },
  )
}
