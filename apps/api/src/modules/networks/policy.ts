import type { NetworkStatus, Role } from '@learnonce/contracts'

/** Curators and admins run networks and their events (SPEC); everyone signed in reads them. */
export const networkManagers: readonly Role[] = ['admin', 'curator']

/**
 * Why a network cannot be deleted, or null when it can. Only a network still forming that has never
 * held an event goes; anything with a history is closed instead, so its events and outputs stay findable.
 */
export function deletionBlocker(network: { status: NetworkStatus }, eventCount: number): string | null {
  if (network.status === 'closed') {
    return 'This network is closed, which keeps it on record; only a forming network with no events can be deleted.'
  }
  if (network.status !== 'forming') {
    return `This network is ${network.status}; only a forming network can be deleted. Close it instead (PATCH status "closed").`
  }
  if (eventCount > 0) {
    return `This network has ${eventCount} event${eventCount === 1 ? '' : 's'}; close it instead (PATCH status "closed") so they stay findable.`
  }
  return null
}

/** New events are scheduled in forming and active networks; a closed one must be reopened first. */
export function schedulingBlocker(network: { status: NetworkStatus }): string | null {
  return network.status === 'closed' ? 'This network is closed; reopen it (PATCH status "active") before adding events.' : null
}
