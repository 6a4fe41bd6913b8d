import { sql } from 'drizzle-orm'
import { boolean, check, integer, pgTable } from 'drizzle-orm/pg-core'
import { rowMeta } from './columns.js'

/**
 * How many months after publishing each type is due for review: one row, which admins change
 * (`/v1/settings/review-periods`). The migration that creates it writes the row with 24 months each.
 */
export const reviewSettings = pgTable(
  'review_settings',
  {
    // One row only: the key can only be true.
    only: boolean('only').primaryKey().default(true),
    lessonMonths: integer('lesson_months').notNull().default(24),
    caseStudyMonths: integer('case_study_months').notNull().default(24),
    solutionMonths: integer('solution_months').notNull().default(24),
    ...rowMeta(),
  },
  (t) => [
    check('review_settings_one_row', sql`${t.only}`),
    check(
      'review_settings_months',
      sql`${t.lessonMonths} between 1 and 120 and ${t.caseStudyMonths} between 1 and 120 and ${t.solutionMonths} between 1 and 120`,
    ),
  ],
)
