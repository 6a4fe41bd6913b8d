import type { NetworkEvent } from '@learnonce/contracts'

/**
 * An event as integrators receive it: without its outputs, which the writer saw with their own
 * rights and may include items that are not published.
 */
export function eventPayload({ outputIds: _outputIds, outputs: _outputs, ...event }: NetworkEvent) {
  return event
}
