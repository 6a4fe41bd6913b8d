import type {
  ContentRef,
  EventListQuery,
  FileSummary,
  Network,
  NetworkCreate,
  NetworkEvent,
  NetworkEventCreate,
  NetworkEventUpdate,
  NetworkListQuery,
  NetworkMember,
  NetworkUpdate,
} from '@learnonce/contracts'
import { and, asc, count, eq, getTableColumns, gte, inArray, lte, type SQL, sql } from 'drizzle-orm'
import type { Database, Executor } from '../../db/client.js'
import {
  contentItems,
  eventOutputs,
  events,
  networkContent,
  networkCoordinators,
  networkSites,
  networks,
  sites,
  users,
} from '../../db/schema/index.js'
import { matches, searchText } from '../../db/search.js'
import { type Cursor, decodeCursor } from '../../pagination.js'
import type { Actor } from '../../plugins/auth.js'
import { checkPrecondition, type Precondition, staleVersion } from '../../plugins/etag.js'
import { badRequest, conflict, invalidField, notFound } from '../../problem.js'
import { chooseSlug } from '../../slug.js'
import { recordAudit } from '../audit/service.js'
import { visibleTo } from '../content/policy.js'
import { attachedFiles, attachFiles, detachFiles, replaceAttachments } from '../files/service.js'
import { enqueueEvent } from '../webhooks/outbox.js'
import { eventPayload } from '../webhooks/payloads.js'
import type { Calendar } from './ical.js'
import { deletionBlocker, schedulingBlocker } from './policy.js'

/**
 * The linked items the actor may see, as ContentRef JSON, in one subquery of the owner's select
 * (plain SQL with explicit aliases; see visibleTo). Names are constants of this module, never input.
 */
function linkedContent(actor: Actor, link: 'network_content' | 'event_outputs', owner: 'network' | 'event') {
  return sql<ContentRef[]>`coalesce((select json_agg(json_build_object('id', linked_item.id, 'type', linked_item.type,
      'title', linked_item.title, 'status', linked_item.status) order by linked_item.id)
    from ${sql.raw(link)} link join content_items linked_item on linked_item.id = link.item_id
    where link.${sql.raw(`${owner}_id`)} = ${sql.raw(`${owner}s.id`)} and ${visibleTo(actor, 'linked_item')}), '[]'::json)`
}

/** Every item in `ids` exists and the actor may see it; otherwise a 400 naming the first that does not. */
async function checkContentIds(db: Executor, actor: Actor, ids: readonly string[], pointer: string): Promise<void> {
  if (ids.length === 0) return
  const found = await db
    .select({ id: contentItems.id })
    .from(contentItems)
    .where(and(inArray(contentItems.id, [...ids]), visibleTo(actor)))
  ids.forEach((id, index) => {
    if (!found.some((row) => row.id === id)) throw invalidField(`${pointer}/${index}`, 'is not a known lesson, case study or solution')
  })
}

/** Replaces the links the actor may see; links to items hidden from them are theirs to keep, not to drop unseen. */
async function replaceVisibleLinks(tx: Executor, actor: Actor, table: 'network_content' | 'event_outputs', owner: SQL): Promise<void> {
  await tx.execute(sql`delete from ${sql.raw(table)} where ${owner}
    and item_id in (select content_items.id from content_items where ${visibleTo(actor)})`)
}

// Networks

// The search vector is for /v1/search only; reading it with every network would widen each row for nothing.
const { search: _search, ...networkTableColumns } = getTableColumns(networks)
type NetworkRow = Omit<typeof networks.$inferSelect, 'search'>
interface NetworkRecord extends NetworkRow {
  members: NetworkMember[]
  coordinatorIds: string[]
  content: ContentRef[]
}

/** A network with its members, coordinators and visible content, all in the one query. */
function networkColumns(actor: Actor) {
  return {
    ...networkTableColumns,
    members: sql<NetworkMember[]>`coalesce((select json_agg(json_build_object('siteId', member_site.site_id, 'role', member_site.role)
        order by member_site.position, member_site.site_id)
      from network_sites member_site where member_site.network_id = networks.id), '[]'::json)`,
    coordinatorIds: sql<string[]>`array(select coordinator.user_id::text from network_coordinators coordinator
      where coordinator.network_id = networks.id order by coordinator.user_id)`,
    content: linkedContent(actor, 'network_content', 'network'),
  }
}

