import '@mantine/dates/styles.css'
import { type NetworkStatus, networkStatuses } from '@learnonce/contracts'
import { Anchor, Badge, Button, Drawer, Group, SegmentedControl, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { rowsOf } from '../../../api/pages'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { LoadMore } from '../../../components/load-more'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { useListNavigation } from '../../../hooks/use-list-navigation'
import { useUrlFilters } from '../../../hooks/use-url-filters'
import { siteOptionsQueryOptions } from '../../sites/api/sites'
import { userOptionsQueryOptions } from '../../users/api/users'
import { useManagedNetworks } from '../api/networks'
import { NetworkEvents } from '../components/network-events'
import { NetworkForm, networkStatusLabels } from '../components/network-form'

const statusColor: Record<NetworkStatus, string> = { forming: 'blue', active: 'green', closed: 'gray' }

/** Route module: "Which networks run, who is in them, and what do they meet for?" */
export function Component() {
  const [filters, setFilters] = useUrlFilters(['q', 'status', 'panel', 'tab', 'event'])
  const networks = useManagedNetworks({ q: filters.q, status: filters.status })
  const sites = useQuery(siteOptionsQueryOptions())
  const people = useQuery(userOptionsQueryOptions())
  const rows = rowsOf(networks.data?.pages)
  const [search, setSearch] = useState(filters.q ?? '')
  const applySearch = useDebouncedCallback((value: string) => setFilters({ q: value.trim() || null }), 250)
  const panel = filters.panel
  const selected = panel && panel !== 'new' ? rows.find((network) => network.id === panel) : undefined
  const closePanel = () => setFilters({ panel: null, tab: null, event: null })
  const navigation = useListNavigation({
    count: rows.length,
    enabled: !panel,
    onOpen: (index) => {
      const network = rows[index]
      if (network) setFilters({ panel: network.id })
    },
  })
  const siteName = new Map((sites.data ?? []).map((site) => [site.id, site.name]))

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Manage networks</Title>
          <Text c="dimmed">Which networks run, who is in them, and what do they meet for?</Text>
        </div>
        <Button onClick={() => setFilters({ panel: 'new', tab: null, event: null })}>New network</Button>
      </Group>
      <Group gap="md" align="flex-end">
        <TextInput
          label="Search"
          placeholder="Name or purpose"
          type="search"
          w={240}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value)
            applySearch(event.currentTarget.value)
          }}
        />
        <SegmentedControl
          aria-label="Status"
          value={filters.status ?? 'all'}
          onChange={(value) => setFilters({ status: value === 'all' ? null : value })}
          data={[
            { value: 'all', label: 'All' },
            ...networkStatuses.map((status) => ({ value: status, label: networkStatusLabels[status] })),
          ]}
        />
      </Group>
      {networks.isPending ? (
        <LoadingSkeleton rows={6} label="Loading networks" />
      ) : networks.isError ? (
        <ErrorState error={networks.error} title="The networks could not be loaded" onRetry={networks.refetch} />
      ) : rows.length === 0 ? (
        <EmptyState
          title={filters.q || filters.status ? 'No networks match' : 'No networks yet'}
          description="Create a network to bring sites together around shared work."
        />
      ) : (
        <>
          <Table highlightOnHover striped verticalSpacing="xs" aria-label="Networks">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Leads</Table.Th>
                <Table.Th>Members</Table.Th>
                <Table.Th>Coordinators</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((network, index) => (
                <Table.Tr key={network.id} {...navigation.getRowProps(index)}>
                  <Table.Td>
                    <Anchor component="button" type="button" fw={500} size="sm" ta="left" onClick={() => setFilters({ panel: network.id })}>
                      {network.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={statusColor[network.status]} variant="light" radius="sm">
                      {networkStatusLabels[network.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1} maw={280}>
                      {network.members
                        .filter((member) => member.role === 'lead')
                        .map((member) => siteName.get(member.siteId) ?? 'A site')
                        .join(', ') || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>{network.members.filter((member) => member.role === 'member').length}</Table.Td>
                  <Table.Td>{network.coordinatorIds.length}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <LoadMore query={networks} />
        </>
      )}

      <Drawer
        opened={Boolean(panel)}
        onClose={closePanel}
        position="right"
        size="xl"
        title={panel === 'new' ? 'New network' : (selected?.name ?? 'Network')}
      >
        {panel === 'new' ? (
          <NetworkForm
            network={null}
            sites={sites.data ?? []}
            people={people.data ?? []}
            onReload={() => networks.refetch()}
            onDone={(saved) => setFilters(saved ? { panel: saved.id, tab: 'events' } : { panel: null })}
          />
        ) : selected ? (
          <Tabs value={filters.tab ?? 'details'} onChange={(tab) => setFilters({ tab, event: null })} keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="details">Details and members</Tabs.Tab>
              <Tabs.Tab value="events">Events</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="details">
              <NetworkForm
                key={`${selected.id}:${selected.version}`}
                network={selected}
                sites={sites.data ?? []}
                people={people.data ?? []}
                onReload={() => networks.refetch()}
                onDone={(saved) => (saved ? undefined : closePanel())}
              />
            </Tabs.Panel>
            <Tabs.Panel value="events">
              <NetworkEvents networkId={selected.id} />
            </Tabs.Panel>
          </Tabs>
        ) : networks.isPending ? (
          <LoadingSkeleton rows={4} />
        ) : (
          <Text>This network is not in the list as filtered. Clear the filters to find it.</Text>
        )}
      </Drawer>
    </Stack>
  )
}
