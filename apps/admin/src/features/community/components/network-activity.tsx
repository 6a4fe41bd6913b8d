import type { Network, NetworkActivity } from '@learnonce/contracts'
import { Stack, Table, Text } from '@mantine/core'
import { useInfiniteQuery } from '@tanstack/react-query'
import { rowsOf } from '../../../api/pages'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { LoadMore } from '../../../components/load-more'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { RelativeTime } from '../../../components/relative-time'
import { activityQueryOptions } from '../api/community'

/** Each audited action of a community, as what someone did (the API's list: modules/community/activity.ts). */
const deeds: Record<string, string> = {
  'resource.created': 'added to the library',
  'resource.updated': 'changed in the library',
  'resource.reordered': 'reordered the library',
  'resource.deleted': 'removed from the library',
  'thread.created': 'started a discussion',
  'thread.updated': 'changed a discussion',
  'thread.pinned': 'pinned a discussion',
  'thread.unpinned': 'unpinned a discussion',
  'thread.locked': 'locked a discussion',
  'thread.unlocked': 'unlocked a discussion',
  'thread.captured': 'captured a discussion as a draft lesson',
  'post.created': 'replied in a discussion',
  'post.updated': 'edited a reply',
  'post.removed': 'removed a reply',
  'news.published': 'published news',
  'news.updated': 'changed news',
  'news.deleted': 'removed news',
}

/** An action the admin has no words for yet reads as its name, e.g. "resource archived". */
const deedOf = (activity: NetworkActivity) => deeds[activity.action] ?? activity.action.replace('.', ' ').replaceAll('_', ' ')

/** "What happened lately in this network?": the community's writes, newest first, from the audit trail. */
export function NetworkActivityLog({ network }: { network: Network }) {
  const activity = useInfiniteQuery(activityQueryOptions(network.id))
  const rows = rowsOf(activity.data?.pages)

  if (activity.isPending) return <LoadingSkeleton rows={6} label="Loading the network’s activity" />
  if (activity.isError) return <ErrorState error={activity.error} title="The activity could not be loaded" onRetry={activity.refetch} />
  if (rows.length === 0) {
    return (
      <EmptyState title="Nothing has happened here yet" description="Library changes, discussions and news show here as they happen." />
    )
  }
  return (
    <Stack gap="sm">
      <Table striped verticalSpacing={6} aria-label="Network activity">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Who</Table.Th>
            <Table.Th>What</Table.Th>
            <Table.Th>About</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <RelativeTime value={entry.createdAt} />
              </Table.Td>
              <Table.Td>{entry.actorName ?? 'The hub'}</Table.Td>
              <Table.Td>{deedOf(entry)}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {entry.title ?? '—'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <LoadMore query={activity} />
    </Stack>
  )
}
