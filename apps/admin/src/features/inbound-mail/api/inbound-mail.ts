import type { InboundMessage, inboundOutcomes } from '@learnonce/contracts'
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { fetchPage, nextCursorOf } from '../../../api/pages'

export type InboundOutcome = (typeof inboundOutcomes)[number]

export const inboundMessagesQueryOptions = (outcome: InboundOutcome | undefined) =>
  infiniteQueryOptions({
    queryKey: ['inbound-messages', 'list', { outcome }],
    queryFn: ({ pageParam, signal }) => fetchPage<InboundMessage>('/inbound-messages', { outcome, limit: 50 }, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: nextCursorOf,
  })

export const useInboundMessages = (outcome: InboundOutcome | undefined) => useInfiniteQuery(inboundMessagesQueryOptions(outcome))