function toNetwork(record: NetworkRecord): Network {
  return {
    id: record.id,
    version: record.version,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    name: record.name,
    slug: record.slug,
    purpose: record.purpose,
    description: record.description,
    status: record.status,
    access: record.access,
    members: record.members,
    coordinatorIds: record.coordinatorIds,
    contentIds: record.content.map((item) => item.id),
    content: record.content,
  }
}

async function loadNetwork(db: Executor, actor: Actor, id: string): Promise<NetworkRecord> {
  const [record] = await db.select(networkColumns(actor)).from(networks).where(eq(networks.id, id))
  if (!record) throw notFound('Network')
  return record
}

export async function getNetwork(db: Executor, actor: Actor, id: string): Promise<Network> {
  return toNetwork(await loadNetwork(db, actor, id))
}

/** By name; `limit + 1` rows in one query (members, coordinators and content are subqueries of it). */
export async function listNetworks(db: Executor, actor: Actor, query: NetworkListQuery, limit: number): Promise<Network[]> {
  const cursor = decodeCursor(query.cursor, ['text', 'uuid'])
  const filters: (SQL | undefined)[] = [
    query.status ? eq(networks.status, query.status) : undefined,
    query.siteId
      ? sql`exists (select 1 from network_sites member_site where member_site.network_id = networks.id and member_site.site_id = ${query.siteId})`
      : undefined,
    query.q ? matches(searchText.networks, query.q) : undefined,
    cursor ? sql`(networks.name, networks.id) > (${String(cursor[0])}, ${String(cursor[1])}::uuid)` : undefined,
  ]
  const found = await db
    .select(networkColumns(actor))
    .from(networks)
    .where(and(...filters))
    .orderBy(asc(networks.name), asc(networks.id))
    .limit(limit + 1)
  return found.map(toNetwork)
}

export const networkCursor = (network: Network): Cursor => [network.name, network.id]

type NetworkLinks = Pick<NetworkUpdate, 'members' | 'coordinatorIds' | 'contentIds'>

/**
 * Every reference in a network write names something that exists and is live. Sites archived, or
 * users disabled, after they joined may stay; they just cannot be added anew.
 */
async function checkNetworkLinks(db: Executor, actor: Actor, input: NetworkLinks, current: NetworkRecord | null): Promise<void> {
  if (input.members) {
    const members = input.members
    const ids = members.map((member) => member.siteId)
    const found =
      ids.length > 0 ? await db.select({ id: sites.id, archivedAt: sites.archivedAt }).from(sites).where(inArray(sites.id, ids)) : []
    members.forEach((member, index) => {
      const pointer = `/members/${index}/siteId`
      if (ids.indexOf(member.siteId) !== index) throw invalidField(pointer, 'is listed twice; list each site once')
      const site = found.find((row) => row.id === member.siteId)
      if (!site) throw invalidField(pointer, 'is not a known site')
      const wasMember = current?.members.some((existing) => existing.siteId === member.siteId) ?? false
      if (site.archivedAt && !wasMember) throw invalidField(pointer, 'is an archived site')
    })
    if (members.length > 0 && !members.some((member) => member.role === 'lead')) {
      throw invalidField('/members', 'must include at least one site with the role "lead"')
    }
  }
  if (input.coordinatorIds && input.coordinatorIds.length > 0) {
    const ids = input.coordinatorIds
    const found = await db.select({ id: users.id, status: users.status }).from(users).where(inArray(users.id, ids))
    ids.forEach((userId, index) => {
      const user = found.find((row) => row.id === userId)
      if (!user) throw invalidField(`/coordinatorIds/${index}`, 'is not a known user')
      const wasCoordinator = current?.coordinatorIds.includes(userId) ?? false
      if (user.status !== 'active' && !wasCoordinator) throw invalidField(`/coordinatorIds/${index}`, 'is a disabled user')
    })
  }
  if (input.contentIds) await checkContentIds(db, actor, input.contentIds, '/contentIds')
}

