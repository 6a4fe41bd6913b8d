import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { SyncPage, SyncQuery } from '@learnonce/contracts'
import { concurrencyLimit } from '../../concurrency.js'
import { builtToShape } from '../../plugins/serialization.js'
import { Problem } from '../../problem.js'
import { readSync } from './service.js'

/**
 * Sync pages built at once by this process; the rest queue. A page of 500 whole items is ~2.6 MB of
 * JSON and several times that in rows and objects while it is built, and building it is CPU-bound, so
 * two at a time (one building while the other waits for its rows) serve integrators as fast as fifty
 * would, and memory stays flat under load (`pnpm bench`, the sync scenario: 27 pages/s with two or
 * four at once, peak RSS 227 MB with two and 249–254 MB with four).
 */
const SYNC_PAGES_AT_ONCE = 2

/** Published content only, so any signed-in caller may read it, and any key that reads content. */
export const syncRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const fewAtATime = concurrencyLimit(SYNC_PAGES_AT_ONCE)
  app.get(
    '/',
    {
      config: { keys: 'content:read' },
      schema: {
        tags: ['sync'],
        summary: 'Changes to published content since a cursor, oldest first (a snapshot first when there is no cursor)',
        description:
          'Upserts carry the same JSON as the item endpoints; a delete is a tombstone for an item that left the published set. ' +
          'Always store nextCursor, even after an empty page.',
        querystring: SyncQuery,
        response: { 200: SyncPage },
      },
      // Every change is built by representation.ts (items by each kind's toItem) to the schema's shape.
      serializerCompiler: builtToShape,
    },
    async (request, reply) => {
      // A caller who hangs up while its page waits its turn is not built one: under load the queue
      // would otherwise go on building pages for callers long gone.
      const caller = new AbortController()
      const hungUp = () =>
        caller.abort(new Problem(499, 'You closed the connection before your sync page was built.', { title: 'Client Closed Request' }))
      if (request.raw.socket?.destroyed) hungUp()
      else reply.raw.once('close', hungUp)
      try {
        return await fewAtATime(() => readSync(app.db, request.query), caller.signal)
      } catch (error) {
        if (error === caller.signal.reason) request.log.info('the caller hung up while its sync page waited its turn; it was not built')
        throw error
      } finally {
        reply.raw.off('close', hungUp)
      }
    },
  )
}
