import type { Site, SiteCreate, SiteListQuery, SiteUpdate } from '@learnonce/contracts'
import { and, asc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm'
import { type Database, type Executor, sqlState } from '../../db/client.js'
import { sites } from '../../db/schema/index.js'
import { matches, searchText } from '../../db/search.js'
import { decodeCursor } from '../../pagination.js'
import { conflict, notFound } from '../../problem.js'
import { chooseSlug } from '../../slug.js'
import { recordAudit } from '../audit/service.js'
import { refreshRegions } from '../content/regions.js'

type SiteRow = typeof sites.$inferSelect

export function toSite(row: SiteRow): Site {
  return {
    ...row,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

export async function getSite(db: Executor, id: string): Promise<Site | null> {
  const [row] = await db.select().from(sites).where(eq(sites.id, id))
  return row ? toSite(row) : null
}

/** Ordered by name; `limit + 1` rows. Archived sites only when asked for. */
export async function listSites(db: Executor, query: SiteListQuery, limit: number): Promise<Site[]> {
  const cursor = decodeCursor(query.cursor, ['text', 'uuid'])
  const filters: (SQL | undefined)[] = [
    query.archived ? isNotNull(sites.archivedAt) : isNull(sites.archivedAt),
    query.kind ? eq(sites.kind, query.kind) : undefined,
    query.region ? eq(sites.region, query.region) : undefined,
    query.q ? matches(searchText.sites, query.q) : undefined,
    cursor ? sql`(${sites.name}, ${sites.id}) > (${cursor[0]}, ${cursor[1]})` : undefined,
  ]
  const found = await db
    .select()
    .from(sites)
    .where(and(...filters))
    .orderBy(asc(sites.name), asc(sites.id))
    .limit(limit + 1)
  return found.map(toSite)
}

export const siteCursor = (site: Site) => [site.name, site.id]

export async function createSite(db: Database, input: SiteCreate, actorId: string | null): Promise<Site> {
  return db.transaction(async (tx) => {
    const slug = chooseSlug(input.slug, input.name)
    const [taken] = await tx.select({ id: sites.id }).from(sites).where(eq(sites.slug, slug))
    if (taken) throw conflict(`A site with the slug "${slug}" already exists; choose another slug.`)
    const [row] = await tx
      .insert(sites)
      .values({ ...input, slug })
      .returning()
    if (!row) throw new Error('insert returned no row')
    await recordAudit(tx, { action: 'site.created', actorId, subjectType: 'site', subjectId: row.id, data: { name: row.name, slug } })
    return toSite(row)
  })
}

export async function updateSite(db: Database, id: string, input: SiteUpdate, actorId: string): Promise<Site> {
  return db.transaction(async (tx) => {
    if (input.slug) {
      const [taken] = await tx.select({ id: sites.id }).from(sites).where(eq(sites.slug, input.slug))
      if (taken && taken.id !== id) throw conflict(`A site with the slug "${input.slug}" already exists; choose another slug.`)
    }
    const [row] = await tx
      .update(sites)
      .set({ ...input, version: sql`${sites.version} + 1`, updatedAt: sql`now()` })
      .where(eq(sites.id, id))
      .returning()
    if (!row) throw notFound('Site')
    if (input.region) await refreshRegions(tx, sql`select item_site.item_id from content_sites item_site where item_site.site_id = ${id}`)
    await recordAudit(tx, { action: 'site.updated', actorId, subjectType: 'site', subjectId: id, data: input })
    return toSite(row)
  })
}

export async function setSiteArchived(db: Database, id: string, archived: boolean, actorId: string): Promise<Site> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(sites)
      .set({
        archivedAt: archived ? sql`coalesce(${sites.archivedAt}, now())` : null,
        version: sql`${sites.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(sites.id, id))
      .returning()
    if (!row) throw notFound('Site')
    await recordAudit(tx, { action: archived ? 'site.archived' : 'site.restored', actorId, subjectType: 'site', subjectId: id })
    return toSite(row)
  })
}

/** Deletes a site nothing refers to; a site with content must be archived instead. */
export async function deleteSite(db: Database, id: string, actorId: string): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      const [row] = await tx.delete(sites).where(eq(sites.id, id)).returning({ name: sites.name })
      if (!row) throw notFound('Site')
      await recordAudit(tx, { action: 'site.deleted', actorId, subjectType: 'site', subjectId: id, data: { name: row.name } })
    })
  } catch (error) {
    if (sqlState(error) === '23503') {
      throw conflict('This site has content; archive it instead (POST /v1/sites/{id}/archive).')
    }
    throw error
  }
}
