import { eq, sql } from 'drizzle-orm'
import type { Executor } from '../../db/client.js'
import { networks } from '../../db/schema/index.js'
import type { Actor } from '../../plugins/auth.js'
import { forbidden, notFound } from '../../problem.js'
import { type Community, canModerate, canReadCommunity, takesPart } from '../networks/community-policy.js'

/** A network as its community rules see it: who belongs and who may read. */
export interface NetworkCommunity extends Community {
  id: string
  name: string
}

/** The network's access, member sites and coordinators, in one query; null when there is no such network. */
export async function findCommunity(db: Executor, networkId: string): Promise<NetworkCommunity | null> {
  const [found] = await db
    .select({
      id: networks.id,
      name: networks.name,
      access: networks.access,
      siteIds: sql<
        string[]
      >`array(select member_site.site_id::text from network_sites member_site where member_site.network_id = networks.id)`,
      coordinatorIds: sql<string[]>`array(select coordinator.user_id::text from network_coordinators coordinator
        where coordinator.network_id = networks.id)`,
    })
    .from(networks)
    .where(eq(networks.id, networkId))
  return found ?? null
}

/**
 * The community the actor reads, or a 404 naming `what`: a members-only network's library,
 * discussions and news do not exist for people outside it, as with any other thing they may not see.
 */
export async function readableCommunity(db: Executor, actor: Actor, networkId: string, what = 'Network'): Promise<NetworkCommunity> {
  const community = await findCommunity(db, networkId)
  if (!community || !canReadCommunity(actor, community)) throw notFound(what)
  return community
}

/** A community the actor reads and takes part in; a reader who does not take part is told so (403). */
export function requireParticipant(actor: Actor, community: NetworkCommunity, doing: string): void {
  if (!takesPart(actor, community)) {
    throw forbidden(`Only people at the network's member sites, its coordinators, curators and admins can ${doing}.`)
  }
}

/** Moderators only: the network's coordinators, curators and admins. */
export function requireModerator(actor: Actor, community: NetworkCommunity, doing: string): void {
  if (!canModerate(actor, community)) throw forbidden(`Only the network's coordinators, curators and admins can ${doing}.`)
}
