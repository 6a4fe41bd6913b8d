import '@mantine/dates/styles.css'
import { type AuditEvent, auditActions } from '@learnonce/contracts'
import { Badge, Button, Code, Group, Select, Stack, Table, Text, Title } from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import { useQuery } from '@tanstack/react-query'
import { rowsOf } from '../../../api/pages'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { LoadMore } from '../../../components/load-more'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { RelativeTime } from '../../../components/relative-time'
import { useListNavigation } from '../../../hooks/use-list-navigation'
import { useUrlFilters } from '../../../hooks/use-url-filters'
import { userOptionsQueryOptions } from '../../users/api/users'
import { useAuditEvents } from '../api/audit'

/** Groups of actions by their subject (`site.archived` is under "site"), for the action picker. */
const actionGroups = Object.entries(
  auditActions.reduce<Record<string, string[]>>((groups, action) => {
    const subject = action.split('.')[0] ?? action
    groups[subject] = [...(groups[subject] ?? []), action]
    return groups
  }, {}),
).map(([group, items]) => ({ group, items }))

/** The event's data as one short line: what changed, without the noise of braces. */
function summary(event: AuditEvent): string {
  const entries = Object.entries(event.data)
  if (entries.length === 0) return ''
  return entries.map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`).join(' · ')
}

/** Route module: "Who did what, and when?" */
export function Component() {
  const [filters, setFilters] = useUrlFilters(['actorId', 'action', 'from', 'to'])
  const events = useAuditEvents(filters)
  // Actors by name: the first page of users covers a small hub; others show as "A user".
  const people = useQuery(userOptionsQueryOptions())
  const actorName = new Map((people.data ?? []).map((user) => [user.id, user.name]))
  const rows = rowsOf(events.data?.pages)
  const navigation = useListNavigation({ count: rows.length })
  const filtered = Boolean(filters.actorId || filters.action || filters.from || filters.to)

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>Audit log</Title>
        <Text c="dimmed">Who did what, and when?</Text>
      </div>

      <Group gap="md" align="flex-end">
        <Select
          label="Actor"
          placeholder="Anyone"
          clearable
          searchable
          w={220}
          data={(people.data ?? []).map((user) => ({ value: user.id, label: user.name }))}
          value={filters.actorId ?? null}
          onChange={(value) => setFilters({ actorId: value })}
        />
        <Select
          label="Action"
          placeholder="Any action"
          clearable
          searchable
          w={260}
          data={actionGroups}
          value={filters.action ?? null}
          onChange={(value) => setFilters({ action: value })}
        />
        <DatePickerInput
          type="range"
          label="Between"
          placeholder="Any date"
          clearable
          allowSingleDateInRange
          valueFormat="D MMM YYYY"
          w={280}
          maxDate={new Date()}
          value={[filters.from ?? null, filters.to ?? null]}
          onChange={([from, to]) => setFilters({ from, to })}
        />
        {filtered && (
          <Button variant="subtle" onClick={() => setFilters({ actorId: null, action: null, from: null, to: null })}>
            Clear filters
          </Button>
        )}
      </Group>

      {events.isPending ? (
        <LoadingSkeleton rows={10} label="Loading the audit log" />
      ) : events.isError ? (
        <ErrorState error={events.error} title="The audit log could not be loaded" onRetry={events.refetch} />
      ) : rows.length === 0 ? (
        <EmptyState
          title={filtered ? 'Nothing matches these filters' : 'Nothing recorded yet'}
          description={filtered ? 'Widen the dates or choose another action.' : 'Sign-ins, changes and reviews appear here as they happen.'}
        />
      ) : (
        <>
          <Table striped highlightOnHover verticalSpacing={6} aria-label="Audit events">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Action</Table.Th>
                <Table.Th>Actor</Table.Th>
                <Table.Th>Subject</Table.Th>
                <Table.Th>Details</Table.Th>
                <Table.Th>IP</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((event, index) => (
                <Table.Tr key={event.id} {...navigation.getRowProps(index)}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <RelativeTime value={event.createdAt} />
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" radius="sm" tt="none">
                      {event.action}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{event.actorId ? (actorName.get(event.actorId) ?? 'A user') : 'The hub'}</Table.Td>
                  <Table.Td>
                    {event.subjectType ? (
                      <Text size="sm">
                        {event.subjectType.replace('_', ' ')}{' '}
                        <Code title={event.subjectId ?? undefined}>{event.subjectId?.slice(0, 8)}</Code>
                      </Text>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed" lineClamp={2} maw={380} title={summary(event)}>
                      {summary(event)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace">
                      {event.ip ?? '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <LoadMore query={events} />
        </>
      )}
    </Stack>
  )
}
