import type { AdoptionMode, AdoptionStatus } from '@learnonce/contracts'
import { sql } from 'drizzle-orm'
import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { id, rowMeta, timestamptz } from './columns.js'
import { contentItems } from './content.js'
import { users } from './identity.js'
import { sites } from './sites.js'

/** A site's reuse of a solution. */
export const adoptions = pgTable(
  'adoptions',
  {
    id: id(),
    solutionId: uuid('solution_id')
      .notNull()
      .references(() => contentItems.id, { onDelete: 'cascade' }),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    mode: text('mode').$type<AdoptionMode>().notNull(),
    status: text('status').$type<AdoptionStatus>().notNull().default('planned'),
    notes: text('notes').notNull().default(''),
    startedAt: timestamptz('started_at'),
    producedSolutionId: uuid('produced_solution_id').references(() => contentItems.id, { onDelete: 'set null' }),
    recordedById: uuid('recorded_by_id').references(() => users.id, { onDelete: 'set null' }),
    ...rowMeta(),
  },
  (t) => [
    index('adoptions_solution_idx').on(t.solutionId, t.id),
    index('adoptions_site_idx').on(t.siteId, t.id),
    index('adoptions_produced_idx').on(t.producedSolutionId),
    // The adoptions report's period: when an adoption started, or was recorded if it has not.
    index('adoptions_period_idx').on(sql`coalesce(${t.startedAt}, ${t.createdAt})`),
  ],
)
