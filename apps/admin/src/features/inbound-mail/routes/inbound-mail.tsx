import { type InboundMessage, inboundOutcomes } from '@learnonce/contracts'
import { Anchor, Badge, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core'
import { Link } from 'react-router'
import { rowsOf } from '../../../api/pages'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { LoadMore } from '../../../components/load-more'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { RelativeTime } from '../../../components/relative-time'
import { paths } from '../../../config/paths'
import { useListNavigation } from '../../../hooks/use-list-navigation'
import { useUrlFilters } from '../../../hooks/use-url-filters'
import { type InboundOutcome, useInboundMessages } from '../api/inbound-mail'

const outcomeLabels: Record<InboundOutcome, string> = { draft_created: 'Draft created', refused: 'Refused' }
const isOutcome = (value: string | undefined): value is InboundOutcome => inboundOutcomes.some((outcome) => outcome === value)

/** "3 KB", "18 KB", "1.2 MB": how big the message was. */
function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

function Outcome({ message }: { message: InboundMessage }) {
  return (
    // The label keeps its width: in a narrow column Mantine would cut it to "DRAFT …".
    <Badge variant="light" radius="sm" color={message.outcome === 'refused' ? 'red' : 'green'} styles={{ label: { overflow: 'visible' } }}>
      {outcomeLabels[message.outcome]}
    </Badge>
  )
}

/** Route module: "What reached the hub's inbound address, and what became of each message?" */
export function Component() {
  const [filters, setFilters] = useUrlFilters(['outcome'])
  const outcome = isOutcome(filters.outcome) ? filters.outcome : undefined
  const messages = useInboundMessages(outcome)
  const rows = rowsOf(messages.data?.pages)
  const navigation = useListNavigation({ count: rows.length })

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>Lessons by email</Title>
        <Text c="dimmed">What reached the hub’s inbound address, and what became of each message?</Text>
      </div>

      <SegmentedControl
        aria-label="Outcome"
        w="fit-content"
        value={outcome ?? 'all'}
        onChange={(value) => setFilters({ outcome: value === 'all' ? null : value })}
        data={[{ value: 'all', label: 'All' }, ...inboundOutcomes.map((value) => ({ value, label: outcomeLabels[value] }))]}
      />

      {messages.isPending ? (
        <LoadingSkeleton rows={8} label="Loading the inbound messages" />
      ) : messages.isError ? (
        <ErrorState error={messages.error} title="The inbound messages could not be loaded" onRetry={messages.refetch} />
      ) : rows.length === 0 ? (
        <EmptyState
          title={outcome ? `No message was ${outcome === 'refused' ? 'refused' : 'made a draft'}` : 'No message has arrived yet'}
          description="Contributors email their lessons to the inbound address (SMTP_INBOUND_PORT); each message shows here with what became of it."
        />
      ) : (
        <>
          <Table striped highlightOnHover verticalSpacing={6} aria-label="Inbound messages">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Received</Table.Th>
                <Table.Th>From</Table.Th>
                <Table.Th>Subject</Table.Th>
                <Table.Th>Outcome</Table.Th>
                <Table.Th>What happened</Table.Th>
                <Table.Th>Size</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((message, index) => (
                <Table.Tr key={message.id} {...navigation.getRowProps(index)}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <RelativeTime value={message.createdAt} />
                  </Table.Td>
                  <Table.Td>{message.sender ?? '—'}</Table.Td>
                  <Table.Td>
                    {message.itemId ? (
                      <Anchor component={Link} to={paths.lessons.detail.href(message.itemId)}>
                        {message.subject ?? 'Untitled'}
                      </Anchor>
                    ) : (
                      (message.subject ?? '—')
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Outcome message={message} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2} maw={420} title={message.reason}>
                      {message.reason}
                    </Text>
                    {message.attachments.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {message.attachments.length} attachment{message.attachments.length === 1 ? '' : 's'}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{size(message.size)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <LoadMore query={messages} />
        </>
      )}
    </Stack>
  )
}
