import {
  type DiscussionPost,
  type DiscussionPostCreate,
  type DiscussionPostListQuery,
  type DiscussionPostUpdate,
  type DiscussionThread,
  type DiscussionThreadCreate,
  type DiscussionThreadListQuery,
  type DiscussionThreadUpdate,
  removedPostText,
} from '@learnonce/contracts'
import { and, asc, eq, gt, type SQL, sql } from 'drizzle-orm'
import type { Database, Executor } from '../../db/client.js'
import { discussionPosts, discussionThreads, users } from '../../db/schema/index.js'
import { type Cursor, decodeCursor } from '../../pagination.js'
import type { Actor } from '../../plugins/auth.js'
import { checkPrecondition, type Precondition, staleVersion } from '../../plugins/etag.js'
import { conflict, forbidden, notFound, Problem } from '../../problem.js'
import { recordAudit } from '../audit/service.js'
import { visibleTo } from '../content/policy.js'
import { canModerate } from '../networks/community-policy.js'
import { type NetworkCommunity, readableCommunity, requireModerator, requireParticipant } from './community.js'
import { canEditPost, canRemovePost, editableUntil } from './discussion-policy.js'

// Threads

/** A thread with its author, post count and the captured lessons the actor may see, in one query. */
function threadColumns(actor: Actor) {
  return {
    id: discussionThreads.id,
    version: discussionThreads.version,
    createdAt: discussionThreads.createdAt,
    updatedAt: discussionThreads.updatedAt,
    networkId: discussionThreads.networkId,
    title: discussionThreads.title,
    authorId: discussionThreads.authorId,
    authorName: users.name,
    pinned: discussionThreads.pinned,
    locked: discussionThreads.locked,
    lastPostAt: discussionThreads.lastPostAt,
    postCount: sql<number>`(select count(*)::int from discussion_posts counted where counted.thread_id = discussion_threads.id)`,
    capturedLessonIds: sql<string[]>`array(select capture.lesson_id::text from thread_captures capture
      join content_items captured_item on captured_item.id = capture.lesson_id
      where capture.thread_id = discussion_threads.id and ${visibleTo(actor, 'captured_item')} order by capture.lesson_id)`,
  }
}

type ThreadRow = Awaited<ReturnType<typeof selectThreads>>[number]

function selectThreads(db: Executor, actor: Actor, where: SQL | undefined, limit: number) {
  return db
    .select(threadColumns(actor))
    .from(discussionThreads)
    .leftJoin(users, eq(users.id, discussionThreads.authorId))
    .where(where)
    .orderBy(sql`${discussionThreads.pinned} desc, ${discussionThreads.lastPostAt} desc, ${discussionThreads.id} desc`)
    .limit(limit)
}

const toThread = (row: ThreadRow): DiscussionThread => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  lastPostAt: row.lastPostAt.toISOString(),
})

/** The thread and its network; a 404 for anyone who cannot read the network's discussions. */
export async function findThread(
  db: Executor,
  actor: Actor,
  id: string,
): Promise<{ thread: DiscussionThread; community: NetworkCommunity }> {
  const [row] = await selectThreads(db, actor, eq(discussionThreads.id, id), 1)
  if (!row) throw notFound('Thread')
  const community = await readableCommunity(db, actor, row.networkId, 'Thread')
  return { thread: toThread(row), community }
}

export async function getThread(db: Executor, actor: Actor, id: string): Promise<DiscussionThread> {
  return (await findThread(db, actor, id)).thread
}

/**
 * Pinned first, then newest activity. `q` searches titles and the words of posts not removed
 * (each table has its own full-text index; the post match is a semi-join, not a query per thread).
 */
export async function listThreads(
  db: Executor,
  actor: Actor,
  networkId: string,
  query: DiscussionThreadListQuery,
  limit: number,
): Promise<DiscussionThread[]> {
  await readableCommunity(db, actor, networkId)
  const cursor = decodeCursor(query.cursor, ['integer', 'timestamp', 'uuid'])
  const terms = query.q ? sql`websearch_to_tsquery('english', ${query.q})` : null
  const rows = await selectThreads(
    db,
    actor,
    and(
      eq(discussionThreads.networkId, networkId),
      terms
        ? sql`(${discussionThreads.search} @@ ${terms} or ${discussionThreads.id} in (select matched.thread_id from discussion_posts matched
            where matched.search @@ ${terms} and matched.removed_at is null))`
        : undefined,
      cursor
        ? sql`(${discussionThreads.pinned}, ${discussionThreads.lastPostAt}, ${discussionThreads.id}) <
            (${cursor[0] === 1}::boolean, ${String(cursor[1])}::timestamptz, ${String(cursor[2])}::uuid)`
        : undefined,
    ),
    limit + 1,
  )
  return rows.map(toThread)
}

