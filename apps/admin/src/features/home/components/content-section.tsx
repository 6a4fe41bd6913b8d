import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core'
import { Suspense } from 'react'
import { Link } from 'react-router'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { RelativeTime } from '../../../components/relative-time'
import { paths } from '../../../config/paths'
import { useContentSummary } from '../api/dashboard'
import { ContentCharts } from './lazy-charts'

const kindLabels = {
  conference: 'Conference',
  workshop: 'Workshop',
  learning_lunch: 'Learning lunch',
  webinar: 'Webinar',
  meeting: 'Meeting',
} as const

/** What the hub has published and reused, and the events coming up: the same figures for every role. */
export function ContentSection({ withCharts = true }: { withCharts?: boolean }) {
  const content = useContentSummary()
  return (
    <Stack gap="md" component="section" aria-labelledby="content-heading">
      <Title order={2} size="h3" id="content-heading">
        {withCharts ? 'What the hub publishes' : 'Coming up'}
      </Title>
      {content.isError ? (
        <ErrorState error={content.error} title="The hub's figures did not load" onRetry={() => content.refetch()} />
      ) : !content.data ? (
        <LoadingSkeleton rows={6} label="Loading what the hub publishes" />
      ) : (
        <>
          {withCharts && (
            <Suspense fallback={<LoadingSkeleton rows={6} label="Loading the charts" />}>
              <ContentCharts content={content.data} />
            </Suspense>
          )}
          <Card withBorder padding="md" radius="md" component="section" aria-labelledby="events-heading">
            <Title order={3} size="h5" mb="sm" id="events-heading">
              Upcoming events
            </Title>
            {content.data.upcomingEvents.length === 0 ? (
              <EmptyState
                title="No events coming up"
                description="Networks add their events on their page."
                action={
                  <Anchor component={Link} to={paths.networks.list.path}>
                    See the networks
                  </Anchor>
                }
              />
            ) : (
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {content.data.upcomingEvents.map((event) => (
                  <Group key={event.id} component="li" justify="space-between" wrap="nowrap" gap="sm">
                    <Stack gap={0}>
                      <Text fw={500}>{event.title}</Text>
                      <Text size="sm" c="dimmed">
                        <Anchor component={Link} to={paths.networks.detail.href(event.network.id)} inherit>
                          {event.network.name}
                        </Anchor>
                      </Text>
                    </Stack>
                    <Group gap="xs" wrap="nowrap">
                      <Badge variant="light" color="gray" radius="sm">
                        {kindLabels[event.kind]}
                      </Badge>
                      <Text size="sm">
                        <RelativeTime value={event.startsAt} />
                      </Text>
                    </Group>
                  </Group>
                ))}
              </Stack>
            )}
          </Card>
        </>
      )}
    </Stack>
  )
}
