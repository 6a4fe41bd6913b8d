import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { AuditEvent, AuditEventListQuery, Page } from '@learnonce/contracts'
import { sendPage } from '../../pagination.js'
import { listAuditEvents } from './service.js'

export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['audit'],
        summary: 'The audit log, newest first (admins only)',
        querystring: AuditEventListQuery,
        response: { 200: Page(AuditEvent) },
      },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 20
      const events = await listAuditEvents(app.db, request.query, limit)
      return sendPage(request, reply, events, limit, (event) => [event.id])
    },
  )
}
