import type { ContentListQuery, ContentType } from '@learnonce/contracts'
import { and, desc, eq, gte, inArray, isNull, type SQL, sql } from 'drizzle-orm'
import type { Database, Executor } from '../../db/client.js'
import { contentItems, contentRelations, contentSites, sites, themes } from '../../db/schema/index.js'
import { type Cursor, decodeCursor } from '../../pagination.js'
import type { Actor } from '../../plugins/auth.js'
import { checkPrecondition, type Precondition, staleVersion } from '../../plugins/etag.js'
import { conflict, forbidden, invalidField, notFound } from '../../problem.js'
import { recordAudit } from '../audit/service.js'
import type { ContentKind, ContentWrite } from './kinds.js'
import { derivesFrom } from './lineage.js'
import { canDelete, canEdit, canEditSomeState, canRead, sitesNotAllowed, visibleTo } from './policy.js'
import { type ContentRecord, recordColumns } from './records.js'
import { refreshRegions } from './regions.js'

/** Filters beyond the shared ones that some types add (solutions: maturity, derivedFromId). */
type ListQuery = ContentListQuery & { maturity?: string; derivedFromId?: string }

export interface ListedRecord extends ContentRecord {
  rank: number | null
}

const typeLabel: Record<ContentType, string> = { lesson: 'lesson', case_study: 'case study', solution: 'solution' }

async function loadRecords(db: Executor, actor: Actor, where: SQL | undefined): Promise<ContentRecord[]> {
  return db.select(recordColumns(actor)).from(contentItems).where(where)
}

/** One item the actor may see; anything else is a 404, so nobody learns that a hidden item exists. */
export async function getContent(db: Executor, actor: Actor, kind: ContentKind, id: string): Promise<ContentRecord> {
  const [record] = await loadRecords(db, actor, and(eq(contentItems.id, id), eq(contentItems.type, kind.type)))
  if (!record || !canRead(actor, record)) throw notFound(capitalise(kind.noun))
  return record
}

/**
 * One page of the items the actor may see, newest first — or best match first when searching.
 * `limit + 1` rows, one query: related ids, sites and adoption counts are subqueries of it.
 */
export async function listContent(db: Executor, actor: Actor, kind: ContentKind, query: ListQuery, limit: number): Promise<ListedRecord[]> {
  const search = query.q ? sql`websearch_to_tsquery('english', ${query.q})` : null
  const rank = search ? sql<number>`ts_rank(${contentItems.search}, ${search})` : null
  const cursor = decodeCursor(query.cursor, rank ? ['number', 'uuid'] : ['uuid'])
  const filters: (SQL | undefined)[] = [
    eq(contentItems.type, kind.type),
    visibleTo(actor),
    query.status ? eq(contentItems.status, query.status) : undefined,
    query.theme ? sql`${contentItems.themes} @> array[${query.theme}]::text[]` : undefined,
    query.careSetting ? sql`${contentItems.careSettings} @> array[${query.careSetting}]::text[]` : undefined,
    query.tag ? sql`${contentItems.tags} @> array[${query.tag}]::text[]` : undefined,
    query.journeyStage ? eq(contentItems.journeyStage, query.journeyStage) : undefined,
    query.maturity ? sql`${contentItems.maturity} = ${query.maturity}` : undefined,
    query.derivedFromId ? eq(contentItems.derivedFromId, query.derivedFromId) : undefined,
    query.updatedSince ? gte(contentItems.updatedAt, new Date(query.updatedSince)) : undefined,
    query.siteId
      ? sql`exists (select 1 from content_sites item_site where item_site.item_id = content_items.id and item_site.site_id = ${query.siteId})`
      : undefined,
    query.region ? sql`${contentItems.regions} @> array[${query.region}]::text[]` : undefined,
    query.networkId
      ? sql`(exists (select 1 from network_content linked where linked.item_id = content_items.id and linked.network_id = ${query.networkId})
          or exists (select 1 from event_outputs output join events event on event.id = output.event_id
            where output.item_id = content_items.id and event.network_id = ${query.networkId}))`
      : undefined,
    search ? sql`${contentItems.search} @@ ${search}` : undefined,
    cursor ? afterCursor(cursor, rank) : undefined,
  ]
  const columns = { ...recordColumns(actor), rank: rank ?? sql<null>`null` }
  const ordered = db
    .select(columns)
    .from(contentItems)
    .where(and(...filters))
  const rows = rank
    ? await ordered.orderBy(desc(rank), desc(contentItems.id)).limit(limit + 1)
    : await ordered.orderBy(desc(contentItems.id)).limit(limit + 1)
  return rows.map((row) => ({ ...row, rank: row.rank === null ? null : Number(row.rank) }))
}

