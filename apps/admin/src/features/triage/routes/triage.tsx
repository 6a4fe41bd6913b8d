import { type ContentType, contentTypes, type Region, regions, type TriageQuery } from '@learnonce/contracts'
import { Box, Button, Group, Kbd, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useCallback, useMemo } from 'react'
import { useNavigate } from 'react-router'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { paths } from '../../../config/paths'
import { useListNavigation } from '../../../hooks/use-list-navigation'
import { type UrlFilters, useUrlFilters } from '../../../hooks/use-url-filters'
import { type TriageFilters, useReviewNext, useTaxonomy, useTriageCounts, useTriageQueue } from '../api/triage'
import classes from '../components/triage.module.css'
import { TriageFilterBar } from '../components/triage-filters'
import { TriageTable } from '../components/triage-table'

const filterKeys = ['type', 'theme', 'region', 'assignee'] as const

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Only values the API accepts reach it: a hand-edited link with a bad filter shows the whole queue, not a 400. */
function parseFilters(raw: UrlFilters<(typeof filterKeys)[number]>): TriageFilters {
  const assignee = raw.assignee === 'me' || raw.assignee === 'none' || (raw.assignee && uuid.test(raw.assignee)) ? raw.assignee : undefined
  return {
    type: contentTypes.includes(raw.type as ContentType) ? (raw.type as ContentType) : undefined,
    theme: raw.theme && raw.theme.length <= 80 ? raw.theme : undefined,
    region: regions.includes(raw.region as Region) ? (raw.region as Region) : undefined,
    assignee: assignee as TriageQuery['assignee'],
  }
}

/** Triage: "What should be reviewed next?" */
export function Component() {
  const [raw, setFilters] = useUrlFilters(filterKeys)
  const filters = useMemo(() => parseFilters(raw), [raw])
  const navigate = useNavigate()
  const queue = useTriageQueue(filters)
  const counts = useTriageCounts(filters)
  const taxonomy = useTaxonomy()
  const reviewNext = useReviewNext()
  const entries = useMemo(() => queue.data?.pages.flatMap((page) => page.data) ?? [], [queue.data])
  const themeNames = useMemo(() => new Map(taxonomy.data?.themes.map((theme) => [theme.slug, theme.name])), [taxonomy.data])

  const open = useCallback(
    (index: number) => {
      const entry = entries[index]
      if (entry) void navigate(paths.review.href(entry.type, entry.id))
    },
    [entries, navigate],
  )
  const { getRowProps } = useListNavigation({ count: entries.length, onOpen: open })

  function takeNext() {
    reviewNext.mutate(filters, {
      onSuccess: (entry) => {
        if (!entry) {
          notifications.show({
            color: 'gray',
            title: 'Nothing to claim',
            message: 'Every submission that fits these filters is already in review.',
          })
          return
        }
        notifications.show({ color: 'green', title: 'Claimed for you', message: entry.title })
        void navigate(paths.review.href(entry.type, entry.id))
      },
      onError: (error) => notifications.show({ color: 'red', title: 'Could not claim the next submission', message: error.message }),
    })
  }

  const filtered = Object.values(filters).some((value) => value !== undefined)

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" className={classes.header}>
        <Box>
          <Title order={1}>Triage</Title>
          <Text c="dimmed" size="sm">
            What should be reviewed next? {counts.data && `${counts.data.total} waiting${filtered ? ' with these filters' : ''}.`}
          </Text>
        </Box>
        <Button onClick={takeNext} loading={reviewNext.isPending}>
          Review next
        </Button>
      </Group>
      <TriageFilterBar filters={filters} counts={counts.data} themeNames={themeNames} onChange={setFilters} />
      {queue.isPending ? (
        <LoadingSkeleton rows={8} label="Loading the queue" />
      ) : queue.isError ? (
        <ErrorState error={queue.error} title="Could not load the queue" onRetry={() => queue.refetch()} />
      ) : entries.length === 0 ? (
        filtered ? (
          <EmptyState
            title="Nothing waiting with these filters"
            description="Clear the filters to see the whole queue."
            action={
              <Button variant="light" onClick={() => setFilters({ type: null, theme: null, region: null, assignee: null })}>
                Clear filters
              </Button>
            }
          />
        ) : (
          <EmptyState title="No submissions waiting — nice." description="New submissions appear here as contributors send them." />
        )
      ) : (
        <Stack gap="xs">
          <TriageTable entries={entries} getRowProps={getRowProps} />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              <Kbd size="xs">j</Kbd> <Kbd size="xs">k</Kbd> to move, <Kbd size="xs">Enter</Kbd> to open
            </Text>
            {queue.hasNextPage && (
              <Button variant="default" size="xs" onClick={() => queue.fetchNextPage()} loading={queue.isFetchingNextPage}>
                Load more
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Stack>
  )
}
