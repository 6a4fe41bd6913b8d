import { contentStatuses, type MyItem } from '@learnonce/contracts'
import { Anchor, Button, Group, SegmentedControl, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { LoadMore } from '../../../components/load-more'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { RelativeTime } from '../../../components/relative-time'
import { StatusBadge, statusLabel } from '../../../components/status-badge'
import { useListNavigation } from '../../../hooks/use-list-navigation'
import { useUrlFilters } from '../../../hooks/use-url-filters'
import { runAction } from '../../content/api/content'
import { kinds } from '../../content/api/kinds'
import { useMyItems } from '../api/my-items'

const typeOptions = [
  { value: '', label: 'All' },
  { value: 'lesson', label: 'Lessons' },
  { value: 'case_study', label: 'Case studies' },
  { value: 'solution', label: 'Solutions' },
]
const statusOptions = contentStatuses.map((status) => ({ value: status, label: statusLabel(status) }))

/** Where a row opens: the editor while it can be changed, the item as readers see it otherwise. */
const openPath = (item: MyItem) => (item.canEdit ? kinds[item.type].paths.edit.href(item.id) : kinds[item.type].paths.detail.href(item.id))

function SubmitButton({ item }: { item: MyItem }) {
  const queryClient = useQueryClient()
  const [busy, setBusy] = useState(false)
  const kind = kinds[item.type]
  async function submit() {
    setBusy(true)
    try {
      await runAction(kind, item, 'submit')
      notifications.show({ color: 'green', title: 'Submitted for review', message: `“${item.title}” is waiting for a curator.` })
      await queryClient.invalidateQueries({ queryKey: ['me', 'items'] })
      void queryClient.invalidateQueries({ queryKey: [kind.apiPath.slice(1)] })
    } catch (error) {
      notifications.show({ color: 'red', title: 'It was not submitted', message: (error as Error).message })
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button size="compact-xs" variant="light" loading={busy} onClick={() => void submit()}>
      Submit
    </Button>
  )
}

/** Route module: "Where does each of my items stand?" — the contributor's sites' items and what to do next. */
export function Component() {
  const [filters, setFilters] = useUrlFilters(['status', 'type'])
  const query = useMyItems({ status: filters.status, type: filters.type })
  const navigate = useNavigate()
  const items = query.data?.pages.flatMap((page) => page.data) ?? []
  const { getRowProps } = useListNavigation({
    count: items.length,
    onOpen: (index) => {
      const item = items[index]
      if (item) navigate(openPath(item))
    },
  })

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>My items</Title>
          <Text c="dimmed">Your sites’ lessons, case studies and solutions, and where each one stands.</Text>
        </div>
        <Group gap="xs">
          <Button component={Link} to={kinds.lesson.paths.new.path}>
            New lesson
          </Button>
          <Button component={Link} to={kinds.case_study.paths.new.path} variant="default">
            New case study
          </Button>
          <Button component={Link} to={kinds.solution.paths.new.path} variant="default">
            New solution
          </Button>
        </Group>
      </Group>
      <Group gap="sm" align="flex-end">
        <SegmentedControl
          aria-label="Kind"
          data={typeOptions}
          value={filters.type ?? ''}
          onChange={(value) => setFilters({ type: value || null })}
        />
        <Select
          label="State"
          placeholder="Any state"
          data={statusOptions}
          clearable
          w={220}
          value={filters.status ?? null}
          onChange={(value) => setFilters({ status: value })}
        />
      </Group>
      {query.isPending && <LoadingSkeleton rows={6} label="Loading your items" />}
      {query.isError && <ErrorState error={query.error} title="Your items could not be loaded" onRetry={query.refetch} />}
      {query.isSuccess && items.length === 0 && (
        <EmptyState
          title={filters.status || filters.type ? 'Nothing in this view' : 'Nothing written yet'}
          description={
            filters.status || filters.type
              ? 'Clear the filters to see all your sites’ items.'
              : 'Share what your site learned: start with a lesson — three questions, ten minutes.'
          }
          action={
            <Button component={Link} to={kinds.lesson.paths.new.path}>
              Write a lesson
            </Button>
          }
        />
      )}
      {items.length > 0 && (
        <Table highlightOnHover verticalSpacing="sm" aria-label="My items">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Item</Table.Th>
              <Table.Th w={170}>State</Table.Th>
              <Table.Th w={140}>Changed</Table.Th>
              <Table.Th w={150}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item, index) => (
              <Table.Tr key={item.id} {...getRowProps(index)}>
                <Table.Td>
                  <Text size="xs" c="dimmed" tt="uppercase">
                    {kinds[item.type].noun}
                  </Text>
                  <Anchor component={Link} to={openPath(item)} fw={500}>
                    {item.title}
                  </Anchor>
                  {item.status === 'changes_requested' && item.decisionNote && (
                    <Text size="sm" c="orange.9" mt={4}>
                      Curator’s note: {item.decisionNote}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={item.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    <RelativeTime value={item.updatedAt} />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} justify="flex-end" wrap="nowrap">
                    {item.canEdit && (
                      <Button component={Link} to={kinds[item.type].paths.edit.href(item.id)} size="compact-xs" variant="default">
                        Edit
                      </Button>
                    )}
                    {item.canSubmit && <SubmitButton item={item} />}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <LoadMore query={query} />
    </Stack>
  )
}
