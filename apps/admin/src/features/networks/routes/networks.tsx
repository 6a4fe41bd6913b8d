import { networkStatuses } from '@learnonce/contracts'
import { Anchor, Badge, Card, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { useInfiniteQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { LoadMore } from '../../../components/load-more'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { paths } from '../../../config/paths'
import { useListNavigation } from '../../../hooks/use-list-navigation'
import { useUrlFilters } from '../../../hooks/use-url-filters'
import { networksQueryOptions } from '../api/networks'

const statusColor = { forming: 'yellow', active: 'green', closed: 'gray' } as const
export const networkStatusLabel = (status: string) => status.charAt(0).toUpperCase() + status.slice(1)

/** Route module: "Who is working on this together?" — the action-learning networks. */
export function Component() {
  const [filters, setFilters] = useUrlFilters(['q', 'status'])
  const [text, setText] = useState(filters.q ?? '')
  useEffect(() => setText(filters.q ?? ''), [filters.q])
  const commit = useDebouncedCallback((q: string) => setFilters({ q }), 300)
  const query = useInfiniteQuery(networksQueryOptions({ q: filters.q, status: filters.status }))
  const navigate = useNavigate()
  const rows = query.data?.pages.flatMap((page) => page.data) ?? []
  const { getRowProps } = useListNavigation({
    count: rows.length,
    onOpen: (index) => {
      const row = rows[index]
      if (row) navigate(paths.networks.detail.href(row.id))
    },
  })
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>Networks</Title>
        <Text c="dimmed">Who is working on this together? Sites learning side by side, with their events and output.</Text>
      </div>
      <Group align="flex-end" gap="sm">
        <TextInput
          label="Search networks"
          placeholder="Name or purpose"
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value)
            commit(event.currentTarget.value.trim())
          }}
          style={{ flex: 1, minWidth: 240 }}
        />
        <SegmentedControl
          aria-label="Status"
          data={[{ value: '', label: 'All' }, ...networkStatuses.map((status) => ({ value: status, label: networkStatusLabel(status) }))]}
          value={filters.status ?? ''}
          onChange={(status) => setFilters({ status: status || null })}
        />
      </Group>
      {query.isPending && <LoadingSkeleton rows={6} label="Loading networks" />}
      {query.isError && <ErrorState error={query.error} title="Networks could not be loaded" onRetry={query.refetch} />}
      {query.isSuccess && rows.length === 0 && (
        <EmptyState title="No networks match" description="Try other words, or show every status." />
      )}
      <Stack gap="xs" role="list" aria-label="Networks">
        {rows.map((network, index) => {
          const { onClick, ref, ...selection } = getRowProps(index)
          return (
            <Card
              key={network.id}
              withBorder
              padding="sm"
              role="listitem"
              ref={ref}
              onClick={onClick}
              style={selection['data-active'] ? { outline: '2px solid var(--mantine-primary-color-filled)' } : undefined}
            >
              <Group justify="space-between" wrap="nowrap">
                <Anchor component={Link} to={paths.networks.detail.href(network.id)} fw={600}>
                  {network.name}
                </Anchor>
                <Badge color={statusColor[network.status]} variant="light">
                  {networkStatusLabel(network.status)}
                </Badge>
              </Group>
              <Text size="sm" c="dimmed" lineClamp={2}>
                {network.purpose}
              </Text>
              <Text size="xs" c="dimmed" mt={4}>
                {network.members.length} sites · {network.content.length} linked items
              </Text>
            </Card>
          )
        })}
      </Stack>
      <LoadMore query={query} />
    </Stack>
  )
}
