import type { NetworkEvent, Page } from '@learnonce/contracts'
import { infiniteQueryOptions } from '@tanstack/react-query'
import { api } from '../../../api/client'
import { withQuery } from '../../../config/paths'

/** Events across networks, soonest first; `from` is fixed per visit so pages line up. */
export const eventsQueryOptions = (filters: { kind?: string; networkId?: string; from: string }) =>
  infiniteQueryOptions({
    queryKey: ['events', 'list', filters],
    queryFn: ({ signal, pageParam }) =>
      api.get<Page<NetworkEvent>>(withQuery('/events', { ...filters, cursor: pageParam ?? undefined }), { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  })
