import type { ContentStatus } from '@learnonce/contracts'
import type { Actor } from '../../plugins/auth.js'

/**
 * Who may read adoptions is the solution's read rule (content/policy.ts canRead): anyone who can see
 * the solution sees every site's adoption of it. These are the rules for writing them.
 */

/** Only published solutions are offered for reuse; a draft may still change under the adopter. */
export const adoptableStates: readonly ContentStatus[] = ['published']
export const isAdoptable = (status: ContentStatus) => adoptableStates.includes(status)

/** Curators and admins record adoptions for any site; contributors only for the sites they belong to. */
export function canRecordFor(actor: Actor, siteId: string): boolean {
  return actor.role === 'admin' || actor.role === 'curator' || actor.siteIds.includes(siteId)
}

/**
 * A site reuses other sites' solutions; improving its own is an edit of that solution (or a new
 * solution derived from it), not an adoption, and counting it would inflate the solution's reuse.
 */
export const isOwnSolution = (solutionSiteIds: readonly string[], siteId: string) => solutionSiteIds.includes(siteId)
