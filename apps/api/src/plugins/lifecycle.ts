import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

declare module 'fastify' {
  interface FastifyInstance {
    /** Where the process is in its life: server.ts sets `draining` when SIGTERM arrives. */
    lifecycle: { draining: boolean }
  }
}

/**
 * While the process drains before shutting down, /readyz answers 503 so load balancers stop sending
 * new work, and every response says `Connection: close` so keep-alive clients open their next
 * connection elsewhere instead of reusing one that is about to close under them.
 */
export const lifecycle = fp(async (app: FastifyInstance) => {
  const state = { draining: false }
  app.decorate('lifecycle', state)
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (state.draining) reply.header('connection', 'close')
    done(null, payload)
  })
})
