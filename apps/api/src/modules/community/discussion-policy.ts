import type { Actor } from '../../plugins/auth.js'
import { type Community, canModerate } from '../networks/community-policy.js'

/**
 * How long an author may change their post: long enough to fix a slip or add a thought, short
 * enough that a reply is not left answering words that are no longer there. Moderators' own posts
 * have no limit (they keep pinned guidance current); nobody edits someone else's words.
 */
export const editWindowMs = 24 * 60 * 60 * 1000

/** The part of a post the rules look at. */
export interface PostFacts {
  authorId: string | null
  createdAt: Date
  removedAt: Date | null
}

/** Until when the actor may edit the post: a date, 'always', or null when they may not. */
export function editableUntil(actor: Actor, community: Community, post: PostFacts): Date | 'always' | null {
  if (post.removedAt !== null || post.authorId === null || post.authorId !== actor.id) return null
  if (canModerate(actor, community)) return 'always'
  return new Date(post.createdAt.getTime() + editWindowMs)
}

export function canEditPost(actor: Actor, community: Community, post: PostFacts, now = new Date()): boolean {
  const until = editableUntil(actor, community, post)
  return until === 'always' || (until !== null && until.getTime() > now.getTime())
}

/** Authors take back their own words; moderators remove anyone's. */
export function canRemovePost(actor: Actor, community: Community, post: PostFacts): boolean {
  return post.authorId === actor.id || canModerate(actor, community)
}
