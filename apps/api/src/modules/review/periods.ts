import type { ContentType, ReviewPeriods, ReviewPeriodsUpdate } from '@learnonce/contracts'
import { eq, sql } from 'drizzle-orm'
import type { Database, Executor } from '../../db/client.js'
import { reviewSettings } from '../../db/schema/index.js'
import type { Actor } from '../../plugins/auth.js'
import { checkPrecondition, type Precondition, staleVersion } from '../../plugins/etag.js'
import { recordAudit } from '../audit/service.js'

/** The period every type has until an admin sets another (and if the settings row were ever missing). */
export const DEFAULT_REVIEW_MONTHS = 24

const monthsColumn: Record<ContentType, string> = {
  lesson: 'lesson_months',
  case_study: 'case_study_months',
  solution: 'solution_months',
}

/** A type's review period as an SQL interval, read in the writer's statement (so a change applies at once). */
export const reviewPeriodSql = (type: ContentType) =>
  sql`coalesce((select make_interval(months => ${sql.raw(monthsColumn[type])}) from review_settings),
    make_interval(months => ${sql.raw(String(DEFAULT_REVIEW_MONTHS))}))`

/** `months` after `from` as PostgreSQL adds an interval of months: the same day, or the month's last when it is shorter. */
export function addMonths(from: Date, months: number): Date {
  const date = new Date(from)
  const day = date.getUTCDate()
  date.setUTCDate(1)
  date.setUTCMonth(date.getUTCMonth() + months)
  date.setUTCDate(Math.min(day, new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate()))
  return date
}

type SettingsRow = typeof reviewSettings.$inferSelect

const toPeriods = (row: SettingsRow): ReviewPeriods => ({
  lessons: row.lessonMonths,
  caseStudies: row.caseStudyMonths,
  solutions: row.solutionMonths,
  version: row.version,
  updatedAt: row.updatedAt.toISOString(),
})

/** The one settings row, written with the defaults if it is not there (the migration writes it). */
async function settingsRow(db: Executor): Promise<SettingsRow> {
  const [row] = await db.select().from(reviewSettings)
  if (row) return row
  const [created] = await db.insert(reviewSettings).values({ only: true }).onConflictDoNothing().returning()
  if (created) return created
  const [again] = await db.select().from(reviewSettings)
  if (!again) throw new Error('review_settings has no row')
  return again
}

export async function getReviewPeriods(db: Executor): Promise<ReviewPeriods> {
  return toPeriods(await settingsRow(db))
}

/** Changes some periods (admins; the route says so): If-Match honoured, audited, version +1. */
export async function updateReviewPeriods(
  db: Database,
  actor: Actor,
  update: ReviewPeriodsUpdate,
  expected: Precondition,
): Promise<ReviewPeriods> {
  return db.transaction(async (tx) => {
    const current = await settingsRow(tx)
    checkPrecondition(expected, 'setting', current.version)
    const [written] = await tx
      .update(reviewSettings)
      .set({
        ...(update.lessons !== undefined ? { lessonMonths: update.lessons } : {}),
        ...(update.caseStudies !== undefined ? { caseStudyMonths: update.caseStudies } : {}),
        ...(update.solutions !== undefined ? { solutionMonths: update.solutions } : {}),
        version: sql`${reviewSettings.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(reviewSettings.version, current.version))
      .returning()
    if (!written) throw staleVersion('setting', current.version + 1)
    await recordAudit(tx, {
      action: 'review_periods.updated',
      actorId: actor.id,
      subjectType: 'review_periods',
      data: { ...update },
    })
    return toPeriods(written)
  })
}
