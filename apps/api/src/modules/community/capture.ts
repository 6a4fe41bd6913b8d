import { type ContentLink, type Lesson, removedPostText, type ThreadCapture } from '@learnonce/contracts'
import { asc, eq } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { discussionPosts, threadCaptures, users } from '../../db/schema/index.js'
import type { Actor } from '../../plugins/auth.js'
import { forbidden, invalidField } from '../../problem.js'
import { recordAudit } from '../audit/service.js'
import { lessons } from '../content/kinds.js'
import { createContent } from '../content/service.js'
import { takesPart } from '../networks/community-policy.js'
import { findThread } from './discussions.js'

const markdownLimit = 20_000
const summaryLimit = 2000

const clip = (text: string, limit: number) => (text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`)

/** Where people open the thread: the admin's discussion view. */
export const threadUrl = (publicUrl: string, networkId: string, threadId: string) =>
  `${publicUrl}/admin/networks/${networkId}/discussions/${threadId}`

/**
 * "Capture this as a lesson": a draft lesson for one of the network's member sites, written by the
 * lesson service like any other draft (so the site, workflow and audit rules are the usual ones),
 * prefilled from the thread — its title, the first post as the context, the replies as notes under
 * it — and linking back to the thread, which lists it among its captured lessons.
 */
export async function captureThread(
  db: Database,
  actor: Actor,
  threadId: string,
  input: ThreadCapture,
  publicUrl: string,
): Promise<Lesson> {
  return db.transaction(async (tx) => {
    const { thread, community } = await findThread(tx, actor, threadId)
    const curates = actor.role === 'admin' || actor.role === 'curator'
    if (
      !takesPart(actor, community) ||
      !(curates || (actor.role === 'contributor' && actor.siteIds.some((id) => community.siteIds.includes(id))))
    ) {
      throw forbidden('Only contributors at the network’s member sites, and curators, capture a discussion as a lesson.')
    }
    if (!community.siteIds.includes(input.siteId)) throw invalidField('/siteId', 'is not a member site of this network')
    const posts = await tx
      .select({
        body: discussionPosts.body,
        removedAt: discussionPosts.removedAt,
        authorName: users.name,
        createdAt: discussionPosts.createdAt,
      })
      .from(discussionPosts)
      .leftJoin(users, eq(users.id, discussionPosts.authorId))
      .where(eq(discussionPosts.threadId, threadId))
      .orderBy(asc(discussionPosts.id))
    const [first, ...replies] = posts.map((post) => ({ ...post, body: post.removedAt ? `_${removedPostText}._` : post.body }))
    const notes = replies.map(
      (reply) => `**${reply.authorName ?? 'Someone'}** (${reply.createdAt.toISOString().slice(0, 10)}):\n\n${reply.body}`,
    )
    const context = [first?.body ?? '', ...(notes.length > 0 ? ['## Notes from the discussion', ...notes] : [])].join('\n\n')
    const link: ContentLink = {
      title: clip(`Discussion: ${thread.title}`, 200),
      url: threadUrl(publicUrl, thread.networkId, threadId),
      kind: 'website',
    }
    const created = await createContent(
      tx,
      actor,
      lessons,
      lessons.toWrite({
        siteId: input.siteId,
        title: thread.title,
        summary: clip(first && !first.removedAt ? first.body : thread.title, summaryLimit),
        context: clip(context, markdownLimit),
        links: [link],
      }),
    )
    await tx.insert(threadCaptures).values({ threadId, lessonId: created.id })
    await recordAudit(tx, {
      action: 'thread.captured',
      actorId: actor.id,
      subjectType: 'thread',
      subjectId: threadId,
      data: { networkId: thread.networkId, title: thread.title, threadId, lessonId: created.id },
    })
    return lessons.toItem(created)
  })
}
