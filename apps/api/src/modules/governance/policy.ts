import type { Actor } from '../../plugins/auth.js'
import type { Governed } from '../content/policy.js'

/**
 * Who may see and resolve an item's findings. Seeing the item at all is content/policy.ts canRead
 * (a 404 otherwise); these rules apply to callers who can see it.
 */

const curates = (actor: Actor) => actor.kind === 'user' && (actor.role === 'admin' || actor.role === 'curator')

/**
 * Findings are for the people who can fix or judge them: curators, and the item's contributors
 * (members of one of its sites) so they can fix a finding before a curator sees it. Anyone else who
 * can see a published item is told they may not (403): the item is public, its review is not.
 */
export function canReadFindings(actor: Actor, item: Governed): boolean {
  return curates(actor) || (actor.kind === 'user' && item.siteIds.some((siteId) => actor.siteIds.includes(siteId)))
}

/** Deciding that something is not personal, or that it is gone, is a curator's judgement. */
export function canResolveFindings(actor: Actor): boolean {
  return curates(actor)
}
