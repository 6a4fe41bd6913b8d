import type { ContentType } from '@learnonce/contracts'
import { sql } from 'drizzle-orm'
import { type Database, rows } from '../db/client.js'
import { staleSql } from '../modules/content/records.js'
import { enqueueEvent } from '../modules/webhooks/outbox.js'

const BATCH = 100

interface Due {
  id: string
  type: ContentType
  title: string
  reviewBy: string
}

/**
 * Announces the published items that have come within the window of their reviewBy (or passed it)
 * and have not been announced in this review period: `item.review_due`, once each. The claim is one
 * statement — FOR UPDATE SKIP LOCKED picks rows no other replica is working on, and setting
 * `review_due_notified_at` in the same transaction as the events means a replica that runs the job
 * after this commits finds nothing left to announce. Answers how many items it announced.
 */
export async function notifyReviewDue(db: Database): Promise<number> {
  let announced = 0
  for (;;) {
    const claimed = await db.transaction(async (tx) => {
      const due = await rows<Due>(
        tx,
        sql`update content_items item set review_due_notified_at = now()
          from (select id from content_items
                where ${staleSql()} and review_due_notified_at is null
                order by review_by, id limit ${BATCH}
                for update skip locked) claimed
          where item.id = claimed.id
          returning item.id, item.type, item.title,
            to_char(item.review_by at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "reviewBy"`,
      )
      for (const item of due) {
        await enqueueEvent(tx, 'item.review_due', () => ({ id: item.id, type: item.type, title: item.title, reviewBy: item.reviewBy }))
      }
      return due.length
    })
    announced += claimed
    if (claimed < BATCH) return announced
  }
}
