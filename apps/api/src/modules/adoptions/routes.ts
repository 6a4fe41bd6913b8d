import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'

/** /v1/solutions/{id}/lineage and /v1/solutions/{id}/adoptions. */
export const adoptionRoutes: FastifyPluginAsyncTypebox = async () => {}