/** Writes the link sets the input names; on update each replaces the current set. */
async function writeNetworkLinks(tx: Executor, actor: Actor, networkId: string, input: NetworkLinks, replacing: boolean): Promise<void> {
  if (input.members) {
    if (replacing) await tx.delete(networkSites).where(eq(networkSites.networkId, networkId))
    if (input.members.length > 0) {
      await tx.insert(networkSites).values(input.members.map((member, position) => ({ networkId, ...member, position })))
    }
  }
  if (input.coordinatorIds) {
    if (replacing) await tx.delete(networkCoordinators).where(eq(networkCoordinators.networkId, networkId))
    if (input.coordinatorIds.length > 0) {
      await tx.insert(networkCoordinators).values(input.coordinatorIds.map((userId) => ({ networkId, userId })))
    }
  }
  if (input.contentIds) {
    if (replacing) await replaceVisibleLinks(tx, actor, 'network_content', sql`network_id = ${networkId}`)
    if (input.contentIds.length > 0) {
      await tx
        .insert(networkContent)
        .values(input.contentIds.map((itemId) => ({ networkId, itemId })))
        .onConflictDoNothing()
    }
  }
}

async function assertSlugFree(db: Executor, slug: string, selfId: string | null): Promise<void> {
  const [taken] = await db.select({ id: networks.id }).from(networks).where(eq(networks.slug, slug))
  if (taken && taken.id !== selfId) throw conflict(`A network with the slug "${slug}" already exists; choose another slug.`)
}

export async function createNetwork(db: Database, actor: Actor, input: NetworkCreate): Promise<Network> {
  const slug = chooseSlug(input.slug, input.name)
  return db.transaction(async (tx) => {
    await assertSlugFree(tx, slug, null)
    await checkNetworkLinks(tx, actor, input, null)
    const [created] = await tx
      .insert(networks)
      .values({
        name: input.name,
        slug,
        purpose: input.purpose,
        description: input.description ?? '',
        status: input.status ?? 'forming',
        access: input.access ?? 'open',
      })
      .returning({ id: networks.id })
    if (!created) throw new Error('insert returned no row')
    await writeNetworkLinks(tx, actor, created.id, input, false)
    await recordAudit(tx, {
      action: 'network.created',
      actorId: actor.id,
      subjectType: 'network',
      subjectId: created.id,
      data: { name: input.name, slug },
    })
    return getNetwork(tx, actor, created.id)
  })
}

