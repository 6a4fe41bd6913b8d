import { eventKinds } from '@learnonce/contracts'
import { Group, Select, Stack, Text, Title } from '@mantine/core'
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { LoadMore } from '../../../components/load-more'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { useUrlFilters } from '../../../hooks/use-url-filters'
import { networkNamesQueryOptions } from '../../networks/api/networks'
import { eventsQueryOptions } from '../api/events'
import { EventCard, eventKindLabel } from '../components/event-card'

/** Route module: "What's coming up?" — events across networks, soonest first. */
export function Component() {
  const [filters, setFilters] = useUrlFilters(['kind', 'networkId'])
  // From the start of this visit, so "Load more" pages stay in step.
  const [from] = useState(() => new Date().toISOString())
  const events = useInfiniteQuery(eventsQueryOptions({ kind: filters.kind, networkId: filters.networkId, from }))
  const names = useQuery(networkNamesQueryOptions())
  const rows = events.data?.pages.flatMap((page) => page.data) ?? []
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>Events</Title>
        <Text c="dimmed">What’s coming up across the networks: conferences, workshops, learning lunches.</Text>
      </div>
      <Group gap="sm">
        <Select
          label="Kind"
          placeholder="Any kind"
          data={eventKinds.map((kind) => ({ value: kind, label: eventKindLabel(kind) }))}
          clearable
          w={200}
          value={filters.kind ?? null}
          onChange={(kind) => setFilters({ kind })}
        />
        <Select
          label="Network"
          placeholder="Any network"
          data={[...(names.data ?? new Map<string, string>())].map(([value, label]) => ({ value, label }))}
          clearable
          searchable
          w={260}
          value={filters.networkId ?? null}
          onChange={(networkId) => setFilters({ networkId })}
        />
      </Group>
      {events.isPending && <LoadingSkeleton rows={6} label="Loading events" />}
      {events.isError && <ErrorState error={events.error} title="Events could not be loaded" onRetry={events.refetch} />}
      {events.isSuccess && rows.length === 0 && (
        <EmptyState
          title="Nothing coming up"
          description={
            filters.kind || filters.networkId
              ? 'Clear the filters to see every network’s events.'
              : 'Networks add their events here; check back soon.'
          }
        />
      )}
      <Stack gap="xs" role="list" aria-label="Upcoming events">
        {rows.map((event) => (
          <EventCard key={event.id} event={event} networkName={names.data?.get(event.networkId)} />
        ))}
      </Stack>
      <LoadMore query={events} />
    </Stack>
  )
}
