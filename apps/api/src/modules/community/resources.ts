import type {
  NetworkResource,
  NetworkResourceCreate,
  NetworkResourceListQuery,
  NetworkResourceOrder,
  NetworkResourceUpdate,
} from '@learnonce/contracts'
import { and, asc, eq, type SQL, sql } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import type { Database, Executor } from '../../db/client.js'
import { files, networkResources } from '../../db/schema/index.js'
import { type Cursor, decodeCursor } from '../../pagination.js'
import type { Actor } from '../../plugins/auth.js'
import { checkPrecondition, type Precondition, staleVersion } from '../../plugins/etag.js'
import { badRequest, invalidField, notFound } from '../../problem.js'
import { recordAudit } from '../audit/service.js'
import { detachFiles, replaceAttachments } from '../files/service.js'
import { type NetworkCommunity, readableCommunity, requireModerator, requireParticipant } from './community.js'

const resourceColumns = {
  id: networkResources.id,
  version: networkResources.version,
  createdAt: networkResources.createdAt,
  updatedAt: networkResources.updatedAt,
  networkId: networkResources.networkId,
  title: networkResources.title,
  description: networkResources.description,
  kind: networkResources.kind,
  journeyStage: networkResources.journeyStage,
  position: networkResources.position,
  url: networkResources.url,
  fileId: networkResources.fileId,
  addedBy: networkResources.addedBy,
  fileName: files.name,
  fileMediaType: files.mediaType,
  fileSize: files.size,
}

async function loadResources(db: Executor, where: SQL | undefined, limit?: number): Promise<NetworkResource[]> {
  const query = db
    .select(resourceColumns)
    .from(networkResources)
    .leftJoin(files, eq(files.id, networkResources.fileId))
    .where(where)
    .orderBy(asc(networkResources.position), asc(networkResources.id))
  const found = limit === undefined ? await query : await query.limit(limit)
  return found.map(({ fileName, fileMediaType, fileSize, ...row }) => ({
    ...row,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    file:
      row.fileId && fileName !== null && fileMediaType !== null && fileSize !== null
        ? { id: row.fileId, name: fileName, mediaType: fileMediaType, size: fileSize }
        : null,
  }))
}

/** The resource with its network, a 404 for anyone who cannot read that network's library. */
async function findResource(db: Executor, actor: Actor, id: string): Promise<{ resource: NetworkResource; community: NetworkCommunity }> {
  const [resource] = await loadResources(db, eq(networkResources.id, id))
  if (!resource) throw notFound('Resource')
  const community = await readableCommunity(db, actor, resource.networkId, 'Resource')
  return { resource, community }
}

export async function listResources(
  db: Executor,
  actor: Actor,
  networkId: string,
  query: NetworkResourceListQuery,
  limit: number,
): Promise<NetworkResource[]> {
  await readableCommunity(db, actor, networkId)
  const cursor = decodeCursor(query.cursor, ['integer', 'uuid'])
  return loadResources(
    db,
    and(
      eq(networkResources.networkId, networkId),
      query.kind ? eq(networkResources.kind, query.kind) : undefined,
      query.journeyStage ? eq(networkResources.journeyStage, query.journeyStage) : undefined,
      cursor ? sql`(${networkResources.position}, ${networkResources.id}) > (${Number(cursor[0])}, ${String(cursor[1])}::uuid)` : undefined,
    ),
    limit + 1,
  )
}

export const resourceCursor = (resource: NetworkResource): Cursor => [resource.position, resource.id]

export async function getResource(db: Executor, actor: Actor, id: string): Promise<NetworkResource> {
  return (await findResource(db, actor, id)).resource
}

/** A resource is a link or a file, never both and never neither. */
function checkSource(source: { url: string | null; fileId: string | null }): void {
  if ((source.url === null) === (source.fileId === null)) {
    throw badRequest('A resource is either a link (url) or an uploaded file (fileId): send exactly one of them.', [
      { in: 'body', pointer: source.url === null ? '/url' : '/fileId', detail: 'send exactly one of url and fileId' },
    ])
  }
}

const auditData = (resource: { networkId: string; title: string; kind: string }) => ({
  networkId: resource.networkId,
  title: resource.title,
  kind: resource.kind,
})

