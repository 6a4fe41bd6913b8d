import {
  type CareSetting,
  careSettings,
  type JourneyStage,
  journeyStages,
  type Taxonomy,
  type Theme,
  type ThemeCreate,
  type ThemeListQuery,
  type ThemeOrder,
  type ThemeUpdate,
} from '@learnonce/contracts'
import { and, asc, count, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm'
import type { Database, Executor, Transaction } from '../../db/client.js'
import { contentItems, themes } from '../../db/schema/index.js'
import { type Cursor, decodeCursor } from '../../pagination.js'
import { checkPrecondition, type Precondition } from '../../plugins/etag.js'
import { conflict, invalidField, notFound } from '../../problem.js'
import { chooseSlug } from '../../slug.js'
import { recordAudit } from '../audit/service.js'

type ThemeRow = typeof themes.$inferSelect

/** One past the highest position, retired themes included, so a new or restored theme goes last without a tie. */
const nextPosition = sql<number>`(select coalesce(max(${themes.position}), 0) + 1 from ${themes})`

const careSettingNames: Record<CareSetting, string> = {
  primary: 'Primary care',
  acute: 'Acute care',
  community: 'Community care',
  mental_health: 'Mental health',
  social_care: 'Social care',
  voluntary_sector: 'Voluntary sector',
  ambulance: 'Ambulance',
}

const journeyStageNames: Record<JourneyStage, string> = {
  vision: 'Vision',
  design_and_planning: 'Design and planning',
  pre_implementation: 'Pre-implementation',
  implementation: 'Implementation',
  review_and_spread: 'Review and spread',
}

export function toTheme(row: ThemeRow): Theme {
  return {
    ...row,
    retiredAt: row.retiredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

/** Live themes in the admins' order (by name where two share a position), then the fixed care settings and the journey stages in the order work walks them. */
export async function getTaxonomy(db: Executor): Promise<Taxonomy> {
  const live = await db
    .select({ slug: themes.slug, name: themes.name, description: themes.description })
    .from(themes)
    .where(isNull(themes.retiredAt))
    .orderBy(asc(themes.position), asc(themes.name), asc(themes.slug))
  return {
    themes: live,
    careSettings: careSettings.map((slug) => ({ slug, name: careSettingNames[slug] })),
    journeyStages: journeyStages.map((slug, index) => ({ slug, name: journeyStageNames[slug], position: index + 1 })),
  }
}

export async function getTheme(db: Executor, slug: string): Promise<Theme> {
  const [row] = await db.select().from(themes).where(eq(themes.slug, slug))
  if (!row) throw notFound('Theme')
  return toTheme(row)
}

/**
 * In the taxonomy's order (position, then slug, which is unique so the keyset cursor never skips or
 * repeats a theme); `limit + 1` rows. Live themes, or only retired ones when asked.
 */
export async function listThemes(db: Executor, query: ThemeListQuery, limit: number): Promise<Theme[]> {
  const cursor = decodeCursor(query.cursor, ['integer', 'text'])
  const filters: (SQL | undefined)[] = [
    query.retired ? isNotNull(themes.retiredAt) : isNull(themes.retiredAt),
    cursor ? sql`(${themes.position}, ${themes.slug}) > (${Number(cursor[0])}::integer, ${String(cursor[1])})` : undefined,
  ]
  const found = await db
    .select()
    .from(themes)
    .where(and(...filters))
    .orderBy(asc(themes.position), asc(themes.slug))
    .limit(limit + 1)
  return found.map(toTheme)
}

export const themeCursor = (theme: Theme): Cursor => [theme.position, theme.slug]

export async function createTheme(db: Database, input: ThemeCreate, actorId: string): Promise<Theme> {
  const slug = chooseSlug(input.slug, input.name)
  return db.transaction(async (tx) => {
    // ON CONFLICT rather than a look-up first: two admins creating the same slug at once get one theme and one 409.
    // A new theme goes last.
    const [row] = await tx
      .insert(themes)
      .values({
        slug,
        name: input.name,
        description: input.description ?? '',
        position: nextPosition,
      })
      .onConflictDoNothing({ target: themes.slug })
      .returning()
    if (!row) throw conflict(`A theme with the slug "${slug}" already exists; choose another slug.`)
    await recordAudit(tx, { action: 'theme.created', actorId, subjectType: 'theme', subjectId: slug, data: { name: row.name } })
    return toTheme(row)
  })
}

/**
 * The theme as it stands, locked until the transaction ends, checked against the If-Match version.
 * The lock makes concurrent writes to one theme queue instead of losing one silently.
 */
async function lockTheme(tx: Transaction, slug: string, expected: Precondition): Promise<ThemeRow> {
  const [row] = await tx.select().from(themes).where(eq(themes.slug, slug)).for('update')
  if (!row) throw notFound('Theme')
  checkPrecondition(expected, 'theme', row.version)
  return row
}

export async function updateTheme(db: Database, slug: string, input: ThemeUpdate, expected: Precondition, actorId: string): Promise<Theme> {
  return db.transaction(async (tx) => {
    await lockTheme(tx, slug, expected)
    const [row] = await tx
      .update(themes)
      .set({ ...input, version: sql`${themes.version} + 1`, updatedAt: sql`now()` })
      .where(eq(themes.slug, slug))
      .returning()
    if (!row) throw notFound('Theme')
    await recordAudit(tx, { action: 'theme.updated', actorId, subjectType: 'theme', subjectId: slug, data: { ...input } })
    return toTheme(row)
  })
}

/**
 * Retired themes leave the taxonomy and cannot be chosen for content any more; items that have one
 * keep it. Retiring a retired theme (or restoring a live one) changes nothing and records nothing.
 */
export async function setThemeRetired(
  db: Database,
  slug: string,
  retired: boolean,
  expected: Precondition,
  actorId: string,
): Promise<Theme> {
  return db.transaction(async (tx) => {
    const current = await lockTheme(tx, slug, expected)
    if ((current.retiredAt !== null) === retired) return toTheme(current)
    const [row] = await tx
      .update(themes)
      .set({
        retiredAt: retired ? sql`now()` : null,
        // A restored theme goes last, as a new one does, rather than back to a place another theme now holds.
        ...(retired ? {} : { position: nextPosition }),
        version: sql`${themes.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(themes.slug, slug))
      .returning()
    if (!row) throw notFound('Theme')
    await recordAudit(tx, { action: retired ? 'theme.retired' : 'theme.restored', actorId, subjectType: 'theme', subjectId: slug })
    return toTheme(row)
  })
}

/** Deletes a theme no content item uses; one in use must be retired instead, so those items keep it. */
export async function deleteTheme(db: Database, slug: string, expected: Precondition, actorId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await lockTheme(tx, slug, expected)
    // @> on the array column is what the GIN index on content_items.themes serves.
    const [usage] = await tx.select({ count: count() }).from(contentItems).where(sql`${contentItems.themes} @> array[${slug}]::text[]`)
    const uses = usage?.count ?? 0
    if (uses > 0) {
      throw conflict(
        `This theme is used by ${uses} ${uses === 1 ? 'item' : 'items'}, so it cannot be deleted; retire it instead (POST /v1/themes/${slug}/retire).`,
      )
    }
    await tx.delete(themes).where(eq(themes.slug, slug))
    await recordAudit(tx, { action: 'theme.deleted', actorId, subjectType: 'theme', subjectId: slug, data: { name: current.name } })
  })
}

/**
 * Puts the live themes in the order given, numbering them from 1. The list must name every live theme
 * exactly once, so an order read before another admin added or retired a theme is refused rather than
 * applied to a list it never saw. Retired themes keep their positions.
 */
export async function reorderThemes(db: Database, input: ThemeOrder, actorId: string): Promise<Theme[]> {
  return db.transaction(async (tx) => {
    // Locking the live themes makes two reorders (or a reorder and a create or retire) queue instead of interleaving.
    const live = await tx.select().from(themes).where(isNull(themes.retiredAt)).orderBy(asc(themes.slug)).for('update')
    const liveSlugs = new Set(live.map((theme) => theme.slug))
    const seen = new Set<string>()
    for (const slug of input.slugs) {
      if (seen.has(slug)) throw invalidField('/slugs', `names "${slug}" more than once; name each live theme exactly once.`)
      if (!liveSlugs.has(slug)) throw invalidField('/slugs', `names "${slug}", which is not a live theme; name only live themes.`)
      seen.add(slug)
    }
    const missing = live.filter((theme) => !seen.has(theme.slug)).map((theme) => `"${theme.slug}"`)
    if (missing.length > 0) throw invalidField('/slugs', `leaves out ${missing.join(', ')}; name every live theme exactly once.`)
    const rows: ThemeRow[] = []
    for (const [index, slug] of input.slugs.entries()) {
      const current = live.find((theme) => theme.slug === slug)
      if (current?.position === index + 1) {
        rows.push(current)
        continue
      }
      const [row] = await tx
        .update(themes)
        .set({ position: index + 1, version: sql`${themes.version} + 1`, updatedAt: sql`now()` })
        .where(eq(themes.slug, slug))
        .returning()
      if (!row) throw notFound('Theme')
      rows.push(row)
    }
    await recordAudit(tx, { action: 'theme.reordered', actorId, subjectType: 'theme', subjectId: 'order', data: { slugs: input.slugs } })
    return rows.map(toTheme)
  })
}
