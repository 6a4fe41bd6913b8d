import { Anchor, Badge, Button, CopyButton, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { Markdown } from '../../../components/markdown'
import { StatusBadge } from '../../../components/status-badge'
import { CommunityTabs } from '../../community/components/community-tabs'
import { kinds } from '../../content/api/kinds'
import { useSiteNames } from '../../content/api/taxonomy'
import { EventCard } from '../../events/components/event-card'
import { FollowButton } from '../../following/components/follow-button'
import { calendarUrl, networkQueryOptions, upcomingEventsQueryOptions } from '../api/networks'
import { networkStatusLabel } from './networks'

/** Route module: a network — its purpose, member sites and leads, linked content and upcoming events. */
export function Component() {
  const { id = '' } = useParams()
  const network = useQuery(networkQueryOptions(id))
  const events = useQuery(upcomingEventsQueryOptions(id))
  const { name } = useSiteNames()
  if (network.isPending) return <LoadingSkeleton rows={10} withTitle label="Loading the network" />
  if (network.isError) return <ErrorState error={network.error} title="The network could not be loaded" onRetry={network.refetch} />
  const { data } = network
  const leads = data.members.filter((member) => member.role === 'lead')
  const members = data.members.filter((member) => member.role !== 'lead')
  const ics = calendarUrl(data.id)
  return (
    <Stack gap="lg" maw={900}>
      <Stack gap={4}>
        <Text size="xs" c="dimmed" tt="uppercase">
          Network
        </Text>
        <Group justify="space-between" align="flex-start">
          <Title order={1}>{data.name}</Title>
          <Group gap="xs">
            <Badge variant="light">{networkStatusLabel(data.status)}</Badge>
            <FollowButton type="network" id={data.id} label={data.name} />
          </Group>
        </Group>
        <Text size="lg">{data.purpose}</Text>
      </Stack>
      {data.description.trim() && <Markdown>{data.description}</Markdown>}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Stack gap={4} component="section" aria-labelledby="leads">
          <Title order={2} size="h4" id="leads">
            Coordinating sites (leads)
          </Title>
          {leads.length === 0 ? (
            <Text size="sm" c="dimmed">
              No lead site named yet.
            </Text>
          ) : (
            <List size="sm">
              {leads.map((member) => (
                <List.Item key={member.siteId}>{name(member.siteId)}</List.Item>
              ))}
            </List>
          )}
          {data.coordinatorIds.length > 0 && (
            <Text size="xs" c="dimmed">
              {data.coordinatorIds.length} {data.coordinatorIds.length === 1 ? 'coordinator' : 'coordinators'} run the network day to day.
            </Text>
          )}
        </Stack>
        <Stack gap={4} component="section" aria-labelledby="members">
          <Title order={2} size="h4" id="members">
            Member sites ({members.length})
          </Title>
          <List size="sm">
            {members.map((member) => (
              <List.Item key={member.siteId}>{name(member.siteId)}</List.Item>
            ))}
          </List>
        </Stack>
      </SimpleGrid>
      <Stack gap="xs" component="section" aria-labelledby="upcoming">
        <Group justify="space-between">
          <Title order={2} size="h4" id="upcoming">
            Upcoming events
          </Title>
          <Group gap="xs">
            <Button component="a" href={ics} size="xs" variant="light">
              Subscribe (.ics)
            </Button>
            <CopyButton value={ics}>
              {({ copied, copy }) => (
                <Button size="xs" variant="subtle" onClick={copy}>
                  {copied ? 'Copied' : 'Copy calendar link'}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Group>
        {events.isPending && <LoadingSkeleton rows={2} label="Loading events" />}
        {events.isError && <ErrorState error={events.error} title="Events could not be loaded" onRetry={events.refetch} />}
        {events.data?.data.length === 0 && (
          <Text size="sm" c="dimmed">
            Nothing planned yet. Subscribe to the calendar to hear when something is.
          </Text>
        )}
        <Stack gap="xs" role="list" aria-label="Upcoming events">
          {events.data?.data.map((event) => (
            <EventCard key={event.id} event={event} />
          ))}
        </Stack>
      </Stack>
      <Stack gap={4} component="section" aria-labelledby="linked">
        <Title order={2} size="h4" id="linked">
          Linked content
        </Title>
        {data.content.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing linked yet.
          </Text>
        ) : (
          <List size="sm" spacing={6}>
            {data.content.map((item) => (
              <List.Item key={item.id}>
                <Group gap="xs" wrap="nowrap">
                  <Text span size="xs" c="dimmed" tt="uppercase">
                    {kinds[item.type].noun}
                  </Text>
                  <Anchor component={Link} to={kinds[item.type].paths.detail.href(item.id)}>
                    {item.title}
                  </Anchor>
                  <StatusBadge status={item.status} size="xs" />
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="community">
        <Group justify="space-between">
          <Title order={2} size="h4" id="community">
            Library, discussions and news
          </Title>
          <Badge variant="outline">{data.access === 'members' ? 'Members only' : 'Open to everyone signed in'}</Badge>
        </Group>
        <CommunityTabs network={data} />
      </Stack>
    </Stack>
  )
}
