import type { Network, User } from '@learnonce/contracts'

/**
 * The API's community rules (community-policy.ts), mirrored to decide which controls to show. The
 * API still decides: a control shown by mistake answers 403.
 */
export const canModerate = (me: User, network: Network) =>
  me.role === 'admin' || me.role === 'curator' || network.coordinatorIds.includes(me.id)

export const takesPart = (me: User, network: Network) =>
  canModerate(me, network) || network.members.some((member) => me.siteIds.includes(member.siteId))
