import swagger from '@fastify/swagger'
import { Problem } from '@learnonce/contracts'
import scalar from '@scalar/fastify-api-reference'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

/** OpenAPI 3.1 generated from the route schemas, at /openapi.json, with a reference UI at /docs. */
export const openapi = fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Learn Once API',
        version: '1.0.0',
        description:
          'Shared learning for health and social care: lessons, case studies, solutions and networks. ' +
          'Errors are RFC 9457 problem details (application/problem+json).',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        schemas: { Problem },
      },
      security: [{ bearer: [] }],
    },
  })
  // Every API route can answer a problem; say so once, for the docs and for fast serialisation.
  const problemResponse = {
    description: 'Problem details (RFC 9457)',
    content: { 'application/problem+json': { schema: Problem } },
  }
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/v1/') || !route.schema) return
    route.schema.response = { ...(route.schema.response as object | undefined), '4xx': problemResponse, '5xx': problemResponse }
  })
  app.get('/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, () => app.swagger())
  await app.register(scalar, { routePrefix: '/docs', configuration: { url: '/openapi.json', title: 'Learn Once API' } })
})