/** Strictly after the last row of the previous page, in the same order. */
function afterCursor(cursor: Cursor, rank: SQL<number> | null): SQL {
  if (rank) {
    // ts_rank is a float4; comparing as real round-trips the value the cursor carries exactly.
    return sql`(${rank}, ${contentItems.id}) < (${Number(cursor[0])}::real, ${String(cursor[1])}::uuid)`
  }
  return sql`${contentItems.id} < ${String(cursor[0])}::uuid`
}

export const contentCursor = (record: ListedRecord): Cursor => (record.rank === null ? [record.id] : [record.rank, record.id])

/**
 * Every reference a write adds must name something that exists, is live and the actor may see.
 * What the item already holds may stay as it is (a site archived since, a theme retired since), so a
 * client can send an item back unchanged; a contributor may add or remove only their own sites.
 */
async function checkReferences(db: Executor, actor: Actor, write: ContentWrite, current: ContentRecord | null): Promise<void> {
  const selfId = current?.id ?? null
  if (write.siteIds) {
    const pointer = write.sitePointer ?? '/siteIds'
    const before = current?.siteIds ?? []
    const found = await db.select({ id: sites.id, archivedAt: sites.archivedAt }).from(sites).where(inArray(sites.id, write.siteIds))
    write.siteIds.forEach((siteId, index) => {
      if (before.includes(siteId)) return
      const site = found.find((row) => row.id === siteId)
      const at = write.sitePointer === '/siteId' ? pointer : `${pointer}/${index}`
      if (!site) throw invalidField(at, 'is not a known site')
      if (site.archivedAt) throw invalidField(at, 'is an archived site')
    })
    const changed = [...write.siteIds.filter((id) => !before.includes(id)), ...before.filter((id) => !write.siteIds?.includes(id))]
    const refused = sitesNotAllowed(actor, changed)
    if (refused.length > 0) {
      throw forbidden(`You are not a member of site ${refused.join(', ')}, so you cannot add content to it or take content from it.`)
    }
  }
  const chosenThemes = write.columns.themes?.filter((slug) => !current?.themes.includes(slug))
  if (chosenThemes && chosenThemes.length > 0) {
    const live = await db
      .select({ slug: themes.slug })
      .from(themes)
      .where(and(inArray(themes.slug, chosenThemes), isNull(themes.retiredAt)))
      // Shared locks: a theme cannot be retired or deleted while an item is being given it.
      .for('share')
    const missing = chosenThemes.find((slug) => !live.some((theme) => theme.slug === slug))
    if (missing !== undefined) {
      throw invalidField(`/themes/${write.columns.themes?.indexOf(missing)}`, 'is not a current theme; see GET /v1/taxonomy')
    }
  }
  const targets: { type: ContentType; ids: string[]; pointer: string; single: boolean }[] = []
  for (const [type, ids] of Object.entries(write.related ?? {}) as [ContentType, string[]][]) {
    targets.push({ type, ids, pointer: write.relatedPointers?.[type] ?? `/related`, single: false })
  }
  if (write.columns.derivedFromId)
    targets.push({ type: 'solution', ids: [write.columns.derivedFromId], pointer: '/derivedFromId', single: true })
  const parent = write.columns.derivedFromId
  if (parent && selfId && parent !== selfId && (await derivesFrom(db, parent, selfId))) {
    throw invalidField('/derivedFromId', 'is derived from this solution, so this one cannot also be derived from it')
  }
  const wanted = targets.flatMap((target) => target.ids)
  if (wanted.length === 0) return
  const found = await db
    .select({ id: contentItems.id, type: contentItems.type })
    .from(contentItems)
    .where(and(inArray(contentItems.id, wanted), visibleTo(actor)))
  for (const target of targets) {
    target.ids.forEach((id, index) => {
      const at = target.single ? target.pointer : `${target.pointer}/${index}`
      if (id === selfId) throw invalidField(at, 'cannot point at the item itself')
      if (!found.some((row) => row.id === id && row.type === target.type))
        throw invalidField(at, `is not a known ${typeLabel[target.type]}`)
    })
  }
}

