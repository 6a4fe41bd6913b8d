import type {
  Adoption,
  AdoptionCreate,
  AdoptionListQuery,
  AdoptionMode,
  AdoptionUpdate,
  SolutionLineage,
  SolutionNode,
} from '@learnonce/contracts'
import { and, desc, eq, lt, type SQL, sql } from 'drizzle-orm'
import { type Database, type Executor, rows } from '../../db/client.js'
import { adoptions, contentItems, sites } from '../../db/schema/index.js'
import { decodeCursor } from '../../pagination.js'
import type { Actor } from '../../plugins/auth.js'
import { checkPrecondition, type Precondition, staleVersion } from '../../plugins/etag.js'
import { conflict, forbidden, invalidField, notFound } from '../../problem.js'
import { recordAudit } from '../audit/service.js'
import { solutions } from '../content/kinds.js'
import { ancestorWalk, derivesFrom, descendantWalk } from '../content/lineage.js'
import { visibleTo } from '../content/policy.js'
import type { ContentRecord } from '../content/records.js'
import { getContent } from '../content/service.js'
import { recordRelatedChange } from '../sync/record-change.js'
import { enqueueEvent } from '../webhooks/outbox.js'
import { canRecordFor, isAdoptable, isOwnSolution } from './policy.js'

type AdoptionRow = typeof adoptions.$inferSelect

const iso = (date: Date | null) => date?.toISOString() ?? null

function toAdoption(row: AdoptionRow): Adoption {
  return { ...row, startedAt: iso(row.startedAt), createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() }
}

const describeStatus = (status: string) => status.replace('_', ' ')

/** The solution asked about, if the actor may see it; a 404 otherwise, so nobody learns a hidden one exists. */
const visibleSolution = (db: Executor, actor: Actor, id: string) => getContent(db, actor, solutions, id)

// ---------------------------------------------------------------------------------------------
// Lineage

/**
 * The nodes of a walk the actor may see. The walk itself goes through every solution, so a hidden
 * draft in the middle of a chain still connects what lies beyond it; those beyond keep their true
 * depth (a gap in depths is where a hidden solution sits).
 */
const visibleNodes = (walk: SQL, actor: Actor) => sql`${walk}
  select node.id, node.title, node.status, node.derived_from_id as "derivedFromId", chain.depth,
    coalesce((select item_site.site_id::text from content_sites item_site where item_site.item_id = node.id
      order by item_site.position, item_site.site_id limit 1), '') as "siteId"
  from chain join content_items node on node.id = chain.id and node.type = 'solution'
  where ${visibleTo(actor, 'node')}
  order by chain.depth, node.id`

export async function solutionLineage(db: Executor, actor: Actor, id: string): Promise<SolutionLineage> {
  await visibleSolution(db, actor, id)
  const [ancestors, descendants] = await Promise.all([
    rows<SolutionNode>(db, visibleNodes(ancestorWalk(id), actor)),
    rows<SolutionNode>(db, visibleNodes(descendantWalk(id), actor)),
  ])
  return { ancestors, descendants }
}

// ---------------------------------------------------------------------------------------------
// Adoptions

/** One page of a visible solution's adoptions, newest first; `limit + 1` rows. */
export async function listAdoptions(
  db: Executor,
  actor: Actor,
  solutionId: string,
  query: AdoptionListQuery,
  limit: number,
): Promise<Adoption[]> {
  await visibleSolution(db, actor, solutionId)
  const cursor = decodeCursor(query.cursor, ['uuid'])
  const found = await db
    .select()
    .from(adoptions)
    .where(
      and(
        eq(adoptions.solutionId, solutionId),
        query.siteId ? eq(adoptions.siteId, query.siteId) : undefined,
        query.mode ? eq(adoptions.mode, query.mode) : undefined,
        query.status ? eq(adoptions.status, query.status) : undefined,
        cursor ? lt(adoptions.id, String(cursor[0])) : undefined,
      ),
    )
    .orderBy(desc(adoptions.id))
    .limit(limit + 1)
  return found.map(toAdoption)
}

export const adoptionCursor = (adoption: Adoption) => [adoption.id]

/** An adoption of a solution the actor may see, with its site's name for messages. */
async function loadAdoption(db: Executor, solutionId: string, adoptionId: string) {
  const [found] = await db
    .select({ adoption: adoptions, siteName: sites.name })
    .from(adoptions)
    .innerJoin(sites, eq(sites.id, adoptions.siteId))
    .where(and(eq(adoptions.id, adoptionId), eq(adoptions.solutionId, solutionId)))
  if (!found) throw notFound('Adoption')
  return found
}

