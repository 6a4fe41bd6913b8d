import type { AuditEvent } from '@learnonce/contracts'
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import dayjs from 'dayjs'
import { fetchPage, nextCursorOf } from '../../../api/pages'

export interface AuditFilters {
  actorId?: string | undefined
  action?: string | undefined
  /** YYYY-MM-DD, as the URL and the date picker hold it: from the start of that day. */
  from?: string | undefined
  /** YYYY-MM-DD: up to the end of that day. */
  to?: string | undefined
}

/** The API's query for the filters: the chosen days as instants in the admin's own time zone. */
export function auditQuery({ actorId, action, from, to }: AuditFilters) {
  return {
    actorId,
    action,
    since: from ? dayjs(from).startOf('day').toISOString() : undefined,
    until: to ? dayjs(to).endOf('day').toISOString() : undefined,
  }
}

export const auditEventsQueryOptions = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: ['audit-events', 'list', filters],
    queryFn: ({ pageParam, signal }) => fetchPage<AuditEvent>('/audit-events', { ...auditQuery(filters), limit: 50 }, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: nextCursorOf,
  })

export const useAuditEvents = (filters: AuditFilters) => useInfiniteQuery(auditEventsQueryOptions(filters))
