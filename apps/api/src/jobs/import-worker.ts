import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { claimImport, newOwner, releaseImport, runImport } from '../modules/imports/service.js'

const POLL_MS = 1_000

/**
 * Commits large imports beside the API on every replica: each claims one import at a time (FOR
 * UPDATE SKIP LOCKED, with a lease renewed by every batch), so two replicas never work on the same
 * one and an import whose replica died is taken up again once its lease lapses. On shutdown the
 * batch in flight finishes and the claim is given back, so another replica resumes at the cursor.
 */
export const importWorker = fp(
  async (app: FastifyInstance) => {
    const owner = newOwner()
    let timer: NodeJS.Timeout | undefined
    let running: Promise<void> | null = null
    let stopped = false
    let current: string | null = null

    const drain = async () => {
      while (!stopped) {
        const claimed = await claimImport(app.db, owner)
        if (!claimed) return
        current = claimed.id
        await runImport(app.db, claimed, owner, () => stopped)
        if (stopped) await releaseImport(app.db, claimed.id, owner)
        current = null
      }
    }
    const run = () => {
      if (stopped || running) return
      running = drain()
        .catch((error: unknown) => app.log.error({ err: error, importId: current }, 'an import stopped with an error'))
        .finally(() => {
          running = null
        })
    }

    app.addHook('onReady', async () => {
      timer = setInterval(run, POLL_MS)
      timer.unref()
      setImmediate(run)
    })
    app.addHook('onResponse', async (request, reply) => {
      if (request.method === 'POST' && reply.statusCode === 202 && request.url.startsWith('/v1/imports/')) setImmediate(run)
    })
    app.addHook('preClose', async () => {
      stopped = true
      clearInterval(timer)
      await running
    })
  },
  { name: 'import-worker' },
)
