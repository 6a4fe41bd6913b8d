import { type SQL, sql } from 'drizzle-orm'
import type { Actor } from '../../plugins/auth.js'

export type NetworkAccess = 'open' | 'members'

/** The part of a network the community rules look at. */
export interface Community {
  access: NetworkAccess
  /** Member sites, leads included. */
  siteIds: readonly string[]
  coordinatorIds: readonly string[]
}

const runsNetworks = (actor: Actor) => actor.role === 'admin' || actor.role === 'curator'

/** Coordinators, curators and admins moderate a network's library, discussions and news. */
export function canModerate(actor: Actor, community: Community): boolean {
  return runsNetworks(actor) || (actor.kind === 'user' && community.coordinatorIds.includes(actor.id))
}

/** Who takes part (posts, adds resources): people at the member sites, and the moderators. */
export function takesPart(actor: Actor, community: Community): boolean {
  return canModerate(actor, community) || (actor.kind === 'user' && community.siteIds.some((siteId) => actor.siteIds.includes(siteId)))
}

/**
 * Who reads the library, discussions and news: in an `open` network any signed-in person, in a
 * `members` network only those who take part. API keys read published content, not conversations.
 */
export function canReadCommunity(actor: Actor, community: Community): boolean {
  if (actor.kind === 'key') return false
  return community.access === 'open' || takesPart(actor, community)
}

/**
 * canReadCommunity as SQL over a network id (a column reference such as `file_attachments.network_id`),
 * for lists and for anything reached through a network (its files). Kept beside the function above
 * so the two cannot drift.
 */
export function communityVisibleTo(actor: Actor, networkId: SQL): SQL {
  if (actor.kind === 'key') return sql`false`
  if (runsNetworks(actor)) return sql`true`
  const sites = `{${actor.siteIds.join(',')}}`
  return sql`exists (
    select 1 from networks community
    where community.id = ${networkId}
      and (community.access = 'open'
        or exists (select 1 from network_sites ns where ns.network_id = community.id and ns.site_id = any(${sites}::uuid[]))
        or exists (select 1 from network_coordinators nc where nc.network_id = community.id and nc.user_id = ${actor.id}::uuid))
  )`
}
