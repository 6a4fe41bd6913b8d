import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  DigestSettings,
  DigestSettingsUpdate,
  FeedTokenCreated,
  FeedTokenParams,
  FeedTokenStatus,
  IdParams,
  Page,
  Subscription,
  SubscriptionCreate,
  SubscriptionListQuery,
  UnsubscribeQuery,
  UnsubscribeResult,
} from '@learnonce/contracts'
import type { FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { sendPage } from '../../pagination.js'
import { actorOf, type UserActor } from '../../plugins/auth.js'
import { expectedVersion } from '../../plugins/etag.js'
import { forbidden, invalidField, notFound } from '../../problem.js'
import { renderAtom } from '../feeds/atom.js'
import { entryLink } from './digest-mail.js'
import { matchEntries } from './matching.js'
import {
  createSubscription,
  deleteSubscription,
  feedOwner,
  getDigestSettings,
  getFeedTokenStatus,
  listSubscriptions,
  revokeFeedToken,
  rotateFeedToken,
  subscriptionCursor,
  unsubscribe,
  updateDigestSettings,
} from './service.js'
import { verifyUnsubscribeToken } from './unsubscribe-token.js'

const tags = ['following']
const atomType = 'application/atom+xml'
/** The private feed shows as many entries as a digest at most. */
const PRIVATE_FEED_SIZE = 50

/** Following is for people: keys are refused by the auth hook (no `keys` scope), so this never throws for them. */
function personOf(request: FastifyRequest): UserActor {
  const actor = actorOf(request)
  if (actor.kind !== 'user') throw forbidden('Following is for people signed in to the hub.')
  return actor
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>${title}</title></head><body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 3rem auto">` +
  `<h1>${title}</h1>${body}</body></html>`

/** /v1/me/subscriptions, /v1/me/digest-settings, /v1/me/feed-token, the private feed and the unsubscribe link. */
export const subscriptionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // RFC 8058 one-click: mail clients POST `List-Unsubscribe=One-Click` as a form. Only these routes read forms.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))))
  })

  app.get(
    '/me/subscriptions',
    {
      schema: {
        tags,
        operationId: 'listMySubscriptions',
        summary: 'What you follow, most recently followed first',
        description: 'Themes, journey stages, networks, sites and single items, each with the name people see. Filter with `type`.',
        querystring: SubscriptionListQuery,
        response: { 200: Page(Subscription) },
      },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 20
      const found = await listSubscriptions(app.db, personOf(request), request.query, limit)
      return sendPage(request, reply, found, limit, subscriptionCursor)
    },
  )

  app.post(
    '/me/subscriptions',
    {
      config: { idempotent: true },
      schema: {
        tags,
        operationId: 'createMySubscription',
        summary: 'Follow a theme, journey stage, network, site or item',
        description:
          'A theme by `slug`, a journey stage by `value`, a network or site by `id` or `slug`, a lesson, case study or solution by `id`; ' +
          'it must exist and be visible to you (400 naming the field otherwise). Following something already followed is a 409. ' +
          'Your first follow switches on a weekly digest unless you chose a frequency before. Send an `Idempotency-Key` header to make retries safe.',
        body: SubscriptionCreate,
        response: { 201: Subscription },
      },
    },
    async (request, reply) => {
      const created = await createSubscription(app.db, personOf(request), request.body.target)
      return reply.code(201).header('location', `/v1/me/subscriptions/${created.id}`).send(created)
    },
  )

  app.delete(
    '/me/subscriptions/:id',
    {
      schema: {
        tags,
        operationId: 'deleteMySubscription',
        summary: 'Unfollow',
        description: 'Only your own subscriptions: anyone else’s is a 404.',
        params: IdParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await deleteSubscription(app.db, personOf(request), request.params.id)
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/me/digest-settings',
    {
      config: { etag: true },
      schema: {
        tags,
        operationId: 'getMyDigestSettings',
        summary: 'How often you get a digest email, and when the next one is due',
        response: { 200: DigestSettings },
      },
    },
    async (request) => getDigestSettings(app.db, personOf(request)),
  )

  app.put(
    '/me/digest-settings',
    {
      config: { etag: true },
      schema: {
        tags,
        operationId: 'updateMyDigestSettings',
        summary: 'Choose a daily or weekly digest, or none',
        description:
          'Send `If-Match` with the ETag you read (412 when stale). The next digest covers everything since the last one, whatever the frequency was.',
        body: DigestSettingsUpdate,
        response: { 200: DigestSettings },
      },
    },
    async (request) => updateDigestSettings(app.db, personOf(request), request.body.frequency, expectedVersion(request)),
  )

  app.get(
    '/me/feed-token',
    {
      schema: {
        tags,
        operationId: 'getMyFeedToken',
        summary: 'Whether you have a private Atom feed (never its URL, which only its creation shows)',
        response: { 200: FeedTokenStatus },
      },
    },
    async (request) => getFeedTokenStatus(app.db, personOf(request)),
  )

  app.post(
    '/me/feed-token',
    {
      schema: {
        tags,
        operationId: 'rotateMyFeedToken',
        summary: 'Create your private Atom feed, or replace its URL; the URL is in this response only',
        description:
          'The feed holds the same entries as your digest (the newest 50). Anyone with the URL reads it, so it is a secret: a new one stops the old one.',
        response: { 201: FeedTokenCreated },
      },
    },
    async (request, reply) => reply.code(201).send(await rotateFeedToken(app.db, personOf(request), app.config.publicUrl)),
  )

  app.delete(
    '/me/feed-token',
    {
      schema: {
        tags,
        operationId: 'revokeMyFeedToken',
        summary: 'Switch your private feed off; its URL answers 404 from now',
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await revokeFeedToken(app.db, personOf(request))
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/feeds/private/:token.atom',
    {
      config: { access: 'public' },
      schema: {
        tags,
        operationId: 'getPrivateFeed',
        summary: 'A person’s private Atom feed: what their digest would tell them',
        description:
          'The token in the path is the secret (no other credential): newly published content matching what they follow, ' +
          'updates to followed items, upcoming events of followed networks and answers to what they wrote, newest first. ' +
          'A revoked or unknown token is a 404.',
        security: [],
        params: FeedTokenParams,
        response: { 200: { description: 'An Atom 1.0 feed', content: { [atomType]: { schema: Type.String() } } } },
      },
    },
    async (request, reply) => {
      const owner = await feedOwner(app.db, request.params.token)
      if (!owner) throw notFound('Feed')
      const entries = await matchEntries(app.db, [{ userId: owner.id, since: null, until: new Date() }], PRIVATE_FEED_SIZE)
      const origin = app.config.publicUrl
      const atom = renderAtom(
        entries.map((entry) => ({
          id: entry.id,
          type: entry.itemType,
          link: entryLink(origin, entry),
          title: entry.kind === 'published' ? entry.title : `${entry.kind === 'event' ? 'Event' : entry.detail}: ${entry.title}`,
          summary: entry.kind === 'published' || entry.kind === 'updated' ? `${entry.summary} (${entry.detail})` : entry.summary,
          themes: [],
          publishedAt: entry.at,
          updatedAt: entry.at,
        })),
        // The feed's id is its address without the secret, so it stays the same when the URL is rotated.
        {
          origin,
          self: `${origin}/v1/feeds/private/${owner.id}`,
          title: 'Learn Once: what you follow',
          description: 'Your digest, as a feed.',
        },
      )
      return reply.type(`${atomType}; charset=utf-8`).header('cache-control', 'private, no-store').send(atom)
    },
  )

  const checkToken = (token: string) => {
    const userId = verifyUnsubscribeToken(app.config.jwtSecret, token)
    if (!userId) throw invalidField('/token', 'is not an unsubscribe link from this hub; copy the whole link from the email', 'query')
    return userId
  }
  const wantsJson = (request: FastifyRequest) => (request.headers.accept ?? '').includes('application/json')
  const unsubscribeResponse = {
    200: {
      description: 'A small page for people (HTML), or JSON when asked for with Accept',
      content: { 'text/html': { schema: Type.String() }, 'application/json': { schema: UnsubscribeResult } },
    },
  }

  app.get(
    '/unsubscribe',
    {
      config: { access: 'public' },
      schema: {
        tags,
        operationId: 'confirmUnsubscribe',
        summary: 'The digest’s unsubscribe link: asks to confirm (no sign-in needed)',
        description:
          'Opening the link changes nothing (mail scanners open links too); its button POSTs to the same URL. A token that was not signed by this hub is a 400.',
        security: [],
        querystring: UnsubscribeQuery,
        response: unsubscribeResponse,
      },
    },
    async (request, reply) => {
      checkToken(request.query.token)
      if (wantsJson(request)) return reply.type('application/json').send({ unsubscribed: false, frequency: 'off' })
      const action = `/v1/unsubscribe?token=${encodeURIComponent(request.query.token)}`
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(
          page(
            'Stop digest emails?',
            `<p>You will no longer get Learn Once digests by email. You can switch them on again on your Following page.</p>` +
              `<form method="post" action="${action.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"><button type="submit">Stop digest emails</button></form>`,
          ),
        )
    },
  )

  app.post(
    '/unsubscribe',
    {
      config: { access: 'public' },
      // A bare POST (some clients send no body) unsubscribes as the one-click form does.
      preValidation: async (request) => {
        const raw = request as { body: unknown }
        raw.body ??= {}
      },
      schema: {
        tags,
        operationId: 'unsubscribe',
        summary: 'Stop digest emails (RFC 8058 one-click, or the confirmation page’s button)',
        description: 'No sign-in: the signed token is the credential. Sets the digest frequency to off; what you follow stays.',
        security: [],
        querystring: UnsubscribeQuery,
        body: Type.Object({ 'List-Unsubscribe': Type.Optional(Type.String({ maxLength: 100 })) }),
        response: unsubscribeResponse,
      },
    },
    async (request, reply) => {
      const frequency = await unsubscribe(app.db, checkToken(request.query.token))
      if (wantsJson(request)) return reply.type('application/json').send({ unsubscribed: true, frequency })
      return reply
        .type('text/html; charset=utf-8')
        .send(
          page(
            'You are unsubscribed',
            '<p>No more digest emails will come. What you follow is kept; switch digests on again on your Following page.</p>',
          ),
        )
    },
  )
}