export const threadCursor = (thread: DiscussionThread): Cursor => [thread.pinned ? 1 : 0, thread.lastPostAt, thread.id]

const threadAudit = (thread: { networkId: string; title: string }, threadId?: string) => ({
  networkId: thread.networkId,
  title: thread.title,
  ...(threadId ? { threadId } : {}),
})

export async function createThread(
  db: Database,
  actor: Actor,
  networkId: string,
  input: DiscussionThreadCreate,
): Promise<DiscussionThread> {
  return db.transaction(async (tx) => {
    const community = await readableCommunity(tx, actor, networkId)
    requireParticipant(actor, community, 'start a discussion')
    // Milliseconds, as the API writes timestamps, so lastPostAt round-trips through a cursor exactly.
    const now = new Date()
    const [thread] = await tx
      .insert(discussionThreads)
      .values({ networkId, title: input.title, authorId: actor.id, lastPostAt: now })
      .returning({ id: discussionThreads.id })
    if (!thread) throw new Error('insert returned no row')
    const [post] = await tx
      .insert(discussionPosts)
      .values({ threadId: thread.id, authorId: actor.id, body: input.body })
      .returning({ id: discussionPosts.id })
    if (!post) throw new Error('insert returned no row')
    await recordAudit(tx, {
      action: 'thread.created',
      actorId: actor.id,
      subjectType: 'thread',
      subjectId: thread.id,
      data: threadAudit({ networkId, title: input.title }),
    })
    return getThread(tx, actor, thread.id)
  })
}

