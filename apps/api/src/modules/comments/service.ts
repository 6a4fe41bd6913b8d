import type { Comment, CommentCreate, CommentListQuery, CommentUpdate } from '@learnonce/contracts'
import { and, asc, eq, gt, type SQL, sql } from 'drizzle-orm'
import type { Database, Executor } from '../../db/client.js'
import { contentComments, users } from '../../db/schema/index.js'
import { type Cursor, decodeCursor } from '../../pagination.js'
import type { Actor } from '../../plugins/auth.js'
import { checkPrecondition, type Precondition, staleVersion } from '../../plugins/etag.js'
import { forbidden, notFound } from '../../problem.js'
import { recordAudit } from '../audit/service.js'
import type { ContentKind } from '../content/kinds.js'
import type { ContentRecord } from '../content/records.js'
import { getContent } from '../content/service.js'
import { canDeleteComment, canEditComment, canPostInternal, canReadThread, canSeeComment, commentsVisibleTo } from './policy.js'

const commentColumns = {
  id: contentComments.id,
  version: contentComments.version,
  body: contentComments.body,
  internal: contentComments.internal,
  authorId: contentComments.authorId,
  authorName: users.name,
  createdAt: contentComments.createdAt,
  updatedAt: contentComments.updatedAt,
}

/** Comments of one item with their authors' names, oldest first; the caller applies who may see them. */
async function loadComments(db: Executor, itemId: string, where: SQL | undefined, limit?: number): Promise<Comment[]> {
  const query = db
    .select(commentColumns)
    .from(contentComments)
    .leftJoin(users, eq(users.id, contentComments.authorId))
    .where(and(eq(contentComments.itemId, itemId), where))
    .orderBy(asc(contentComments.id))
  const found = limit === undefined ? await query : await query.limit(limit)
  return found.map((row) => ({ ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() }))
}

/**
 * The item whose thread is asked about: a 404 for anyone who cannot see it (as for the item itself),
 * a 403 for someone who can see it (it is published) but is not one of its contributors.
 */
async function openThread(db: Executor, actor: Actor, kind: ContentKind, itemId: string): Promise<ContentRecord> {
  const item = await getContent(db, actor, kind, itemId)
  if (!canReadThread(actor, item)) {
    throw forbidden(`Only curators and contributors of this ${kind.noun}'s sites take part in its review thread.`)
  }
  return item
}

/**
 * One comment of the thread. An internal note is a 404 to a contributor with the very same detail as
 * a comment that does not exist, so the answer never tells them a note is there.
 */
async function findComment(db: Executor, actor: Actor, itemId: string, commentId: string): Promise<Comment> {
  const [comment] = await loadComments(db, itemId, eq(contentComments.id, commentId))
  if (!comment || !canSeeComment(actor, comment)) throw notFound('Comment')
  return comment
}

/** One page of the thread, oldest first; `limit + 1` rows, internal notes filtered out in SQL for contributors. */
export async function listComments(
  db: Executor,
  actor: Actor,
  kind: ContentKind,
  itemId: string,
  query: CommentListQuery,
  limit: number,
): Promise<Comment[]> {
  await openThread(db, actor, kind, itemId)
  const cursor = decodeCursor(query.cursor, ['uuid'])
  const after = cursor ? gt(contentComments.id, String(cursor[0])) : undefined
  return loadComments(db, itemId, and(commentsVisibleTo(actor), after), limit + 1)
}

export const commentCursor = (comment: Comment): Cursor => [comment.id]

export async function getComment(db: Executor, actor: Actor, kind: ContentKind, itemId: string, commentId: string): Promise<Comment> {
  await openThread(db, actor, kind, itemId)
  return findComment(db, actor, itemId, commentId)
}

const auditData = (kind: ContentKind, itemId: string, comment: { internal: boolean }) => ({
  itemType: kind.type,
  itemId,
  internal: comment.internal,
})

export async function createComment(db: Database, actor: Actor, kind: ContentKind, itemId: string, input: CommentCreate): Promise<Comment> {
  return db.transaction(async (tx) => {
    await openThread(tx, actor, kind, itemId)
    const internal = input.internal ?? false
    if (internal && !canPostInternal(actor)) throw forbidden('Only curators and admins can post internal notes.')
    // The item's row is left alone: a comment is not a change to the item, so its version and ETag stay.
    const [created] = await tx
      .insert(contentComments)
      .values({ itemId, authorId: actor.id, body: input.body, internal })
      .returning({ id: contentComments.id })
    if (!created) throw new Error('insert returned no row')
    await recordAudit(tx, {
      action: 'comment.created',
      actorId: actor.id,
      subjectType: 'comment',
      subjectId: created.id,
      data: auditData(kind, itemId, { internal }),
    })
    return findComment(tx, actor, itemId, created.id)
  })
}

/** The author changes their words; `expected` is the If-Match version, checked against the row it updates. */
export async function updateComment(
  db: Database,
  actor: Actor,
  kind: ContentKind,
  itemId: string,
  commentId: string,
  input: CommentUpdate,
  expected: Precondition,
): Promise<Comment> {
  return db.transaction(async (tx) => {
    await openThread(tx, actor, kind, itemId)
    const current = await findComment(tx, actor, itemId, commentId)
    if (!canEditComment(actor, current)) throw forbidden('You can edit only your own comments.')
    checkPrecondition(expected, 'comment', current.version)
    // The version guard makes a concurrent edit lose cleanly instead of overwriting silently.
    const updated = await tx
      .update(contentComments)
      .set({ body: input.body, version: sql`${contentComments.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(contentComments.id, commentId), eq(contentComments.version, current.version)))
      .returning({ id: contentComments.id })
    if (updated.length === 0) throw staleVersion('comment', current.version + 1)
    await recordAudit(tx, {
      action: 'comment.updated',
      actorId: actor.id,
      subjectType: 'comment',
      subjectId: commentId,
      data: auditData(kind, itemId, current),
    })
    return findComment(tx, actor, itemId, commentId)
  })
}

export async function deleteComment(
  db: Database,
  actor: Actor,
  kind: ContentKind,
  itemId: string,
  commentId: string,
  expected: Precondition,
): Promise<void> {
  await db.transaction(async (tx) => {
    await openThread(tx, actor, kind, itemId)
    const current = await findComment(tx, actor, itemId, commentId)
    if (!canDeleteComment(actor, current)) throw forbidden('You can delete only your own comments; admins moderate the thread.')
    checkPrecondition(expected, 'comment', current.version)
    const deleted = await tx
      .delete(contentComments)
      .where(and(eq(contentComments.id, commentId), eq(contentComments.version, current.version)))
      .returning({ id: contentComments.id })
    if (deleted.length === 0) throw staleVersion('comment', current.version + 1)
    await recordAudit(tx, {
      action: 'comment.deleted',
      actorId: actor.id,
      subjectType: 'comment',
      subjectId: commentId,
      // A moderator's removal names whose words went, for the audit trail.
      data: { ...auditData(kind, itemId, current), authorId: current.authorId },
    })
  })
}
