import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { deliverDue } from './webhook-delivery.js'

const POLL_MS = 1_000

/**
 * Runs webhook delivery beside the API on every replica (claims make that safe): a short poll, and a
 * nudge after each successful write request so an event usually leaves within milliseconds of its
 * commit. Stops before the database closes, letting an attempt in flight finish.
 */
export const webhookWorker = fp(
  async (app: FastifyInstance) => {
    let timer: NodeJS.Timeout | undefined
    let running: Promise<void> | null = null
    let again = false
    let stopped = false

    const drain = async () => {
      do {
        again = false
        while (!stopped && (await deliverDue(app)) > 0);
      } while (again && !stopped)
    }
    const run = () => {
      if (stopped) return
      if (running) {
        again = true
        return
      }
      running = drain()
        .catch((error: unknown) => app.log.error({ err: error }, 'webhook delivery stopped with an error; retrying at the next poll'))
        .finally(() => {
          running = null
        })
    }

    app.addHook('onReady', async () => {
      timer = setInterval(run, POLL_MS)
      timer.unref()
    })
    app.addHook('onResponse', async (request, reply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400) setImmediate(run)
    })
    app.addHook('preClose', async () => {
      stopped = true
      clearInterval(timer)
      await running
    })
  },
  { name: 'webhook-worker' },
)