async function writeLinks(tx: Executor, actor: Actor, itemId: string, write: ContentWrite, replacing: boolean): Promise<void> {
  if (write.siteIds) {
    if (replacing) await tx.delete(contentSites).where(eq(contentSites.itemId, itemId))
    await tx.insert(contentSites).values(write.siteIds.map((siteId, position) => ({ itemId, siteId, position })))
    await refreshRegions(tx, sql`${itemId}::uuid`)
  }
  for (const [type, ids] of Object.entries(write.related ?? {}) as [ContentType, string[]][]) {
    if (replacing) {
      // Only the links the actor can see are replaced: the list they sent is the list they were shown,
      // so links to another site's draft (made by a curator) must survive their edit.
      await tx.execute(sql`delete from content_relations where from_id = ${itemId}
        and to_id in (select related_item.id from content_items related_item
          where related_item.type = ${type} and ${visibleTo(actor, 'related_item')})`)
    }
    if (ids.length > 0) await tx.insert(contentRelations).values(ids.map((toId, position) => ({ fromId: itemId, toId, position })))
  }
}

export async function createContent(db: Database, actor: Actor, kind: ContentKind, write: ContentWrite): Promise<ContentRecord> {
  return db.transaction(async (tx) => {
    await checkReferences(tx, actor, write, null)
    const [created] = await tx
      .insert(contentItems)
      .values({
        ...kind.defaults,
        ...write.columns,
        type: kind.type,
        title: write.columns.title ?? '',
        summary: write.columns.summary ?? '',
        authorId: actor.id,
        status: 'draft',
      })
      .returning({ id: contentItems.id })
    if (!created) throw new Error('insert returned no row')
    await writeLinks(tx, actor, created.id, write, false)
    await recordAudit(tx, {
      action: `${kind.type}.created`,
      actorId: actor.id,
      subjectType: kind.type,
      subjectId: created.id,
      data: { title: write.columns.title, siteIds: write.siteIds ?? [] },
    })
    return getContent(tx, actor, kind, created.id)
  })
}

/** A partial update; `expected` is the If-Match version, checked against the row it updates. */
export async function updateContent(
  db: Database,
  actor: Actor,
  kind: ContentKind,
  id: string,
  write: ContentWrite,
  expected: Precondition,
): Promise<ContentRecord> {
  return db.transaction(async (tx) => {
    const current = await getContent(tx, actor, kind, id)
    if (!canEdit(actor, current)) {
      if (!canEditSomeState(actor, current)) throw forbidden(`Only contributors of this ${kind.noun}'s sites and curators can change it.`)
      throw forbidden(
        `This ${kind.noun} is ${current.status.replace('_', ' ')}; contributors can edit it only while it is a draft or has changes requested.`,
      )
    }
    checkPrecondition(expected, kind.noun, current.version)
    await checkReferences(tx, actor, write, current)
    // The version guard makes a concurrent write lose cleanly instead of overwriting silently.
    const updated = await tx
      .update(contentItems)
      .set({ ...write.columns, version: sql`${contentItems.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(contentItems.id, id), eq(contentItems.version, current.version)))
      .returning({ id: contentItems.id })
    if (updated.length === 0) throw staleVersion(kind.noun, current.version + 1)
    await writeLinks(tx, actor, id, write, true)
    await recordAudit(tx, {
      action: `${kind.type}.updated`,
      actorId: actor.id,
      subjectType: kind.type,
      subjectId: id,
      data: {
        fields: [
          ...Object.keys(write.columns),
          ...(write.siteIds ? ['siteIds'] : []),
          ...Object.keys(write.related ?? {}).map((type) => `related:${type}`),
        ],
      },
    })
    return getContent(tx, actor, kind, id)
  })
}

export async function deleteContent(db: Database, actor: Actor, kind: ContentKind, id: string, expected: Precondition): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await getContent(tx, actor, kind, id)
    if (current.status !== 'draft') {
      throw conflict(
        `Only drafts can be deleted; this ${kind.noun} is ${current.status.replace('_', ' ')}. Published content is archived instead.`,
      )
    }
    if (!canDelete(actor, current)) throw forbidden(`You cannot delete this ${kind.noun}.`)
    checkPrecondition(expected, kind.noun, current.version)
    await tx.delete(contentItems).where(and(eq(contentItems.id, id), eq(contentItems.version, current.version)))
    await recordAudit(tx, {
      action: `${kind.type}.deleted`,
      actorId: actor.id,
      subjectType: kind.type,
      subjectId: id,
      data: { title: current.title },
    })
  })
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
