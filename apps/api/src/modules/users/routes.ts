import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParams, Page, User, UserCreate, UserListQuery, UserUpdate } from '@learnonce/contracts'
import { sendPage } from '../../pagination.js'
import { actorOf } from '../../plugins/auth.js'
import { expectedVersion } from '../../plugins/etag.js'
import { notFound } from '../../problem.js'
import { createUser, getUser, listUsers, updateUser, userCursor } from './service.js'

/** Users are managed by admins only. */
export const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const config = { access: ['admin'] as const }

  app.get(
    '/',
    {
      config,
      schema: { tags: ['users'], summary: 'List users, by email', querystring: UserListQuery, response: { 200: Page(User) } },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 20
      return sendPage(request, reply, await listUsers(app.db, request.query, limit), limit, userCursor)
    },
  )

  app.post(
    '/',
    {
      config,
      schema: {
        tags: ['users'],
        summary: 'Create a user',
        description: 'Emails are unique whatever their case (409 otherwise). `siteIds` sets the memberships.',
        body: UserCreate,
        response: { 201: User },
      },
    },
    async (request, reply) => {
      const user = await createUser(app.db, request.body, actorOf(request).id)
      return reply.code(201).header('location', `/v1/users/${user.id}`).send(user)
    },
  )

  app.get(
    '/:id',
    { config: { ...config, etag: true }, schema: { tags: ['users'], summary: 'One user', params: IdParams, response: { 200: User } } },
    async (request) => {
      const user = await getUser(app.db, request.params.id)
      if (!user) throw notFound('User')
      return user
    },
  )

  app.patch(
    '/:id',
    {
      config: { ...config, etag: true, changesActors: true },
      schema: {
        tags: ['users'],
        summary: "Change a user's name, role, status, memberships or password",
        description:
          'Disabling a user or resetting their password ends their sessions. The last active admin cannot be demoted. Send `If-Match` with the ETag (or version) you read: a stale one is a 412.',
        params: IdParams,
        body: UserUpdate,
        response: { 200: User },
      },
    },
    (request) => updateUser(app.db, request.params.id, request.body, expectedVersion(request), actorOf(request).id),
  )
}
