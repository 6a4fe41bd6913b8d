import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'

/** /v1/networks: networks with member sites, coordinators, linked content, and their events. */
export const networkRoutes: FastifyPluginAsyncTypebox = async () => {}

/** /v1/events: one event, and events across networks. */
export const eventRoutes: FastifyPluginAsyncTypebox = async () => {}