export async function getAdoption(db: Executor, actor: Actor, solutionId: string, adoptionId: string): Promise<Adoption> {
  await visibleSolution(db, actor, solutionId)
  return toAdoption((await loadAdoption(db, solutionId, adoptionId)).adoption)
}

const notAMember = (site: { id: string; name: string }) =>
  forbidden(`You are not a member of ${site.name} (site ${site.id}), so you cannot record or change its adoptions.`)

/** The adopting site: known, live, one the actor may record for, and not where the solution came from. */
async function checkAdoptingSite(db: Executor, actor: Actor, solution: ContentRecord, siteId: string): Promise<void> {
  const [site] = await db.select({ id: sites.id, name: sites.name, archivedAt: sites.archivedAt }).from(sites).where(eq(sites.id, siteId))
  if (!site) throw invalidField('/siteId', 'is not a known site')
  if (site.archivedAt) throw invalidField('/siteId', 'is an archived site; restore it before recording its adoptions')
  if (!canRecordFor(actor, site.id)) throw notAMember(site)
  if (isOwnSolution(solution.siteIds, site.id)) {
    throw invalidField(
      '/siteId',
      'is the site this solution came from: a site does not adopt its own solution. Edit the solution, or create a new solution derived from it',
    )
  }
}

/**
 * The solution an enhancement produced: visible to the actor, a solution of the adopting site
 * (the site made it; this also keeps anyone from re-parenting another site's solution), and not the
 * adopted solution or one it descends from (that would make lineage a cycle).
 */
async function checkProducedSolution(db: Executor, actor: Actor, solution: ContentRecord, siteId: string, producedId: string) {
  const pointer = '/producedSolutionId'
  if (producedId === solution.id) throw invalidField(pointer, 'cannot be the solution being adopted')
  const [produced] = await db
    .select({
      id: contentItems.id,
      derivedFromId: contentItems.derivedFromId,
      siteIds: sql<string[]>`array(select item_site.site_id::text from content_sites item_site where item_site.item_id = content_items.id)`,
    })
    .from(contentItems)
    .where(and(eq(contentItems.id, producedId), eq(contentItems.type, 'solution'), visibleTo(actor)))
  if (!produced) throw invalidField(pointer, 'is not a known solution')
  if (!produced.siteIds.includes(siteId)) {
    throw invalidField(pointer, 'must be a solution of the adopting site: it is the new solution that site produced')
  }
  if (await derivesFrom(db, solution.id, producedId))
    throw invalidField(pointer, 'is a solution this one was derived from, so it cannot also be derived from it')
}

/** producedSolutionId belongs to enhancements only; the pointer names whichever field the request got wrong. */
function checkModeAllowsProduced(mode: AdoptionMode, producedId: string | null, pointer: '/producedSolutionId' | '/mode'): void {
  if (producedId === null || mode === 'enhance') return
  throw pointer === '/producedSolutionId'
    ? invalidField(pointer, `is only for mode enhance: a ${mode} does not produce a new solution`)
    : invalidField(pointer, `cannot be ${mode} while the adoption names the solution it produced; send "producedSolutionId": null as well`)
}

/**
 * Lineage follows enhancements: the produced solution becomes derived from the adopted one, unless
 * it already says what it was derived from (that was a deliberate choice by its authors). Its
 * version moves on because its representation changed.
 */
