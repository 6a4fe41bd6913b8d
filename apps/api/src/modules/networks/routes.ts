import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  EventListQuery,
  EventParams,
  IdParams,
  Network,
  NetworkCreate,
  NetworkEvent,
  NetworkEventCreate,
  NetworkEventListQuery,
  NetworkEventUpdate,
  NetworkListQuery,
  NetworkUpdate,
  Page,
} from '@learnonce/contracts'
import { Type } from 'typebox'
import { sendPage } from '../../pagination.js'
import { actorOf } from '../../plugins/auth.js'
import { expectedVersion } from '../../plugins/etag.js'
import { publicFeedCacheControl } from '../../plugins/http.js'
import { renderCalendar } from './ical.js'
import { networkManagers } from './policy.js'
import {
  createEvent,
  createNetwork,
  deleteEvent,
  deleteNetwork,
  eventCursor,
  getEvent,
  getNetwork,
  listEvents,
  listNetworkEvents,
  listNetworks,
  networkCalendar,
  networkCursor,
  updateEvent,
  updateNetwork,
} from './service.js'

const managers = { access: networkManagers }

/** /v1/networks: networks with member sites, coordinators, linked content, and their events. */
export const networkRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['networks']

  app.get(
    '/',
    {
      config: { keys: 'content:read' },
      schema: {
        tags,
        summary: 'List networks, by name',
        description: '`siteId` finds the networks a site is a member of; `q` searches names and purposes.',
        querystring: NetworkListQuery,
        response: { 200: Page(Network) },
      },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 20
      const found = await listNetworks(app.db, actorOf(request), request.query, limit)
      return sendPage(request, reply, found, limit, networkCursor)
    },
  )

  app.post(
    '/',
    {
      config: { ...managers, idempotent: true },
      schema: {
        tags,
        summary: 'Create a network',
        description:
          'Curators and admins. The slug defaults to one made from the name. Send an `Idempotency-Key` header to make retries safe.',
        body: NetworkCreate,
        response: { 201: Network },
      },
    },
    async (request, reply) => {
      const network = await createNetwork(app.db, actorOf(request), request.body)
      return reply.code(201).header('location', `/v1/networks/${network.id}`).send(network)
    },
  )

  app.get(
    '/:id',
    {
      config: { etag: true, keys: 'content:read' },
      schema: {
        tags,
        summary: 'One network',
        description: 'Answers 304 to a matching If-None-Match.',
        params: IdParams,
        response: { 200: Network },
      },
    },
    (request) => getNetwork(app.db, actorOf(request), request.params.id),
  )

  app.patch(
    '/:id',
    {
      config: { ...managers, etag: true },
      schema: {
        tags,
        summary: 'Change a network',
        description:
          'Curators and admins. `members`, `coordinatorIds` and `contentIds` replace the current sets. Send `If-Match` with the ETag you read: a stale one is a 412.',
        params: IdParams,
        body: NetworkUpdate,
        response: { 200: Network },
      },
    },
    (request) => updateNetwork(app.db, actorOf(request), request.params.id, request.body, expectedVersion(request)),
  )

  app.delete(
    '/:id',
    {
      config: managers,
      schema: {
        tags,
        summary: 'Delete a forming network that has no events',
        description: 'Any other network answers 409: close it instead. Honours `If-Match`.',
        params: IdParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await deleteNetwork(app.db, actorOf(request), request.params.id, expectedVersion(request))
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/:id/events',
    {
      config: { keys: 'content:read' },
      schema: {
        tags,
        summary: 'A network’s events, soonest first',
        description: '`from` and `to` keep the events that overlap that window.',
        params: IdParams,
        querystring: NetworkEventListQuery,
        response: { 200: Page(NetworkEvent) },
      },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 20
      const found = await listNetworkEvents(app.db, actorOf(request), request.params.id, request.query, limit)
      return sendPage(request, reply, found, limit, eventCursor)
    },
  )

  app.post(
    '/:id/events',
    {
      config: { ...managers, idempotent: true },
      schema: {
        tags,
        summary: 'Add an event to a network',
        description: 'Curators and admins. `endsAt` must be after `startsAt`, and an event needs a `location`, an `onlineUrl`, or both.',
        params: IdParams,
        body: NetworkEventCreate,
        response: { 201: NetworkEvent },
      },
    },
    async (request, reply) => {
      const event = await createEvent(app.db, actorOf(request), request.params.id, request.body)
      return reply.code(201).header('location', `/v1/events/${event.id}`).send(event)
    },
  )

  app.get(
    '/:id/events.ics',
    {
      // Calendar apps subscribe with a bare URL and cannot send a token; events are not confidential.
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Subscribe to a network’s events (iCalendar)',
        description: 'An RFC 5545 feed for calendar apps. No token needed; outputs are left out, as they may not be public.',
        security: [],
        params: IdParams,
        produces: ['text/calendar'],
        response: { 200: { description: 'An RFC 5545 calendar', content: { 'text/calendar': { schema: Type.String() } } } },
      },
    },
    async (request, reply) => {
      const calendar = await networkCalendar(app.db, request.params.id)
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `inline; filename="${calendar.slug}.ics"`)
        .header('cache-control', publicFeedCacheControl)
        .send(renderCalendar(calendar))
    },
  )
}

/** /v1/events: one event, and events across networks. */
export const eventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['networks']

  app.get(
    '/',
    {
      config: { keys: 'content:read' },
      schema: {
        tags,
        summary: 'Events across networks, soonest first',
        description: '`from` and `to` keep the events that overlap that window (an event touching either end counts).',
        querystring: EventListQuery,
        response: { 200: Page(NetworkEvent) },
      },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 20
      const found = await listEvents(app.db, actorOf(request), request.query, limit)
      return sendPage(request, reply, found, limit, eventCursor)
    },
  )

  app.get(
    '/:eventId',
    {
      config: { etag: true, keys: 'content:read' },
      schema: {
        tags,
        summary: 'One event',
        description: 'Answers 304 to a matching If-None-Match.',
        params: EventParams,
        response: { 200: NetworkEvent },
      },
    },
    (request) => getEvent(app.db, actorOf(request), request.params.eventId),
  )

  app.patch(
    '/:eventId',
    {
      config: { ...managers, etag: true },
      schema: {
        tags,
        summary: 'Change an event',
        description:
          'Curators and admins. The result must still end after it starts and have a location or an onlineUrl. Honours `If-Match`.',
        params: EventParams,
        body: NetworkEventUpdate,
        response: { 200: NetworkEvent },
      },
    },
    (request) => updateEvent(app.db, actorOf(request), request.params.eventId, request.body, expectedVersion(request)),
  )

  app.delete(
    '/:eventId',
    {
      config: managers,
      schema: {
        tags,
        summary: 'Delete an event',
        description: 'Curators and admins. Honours `If-Match`.',
        params: EventParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await deleteEvent(app.db, actorOf(request), request.params.eventId, expectedVersion(request))
      return reply.code(204).send(null)
    },
  )
}
