import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Page, TriageCounts, TriageCountsQuery, TriageEntry, TriageNextBody, TriageQuery } from '@learnonce/contracts'
import { Type } from 'typebox'
import { sendPage } from '../../pagination.js'
import { actorOf } from '../../plugins/auth.js'
import { kindOf } from '../content/kinds.js'
import { claimNext, countQueue, listQueue, queueCursor, toTriageEntry } from './service.js'

/** The curators' queue of submissions; contributors never see it (403). */
export const triageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const config = { access: ['curator', 'admin'] as const }
  const tags = ['triage']

  app.get(
    '/',
    {
      config,
      schema: {
        tags,
        summary: 'The triage queue: submitted and in-review items, oldest submission first',
        description:
          'Lessons, case studies and solutions in one list. Filter by `type`, `status`, `theme`, `siteId`, `region` and ' +
          '`assignee` (`me`, `none` for unclaimed, or a user id). Curators and admins only.',
        querystring: TriageQuery,
        response: { 200: Page(TriageEntry) },
      },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 20
      const records = await listQueue(app.db, actorOf(request), request.query, limit)
      const page = sendPage(request, reply, records, limit, queueCursor)
      return { data: page.data.map(toTriageEntry), nextCursor: page.nextCursor }
    },
  )

  app.get(
    '/counts',
    {
      config,
      schema: {
        tags,
        summary: 'How many queue items each filter choice would show',
        description:
          'The counts beside the queue’s filters: by `type`, `status`, `assignee` (`me`, `none`), region and theme, with ' +
          'the same filters as the queue. Each group is counted with every other filter applied but not its own, so a ' +
          'number says what choosing it would list; `total` applies them all. Curators and admins only.',
        querystring: TriageCountsQuery,
        response: { 200: TriageCounts },
      },
    },
    (request) => countQueue(app.db, actorOf(request), request.query),
  )

  app.post(
    '/next',
    {
      // Narrowing is optional: a bare POST claims the oldest unclaimed submission of any kind.
      config: { ...config, optionalBody: true },
      schema: {
        tags,
        summary: 'Claim the oldest unclaimed submission',
        description:
          'Claims it for you (as `POST /{type}/{id}/claim` would, history and all) and answers its queue entry, with ' +
          '`Location` naming the item. Two curators asking at once get two different items. Narrow the choice by `type`, ' +
          '`theme`, `siteId` or `region`. 204 when nothing is waiting.',
        body: TriageNextBody,
        response: { 200: TriageEntry, 204: Type.Null({ description: 'Nothing is waiting to be claimed' }) },
      },
    },
    async (request, reply) => {
      const claimed = await claimNext(app.db, actorOf(request), request.body)
      if (!claimed) return reply.code(204).send(null)
      return reply.header('location', `${kindOf(claimed.type).path}/${claimed.id}`).send(toTriageEntry(claimed))
    },
  )
}
