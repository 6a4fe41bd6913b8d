import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { notifyReviewDue } from './review-due.js'

/**
 * Looks for items come due for review on every replica, once at start and then every `intervalMs`
 * (REVIEW_DUE_CHECK_INTERVAL_MS, daily by default): the claim in notifyReviewDue makes running it on
 * several replicas at once safe. Stops before the database closes, letting a run in flight finish.
 */
export const reviewDueWorker = fp(
  async (app: FastifyInstance, options: { intervalMs: number }) => {
    let timer: NodeJS.Timeout | undefined
    let running: Promise<void> | null = null
    let stopped = false

    const run = () => {
      if (stopped || running) return
      running = notifyReviewDue(app.db)
        .then((announced) => {
          if (announced > 0) app.log.info({ announced }, 'announced items due for review')
        })
        .catch((error: unknown) => app.log.error({ err: error }, 'the review-due check failed; it runs again at the next interval'))
        .finally(() => {
          running = null
        })
    }

    app.addHook('onReady', async () => {
      setImmediate(run)
      timer = setInterval(run, options.intervalMs)
      timer.unref()
    })
    app.addHook('preClose', async () => {
      stopped = true
      clearInterval(timer)
      await running
    })
  },
  { name: 'review-due-worker' },
)