/** A partial update; the arrays it names replace the current sets. `expected` is the If-Match version. */
export async function updateNetwork(
  db: Database,
  actor: Actor,
  id: string,
  input: NetworkUpdate,
  expected: Precondition,
): Promise<Network> {
  return db.transaction(async (tx) => {
    const current = await loadNetwork(tx, actor, id)
    checkPrecondition(expected, 'network', current.version)
    if (input.slug !== undefined && input.slug !== current.slug) await assertSlugFree(tx, input.slug, id)
    await checkNetworkLinks(tx, actor, input, current)
    const { members: _members, coordinatorIds: _coordinatorIds, contentIds: _contentIds, ...columns } = input
    // The version guard makes a concurrent write lose cleanly instead of overwriting silently.
    const updated = await tx
      .update(networks)
      .set({ ...columns, version: sql`${networks.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(networks.id, id), eq(networks.version, current.version)))
      .returning({ id: networks.id })
    if (updated.length === 0) throw staleVersion('network', current.version + 1)
    await writeNetworkLinks(tx, actor, id, input, true)
    await recordAudit(tx, {
      action: 'network.updated',
      actorId: actor.id,
      subjectType: 'network',
      subjectId: id,
      data: {
        fields: Object.keys(input),
        ...(input.status && input.status !== current.status ? { from: current.status, to: input.status } : {}),
      },
    })
    return getNetwork(tx, actor, id)
  })
}

export async function deleteNetwork(db: Database, actor: Actor, id: string, expected: Precondition): Promise<void> {
  await db.transaction(async (tx) => {
    // Locked, so an event cannot be added between the count and the delete: its insert waits, then fails.
    const [current] = await tx
      .select({ version: networks.version, status: networks.status, name: networks.name, slug: networks.slug })
      .from(networks)
      .where(eq(networks.id, id))
      .for('update')
    if (!current) throw notFound('Network')
    const [held] = await tx.select({ events: count() }).from(events).where(eq(events.networkId, id))
    const blocker = deletionBlocker(current, held?.events ?? 0)
    if (blocker) throw conflict(blocker)
    checkPrecondition(expected, 'network', current.version)
    await tx.delete(networks).where(eq(networks.id, id))
    await recordAudit(tx, {
      action: 'network.deleted',
      actorId: actor.id,
      subjectType: 'network',
      subjectId: id,
      data: { name: current.name, slug: current.slug },
    })
  })
}

// Events

type EventRow = typeof events.$inferSelect
interface EventRecord extends EventRow {
  outputs: ContentRef[]
  files: FileSummary[]
}

const eventColumns = (actor: Actor) => ({
  ...getTableColumns(events),
  outputs: linkedContent(actor, 'event_outputs', 'event'),
  files: attachedFiles('event', sql`events.id`),
})

function toEvent(record: EventRecord): NetworkEvent {
  return {
    id: record.id,
    version: record.version,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    networkId: record.networkId,
    title: record.title,
    kind: record.kind,
    startsAt: record.startsAt.toISOString(),
    endsAt: record.endsAt.toISOString(),
    location: record.location,
    onlineUrl: record.onlineUrl,
    description: record.description,
    outputIds: record.outputs.map((item) => item.id),
    outputs: record.outputs,
    fileIds: record.files.map((file) => file.id),
    files: record.files,
  }
}

async function loadEvent(db: Executor, actor: Actor, id: string): Promise<EventRecord> {
  const [record] = await db.select(eventColumns(actor)).from(events).where(eq(events.id, id))
  if (!record) throw notFound('Event')
  return record
}

export async function getEvent(db: Executor, actor: Actor, id: string): Promise<NetworkEvent> {
  return toEvent(await loadEvent(db, actor, id))
}

async function findNetwork(db: Executor, id: string) {
  const [network] = await db
    .select({ id: networks.id, name: networks.name, slug: networks.slug, purpose: networks.purpose, status: networks.status })
    .from(networks)
    .where(eq(networks.id, id))
  if (!network) throw notFound('Network')
  return network
}

/** Events overlapping [from, to] (an event touching either end counts), by start then id; `limit + 1` rows. */
export async function listEvents(db: Executor, actor: Actor, query: EventListQuery, limit: number): Promise<NetworkEvent[]> {
  if (query.from && query.to && Date.parse(query.to) < Date.parse(query.from)) {
    throw invalidField('/to', 'must not be before from', 'query')
  }
  const cursor = decodeCursor(query.cursor, ['timestamp', 'uuid'])
  const filters: (SQL | undefined)[] = [
    query.networkId ? eq(events.networkId, query.networkId) : undefined,
    query.kind ? eq(events.kind, query.kind) : undefined,
    query.from ? gte(events.endsAt, new Date(query.from)) : undefined,
    query.to ? lte(events.startsAt, new Date(query.to)) : undefined,
    cursor
      ? sql`(${events.startsAt}, ${events.id}) > (${new Date(String(cursor[0])).toISOString()}::timestamptz, ${String(cursor[1])}::uuid)`
      : undefined,
  ]
  const found = await db
    .select(eventColumns(actor))
    .from(events)
    .where(and(...filters))
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(limit + 1)
  return found.map(toEvent)
}

/** One network's events; an unknown network is a 404, not an empty list. */
export async function listNetworkEvents(
  db: Executor,
  actor: Actor,
  networkId: string,
  query: Omit<EventListQuery, 'networkId'>,
  limit: number,
): Promise<NetworkEvent[]> {
  await findNetwork(db, networkId)
  return listEvents(db, actor, { ...query, networkId }, limit)
}

export const eventCursor = (event: NetworkEvent): Cursor => [event.startsAt, event.id]

interface EventShape {
  startsAt: Date
  endsAt: Date
  location: string | null
  onlineUrl: string | null
}

/** Rules across fields, checked on the event as it will be stored (for an update, after merging). */
function checkEventShape(event: EventShape): void {
  if (event.endsAt.getTime() <= event.startsAt.getTime()) throw invalidField('/endsAt', 'must be after startsAt')
  if (!event.location && !event.onlineUrl) {
    throw badRequest('An event needs a location, an onlineUrl, or both.', [
      { in: 'body', pointer: '/location', detail: 'is required when there is no onlineUrl' },
      { in: 'body', pointer: '/onlineUrl', detail: 'is required when there is no location' },
    ])
  }
}

async function writeOutputs(tx: Executor, actor: Actor, eventId: string, outputIds: readonly string[] | undefined, replacing: boolean) {
  if (!outputIds) return
  if (replacing) await replaceVisibleLinks(tx, actor, 'event_outputs', sql`event_id = ${eventId}`)
  if (outputIds.length > 0) {
    await tx
      .insert(eventOutputs)
      .values(outputIds.map((itemId) => ({ eventId, itemId })))
      .onConflictDoNothing()
  }
}

export async function createEvent(db: Database, actor: Actor, networkId: string, input: NetworkEventCreate): Promise<NetworkEvent> {
  return db.transaction(async (tx) => {
    const network = await findNetwork(tx, networkId)
    const shape: EventShape = {
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      location: input.location ?? null,
      onlineUrl: input.onlineUrl ?? null,
    }
    checkEventShape(shape)
    await checkContentIds(tx, actor, input.outputIds ?? [], '/outputIds')
    const blocker = schedulingBlocker(network)
    if (blocker) throw conflict(blocker)
    const [created] = await tx
      .insert(events)
      .values({ networkId, title: input.title, kind: input.kind, description: input.description ?? '', ...shape })
      .returning({ id: events.id })
    if (!created) throw new Error('insert returned no row')
    await writeOutputs(tx, actor, created.id, input.outputIds, false)
    await attachFiles(tx, actor, { ownerType: 'event', ownerId: created.id }, input.fileIds ?? [])
    await enqueueEvent(tx, 'event.created', async () => eventPayload(await getEvent(tx, actor, created.id)))
    await recordAudit(tx, {
      action: 'event.created',
      actorId: actor.id,
      subjectType: 'event',
      subjectId: created.id,
      data: { networkId, title: input.title, startsAt: shape.startsAt.toISOString() },
    })
    return getEvent(tx, actor, created.id)
  })
}

export async function updateEvent(
  db: Database,
  actor: Actor,
  id: string,
  input: NetworkEventUpdate,
  expected: Precondition,
): Promise<NetworkEvent> {
  return db.transaction(async (tx) => {
    const current = await loadEvent(tx, actor, id)
    checkPrecondition(expected, 'event', current.version)
    const shape: EventShape = {
      startsAt: input.startsAt !== undefined ? new Date(input.startsAt) : current.startsAt,
      endsAt: input.endsAt !== undefined ? new Date(input.endsAt) : current.endsAt,
      location: input.location !== undefined ? input.location : current.location,
      onlineUrl: input.onlineUrl !== undefined ? input.onlineUrl : current.onlineUrl,
    }
    checkEventShape(shape)
    if (input.outputIds) await checkContentIds(tx, actor, input.outputIds, '/outputIds')
    const updated = await tx
      .update(events)
      .set({
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.kind !== undefined ? { kind: input.kind } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...shape,
        version: sql`${events.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(events.id, id), eq(events.version, current.version)))
      .returning({ id: events.id })
    if (updated.length === 0) throw staleVersion('event', current.version + 1)
    await writeOutputs(tx, actor, id, input.outputIds, true)
    if (input.fileIds) await replaceAttachments(tx, actor, { ownerType: 'event', ownerId: id }, input.fileIds)
    await enqueueEvent(tx, 'event.updated', async () => eventPayload(await getEvent(tx, actor, id)))
    await recordAudit(tx, {
      action: 'event.updated',
      actorId: actor.id,
      subjectType: 'event',
      subjectId: id,
      data: { networkId: current.networkId, fields: Object.keys(input) },
    })
    return getEvent(tx, actor, id)
  })
}

export async function deleteEvent(db: Database, actor: Actor, id: string, expected: Precondition): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ version: events.version, networkId: events.networkId, title: events.title })
      .from(events)
      .where(eq(events.id, id))
    if (!current) throw notFound('Event')
    checkPrecondition(expected, 'event', current.version)
    const deleted = await tx
      .delete(events)
      .where(and(eq(events.id, id), eq(events.version, current.version)))
      .returning({ id: events.id })
    if (deleted.length === 0) throw staleVersion('event', current.version + 1)
    await detachFiles(tx, { ownerType: 'event', ownerId: id })
    await recordAudit(tx, {
      action: 'event.deleted',
      actorId: actor.id,
      subjectType: 'event',
      subjectId: id,
      data: { networkId: current.networkId, title: current.title },
    })
  })
}

/** Everything a calendar feed shows: the network's name and purpose and all its events, soonest first. */
export async function networkCalendar(db: Executor, networkId: string): Promise<Calendar & { slug: string }> {
  const network = await findNetwork(db, networkId)
  const held = await db.select().from(events).where(eq(events.networkId, networkId)).orderBy(asc(events.startsAt), asc(events.id))
  return { name: network.name, slug: network.slug, description: network.purpose, events: held }
}
