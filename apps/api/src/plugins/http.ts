import cors from '@fastify/cors'
import helmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

/** Security headers, the CORS allow-list, and the request id echoed back to the caller. */
export const http = fp(async (app: FastifyInstance, options: { corsOrigins: string[] }) => {
  // The API serves JSON; the only HTML is the /docs reference page, which needs its inline script.
  await app.register(helmet, { contentSecurityPolicy: false })
  await app.register(cors, {
    origin: options.corsOrigins.length > 0 ? options.corsOrigins : false,
    credentials: false,
    exposedHeaders: ['ETag', 'Link', 'Location', 'Retry-After', 'X-Request-Id'],
    maxAge: 600,
  })
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id)
    // What /v1 answers depends on who asks: shared caches must not keep it, private ones revalidate (ETag).
    if (request.url.startsWith('/v1/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'private, no-cache')
      const vary = reply.getHeader('vary')
      reply.header('vary', vary ? `${String(vary)}, Authorization` : 'Authorization')
    }
  })
})

/**
 * Cache-Control for the public feeds (Atom, iCalendar): the same for everyone who asks, published
 * or public data only, so a CDN or shared cache may keep them a few minutes. Nothing else under /v1
 * may be cached by a shared cache (see the onSend hook above).
 */
export const publicFeedCacheControl = 'public, max-age=300'
