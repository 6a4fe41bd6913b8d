import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { DashboardContent, DashboardHub, DashboardMine, DashboardPipeline, DashboardPipelineQuery } from '@learnonce/contracts'
import { actorOf } from '../../plugins/auth.js'
import { contentSummary, hubSummary, mineSummary, pipelineSummary } from './service.js'

/** Figures for the admin's home screens, each one query. API keys are refused: these are for people. */
export const dashboardRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['dashboard']

  app.get(
    '/pipeline',
    {
      config: { access: ['curator', 'admin'] },
      schema: {
        tags,
        operationId: 'getDashboardPipeline',
        summary: 'The triage pipeline: what waits, how old it is, and submissions per week',
        description:
          'Hub-wide counts of the queue, its backlog by age and the submissions of the last `weeks` weeks. Curators and admins only.',
        querystring: DashboardPipelineQuery,
        response: { 200: DashboardPipeline },
      },
    },
    async (request) => pipelineSummary(app.db, actorOf(request), request.query.weeks ?? 12),
  )

  app.get(
    '/content',
    {
      schema: {
        tags,
        operationId: 'getDashboardContent',
        summary: 'Published content by theme and journey stage, the most reused solutions, and upcoming events',
        description:
          'Counts only what everyone signed in may read (published items and their adoptions), so every role sees the same figures.',
        response: { 200: DashboardContent },
      },
    },
    async () => contentSummary(app.db),
  )

  app.get(
    '/mine',
    {
      schema: {
        tags,
        operationId: 'getDashboardMine',
        summary: 'The items of your sites by state, and their latest published',
        description: 'Membership decides, as for `/v1/me/items`: no other site’s items are counted. Empty for anyone with no sites.',
        response: { 200: DashboardMine },
      },
    },
    async (request) => mineSummary(app.db, actorOf(request)),
  )

  app.get(
    '/hub',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        operationId: 'getDashboardHub',
        summary: 'Hub health: users and sites, failing webhooks, digest emails sent and failed, API key usage',
        description: 'Admins only.',
        response: { 200: DashboardHub },
      },
    },
    async () => hubSummary(app.db),
  )
}
