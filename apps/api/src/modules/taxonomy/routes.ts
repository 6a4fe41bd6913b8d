import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'

/** GET /v1/taxonomy: themes, care settings and journey stages. */
export const taxonomyRoutes: FastifyPluginAsyncTypebox = async () => {}

/** /v1/themes: admins curate the theme list. */
export const themeRoutes: FastifyPluginAsyncTypebox = async () => {}
