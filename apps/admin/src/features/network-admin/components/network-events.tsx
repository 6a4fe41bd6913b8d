import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core'
import { rowsOf } from '../../../api/pages'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { useUrlFilters } from '../../../hooks/use-url-filters'
import { useNetworkEvents } from '../api/networks'
import { EventForm, eventKindLabels } from './event-form'

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

/** A network's events, past and coming, with a form to add one or change one (`?event=` in the URL). */
export function NetworkEvents({ networkId }: { networkId: string }) {
  const [filters, setFilters] = useUrlFilters(['event'])
  const events = useNetworkEvents(networkId)
  const rows = rowsOf(events.data?.pages)
  const editing = filters.event && filters.event !== 'new' ? rows.find((event) => event.id === filters.event) : undefined
  const close = () => setFilters({ event: null })

  if (filters.event === 'new' || editing) {
    return (
      <Paper withBorder p="md">
        <Text fw={600} mb="sm">
          {editing ? `Change “${editing.title}”` : 'New event'}
        </Text>
        <EventForm
          key={editing ? `${editing.id}:${editing.version}` : 'new'}
          networkId={networkId}
          event={editing ?? null}
          onDone={close}
          onReload={() => events.refetch()}
        />
      </Paper>
    )
  }
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button size="xs" onClick={() => setFilters({ event: 'new' })}>
          New event
        </Button>
      </Group>
      {events.isPending ? (
        <LoadingSkeleton rows={4} label="Loading events" />
      ) : events.isError ? (
        <ErrorState error={events.error} title="The events could not be loaded" onRetry={events.refetch} />
      ) : rows.length === 0 ? (
        <EmptyState title="No events yet" description="Add the network’s next workshop, lunch or meeting." />
      ) : (
        <Table striped verticalSpacing={6} aria-label="Events">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Title</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Starts</Table.Th>
              <Table.Th>Outputs</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((event) => (
              <Table.Tr key={event.id}>
                <Table.Td>
                  <Anchor component="button" type="button" size="sm" fw={500} ta="left" onClick={() => setFilters({ event: event.id })}>
                    {event.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" radius="sm">
                    {eventKindLabels[event.kind]}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{when.format(new Date(event.startsAt))}</Table.Td>
                <Table.Td>{event.outputs.length}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
