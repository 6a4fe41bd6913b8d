import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParams, Page, Site, SiteCreate, SiteListQuery, SiteUpdate } from '@learnonce/contracts'
import { Type } from 'typebox'
import { sendPage } from '../../pagination.js'
import { actorOf } from '../../plugins/auth.js'
import { notFound } from '../../problem.js'
import { createSite, deleteSite, getSite, listSites, setSiteArchived, siteCursor, updateSite } from './service.js'

/** Every signed-in caller reads sites; admins write them. */
export const siteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const admins = { access: ['admin'] as const }
  const tags = ['sites']

  app.get(
    '/',
    {
      config: { keys: 'content:read' },
      schema: { tags, summary: 'List sites, by name', querystring: SiteListQuery, response: { 200: Page(Site) } },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 20
      return sendPage(request, reply, await listSites(app.db, request.query, limit), limit, siteCursor)
    },
  )

  app.post(
    '/',
    {
      config: admins,
      schema: {
        tags,
        summary: 'Create a site',
        description: 'The slug defaults to one made from the name.',
        body: SiteCreate,
        response: { 201: Site },
      },
    },
    async (request, reply) => {
      const site = await createSite(app.db, request.body, actorOf(request).id)
      return reply.code(201).header('location', `/v1/sites/${site.id}`).send(site)
    },
  )

  app.get(
    '/:id',
    { config: { keys: 'content:read' }, schema: { tags, summary: 'One site', params: IdParams, response: { 200: Site } } },
    async (request) => {
      const site = await getSite(app.db, request.params.id)
      if (!site) throw notFound('Site')
      return site
    },
  )

  app.patch(
    '/:id',
    { config: admins, schema: { tags, summary: 'Change a site', params: IdParams, body: SiteUpdate, response: { 200: Site } } },
    (request) => updateSite(app.db, request.params.id, request.body, actorOf(request).id),
  )

  app.post(
    '/:id/archive',
    { config: admins, schema: { tags, summary: 'Archive a site (it leaves the default list)', params: IdParams, response: { 200: Site } } },
    (request) => setSiteArchived(app.db, request.params.id, true, actorOf(request).id),
  )

  app.post(
    '/:id/restore',
    { config: admins, schema: { tags, summary: 'Restore an archived site', params: IdParams, response: { 200: Site } } },
    (request) => setSiteArchived(app.db, request.params.id, false, actorOf(request).id),
  )

  app.delete(
    '/:id',
    {
      // The site's memberships go with it.
      config: { ...admins, changesActors: true },
      schema: {
        tags,
        summary: 'Delete a site nothing refers to',
        description: 'A site with content answers 409: archive it instead.',
        params: IdParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await deleteSite(app.db, request.params.id, actorOf(request).id)
      return reply.code(204).send(null)
    },
  )
}
