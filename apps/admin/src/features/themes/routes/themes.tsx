import type { Theme } from '@learnonce/contracts'
import { Anchor, Button, Drawer, Group, SegmentedControl, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core'
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
import { useReorderThemes, useSetThemeRetired, useThemes } from '../api/themes'
import { ThemeForm } from '../components/theme-form'

/** Route module: "What do we classify work by?" */
export function Component() {
  const [filters, setFilters] = useUrlFilters(['retired', 'panel'])
  const retired = filters.retired === 'true'
  const themes = useThemes(retired)
  const rows = rowsOf(themes.data?.pages)
  const setRetired = useSetThemeRetired()
  const reorder = useReorderThemes()
  const [switching, setSwitching] = useState<Theme | null>(null)
  const panel = filters.panel
  const editing = panel && panel !== 'new' ? rows.find((theme) => theme.slug === panel) : undefined
  const closePanel = () => setFilters({ panel: null })
  const navigation = useListNavigation({
    count: rows.length,
    enabled: !panel && !switching,
    onOpen: (index) => {
      const theme = rows[index]
      if (theme) setFilters({ panel: theme.slug })
    },
  })

  /** Swaps a live theme with its neighbour; the API wants every live theme, so this needs the whole list loaded. */
  const move = (index: number, by: -1 | 1) => {
    const theme = rows[index]
    const neighbour = rows[index + by]
    if (!theme || !neighbour) return
    const slugs = rows.map((row) => row.slug)
    slugs[index] = neighbour.slug
    slugs[index + by] = theme.slug
    reorder.mutate(slugs, {
      onSuccess: () =>
        notifications.show({
          color: 'green',
          title: 'Order saved',
          message: `${theme.name} now comes ${by < 0 ? 'before' : 'after'} ${neighbour.name}.`,
        }),
      onError: (error) => notifications.show({ color: 'red', title: 'The order was not saved', message: error.message }),
    })
  }
  // Reordering sends every live theme, so it waits until no further page is left to load.
  const canReorder = !retired && !themes.hasNextPage && !reorder.isPending

  const confirmSwitch = () => {
    if (!switching) return
    const retire = switching.retiredAt === null
    setRetired.mutate(
      { theme: switching, retired: retire },
      {
        onSuccess: (theme) => {
          notifications.show({
            color: 'green',
            title: retire ? 'Theme retired' : 'Theme restored',
            message: retire ? `${theme.name} can no longer be chosen; items that have it keep it.` : `${theme.name} can be chosen again.`,
          })
          setSwitching(null)
        },
        onError: (error) => notifications.show({ color: 'red', title: 'That did not work', message: error.message }),
      },
    )
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Themes</Title>
          <Text c="dimmed">What do we classify work by?</Text>
        </div>
        <Button onClick={() => setFilters({ panel: 'new' })}>New theme</Button>
      </Group>
      <SegmentedControl
        aria-label="Live or retired"
        w="fit-content"
        value={retired ? 'true' : 'false'}
        onChange={(value) => setFilters({ retired: value === 'true' ? 'true' : null })}
        data={[
          { value: 'false', label: 'Live' },
          { value: 'true', label: 'Retired' },
        ]}
      />
      {themes.isPending ? (
        <LoadingSkeleton rows={8} label="Loading themes" />
      ) : themes.isError ? (
        <ErrorState error={themes.error} title="The themes could not be loaded" onRetry={themes.refetch} />
      ) : rows.length === 0 ? (
        <EmptyState
          title={retired ? 'No retired themes' : 'No themes yet'}
          description={
            retired
              ? 'A retired theme appears here; restore it to offer it again.'
              : 'Create the themes contributors classify their work by.'
          }
        />
      ) : (
        <>
          <Table highlightOnHover striped verticalSpacing="xs" aria-label="Themes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Slug</Table.Th>
                <Table.Th>Description</Table.Th>
                <Table.Th>{retired ? 'Retired' : 'Changed'}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((theme, index) => (
                <Table.Tr key={theme.slug} {...navigation.getRowProps(index)}>
                  <Table.Td>
                    <Anchor component="button" type="button" fw={500} size="sm" ta="left" onClick={() => setFilters({ panel: theme.slug })}>
                      {theme.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ff="monospace">{theme.slug}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2} maw={420}>
                      {theme.description || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <RelativeTime value={theme.retiredAt ?? theme.updatedAt} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {!retired && (
                        <>
                          <Button
                            size="compact-sm"
                            variant="default"
                            aria-label={`Move ${theme.name} up`}
                            disabled={!canReorder || index === 0}
                            onClick={() => move(index, -1)}
                          >
                            Move up
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="default"
                            aria-label={`Move ${theme.name} down`}
                            disabled={!canReorder || index === rows.length - 1}
                            onClick={() => move(index, 1)}
                          >
                            Move down
                          </Button>
                        </>
                      )}
                      <Button
                        size="compact-sm"
                        variant="light"
                        color={theme.retiredAt ? 'green' : 'gray'}
                        aria-label={`${theme.retiredAt ? 'Restore' : 'Retire'} ${theme.name}`}
                        onClick={() => setSwitching(theme)}
                      >
                        {theme.retiredAt ? 'Restore' : 'Retire'}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <LoadMore query={themes} />
        </>
      )}

      <Drawer
        opened={Boolean(panel)}
        onClose={closePanel}
        position="right"
        size="md"
        title={panel === 'new' ? 'New theme' : (editing?.name ?? 'Theme')}
      >
        {panel === 'new' ? (
          <ThemeForm theme={null} onDone={closePanel} onReload={() => themes.refetch()} />
        ) : editing ? (
          <ThemeForm key={`${editing.slug}:${editing.version}`} theme={editing} onDone={closePanel} onReload={() => themes.refetch()} />
        ) : themes.isPending ? (
          <LoadingSkeleton rows={3} />
        ) : (
          <Text>This theme is not in this list. Switch between live and retired to find it.</Text>
        )}
      </Drawer>

      <ConfirmModal
        opened={switching !== null}
        title={switching?.retiredAt ? `Restore ${switching.name}?` : `Retire ${switching?.name ?? 'this theme'}?`}
        confirmLabel={switching?.retiredAt ? 'Restore theme' : 'Retire theme'}
        color={switching?.retiredAt ? 'green' : 'red'}
        loading={setRetired.isPending}
        onConfirm={confirmSwitch}
        onClose={() => setSwitching(null)}
      >
        {switching?.retiredAt
          ? 'It can be chosen for content again.'
          : 'It leaves the taxonomy and can no longer be chosen for content. Items that have it keep it.'}
      </ConfirmModal>
    </Stack>
  )
}
