import type { NetworkEvent } from '@learnonce/contracts'
import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core'
import { Link } from 'react-router'
import { RelativeTime } from '../../../components/relative-time'
import { paths } from '../../../config/paths'

const when = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})
const until = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' })
export const eventKindLabel = (kind: string) => (kind.charAt(0).toUpperCase() + kind.slice(1)).replaceAll('_', ' ')

/** One event: when, what kind, where (or online), and which network runs it. */
export function EventCard({ event, networkName }: { event: NetworkEvent; networkName?: string }) {
  return (
    <Card withBorder padding="sm" role="listitem">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2}>
          <Text fw={600}>{event.title}</Text>
          <Text size="sm">
            {when.format(new Date(event.startsAt))}–{until.format(new Date(event.endsAt))} ·{' '}
            <Text span c="dimmed" size="sm">
              <RelativeTime value={event.startsAt} />
            </Text>
          </Text>
          <Text size="sm" c="dimmed">
            {event.location ?? 'Online'}
            {event.onlineUrl && (
              <>
                {' · '}
                <Anchor href={event.onlineUrl} target="_blank" rel="noopener noreferrer" size="sm">
                  Join online
                </Anchor>
              </>
            )}
            {networkName && (
              <>
                {' · '}
                <Anchor component={Link} to={paths.networks.detail.href(event.networkId)} size="sm">
                  {networkName}
                </Anchor>
              </>
            )}
          </Text>
        </Stack>
        <Badge variant="light">{eventKindLabel(event.kind)}</Badge>
      </Group>
    </Card>
  )
}
