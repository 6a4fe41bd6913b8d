import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Page, Taxonomy, Theme, ThemeCreate, ThemeListQuery, ThemeOrder, ThemeParams, ThemeUpdate } from '@learnonce/contracts'
import { Type } from 'typebox'
import { sendPage } from '../../pagination.js'
import { actorOf } from '../../plugins/auth.js'
import { expectedVersion } from '../../plugins/etag.js'
import {
  createTheme,
  deleteTheme,
  getTaxonomy,
  getTheme,
  listThemes,
  reorderThemes,
  setThemeRetired,
  themeCursor,
  updateTheme,
} from './service.js'

/** GET /v1/taxonomy: themes, care settings and journey stages. */
export const taxonomyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      config: { keys: 'content:read' },
      schema: {
        tags: ['taxonomy'],
        summary: 'The terms content is classified by',
        description: 'Live themes in the order admins set, care settings, and journey stages in the order work walks them.',
        response: { 200: Taxonomy },
      },
    },
    () => getTaxonomy(app.db),
  )
}

/** /v1/themes: every signed-in caller reads themes; admins curate the list. */
export const themeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const admins = { access: ['admin'] as const }
  const tags = ['taxonomy']
  const versioned = 'Send `If-Match` with the ETag you read: a stale one is a 412.'

  app.get(
    '/',
    {
      config: { keys: 'content:read' },
      schema: {
        tags,
        summary: 'List themes, in the taxonomy order',
        description: 'Live themes by position, as `PUT /v1/themes/order` set it; `retired=true` lists the retired ones instead.',
        querystring: ThemeListQuery,
        response: { 200: Page(Theme) },
      },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 20
      return sendPage(request, reply, await listThemes(app.db, request.query, limit), limit, themeCursor)
    },
  )

  app.post(
    '/',
    {
      config: admins,
      schema: {
        tags,
        summary: 'Create a theme',
        description: 'The slug defaults to one made from the name; a taken slug is a 409.',
        body: ThemeCreate,
        response: { 201: Theme },
      },
    },
    async (request, reply) => {
      const theme = await createTheme(app.db, request.body, actorOf(request).id)
      return reply.code(201).header('location', `/v1/themes/${theme.slug}`).send(theme)
    },
  )

  app.put(
    '/order',
    {
      config: admins,
      schema: {
        tags,
        summary: 'Set the order of the live themes',
        description:
          'Name every live theme exactly once, first to last; a missing, unknown, retired or repeated slug is a 400. Answers the live themes in their new order.',
        body: ThemeOrder,
        response: { 200: Type.Array(Theme) },
      },
    },
    (request) => reorderThemes(app.db, request.body, actorOf(request).id),
  )

  app.get(
    '/:slug',
    {
      config: { etag: true, keys: 'content:read' },
      schema: {
        tags,
        summary: 'One theme, live or retired',
        description: 'Answers 304 to a matching If-None-Match.',
        params: ThemeParams,
        response: { 200: Theme },
      },
    },
    (request) => getTheme(app.db, request.params.slug),
  )

  app.patch(
    '/:slug',
    {
      config: { ...admins, etag: true },
      schema: {
        tags,
        summary: 'Rename or redescribe a theme',
        description: versioned,
        params: ThemeParams,
        body: ThemeUpdate,
        response: { 200: Theme },
      },
    },
    (request) => updateTheme(app.db, request.params.slug, request.body, expectedVersion(request), actorOf(request).id),
  )

  app.post(
    '/:slug/retire',
    {
      config: { ...admins, etag: true },
      schema: {
        tags,
        summary: 'Retire a theme',
        description: `It leaves the taxonomy and can no longer be chosen for content; items that have it keep it. ${versioned}`,
        params: ThemeParams,
        response: { 200: Theme },
      },
    },
    (request) => setThemeRetired(app.db, request.params.slug, true, expectedVersion(request), actorOf(request).id),
  )

  app.post(
    '/:slug/restore',
    {
      config: { ...admins, etag: true },
      schema: { tags, summary: 'Bring a retired theme back', description: versioned, params: ThemeParams, response: { 200: Theme } },
    },
    (request) => setThemeRetired(app.db, request.params.slug, false, expectedVersion(request), actorOf(request).id),
  )

  app.delete(
    '/:slug',
    {
      config: admins,
      schema: {
        tags,
        summary: 'Delete a theme no content uses',
        description: `A theme any item uses answers 409: retire it instead. ${versioned}`,
        params: ThemeParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await deleteTheme(app.db, request.params.slug, expectedVersion(request), actorOf(request).id)
      return reply.code(204).send(null)
    },
  )
}
