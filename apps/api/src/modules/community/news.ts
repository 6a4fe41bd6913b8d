import type { NetworkNews, NetworkNewsCreate, NetworkNewsListQuery, NetworkNewsUpdate } from '@learnonce/contracts'
import { and, eq, type SQL, sql } from 'drizzle-orm'
import type { Database, Executor } from '../../db/client.js'
import { networkNews, users } from '../../db/schema/index.js'
import { type Cursor, decodeCursor } from '../../pagination.js'
import type { Actor } from '../../plugins/auth.js'
import { checkPrecondition, type Precondition, staleVersion } from '../../plugins/etag.js'
import { notFound } from '../../problem.js'
import { recordAudit } from '../audit/service.js'
import { detachFiles, replaceAttachments } from '../files/service.js'
import { canModerate } from '../networks/community-policy.js'
import { type NetworkCommunity, readableCommunity, requireModerator } from './community.js'

const newsColumns = {
  id: networkNews.id,
  version: networkNews.version,
  createdAt: networkNews.createdAt,
  updatedAt: networkNews.updatedAt,
  networkId: networkNews.networkId,
  title: networkNews.title,
  body: networkNews.body,
  kind: networkNews.kind,
  publishedAt: networkNews.publishedAt,
  authorId: networkNews.authorId,
  authorName: users.name,
  files: sql<NetworkNews['files']>`coalesce((select json_agg(json_build_object('id', attached.id, 'name', attached.name,
      'mediaType', attached.media_type, 'size', attached.size) order by attachment.created_at, attached.id)
    from file_attachments attachment join files attached on attached.id = attachment.file_id
    where attachment.owner_type = 'network_update' and attachment.owner_id = network_news.id), '[]'::json)`,
}

/** Scheduled news (publishedAt still to come) is for the network's moderators until then. */
const publishedFor = (actor: Actor, community: NetworkCommunity): SQL | undefined =>
  canModerate(actor, community) ? undefined : sql`${networkNews.publishedAt} <= now()`

async function selectNews(db: Executor, where: SQL | undefined, limit: number): Promise<NetworkNews[]> {
  const rows = await db
    .select(newsColumns)
    .from(networkNews)
    .leftJoin(users, eq(users.id, networkNews.authorId))
    .where(where)
    .orderBy(sql`${networkNews.publishedAt} desc, ${networkNews.id} desc`)
    .limit(limit)
  return rows.map((row) => ({
    ...row,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt.toISOString(),
    fileIds: row.files.map((file) => file.id),
  }))
}

async function findNews(db: Executor, actor: Actor, id: string): Promise<{ news: NetworkNews; community: NetworkCommunity }> {
  const [found] = await selectNews(db, eq(networkNews.id, id), 1)
  if (!found) throw notFound('Update')
  const community = await readableCommunity(db, actor, found.networkId, 'Update')
  if (!canModerate(actor, community) && Date.parse(found.publishedAt) > Date.now()) throw notFound('Update')
  return { news: found, community }
}

export async function getNews(db: Executor, actor: Actor, id: string): Promise<NetworkNews> {
  return (await findNews(db, actor, id)).news
}

/** Newest first. */
export async function listNews(
  db: Executor,
  actor: Actor,
  networkId: string,
  query: NetworkNewsListQuery,
  limit: number,
): Promise<NetworkNews[]> {
  const community = await readableCommunity(db, actor, networkId)
  const cursor = decodeCursor(query.cursor, ['timestamp', 'uuid'])
  return selectNews(
    db,
    and(
      eq(networkNews.networkId, networkId),
      publishedFor(actor, community),
      query.kind ? eq(networkNews.kind, query.kind) : undefined,
      cursor
        ? sql`(${networkNews.publishedAt}, ${networkNews.id}) < (${String(cursor[0])}::timestamptz, ${String(cursor[1])}::uuid)`
        : undefined,
    ),
    limit + 1,
  )
}

export const newsCursor = (news: NetworkNews): Cursor => [news.publishedAt, news.id]

/** The news a network's Atom feed carries: published only, whoever asks. */
export async function latestNews(db: Executor, actor: Actor, networkId: string, size: number) {
  const community = await readableCommunity(db, actor, networkId)
  const news = await selectNews(db, and(eq(networkNews.networkId, networkId), sql`${networkNews.publishedAt} <= now()`), size)
  return { community, news }
}

const auditData = (news: { networkId: string; title: string; kind: string }) => ({
  networkId: news.networkId,
  title: news.title,
  kind: news.kind,
})

export async function createNews(db: Database, actor: Actor, networkId: string, input: NetworkNewsCreate): Promise<NetworkNews> {
  return db.transaction(async (tx) => {
    const community = await readableCommunity(tx, actor, networkId)
    requireModerator(actor, community, 'publish its news')
    const fileIds = input.fileIds ?? []
    const [created] = await tx
      .insert(networkNews)
      .values({
        networkId,
        title: input.title,
        body: input.body,
        kind: input.kind,
        publishedAt: input.publishedAt ? new Date(input.publishedAt) : new Date(),
        authorId: actor.id,
      })
      .returning({ id: networkNews.id })
    if (!created) throw new Error('insert returned no row')
    await replaceAttachments(tx, actor, { ownerType: 'network_update', ownerId: created.id, networkId }, fileIds)
    await recordAudit(tx, {
      action: 'news.published',
      actorId: actor.id,
      subjectType: 'news',
      subjectId: created.id,
      data: auditData({ networkId, ...input }),
    })
    return getNews(tx, actor, created.id)
  })
}

export async function updateNews(
  db: Database,
  actor: Actor,
  id: string,
  input: NetworkNewsUpdate,
  expected: Precondition,
): Promise<NetworkNews> {
  return db.transaction(async (tx) => {
    const { news, community } = await findNews(tx, actor, id)
    requireModerator(actor, community, 'change its news')
    checkPrecondition(expected, 'update', news.version)
    const { fileIds, publishedAt, ...columns } = input
    const updated = await tx
      .update(networkNews)
      .set({
        ...columns,
        ...(publishedAt ? { publishedAt: new Date(publishedAt) } : {}),
        version: sql`${networkNews.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(networkNews.id, id), eq(networkNews.version, news.version)))
      .returning({ id: networkNews.id })
    if (updated.length === 0) throw staleVersion('update', news.version + 1)
    if (fileIds) await replaceAttachments(tx, actor, { ownerType: 'network_update', ownerId: id, networkId: news.networkId }, fileIds)
    await recordAudit(tx, {
      action: 'news.updated',
      actorId: actor.id,
      subjectType: 'news',
      subjectId: id,
      data: { ...auditData({ ...news, ...columns }), fields: Object.keys(input) },
    })
    return getNews(tx, actor, id)
  })
}

export async function deleteNews(db: Database, actor: Actor, id: string, expected: Precondition): Promise<void> {
  await db.transaction(async (tx) => {
    const { news, community } = await findNews(tx, actor, id)
    requireModerator(actor, community, 'remove its news')
    checkPrecondition(expected, 'update', news.version)
    const deleted = await tx
      .delete(networkNews)
      .where(and(eq(networkNews.id, id), eq(networkNews.version, news.version)))
      .returning({ id: networkNews.id })
    if (deleted.length === 0) throw staleVersion('update', news.version + 1)
    await detachFiles(tx, { ownerType: 'network_update', ownerId: id })
    await recordAudit(tx, { action: 'news.deleted', actorId: actor.id, subjectType: 'news', subjectId: id, data: auditData(news) })
  })
}
