import { existsSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply } from 'fastify'
import fp from 'fastify-plugin'
import { notFound } from '../problem.js'

/** Where the admin is served; it must be built with this base (`vite build` does by default). */
export const adminPrefix = '/admin/'

/**
 * The admin's own policy, as the nginx image sends it. Mantine sets CSS variables and style props
 * inline, hence style-src 'unsafe-inline'; scripts stay 'self'.
 */
const contentSecurityPolicy =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
  "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"

const immutable = 'public, max-age=31536000, immutable'

const pageHeaders = { 'content-security-policy': contentSecurityPolicy, 'referrer-policy': 'no-referrer' }

/** Answers the app's page for a client-side route. Never cached stale: it names the current assets. */
const sendApp = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').headers(pageHeaders).sendFile('index.html')

/**
 * The built admin at /admin/, so one process and one origin are enough for a small hub. Files Vite
 * wrote under assets/ have content hashes in their names and are cached for a year; index.html is
 * revalidated every time. Any other path under /admin/ is a client-side route and gets index.html; a
 * missing asset is a 404 problem, not the app, so a stale chunk fails loudly instead of as HTML.
 */
export const adminApp = fp(async (app: FastifyInstance, options: { root: string }) => {
  if (!existsSync(join(options.root, 'index.html'))) {
    app.log.warn({ root: options.root }, 'the admin is not built here, so /admin/ is not served: run `pnpm build`, or set ADMIN_DIR')
    return
  }
  await app.register(fastifyStatic, {
    root: options.root,
    prefix: adminPrefix,
    // One route per file found at start-up: a path that is no file falls through to the app below.
    wildcard: false,
    // /admin/ itself is index.html (the plugin registers it so when it finds the file).
    index: 'index.html',
    cacheControl: false,
    setHeaders(res, path) {
      res.setHeader('cache-control', path.startsWith(join(options.root, 'assets')) ? immutable : 'no-cache')
      res.setHeader('x-content-type-options', 'nosniff')
      if (path.endsWith('.html')) for (const [name, value] of Object.entries(pageHeaders)) res.setHeader(name, value)
    },
  })
  app.get(`${adminPrefix}*`, { schema: { hide: true } }, (request, reply) => {
    const path = request.url.split('?')[0] ?? ''
    if (path.startsWith(`${adminPrefix}assets/`)) throw notFound(`The admin file ${path}`)
    return sendApp(reply)
  })
})
