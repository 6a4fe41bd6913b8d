import type { WebhookDelivery } from '@learnonce/contracts'
import { Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { rowsOf } from '../../../api/pages'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { LoadMore } from '../../../components/load-more'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { RelativeTime } from '../../../components/relative-time'
import { useDeliveries, usePing, useResend } from '../api/webhooks'

const statusColor: Record<WebhookDelivery['status'], string> = { pending: 'blue', delivered: 'green', failed: 'red' }

/** The last attempt's answer: its status code, or why none came. */
function LastAnswer({ delivery }: { delivery: WebhookDelivery }) {
  const last = delivery.attempts[delivery.attempts.length - 1]
  if (!last) return <Text size="sm">Not tried yet</Text>
  const ok = last.statusCode !== null && last.statusCode >= 200 && last.statusCode < 300
  return (
    <Tooltip label={last.error ?? `${last.durationMs} ms`} disabled={!last.error && last.statusCode === null} withArrow>
      <Text size="sm" ff="monospace" c={ok ? 'green.8' : 'red.8'}>
        {last.statusCode ?? 'no answer'}
        {last.error ? ` · ${last.error.slice(0, 40)}` : ''}
      </Text>
    </Tooltip>
  )
}

/** Every delivery to one endpoint, newest first, with Ping and Re-send. */
export function Deliveries({ webhookId }: { webhookId: string }) {
  const deliveries = useDeliveries(webhookId)
  const ping = usePing()
  const resend = useResend()
  const rows = rowsOf(deliveries.data?.pages)

  const sendPing = () =>
    ping.mutate(webhookId, {
      onSuccess: () => notifications.show({ color: 'green', title: 'Ping queued', message: 'It appears below once sent.' }),
      onError: (error) => notifications.show({ color: 'red', title: 'The ping was not sent', message: error.message }),
    })

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Each event and every attempt to deliver it, newest first.
        </Text>
        <Button size="xs" variant="light" loading={ping.isPending} onClick={sendPing}>
          Ping
        </Button>
      </Group>
      {deliveries.isPending ? (
        <LoadingSkeleton rows={5} label="Loading deliveries" />
      ) : deliveries.isError ? (
        <ErrorState error={deliveries.error} title="The deliveries could not be loaded" onRetry={deliveries.refetch} />
      ) : rows.length === 0 ? (
        <EmptyState title="Nothing delivered yet" description="Send a ping to check the receiver answers." />
      ) : (
        <>
          <Table striped verticalSpacing={6} aria-label="Deliveries">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Event</Table.Th>
                <Table.Th w={110}>Status</Table.Th>
                <Table.Th>Answer</Table.Th>
                <Table.Th>Tries</Table.Th>
                <Table.Th>When</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((delivery) => (
                <Table.Tr key={delivery.id}>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {delivery.eventType}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={statusColor[delivery.status]} variant="light" radius="sm">
                      {delivery.status}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <LastAnswer delivery={delivery} />
                  </Table.Td>
                  <Table.Td>{delivery.attempts.length}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <RelativeTime value={delivery.createdAt} />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="default"
                      aria-label={`Re-send ${delivery.eventType} from ${delivery.createdAt}`}
                      loading={resend.isPending && resend.variables?.deliveryId === delivery.id}
                      onClick={() =>
                        resend.mutate(
                          { webhookId, deliveryId: delivery.id },
                          {
                            onSuccess: () =>
                              notifications.show({ color: 'green', title: 'Re-sent', message: `${delivery.eventType} is queued again.` }),
                            onError: (error) => notifications.show({ color: 'red', title: 'Not re-sent', message: error.message }),
                          },
                        )
                      }
                    >
                      Re-send
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <LoadMore query={deliveries} size="xs" />
        </>
      )}
    </Stack>
  )
}
