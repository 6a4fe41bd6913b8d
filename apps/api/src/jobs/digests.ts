import { sql } from 'drizzle-orm'
import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { v7 as uuidv7 } from 'uuid'
import type { Config } from '../config.js'
import { type Database, type Executor, rows } from '../db/client.js'
import { renderDigest } from '../modules/subscriptions/digest-mail.js'
import { type DigestEntry, matchEntries } from '../modules/subscriptions/matching.js'
import { unsubscribeToken } from '../modules/subscriptions/unsubscribe-token.js'
import type { Mailer } from '../plugins/mailer.js'

/** What the digest job needs of the app. */
export interface DigestContext {
  db: Database
  mailer: Mailer
  config: Pick<Config, 'jwtSecret' | 'publicUrl'>
  log: FastifyBaseLogger
}

const BATCH = 20
/** Entries in one digest at most (newest first); the private feed shows the rest. */
export const DIGEST_SIZE = 50
/** Longer than any send takes: a delivery still 'sending' after this was interrupted by a crash. */
const LEASE_MINUTES = 15

interface Claimed {
  deliveryId: string
  userId: string
  email: string
  name: string
  frequency: 'daily' | 'weekly'
  windowStart: Date | string
  windowEnd: Date | string
}

/**
 * Deliveries interrupted after they were claimed (the process died while sending) are given up,
 * not resent: the mail may have left before the crash, and a digest must never arrive twice. So
 * delivery is at most once; the lost window is logged, counted as a failure on the dashboard, and
 * its entries stay in the person's private feed. The next window starts where the lost one ended.
 */
async function abandonInterrupted(context: DigestContext): Promise<void> {
  const abandoned = await rows<{ id: string; userId: string }>(
    context.db,
    sql`update digest_deliveries set status = 'abandoned', finished_at = now(),
        error = 'interrupted while sending; not resent, so that it can never arrive twice'
      where status = 'sending' and created_at < now() - make_interval(mins => ${LEASE_MINUTES})
      returning id, user_id as "userId"`,
  )
  for (const delivery of abandoned) {
    context.log.warn({ deliveryId: delivery.id, userId: delivery.userId }, 'a digest was interrupted while sending and is not resent')
  }
}

/**
 * Claims people whose digest is due, in one statement and one transaction: FOR UPDATE SKIP LOCKED
 * lets replicas claim side by side without waiting for or taking each other's people; each claim
 * records its delivery row (the window's start is the period key, unique per person) and moves the
 * person's window on, so once this commits nobody else sees them as due for this period.
 */
async function claim(db: Executor, limit: number): Promise<Claimed[]> {
  return rows<Claimed>(
    db,
    sql`with due as (
        select setting.user_id, setting.frequency, setting.last_digest_at
        from digest_settings setting join users person on person.id = setting.user_id and person.status = 'active'
        where setting.frequency <> 'off'
          and setting.last_digest_at <= now() - case setting.frequency when 'daily' then interval '1 day' else interval '7 days' end
        order by setting.last_digest_at
        limit ${limit}
        for update of setting skip locked
      ),
      claimed as (
        insert into digest_deliveries (id, user_id, window_start, window_end, status)
        -- Ids made here (UUID v7, like every other row's), one per possible claim.
        select (${`{${Array.from({ length: limit }, () => uuidv7()).join(',')}}`}::uuid[])[row_number() over (order by due.last_digest_at, due.user_id)],
          due.user_id, due.last_digest_at, now(), 'sending' from due
        on conflict (user_id, window_start) do nothing
        returning id, user_id, window_start, window_end
      ),
      moved as (
        update digest_settings setting set last_digest_at = claimed.window_end
        from claimed where setting.user_id = claimed.user_id
        returning setting.user_id
      )
      select claimed.id as "deliveryId", claimed.user_id as "userId", person.email, person.name, due.frequency,
        claimed.window_start as "windowStart", claimed.window_end as "windowEnd"
      from claimed join due on due.user_id = claimed.user_id join users person on person.id = claimed.user_id
        join moved on moved.user_id = claimed.user_id`,
  )
}

async function finish(
  db: Database,
  deliveryId: string,
  status: 'sent' | 'empty' | 'failed',
  detail: { entryCount: number; messageId?: string; error?: string },
) {
  await db.execute(
    sql`update digest_deliveries set status = ${status}, entry_count = ${detail.entryCount}, message_id = ${detail.messageId ?? null},
        error = ${detail.error ?? null}, finished_at = now()
      where id = ${deliveryId}::uuid`,
  )
}

/**
 * Sends the digests that are due now, once each, and returns how many people it claimed. The
 * worker calls it in a loop; tests call it directly. Matching is one statement for the whole batch.
 */
export async function sendDueDigests(context: DigestContext, limit = BATCH): Promise<number> {
  await abandonInterrupted(context)
  const claimed = await context.db.transaction((tx) => claim(tx, limit))
  if (claimed.length === 0) return 0
  const entries = await matchEntries(
    context.db,
    claimed.map((person) => ({ userId: person.userId, since: new Date(person.windowStart), until: new Date(person.windowEnd) })),
    DIGEST_SIZE,
  )
  const byUser = new Map<string, DigestEntry[]>()
  for (const entry of entries) byUser.set(entry.userId, [...(byUser.get(entry.userId) ?? []), entry])
  await Promise.all(
    claimed.map(async (person) => {
      const mine = byUser.get(person.userId) ?? []
      // Nothing new is not worth an email; the window still moves on.
      if (mine.length === 0) return finish(context.db, person.deliveryId, 'empty', { entryCount: 0 })
      const token = unsubscribeToken(context.config.jwtSecret, person.userId)
      const mail = renderDigest({
        to: person.email,
        name: person.name,
        frequency: person.frequency,
        entries: mine,
        publicUrl: context.config.publicUrl,
        unsubscribeUrl: `${context.config.publicUrl}/v1/unsubscribe?token=${encodeURIComponent(token)}`,
      })
      try {
        const { messageId } = await context.mailer.send(mail)
        await finish(context.db, person.deliveryId, 'sent', { entryCount: mine.length, messageId })
      } catch (error) {
        context.log.error(
          { err: error, deliveryId: person.deliveryId, userId: person.userId },
          'a digest could not be sent; it is not retried',
        )
        await finish(context.db, person.deliveryId, 'failed', { entryCount: mine.length, error: String(error).slice(0, 500) })
      }
    }),
  )
  return claimed.length
}

/**
 * Runs the digest job beside the API on every replica (claims make that safe), every
 * DIGEST_CHECK_INTERVAL_MS. Stops before the database closes, letting a batch in flight finish.
 */
export const digestWorker = fp(
  async (app: FastifyInstance) => {
    let timer: NodeJS.Timeout | undefined
    let running: Promise<void> | null = null
    let stopped = false
    const context = (): DigestContext => ({ db: app.db, mailer: app.mailer, config: app.config, log: app.log })

    const run = () => {
      if (stopped || running) return
      running = (async () => {
        while (!stopped && (await sendDueDigests(context())) === BATCH);
      })()
        .catch((error: unknown) => app.log.error({ err: error }, 'the digest job stopped with an error; retrying at the next check'))
        .finally(() => {
          running = null
        })
    }

    app.addHook('onReady', async () => {
      timer = setInterval(run, app.config.digestCheckIntervalMs)
      timer.unref()
    })
    app.addHook('preClose', async () => {
      stopped = true
      clearInterval(timer)
      await running
    })
  },
  { name: 'digest-worker', dependencies: ['mailer'] },
)
