import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  IdParams,
  NetworkActivity,
  NetworkActivityListQuery,
  NetworkNews,
  NetworkNewsCreate,
  NetworkNewsListQuery,
  NetworkNewsUpdate,
  Page,
} from '@learnonce/contracts'
import { Type } from 'typebox'
import { sendPage } from '../../pagination.js'
import { actorOf } from '../../plugins/auth.js'
import { expectedVersion } from '../../plugins/etag.js'
import { activityCursor, listActivity } from './activity.js'
import { createNews, deleteNews, getNews, latestNews, listNews, newsCursor, updateNews } from './news.js'
import { renderNewsAtom } from './news-atom.js'

const tags = ['network community']
const readers =
  'In an `open` network anyone signed in reads its news; in a `members` network only people at its member sites, its coordinators, curators and admins (anyone else gets 404). News with a later `publishedAt` is for moderators until then.'
const atomType = 'application/atom+xml'
const newsFeedSize = 50

/** /v1/networks/{id}/updates and /activity: a network's news, its feed, and what happened lately. */
export const networkNewsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/:id/updates',
    {
      schema: {
        tags,
        summary: 'A network’s news, newest first',
        description: `${readers} Filter with \`kind\`.`,
        params: IdParams,
        querystring: NetworkNewsListQuery,
        response: { 200: Page(NetworkNews) },
      },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 20
      const found = await listNews(app.db, actorOf(request), request.params.id, request.query, limit)
      return sendPage(request, reply, found, limit, newsCursor)
    },
  )

  app.post(
    '/:id/updates',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Publish news to a network',
        description:
          'Coordinators, curators and admins. `fileIds` attach uploaded files; `publishedAt` defaults to now, and a later time schedules it. Send an `Idempotency-Key` header to make retries safe.',
        params: IdParams,
        body: NetworkNewsCreate,
        response: { 201: NetworkNews },
      },
    },
    async (request, reply) => {
      const news = await createNews(app.db, actorOf(request), request.params.id, request.body)
      return reply.code(201).header('location', `/v1/updates/${news.id}`).send(news)
    },
  )

  app.get(
    '/:id/updates.atom',
    {
      schema: {
        tags,
        summary: 'A network’s news as an Atom feed',
        description: `The ${newsFeedSize} newest published items. ${readers} It needs a token like the rest of the network’s community, since a members-only network’s news is not public.`,
        params: IdParams,
        produces: [atomType],
        response: { 200: { description: 'An Atom 1.0 feed', content: { [atomType]: { schema: Type.String() } } } },
      },
    },
    async (request, reply) => {
      const { community, news } = await latestNews(app.db, actorOf(request), request.params.id, newsFeedSize)
      const atom = renderNewsAtom(community, news, { publicUrl: app.config.publicUrl, self: `${app.config.publicUrl}${request.url}` })
      return reply.type(`${atomType}; charset=utf-8`).header('cache-control', 'private, no-cache').send(atom)
    },
  )

  app.get(
    '/:id/activity',
    {
      schema: {
        tags,
        summary: 'What happened lately in a network’s library, discussions and news',
        description: `Newest first, from the audit trail: resources added, changed, reordered and removed; discussions started, pinned, locked and captured; posts written, edited and removed; news published, changed and removed. Readable by whoever reads the network’s community.`,
        params: IdParams,
        querystring: NetworkActivityListQuery,
        response: { 200: Page(NetworkActivity) },
      },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 20
      const found = await listActivity(app.db, actorOf(request), request.params.id, request.query, limit)
      return sendPage(request, reply, found, limit, activityCursor)
    },
  )
}

/** /v1/updates/{id}: one news item of a network. */
export const newsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/:id',
    {
      config: { etag: true },
      schema: {
        tags,
        summary: 'One news item',
        description: `${readers} Answers 304 to a matching If-None-Match.`,
        params: IdParams,
        response: { 200: NetworkNews },
      },
    },
    (request) => getNews(app.db, actorOf(request), request.params.id),
  )

  app.patch(
    '/:id',
    {
      config: { etag: true },
      schema: {
        tags,
        summary: 'Change a news item',
        description: 'Coordinators, curators and admins. `fileIds` replaces the attached files. Honours `If-Match`.',
        params: IdParams,
        body: NetworkNewsUpdate,
        response: { 200: NetworkNews },
      },
    },
    (request) => updateNews(app.db, actorOf(request), request.params.id, request.body, expectedVersion(request)),
  )

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Remove a news item',
        description: 'Coordinators, curators and admins. Honours `If-Match`.',
        params: IdParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await deleteNews(app.db, actorOf(request), request.params.id, expectedVersion(request))
      return reply.code(204).send(null)
    },
  )
}