export async function createResource(
  db: Database,
  actor: Actor,
  networkId: string,
  input: NetworkResourceCreate,
): Promise<NetworkResource> {
  return db.transaction(async (tx) => {
    const community = await readableCommunity(tx, actor, networkId)
    requireParticipant(actor, community, 'add to its library')
    const source = { url: input.url ?? null, fileId: input.fileId ?? null }
    checkSource(source)
    // New resources go last; the network row's lock makes two concurrent adds take different places.
    await tx.execute(sql`select 1 from networks where id = ${networkId} for update`)
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${networkResources.position}) + 1, 0)` })
      .from(networkResources)
      .where(eq(networkResources.networkId, networkId))
    // The file is checked and attached first, so an unknown or someone else's file is a 422, not a foreign-key error.
    const resourceId = uuidv7()
    if (source.fileId) {
      await replaceAttachments(
        tx,
        actor,
        { ownerType: 'network_resource', ownerId: resourceId, networkId },
        [source.fileId],
        () => '/fileId',
      )
    }
    const [created] = await tx
      .insert(networkResources)
      .values({
        id: resourceId,
        networkId,
        title: input.title,
        description: input.description ?? '',
        kind: input.kind,
        journeyStage: input.journeyStage ?? null,
        position: last?.position ?? 0,
        ...source,
        addedBy: actor.kind === 'user' ? actor.id : null,
      })
      .returning({ id: networkResources.id })
    if (!created) throw new Error('insert returned no row')
    await recordAudit(tx, {
      action: 'resource.created',
      actorId: actor.id,
      subjectType: 'resource',
      subjectId: created.id,
      data: auditData({ networkId, ...input }),
    })
    return getResource(tx, actor, created.id)
  })
}

export async function updateResource(
  db: Database,
  actor: Actor,
  id: string,
  input: NetworkResourceUpdate,
  expected: Precondition,
): Promise<NetworkResource> {
  return db.transaction(async (tx) => {
    const { resource, community } = await findResource(tx, actor, id)
    requireModerator(actor, community, 'change its library')
    checkPrecondition(expected, 'resource', resource.version)
    // Naming one source switches to it: a url replaces the file, a fileId the link.
    const source =
      input.url !== undefined || input.fileId !== undefined
        ? { url: input.url ?? null, fileId: input.fileId ?? null }
        : { url: resource.url, fileId: resource.fileId }
    checkSource(source)
    if (source.fileId !== resource.fileId) {
      await replaceAttachments(
        tx,
        actor,
        { ownerType: 'network_resource', ownerId: id, networkId: resource.networkId },
        source.fileId ? [source.fileId] : [],
        () => '/fileId',
      )
    }
    const updated = await tx
      .update(networkResources)
      .set({ ...input, ...source, version: sql`${networkResources.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(networkResources.id, id), eq(networkResources.version, resource.version)))
      .returning({ id: networkResources.id })
    if (updated.length === 0) throw staleVersion('resource', resource.version + 1)
    await recordAudit(tx, {
      action: 'resource.updated',
      actorId: actor.id,
      subjectType: 'resource',
      subjectId: id,
      data: { ...auditData({ ...resource, ...input }), fields: Object.keys(input) },
    })
    return getResource(tx, actor, id)
  })
}

export async function deleteResource(db: Database, actor: Actor, id: string, expected: Precondition): Promise<void> {
  await db.transaction(async (tx) => {
    const { resource, community } = await findResource(tx, actor, id)
    requireModerator(actor, community, 'remove from its library')
    checkPrecondition(expected, 'resource', resource.version)
    const deleted = await tx
      .delete(networkResources)
      .where(and(eq(networkResources.id, id), eq(networkResources.version, resource.version)))
      .returning({ id: networkResources.id })
    if (deleted.length === 0) throw staleVersion('resource', resource.version + 1)
    await detachFiles(tx, { ownerType: 'network_resource', ownerId: id })
    await recordAudit(tx, {
      action: 'resource.deleted',
      actorId: actor.id,
      subjectType: 'resource',
      subjectId: id,
      data: auditData(resource),
    })
  })
}

/** Sets the library's order: every resource of the network named once, first to last. */
export async function reorderResources(
  db: Database,
  actor: Actor,
  networkId: string,
  input: NetworkResourceOrder,
): Promise<NetworkResource[]> {
  return db.transaction(async (tx) => {
    const community = await readableCommunity(tx, actor, networkId)
    requireModerator(actor, community, 'order its library')
    await tx.execute(sql`select 1 from networks where id = ${networkId} for update`)
    const current = await tx.select({ id: networkResources.id }).from(networkResources).where(eq(networkResources.networkId, networkId))
    input.resourceIds.forEach((resourceId, index) => {
      if (input.resourceIds.indexOf(resourceId) !== index)
        throw invalidField(`/resourceIds/${index}`, 'is listed twice; list each resource once')
      if (!current.some((row) => row.id === resourceId)) throw invalidField(`/resourceIds/${index}`, 'is not a resource of this network')
    })
    if (input.resourceIds.length !== current.length) {
      throw invalidField('/resourceIds', `must name every resource of this network (${current.length}), each once`)
    }
    if (input.resourceIds.length > 0) {
      const ordered = sql.join(
        input.resourceIds.map((resourceId, position) => sql`(${resourceId}::uuid, ${position}::int)`),
        sql`, `,
      )
      await tx.execute(sql`update network_resources set position = ordered.position, version = version + 1, updated_at = now()
        from (values ${ordered}) as ordered(id, position)
        where network_resources.id = ordered.id and network_resources.position <> ordered.position`)
    }
    await recordAudit(tx, {
      action: 'resource.reordered',
      actorId: actor.id,
      subjectType: 'network',
      subjectId: networkId,
      data: { networkId, title: community.name },
    })
    return loadResources(tx, eq(networkResources.networkId, networkId))
  })
}
