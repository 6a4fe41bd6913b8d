import { type ContentListQuery, type ContentType, isFileLink } from '@learnonce/contracts'
import { and, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm'
import { type Database, type Executor, readTarget } from '../../db/client.js'
import { literalLimit, planningFor, prepared, rowsOf } from '../../db/prepared.js'
import { contentItems, contentRelations, contentSites, sites, themes } from '../../db/schema/index.js'
import { type Cursor, decodeCursor } from '../../pagination.js'
import { type Actor, userIdOf } from '../../plugins/auth.js'
import { checkPrecondition, type Precondition, staleVersion } from '../../plugins/etag.js'
import { conflict, forbidden, invalidField, notFound } from '../../problem.js'
import { recordAudit } from '../audit/service.js'
import { detachFiles, replaceAttachments } from '../files/service.js'
import { refreshFindings } from '../governance/service.js'
import { recordContentChange } from '../sync/record-change.js'
import { itemTag } from './item-tag.js'
import type { ContentKind, ContentWrite } from './kinds.js'
import { derivesFrom } from './lineage.js'
import {
  type Audience,
  audienceOf,
  canDelete,
  canEdit,
  canEditSomeState,
  canRead,
  canSetReviewBy,
  memberOf,
  sitesNotAllowed,
  visibleAs,
  visibleTo,
} from './policy.js'
import {
  type ContentRecord,
  type ExtraColumn,
  fromRows,
  type ListRecord,
  listColumns,
  recordColumns,
  staleSql,
  type TagSource,
  tagColumns,
  type Viewer,
} from './records.js'
import { refreshRegions } from './regions.js'

/** Filters beyond the shared ones that some types add (solutions: maturity, derivedFromId). */
type ListQuery = ContentListQuery & { maturity?: string; derivedFromId?: string }

const typeLabel: Record<ContentType, string> = { lesson: 'lesson', case_study: 'case study', solution: 'solution' }

const placeholder = (name: string) => sql`${sql.placeholder(name)}`
const preparedViewer = (audience: Audience): Viewer => ({ audience, sites: placeholder('memberOf') })

/**
 * One item by id, prepared per kind and audience: the whole record (`record`), or only the columns
 * of its ETag (`tag`, for a revalidation).
 */
function byIdStatement(db: Executor, kind: ContentKind, audience: Audience, shape: 'record' | 'tag') {
  return prepared(db, `item-${shape}:${kind.type}:${audience}`, (name) => {
    const viewer = preparedViewer(audience)
    return db
      .select(shape === 'record' ? recordColumns(viewer, kind.type) : tagColumns(viewer, kind.type))
      .from(contentItems)
      .where(and(eq(contentItems.id, sql.placeholder('id')), typeIs(kind.type)))
      .prepare(name)
  })
}

/**
 * The ETag getContent's item would be sent with, read from a few small columns (no long text is
 * read, built or hashed): what a revalidation needs. Null when the actor may not see the item.
 */
export async function contentTag(db: Executor, actor: Actor, kind: ContentKind, id: string): Promise<string | null> {
  const statement = byIdStatement(readTarget(db), kind, audienceOf(actor), 'tag')
  const [source] = (await rowsOf(statement, { id, memberOf: memberOf(actor) })) as TagSource[]
  return source && canRead(actor, source) ? itemTag(kind, source) : null
}

/** One item the actor may see; anything else is a 404, so nobody learns that a hidden item exists. */
export async function getContent(db: Executor, actor: Actor, kind: ContentKind, id: string): Promise<ContentRecord> {
  const statement = byIdStatement(readTarget(db), kind, audienceOf(actor), 'record')
  const [record] = fromRows<ContentRecord>(await rowsOf(statement, { id, memberOf: memberOf(actor) }))
  if (!record || !canRead(actor, record)) throw notFound(capitalise(kind.noun))
  return record
}

/** The record properties a list's `fields` parameter names; an unknown name is a 400 naming /fields. */
export function listExtras(kind: ContentKind, fields: string | undefined): ExtraColumn[] {
  if (fields === undefined) return []
  const names = [...new Set(fields.split(',').map((name) => name.trim()))]
  return names.map((name) => {
    const column = kind.listFields[name]
    if (!column) {
      throw invalidField(
        '/fields',
        `"${name}" is not a field a ${kind.noun} list can add; choose from ${Object.keys(kind.listFields).join(', ')}`,
        'query',
      )
    }
    return column
  })
}

/**
 * The search terms as a scalar subquery: PostgreSQL computes it once per statement (an InitPlan), where
 * `websearch_to_tsquery($n)` inline is parsed again for every row a generic plan ranks or filters.
 */
const searchQuery = sql`(select websearch_to_tsquery('english', ${placeholder('q')}))`
/** The item's type as a literal: a statement is built per kind anyway, and a generic plan then knows it. */
const typeIs = (type: ContentKind['type']) => sql`${contentItems.type} = ${sql.raw(`'${type}'`)}`

/** Every filter as SQL over a placeholder of its own name: the statement's shape is the set of filters used. */
const filterSql = {
  status: sql`${contentItems.status} = ${placeholder('status')}`,
  theme: sql`${contentItems.themes} @> array[${placeholder('theme')}]::text[]`,
  careSetting: sql`${contentItems.careSettings} @> array[${placeholder('careSetting')}]::text[]`,
  tag: sql`${contentItems.tags} @> array[${placeholder('tag')}]::text[]`,
  journeyStage: sql`${contentItems.journeyStage} = ${placeholder('journeyStage')}`,
  maturity: sql`${contentItems.maturity} = ${placeholder('maturity')}`,
  derivedFromId: sql`${contentItems.derivedFromId} = ${placeholder('derivedFromId')}::uuid`,
  updatedSince: sql`${contentItems.updatedAt} >= ${placeholder('updatedSince')}::timestamptz`,
  siteId: sql`exists (select 1 from content_sites item_site where item_site.item_id = content_items.id and item_site.site_id = ${placeholder('siteId')}::uuid)`,
  region: sql`${contentItems.regions} @> array[${placeholder('region')}]::text[]`,
  networkId: sql`(exists (select 1 from network_content linked where linked.item_id = content_items.id and linked.network_id = ${placeholder('networkId')}::uuid)
    or exists (select 1 from event_outputs output join events event on event.id = output.event_id
      where output.item_id = content_items.id and event.network_id = ${placeholder('networkId')}::uuid))`,
  q: sql`${contentItems.search} @@ ${searchQuery}`,
} satisfies Record<string, SQL>
type FilterName = keyof typeof filterSql
const filterNames = Object.keys(filterSql) as FilterName[]

/**
 * Filters whose value picks the SQL instead of filling a placeholder: `stale=true` names the state as
 * a literal so the partial review-by indexes serve it (a generic plan cannot prove their predicate
 * from a parameter). Each value is a statement shape of its own (`stale=true`, `stale=false`).
 */
const shapeFilterSql = {
  stale: {
    true: staleSql(),
    false: sql`not coalesce(${staleSql()}, false)`,
  },
} satisfies Record<string, Record<string, SQL>>
type ShapeFilter = { [F in keyof typeof shapeFilterSql]: `${F}=${keyof (typeof shapeFilterSql)[F] & string}` }[keyof typeof shapeFilterSql]
const shapeFiltersOf = (query: ListQuery): ShapeFilter[] => (query.stale === undefined ? [] : [`stale=${query.stale}`])
const shapeFilter = (used: ShapeFilter): SQL => {
  const [name, value] = used.split('=') as ['stale', 'true' | 'false']
  return shapeFilterSql[name][value]
}

const rankSql = sql<number>`ts_rank(${contentItems.search}, ${searchQuery})`

/**
 * A list page in two steps, in one statement: the ids of the page (and their ranks) from the
 * indexes, then the rows for those ids (a late row lookup), so neither a sort nor a ranking ever
 * carries the wide rows of everything that matched.
 */
function listStatement(
  db: Executor,
  kind: ContentKind,
  audience: Audience,
  used: FilterName[],
  shaped: ShapeFilter[],
  cursor: boolean,
  extras: ExtraColumn[],
  rows: number,
) {
  const search = used.includes('q')
  const key = ['list', kind.type, audience, cursor ? 'cursor' : 'first', `rows=${rows}`, ...used, ...shaped, 'fields', ...extras].join(':')
  return prepared(
    db,
    key,
    (name) => {
      const viewer = preparedViewer(audience)
      const rank = search ? rankSql : sql<number | null>`null::real`
      const after = search
        ? // ts_rank is a float4; comparing as real round-trips the value the cursor carries exactly.
          sql`(${rankSql}, ${contentItems.id}) < (${placeholder('afterRank')}::real, ${placeholder('afterId')}::uuid)`
        : sql`${contentItems.id} < ${placeholder('afterId')}::uuid`
      const filters = [
        typeIs(kind.type),
        visibleAs(audience, 'content_items', viewer.sites),
        ...used.map((filter) => filterSql[filter]),
        ...shaped.map(shapeFilter),
        cursor ? after : undefined,
      ]
      const page = db
        .select({ id: contentItems.id, rank: rank.as('rank') })
        .from(contentItems)
        .where(and(...filters))
        // By the select list's `rank`, so each match is ranked once, not again for the sort.
        .orderBy(...(search ? [desc(sql`"rank"`), desc(contentItems.id)] : [desc(contentItems.id)]))
        .limit(literalLimit(rows))
        .as('page')
      return db
        .select({ ...listColumns(viewer, kind.type, extras), rank: sql<number | null>`${page.rank}`.as('rank') })
        .from(page)
        .innerJoin(contentItems, eq(contentItems.id, page.id))
        .orderBy(...(search ? [desc(page.rank), desc(contentItems.id)] : [desc(contentItems.id)]))
        .prepare(name)
    },
    planningFor(used),
  )
}

/**
 * One page of the items the actor may see, newest first — or best match first when searching.
 * `limit + 1` rows, one query: sites and adoption counts are subqueries of it, over the page only.
 */
export async function listContent(
  db: Executor,
  actor: Actor,
  kind: ContentKind,
  query: ListQuery,
  limit: number,
  extras: ExtraColumn[] = [],
): Promise<ListRecord[]> {
  const cursor = decodeCursor(query.cursor, query.q ? ['real', 'uuid'] : ['uuid'])
  const used = filterNames.filter((filter) => query[filter] !== undefined)
  const statement = listStatement(readTarget(db), kind, audienceOf(actor), used, shapeFiltersOf(query), cursor !== null, extras, limit + 1)
  const values: Record<string, unknown> = { memberOf: memberOf(actor) }
  for (const filter of used) values[filter] = query[filter]
  if (cursor) {
    values.afterId = String(cursor[cursor.length - 1])
    values.afterRank = Number(cursor[0])
  }
  // The select list depends on `extras`, so drizzle cannot type the row; listColumns builds a ListRecord.
  const rows = fromRows<ListRecord>(await rowsOf(statement, values))
  for (const row of rows) if (row.rank !== null) row.rank = Number(row.rank)
  return rows
}

export const contentCursor = (record: ListRecord): Cursor => (record.rank === null ? [record.id] : [record.rank, record.id])

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

/**
 * Links as stored: a file link keeps its file's id, never the name and size shown on reading (those
 * follow the file). Each file a write names is attached to the item in the same transaction.
 */
function storedLinks(write: ContentWrite): void {
  const links = write.columns.links
  if (links)
    write.columns.links = links.map((link) => (isFileLink(link) ? { title: link.title, fileId: link.fileId, kind: link.kind } : link))
}

async function writeFileAttachments(tx: Executor, actor: Actor, kind: ContentKind, itemId: string, write: ContentWrite): Promise<void> {
  const links = write.columns.links
  if (!links) return
  const named = links.flatMap((link, index) => (isFileLink(link) ? [{ fileId: link.fileId, index }] : []))
  const field = kind.type === 'solution' ? 'artefacts' : 'links'
  await replaceAttachments(
    tx,
    actor,
    { ownerType: 'content', ownerId: itemId },
    named.map((link) => link.fileId),
    (at) => `/${field}/${named[at]?.index ?? at}/fileId`,
  )
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
  storedLinks(write)
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
        // authorId references people; an item a key created records the key instead.
        authorId: userIdOf(actor),
        authorKeyId: actor.kind === 'key' ? actor.id : null,
        status: 'draft',
      })
      .returning({ id: contentItems.id })
    if (!created) throw new Error('insert returned no row')
    await writeLinks(tx, actor, created.id, write, false)
    await writeFileAttachments(tx, actor, kind, created.id, write)
    await recordAudit(tx, {
      action: `${kind.type}.created`,
      actorId: actor.id,
      subjectType: kind.type,
      subjectId: created.id,
      data: { title: write.columns.title, siteIds: write.siteIds ?? [] },
    })
    await refreshFindings(tx, created.id, userIdOf(actor))
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
  storedLinks(write)
  return db.transaction(async (tx) => {
    const current = await getContent(tx, actor, kind, id)
    if (!canEdit(actor, current)) {
      if (!canEditSomeState(actor, current)) throw forbidden(`Only contributors of this ${kind.noun}'s sites and curators can change it.`)
      throw forbidden(
        `This ${kind.noun} is ${current.status.replace('_', ' ')}; contributors can edit it only while it is a draft or has changes requested.`,
      )
    }
    if (write.columns.reviewBy !== undefined && !canSetReviewBy(actor)) {
      throw forbidden(`Only curators and admins can set when a ${kind.noun} is due for review.`)
    }
    checkPrecondition(expected, kind.noun, current.version)
    await checkReferences(tx, actor, write, current)
    // The version guard makes a concurrent write lose cleanly instead of overwriting silently.
    const updated = await tx
      .update(contentItems)
      .set({
        ...write.columns,
        // A new review-by date is a new review period: the review-due job may announce it again.
        ...(write.columns.reviewBy !== undefined ? { reviewDueNotifiedAt: null } : {}),
        version: sql`${contentItems.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(contentItems.id, id), eq(contentItems.version, current.version)))
      .returning({ id: contentItems.id })
    if (updated.length === 0) throw staleVersion(kind.noun, current.version + 1)
    await writeLinks(tx, actor, id, write, true)
    await writeFileAttachments(tx, actor, kind, id, write)
    await recordContentChange(tx, { type: kind.type, id, from: current.status, to: current.status })
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
    await refreshFindings(tx, id, userIdOf(actor))
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
    // Its files are left unattached (visible to their uploaders until the clean-up job removes them).
    await detachFiles(tx, { ownerType: 'content', ownerId: id })
    await recordContentChange(tx, { type: kind.type, id, from: current.status, to: null })
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
