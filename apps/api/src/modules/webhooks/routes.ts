import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  IdParams,
  Page,
  Webhook,
  WebhookCreate,
  WebhookDelivery,
  WebhookDeliveryParams,
  WebhookListQuery,
  WebhookRotateSecret,
  WebhookUpdate,
  WebhookWithSecret,
} from '@learnonce/contracts'
import { Type } from 'typebox'
import { sendPage } from '../../pagination.js'
import { actorOf } from '../../plugins/auth.js'
import { expectedVersion } from '../../plugins/etag.js'
import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  listDeliveries,
  listWebhooks,
  pingWebhook,
  resendDelivery,
  rotateSecret,
  updateWebhook,
} from './service.js'

const admins = { access: ['admin'] } as const
const tags = ['webhooks']
const signed =
  'Each delivery is a POST of {type, timestamp, data} signed as Standard Webhooks says (webhook-id, webhook-timestamp, ' +
  'webhook-signature headers); verify it with the standardwebhooks library and the secret.'

/** Endpoints that receive signed events (admins only: they hold secrets and reach out of the hub). */
export const webhookRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const allowPrivate = app.config.webhookAllowPrivateNetworks

  app.post(
    '/',
    {
      config: admins,
      schema: {
        tags,
        summary: 'Register an endpoint; the signing secret is in this response only',
        description: signed,
        body: WebhookCreate,
        response: { 201: WebhookWithSecret },
      },
    },
    async (request, reply) => {
      const webhook = await createWebhook(app.db, request.body, allowPrivate, actorOf(request).id)
      return reply.code(201).header('location', `/v1/webhooks/${webhook.id}`).send(webhook)
    },
  )

  app.get(
    '/',
    {
      config: admins,
      schema: { tags, summary: 'The endpoints, oldest first', querystring: WebhookListQuery, response: { 200: Page(Webhook) } },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 20
      return sendPage(request, reply, await listWebhooks(app.db, request.query, limit), limit, (webhook) => [webhook.id])
    },
  )

  app.get(
    '/:id',
    {
      config: { ...admins, etag: true },
      schema: { tags, summary: 'One endpoint (never its secret)', params: IdParams, response: { 200: Webhook } },
    },
    (request) => getWebhook(app.db, request.params.id),
  )

  app.patch(
    '/:id',
    {
      config: { ...admins, etag: true },
      schema: {
        tags,
        summary: 'Change an endpoint; active: true switches a disabled one back on',
        params: IdParams,
        body: WebhookUpdate,
        response: { 200: Webhook },
      },
    },
    (request) => updateWebhook(app.db, request.params.id, request.body, expectedVersion(request), allowPrivate, actorOf(request).id),
  )

  app.delete(
    '/:id',
    {
      config: admins,
      schema: { tags, summary: 'Remove an endpoint and its delivery log', params: IdParams, response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      await deleteWebhook(app.db, request.params.id, expectedVersion(request), actorOf(request).id)
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/:id/rotate-secret',
    {
      config: admins,
      // A bare POST rotates with the default overlap.
      preValidation: async (request) => {
        const raw = request as { body: unknown }
        raw.body ??= {}
      },
      schema: {
        tags,
        summary: 'Issue a new signing secret; the old one also signs for overlapSeconds (default a day)',
        params: IdParams,
        body: WebhookRotateSecret,
        response: { 200: WebhookWithSecret },
      },
    },
    (request) => rotateSecret(app.db, request.params.id, request.body.overlapSeconds ?? 86_400, actorOf(request).id),
  )

  app.get(
    '/:id/deliveries',
    {
      config: admins,
      schema: {
        tags,
        summary: 'Deliveries to the endpoint, newest first, each with every attempt (status code, duration, error, when)',
        params: IdParams,
        querystring: WebhookListQuery,
        response: { 200: Page(WebhookDelivery) },
      },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 20
      const deliveries = await listDeliveries(app.db, request.params.id, request.query, limit)
      return sendPage(request, reply, deliveries, limit, (delivery) => [delivery.id])
    },
  )

  app.post(
    '/:id/deliveries/:deliveryId/resend',
    {
      config: admins,
      schema: {
        tags,
        summary: 'Send a delivery again (same webhook-id, so receivers can tell it is the same event)',
        params: WebhookDeliveryParams,
        response: { 202: WebhookDelivery },
      },
    },
    async (request, reply) => reply.code(202).send(await resendDelivery(app.db, request.params.id, request.params.deliveryId)),
  )

  app.post(
    '/:id/ping',
    {
      config: admins,
      schema: { tags, summary: 'Send a ping event to the endpoint', params: IdParams, response: { 202: WebhookDelivery } },
    },
    async (request, reply) => reply.code(202).send(await pingWebhook(app.db, request.params.id)),
  )
}