/** Moderators change anything; the thread's author may retitle it. Pinning and locking are moderation. */
export async function updateThread(
  db: Database,
  actor: Actor,
  id: string,
  input: DiscussionThreadUpdate,
  expected: Precondition,
): Promise<DiscussionThread> {
  return db.transaction(async (tx) => {
    const { thread, community } = await findThread(tx, actor, id)
    const moderates = canModerate(actor, community)
    if (!moderates && (input.pinned !== undefined || input.locked !== undefined)) {
      requireModerator(actor, community, 'pin or lock a thread')
    }
    if (!moderates && thread.authorId !== actor.id) throw forbidden('Only the thread’s author and moderators can change its title.')
    checkPrecondition(expected, 'thread', thread.version)
    const updated = await tx
      .update(discussionThreads)
      .set({ ...input, version: sql`${discussionThreads.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(discussionThreads.id, id), eq(discussionThreads.version, thread.version)))
      .returning({ id: discussionThreads.id })
    if (updated.length === 0) throw staleVersion('thread', thread.version + 1)
    const moderation = [
      input.pinned !== undefined && input.pinned !== thread.pinned ? (input.pinned ? 'thread.pinned' : 'thread.unpinned') : null,
      input.locked !== undefined && input.locked !== thread.locked ? (input.locked ? 'thread.locked' : 'thread.unlocked') : null,
    ].filter((action) => action !== null)
    for (const action of moderation.length > 0 ? moderation : ['thread.updated']) {
      await recordAudit(tx, {
        action,
        actorId: actor.id,
        subjectType: 'thread',
        subjectId: id,
        data: { ...threadAudit({ ...thread, ...input }), fields: Object.keys(input) },
      })
    }
    return getThread(tx, actor, id)
  })
}

// Posts

interface PostRow {
  id: string
  version: number
  createdAt: Date
  updatedAt: Date
  threadId: string
  authorId: string | null
  authorName: string | null
  body: string
  editedAt: Date | null
  removedAt: Date | null
}

async function selectPosts(db: Executor, where: SQL | undefined, limit?: number): Promise<PostRow[]> {
  const query = db
    .select({
      id: discussionPosts.id,
      version: discussionPosts.version,
      createdAt: discussionPosts.createdAt,
      updatedAt: discussionPosts.updatedAt,
      threadId: discussionPosts.threadId,
      authorId: discussionPosts.authorId,
      authorName: users.name,
      body: discussionPosts.body,
      editedAt: discussionPosts.editedAt,
      removedAt: discussionPosts.removedAt,
    })
    .from(discussionPosts)
    .leftJoin(users, eq(users.id, discussionPosts.authorId))
    .where(where)
    .orderBy(asc(discussionPosts.id))
  return limit === undefined ? query : query.limit(limit)
}

function toPost(actor: Actor, community: NetworkCommunity, row: PostRow): DiscussionPost {
  const until = editableUntil(actor, community, row)
  return {
    id: row.id,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    threadId: row.threadId,
    authorId: row.authorId,
    authorName: row.authorName,
    body: row.removedAt ? removedPostText : row.body,
    editedAt: row.editedAt?.toISOString() ?? null,
    removed: row.removedAt !== null,
    editableUntil: until instanceof Date ? until.toISOString() : null,
  }
}

/** Oldest first: a thread reads top to bottom. */
export async function listPosts(db: Executor, actor: Actor, threadId: string, query: DiscussionPostListQuery, limit: number) {
  const { community } = await findThread(db, actor, threadId)
  const cursor = decodeCursor(query.cursor, ['uuid'])
  const rows = await selectPosts(
    db,
    and(eq(discussionPosts.threadId, threadId), cursor ? gt(discussionPosts.id, String(cursor[0])) : undefined),
    limit + 1,
  )
  return rows.map((row) => toPost(actor, community, row))
}

export const postCursor = (post: DiscussionPost): Cursor => [post.id]

async function findPost(db: Executor, actor: Actor, id: string) {
  const [row] = await selectPosts(db, eq(discussionPosts.id, id))
  if (!row) throw notFound('Post')
  // The thread's 404 reads as the post's: someone outside a members-only network learns nothing.
  const { thread, community } = await findThread(db, actor, row.threadId).catch((error: unknown) => {
    throw error instanceof Problem && error.status === 404 ? notFound('Post') : error
  })
  return { row, thread, community }
}

export async function getPost(db: Executor, actor: Actor, id: string): Promise<DiscussionPost> {
  const { row, community } = await findPost(db, actor, id)
  return toPost(actor, community, row)
}

const lockedThread = () => conflict('This thread is locked: it takes no new posts or edits. A moderator can unlock it.')

export async function createPost(db: Database, actor: Actor, threadId: string, input: DiscussionPostCreate): Promise<DiscussionPost> {
  return db.transaction(async (tx) => {
    const { thread, community } = await findThread(tx, actor, threadId)
    requireParticipant(actor, community, 'reply in its discussions')
    // Locked against a concurrent lock: the reply either lands before the lock or is refused after it.
    const [locked] = await tx
      .select({ locked: discussionThreads.locked })
      .from(discussionThreads)
      .where(eq(discussionThreads.id, threadId))
      .for('update')
    if (locked?.locked) throw lockedThread()
    const [post] = await tx
      .insert(discussionPosts)
      .values({ threadId, authorId: actor.id, body: input.body })
      .returning({ id: discussionPosts.id })
    if (!post) throw new Error('insert returned no row')
    await tx.update(discussionThreads).set({ lastPostAt: new Date() }).where(eq(discussionThreads.id, threadId))
    await recordAudit(tx, {
      action: 'post.created',
      actorId: actor.id,
      subjectType: 'post',
      subjectId: post.id,
      data: threadAudit(thread, threadId),
    })
    return getPost(tx, actor, post.id)
  })
}

export async function updatePost(
  db: Database,
  actor: Actor,
  id: string,
  input: DiscussionPostUpdate,
  expected: Precondition,
): Promise<DiscussionPost> {
  return db.transaction(async (tx) => {
    const { row, thread, community } = await findPost(tx, actor, id)
    if (row.removedAt) throw conflict('This post was removed; it cannot be edited.')
    if (row.authorId !== actor.id) throw forbidden('You can edit only your own posts.')
    if (!canEditPost(actor, community, row)) {
      throw forbidden('Posts can be edited for 24 hours after they are written; add a reply instead.')
    }
    if (thread.locked) throw lockedThread()
    checkPrecondition(expected, 'post', row.version)
    const updated = await tx
      .update(discussionPosts)
      .set({ body: input.body, editedAt: sql`now()`, version: sql`${discussionPosts.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(discussionPosts.id, id), eq(discussionPosts.version, row.version)))
      .returning({ id: discussionPosts.id })
    if (updated.length === 0) throw staleVersion('post', row.version + 1)
    await recordAudit(tx, {
      action: 'post.updated',
      actorId: actor.id,
      subjectType: 'post',
      subjectId: id,
      data: threadAudit(thread, thread.id),
    })
    return getPost(tx, actor, id)
  })
}

/**
 * Removal keeps the post's place, author and time, so replies still read in order, and erases its
 * words: a removed post is not searchable or recoverable through the API.
 */
export async function removePost(db: Database, actor: Actor, id: string, expected: Precondition): Promise<void> {
  await db.transaction(async (tx) => {
    const { row, thread, community } = await findPost(tx, actor, id)
    if (!canRemovePost(actor, community, row)) throw forbidden('You can remove only your own posts; moderators remove any.')
    if (row.removedAt) return
    checkPrecondition(expected, 'post', row.version)
    const updated = await tx
      .update(discussionPosts)
      .set({ body: '', removedAt: sql`now()`, removedBy: actor.id, version: sql`${discussionPosts.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(discussionPosts.id, id), eq(discussionPosts.version, row.version)))
      .returning({ id: discussionPosts.id })
    if (updated.length === 0) throw staleVersion('post', row.version + 1)
    await recordAudit(tx, {
      action: 'post.removed',
      actorId: actor.id,
      subjectType: 'post',
      subjectId: id,
      data: { ...threadAudit(thread, thread.id), authorId: row.authorId },
    })
  })
}