async function linkEnhancement(db: Executor, producedId: string, solutionId: string): Promise<boolean> {
  const linked = await db
    .update(contentItems)
    .set({ derivedFromId: solutionId, version: sql`${contentItems.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(contentItems.id, producedId), sql`${contentItems.derivedFromId} is null`))
    .returning({ id: contentItems.id })
  if (linked.length > 0) await recordRelatedChange(db, 'solution', producedId)
  return linked.length > 0
}

/**
 * A solution shows its adoption counts, so a change to them is a change to the solution: its
 * version (and so its ETag) moves on, and sync clients see it in updatedSince.
 */
async function touchSolution(db: Executor, solutionId: string): Promise<void> {
  await db
    .update(contentItems)
    .set({ version: sql`${contentItems.version} + 1`, updatedAt: sql`now()` })
    .where(eq(contentItems.id, solutionId))
  await recordRelatedChange(db, 'solution', solutionId)
}

const toDate = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? null : new Date(value))

export async function createAdoption(db: Database, actor: Actor, solutionId: string, input: AdoptionCreate): Promise<Adoption> {
  return db.transaction(async (tx) => {
    const solution = await visibleSolution(tx, actor, solutionId)
    if (!isAdoptable(solution.status)) {
      throw conflict(`Only published solutions can be adopted; this one is ${describeStatus(solution.status)}.`)
    }
    await checkAdoptingSite(tx, actor, solution, input.siteId)
    const producedId = input.producedSolutionId ?? null
    checkModeAllowsProduced(input.mode, producedId, '/producedSolutionId')
    if (producedId) await checkProducedSolution(tx, actor, solution, input.siteId, producedId)
    const [row] = await tx
      .insert(adoptions)
      .values({
        solutionId,
        siteId: input.siteId,
        mode: input.mode,
        status: input.status ?? 'planned',
        notes: input.notes ?? '',
        startedAt: toDate(input.startedAt) ?? null,
        producedSolutionId: producedId,
        recordedById: actor.id,
      })
      .returning()
    if (!row) throw new Error('insert returned no row')
    const derivedFromLinked = producedId ? await linkEnhancement(tx, producedId, solutionId) : false
    await touchSolution(tx, solutionId)
    await enqueueEvent(tx, 'adoption.created', () => toAdoption(row))
    await recordAudit(tx, {
      action: 'adoption.created',
      actorId: actor.id,
      subjectType: 'adoption',
      subjectId: row.id,
      data: { solutionId, siteId: row.siteId, mode: row.mode, status: row.status, producedSolutionId: producedId, derivedFromLinked },
    })
    return toAdoption(row)
  })
}

/** A partial update; `expected` is the If-Match version. The site and solution of an adoption never change. */
export async function updateAdoption(
  db: Database,
  actor: Actor,
  solutionId: string,
  adoptionId: string,
  input: AdoptionUpdate,
  expected: Precondition,
): Promise<Adoption> {
  return db.transaction(async (tx) => {
    const solution = await visibleSolution(tx, actor, solutionId)
    const { adoption: current, siteName } = await loadAdoption(tx, solutionId, adoptionId)
    if (!canRecordFor(actor, current.siteId)) throw notAMember({ id: current.siteId, name: siteName })
    checkPrecondition(expected, 'adoption', current.version)
    const mode = input.mode ?? current.mode
    const producedId = input.producedSolutionId === undefined ? current.producedSolutionId : input.producedSolutionId
    checkModeAllowsProduced(mode, producedId, input.producedSolutionId ? '/producedSolutionId' : '/mode')
    if (input.producedSolutionId) await checkProducedSolution(tx, actor, solution, current.siteId, input.producedSolutionId)
    // The version guard makes a concurrent write lose cleanly instead of overwriting silently.
    const [row] = await tx
      .update(adoptions)
      .set({
        mode: input.mode,
        status: input.status,
        notes: input.notes,
        startedAt: toDate(input.startedAt),
        producedSolutionId: input.producedSolutionId,
        version: sql`${adoptions.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(adoptions.id, adoptionId), eq(adoptions.version, current.version)))
      .returning()
    if (!row) throw staleVersion('adoption', current.version + 1)
    const derivedFromLinked = input.producedSolutionId ? await linkEnhancement(tx, input.producedSolutionId, solutionId) : false
    if (row.mode !== current.mode) await touchSolution(tx, solutionId)
    await recordAudit(tx, {
      action: 'adoption.updated',
      actorId: actor.id,
      subjectType: 'adoption',
      subjectId: row.id,
      data: { solutionId, siteId: row.siteId, changes: input, derivedFromLinked },
    })
    return toAdoption(row)
  })
}

/** Removes the record of reuse; a lineage link an enhancement made stays, as it is part of the produced solution. */
export async function deleteAdoption(
  db: Database,
  actor: Actor,
  solutionId: string,
  adoptionId: string,
  expected: Precondition,
): Promise<void> {
  await db.transaction(async (tx) => {
    await visibleSolution(tx, actor, solutionId)
    const { adoption: current, siteName } = await loadAdoption(tx, solutionId, adoptionId)
    if (!canRecordFor(actor, current.siteId)) throw notAMember({ id: current.siteId, name: siteName })
    checkPrecondition(expected, 'adoption', current.version)
    const deleted = await tx
      .delete(adoptions)
      .where(and(eq(adoptions.id, adoptionId), eq(adoptions.version, current.version)))
      .returning({ id: adoptions.id })
    if (deleted.length === 0) throw staleVersion('adoption', current.version + 1)
    await touchSolution(tx, solutionId)
    await recordAudit(tx, {
      action: 'adoption.deleted',
      actorId: actor.id,
      subjectType: 'adoption',
      subjectId: adoptionId,
      data: { solutionId, siteId: current.siteId, mode: current.mode, status: current.status },
    })
  })
}
