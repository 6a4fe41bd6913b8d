import { regions, type Site, siteKinds } from '@learnonce/contracts'
import {
  Anchor,
  Badge,
  Button,
  Drawer,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { rowsOf } from '../../../api/pages'
import { ConfirmModal } from '../../../components/confirm-modal'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { LoadMore } from '../../../components/load-more'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { RelativeTime } from '../../../components/relative-time'
import { useListNavigation } from '../../../hooks/use-list-navigation'
import { useUrlFilters } from '../../../hooks/use-url-filters'
import { useSetSiteArchived, useSites } from '../api/sites'
import { SiteForm } from '../components/site-form'
import { regionLabels, siteKindLabels } from '../components/site-labels'

/** Route module: "Which organisations are on the hub?" */
export function Component() {
  const [filters, setFilters] = useUrlFilters(['q', 'kind', 'region', 'archived', 'panel'])
  const sites = useSites({ q: filters.q, kind: filters.kind, region: filters.region, archived: filters.archived })
  const rows = rowsOf(sites.data?.pages)
  const setArchived = useSetSiteArchived()
  const [archiving, setArchiving] = useState<Site | null>(null)
  const [search, setSearch] = useState(filters.q ?? '')
  const applySearch = useDebouncedCallback((value: string) => setFilters({ q: value.trim() || null }), 250)
  const panel = filters.panel
  const editing = panel && panel !== 'new' ? rows.find((site) => site.id === panel) : undefined
  const closePanel = () => setFilters({ panel: null })
  const navigation = useListNavigation({
    count: rows.length,
    enabled: !panel && !archiving,
    onOpen: (index) => {
      const site = rows[index]
      if (site) setFilters({ panel: site.id })
    },
  })
  const filtered = Boolean(filters.q || filters.kind || filters.region)

  const confirmArchive = () => {
    if (!archiving) return
    const archived = archiving.archivedAt === null
    setArchived.mutate(
      { id: archiving.id, archived },
      {
        onSuccess: (site) => {
          notifications.show({
            color: 'green',
            title: archived ? 'Site archived' : 'Site restored',
            message: archived ? `${site.name} is off the default list; its content stays.` : `${site.name} is live again.`,
          })
          setArchiving(null)
        },
        onError: (error) => notifications.show({ color: 'red', title: 'That did not work', message: error.message }),
      },
    )
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Sites</Title>
          <Text c="dimmed">Which organisations are on the hub?</Text>
        </div>
        <Button onClick={() => setFilters({ panel: 'new' })}>New site</Button>
      </Group>
      <Group gap="md" align="flex-end">
        <TextInput
          label="Search"
          placeholder="Name, slug or ODS code"
          type="search"
          w={240}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value)
            applySearch(event.currentTarget.value)
          }}
        />
        <Select
          label="Kind"
          placeholder="Any kind"
          clearable
          w={220}
          data={siteKinds.map((kind) => ({ value: kind, label: siteKindLabels[kind] }))}
          value={filters.kind ?? null}
          onChange={(value) => setFilters({ kind: value })}
        />
        <Select
          label="Region"
          placeholder="Any region"
          clearable
          w={220}
          data={regions.map((region) => ({ value: region, label: regionLabels[region] }))}
          value={filters.region ?? null}
          onChange={(value) => setFilters({ region: value })}
        />
        <SegmentedControl
          aria-label="Live or archived"
          value={filters.archived === 'true' ? 'true' : 'false'}
          onChange={(value) => setFilters({ archived: value === 'true' ? 'true' : null })}
          data={[
            { value: 'false', label: 'Live' },
            { value: 'true', label: 'Archived' },
          ]}
        />
      </Group>

      {sites.isPending ? (
        <LoadingSkeleton rows={8} label="Loading sites" />
      ) : sites.isError ? (
        <ErrorState error={sites.error} title="The sites could not be loaded" onRetry={sites.refetch} />
      ) : rows.length === 0 ? (
        <EmptyState
          title={filters.archived === 'true' ? 'No archived sites' : filtered ? 'No sites match these filters' : 'No sites yet'}
          description={
            filters.archived === 'true'
              ? 'Archived sites appear here; restore one to bring it back.'
              : filtered
                ? 'Clear a filter or search for part of the name.'
                : 'Add the first organisation that shares its work on the hub.'
          }
        />
      ) : (
        <>
          <Table highlightOnHover striped verticalSpacing="xs" aria-label="Sites">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Region</Table.Th>
                <Table.Th>ODS code</Table.Th>
                <Table.Th>Changed</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((site, index) => (
                <Table.Tr key={site.id} {...navigation.getRowProps(index)}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Anchor component="button" type="button" fw={500} size="sm" ta="left" onClick={() => setFilters({ panel: site.id })}>
                        {site.name}
                      </Anchor>
                      {site.archivedAt && (
                        <Badge color="gray" variant="light" radius="sm">
                          Archived
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{siteKindLabels[site.kind]}</Table.Td>
                  <Table.Td>{regionLabels[site.region]}</Table.Td>
                  <Table.Td ff="monospace">{site.odsCode ?? '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <RelativeTime value={site.updatedAt} />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="light"
                      color={site.archivedAt ? 'green' : 'gray'}
                      aria-label={`${site.archivedAt ? 'Restore' : 'Archive'} ${site.name}`}
                      onClick={() => setArchiving(site)}
                    >
                      {site.archivedAt ? 'Restore' : 'Archive'}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <LoadMore query={sites} />
        </>
      )}

      <Drawer
        opened={Boolean(panel)}
        onClose={closePanel}
        position="right"
        size="md"
        title={panel === 'new' ? 'New site' : (editing?.name ?? 'Site')}
      >
        {panel === 'new' ? (
          <SiteForm site={null} onDone={closePanel} />
        ) : editing ? (
          <SiteForm key={`${editing.id}:${editing.version}`} site={editing} onDone={closePanel} />
        ) : sites.isPending ? (
          <LoadingSkeleton rows={4} />
        ) : (
          <Text>This site is not in the list as filtered. Clear the filters to find it.</Text>
        )}
      </Drawer>

      <ConfirmModal
        opened={archiving !== null}
        title={archiving?.archivedAt ? `Restore ${archiving.name}?` : `Archive ${archiving?.name ?? 'this site'}?`}
        confirmLabel={archiving?.archivedAt ? 'Restore site' : 'Archive site'}
        color={archiving?.archivedAt ? 'green' : 'red'}
        loading={setArchived.isPending}
        onConfirm={confirmArchive}
        onClose={() => setArchiving(null)}
      >
        {archiving?.archivedAt
          ? 'It comes back to the list of sites and can be chosen again.'
          : 'It leaves the default list and can no longer be chosen for new memberships or keys. Its content and members stay.'}
      </ConfirmModal>
    </Stack>
  )
}
