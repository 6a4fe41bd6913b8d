import { sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { type Database, rows } from '../db/client.js'
import type { FileStore } from '../modules/files/store.js'

/** How long a file may wait, attached to nothing, before it goes: time to finish the form it was uploaded for. */
export const UNATTACHED_HOURS = 24
const BATCH = 100
const EVERY_MS = 10 * 60 * 1000

/**
 * Removes files attached to nothing for longer than `hours`, a batch at a time, and then the stored
 * content no file names any more; last, what interrupted uploads left in the store. Safe on every
 * replica at once: each batch is claimed and deleted in one statement (SKIP LOCKED), so two
 * replicas never take the same file. Returns how many files went.
 */
export async function removeUnattachedFiles(db: Database, store: FileStore, hours = UNATTACHED_HOURS): Promise<number> {
  let removed = 0
  for (;;) {
    const gone = await rows<{ sha256: string }>(
      db,
      sql`delete from files where id in (
          select unattached.id from files unattached
          where unattached.created_at < now() - make_interval(hours => ${hours})
            and not exists (select 1 from file_attachments attachment where attachment.file_id = unattached.id)
          order by unattached.created_at
          limit ${BATCH}
          for update skip locked)
        returning sha256`,
    )
    removed += gone.length
    const hashes = [...new Set(gone.map((file) => file.sha256))]
    if (hashes.length > 0) {
      const stillUsed = await rows<{ sha256: string }>(
        db,
        sql`select distinct sha256 from files where sha256 = any(${`{${hashes.join(',')}}`}::text[])`,
      )
      for (const sha256 of hashes) if (!stillUsed.some((file) => file.sha256 === sha256)) await store.delete(sha256)
    }
    if (gone.length < BATCH) break
  }
  await store.sweep()
  return removed
}

/** Runs the clean-up beside the API on every replica, every ten minutes; stops before the database closes. */
export const fileCleanupWorker = fp(
  async (app: FastifyInstance) => {
    let timer: NodeJS.Timeout | undefined
    let running: Promise<void> | null = null
    const run = () => {
      if (running) return
      running = removeUnattachedFiles(app.db, app.fileStore)
        .then((removed) => {
          if (removed > 0) app.log.info({ removed }, 'removed files attached to nothing for a day')
        })
        .catch((error: unknown) => app.log.error({ err: error }, 'file clean-up stopped with an error; retrying at the next run'))
        .finally(() => {
          running = null
        })
    }
    app.addHook('onReady', async () => {
      timer = setInterval(run, EVERY_MS)
      timer.unref()
    })
    app.addHook('preClose', async () => {
      clearInterval(timer)
      await running
    })
  },
  { name: 'file-cleanup-worker', dependencies: ['file-storage'] },
)
