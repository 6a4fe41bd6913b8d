import cors from '@fastify/cors'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

/**
 * The security headers every response carries: Helmet's defaults, less its Content-Security-Policy
 * (the API serves JSON; the /docs page needs its inline script, and the admin and file downloads set
 * their own). Written out once rather than through @fastify/helmet, which built Helmet's middleware
 * again for every request (two hooks and a closure per request, for headers that never change). A
 * route may still set any of them itself.
 */
const securityHeaders: Readonly<Record<string, string>> = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
}

/**
 * From this size a serialised body is handed to Node as a Buffer. Node writes a string body by
 * joining it to the header block and flattening the whole response into one new string before
 * encoding it (a 20 KB list page with one `…` in it is a 40 KB two-byte string made twice, once for
 * its Content-Length and once for the write); a Buffer is measured by its length and written beside
 * the header as it is. Small bodies gain nothing from it.
 */
const LARGE_BODY = 4096

/** A serialised body as onSend hooks see it: a string, or the Buffer made above of a large one. */
export const isSerialisedBody = (payload: unknown): payload is string | Buffer => typeof payload === 'string' || Buffer.isBuffer(payload)

/** Security headers, the CORS allow-list, the request id echoed back, and large bodies sent as Buffers. */
export const http = fp(async (app: FastifyInstance, options: { corsOrigins: string[] }) => {
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(securityHeaders)
    reply.header('x-request-id', request.id)
    done()
  })
  await app.register(cors, {
    origin: options.corsOrigins.length > 0 ? options.corsOrigins : false,
    credentials: false,
    exposedHeaders: ['ETag', 'Link', 'Location', 'Retry-After', 'X-Request-Id'],
    maxAge: 600,
  })
  app.addHook('onSend', (request, reply, payload, done) => {
    // What /v1 answers depends on who asks: shared caches must not keep it, private ones revalidate (ETag).
    if (request.url.startsWith('/v1/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'private, no-cache')
      const vary = reply.getHeader('vary')
      reply.header('vary', vary ? `${String(vary)}, Authorization` : 'Authorization')
    }
    done(null, typeof payload === 'string' && payload.length >= LARGE_BODY ? Buffer.from(payload) : payload)
  })
})

/**
 * Cache-Control for the public feeds (Atom, iCalendar): the same for everyone who asks, published
 * or public data only, so a CDN or shared cache may keep them a few minutes. Nothing else under /v1
 * may be cached by a shared cache (see the onSend hook above).
 */
export const publicFeedCacheControl = 'public, max-age=300'
