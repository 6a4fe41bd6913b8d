import { type SQL, sql } from 'drizzle-orm'
import type { Actor } from '../../plugins/auth.js'
import type { Governed } from '../content/policy.js'

/**
 * Who may do what in an item's review thread. Seeing the item at all is content/policy.ts canRead
 * (a 404 otherwise); these rules apply to callers who can see it.
 */

/** The part of a comment the rules look at. */
export interface Authored {
  authorId: string | null
  internal: boolean
}

const curates = (actor: Actor) => actor.role === 'admin' || actor.role === 'curator'

/**
 * The thread is between curators and the item's contributors (members of one of its sites), and
 * whoever reads it may write in it. Anyone else who can see a published item is told they may not
 * (403): the item is public, its review is not.
 */
export function canReadThread(actor: Actor, item: Governed): boolean {
  return curates(actor) || item.siteIds.some((siteId) => actor.siteIds.includes(siteId))
}

/** Internal notes are how curators talk about a contributor's work without the contributor. */
export function canPostInternal(actor: Actor): boolean {
  return curates(actor)
}

/** Internal notes are for curators and admins; to anyone else one does not exist. */
export function canSeeComment(actor: Actor, comment: Authored): boolean {
  return !comment.internal || curates(actor)
}

/**
 * canSeeComment as SQL over `ref` (content_comments or its alias), so a contributor's page is
 * filled from the comments they may see: hidden notes never make a short or empty page, and a cursor
 * is always the id of a comment the caller was shown.
 */
export function commentsVisibleTo(actor: Actor, ref = 'content_comments'): SQL {
  if (curates(actor)) return sql`true`
  return sql`${sql.raw(ref)}.internal = false`
}

/** Nobody puts words in someone else's mouth: only the author edits a comment. */
export function canEditComment(actor: Actor, comment: Authored): boolean {
  return comment.authorId === actor.id
}

/** Authors take back their own comments; admins remove anyone's, to moderate the thread. */
export function canDeleteComment(actor: Actor, comment: Authored): boolean {
  return comment.authorId === actor.id || actor.role === 'admin'
}
