import { type ContentType, contentTypes, type ReviewDueEntry } from '@learnonce/contracts'
import { Box, Button, Group, Select, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMemo, useState } from 'react'
import { ConfirmModal } from '../../../components/confirm-modal'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { LoadMore } from '../../../components/load-more'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { type UrlFilters, useUrlFilters } from '../../../hooks/use-url-filters'
import { useTaxonomy } from '../../triage/api/triage'
import { typePluralLabels } from '../../triage/labels'
import { type ReviewDueFilters, useQueueAction, useReviewDue, useReviewPeriods } from '../api/review-due'
import { type ReaffirmBody, ReaffirmDialog } from '../components/reaffirm-dialog'
import { ReviewDueTable } from '../components/review-due-table'

const filterKeys = ['type', 'theme'] as const

/** Only values the API accepts reach it: a hand-edited link with a bad filter shows the whole queue, not a 400. */
function parseFilters(raw: UrlFilters<(typeof filterKeys)[number]>): ReviewDueFilters {
  return {
    type: contentTypes.includes(raw.type as ContentType) ? (raw.type as ContentType) : undefined,
    theme: raw.theme && raw.theme.length <= 80 ? raw.theme : undefined,
  }
}

const periodKey = { lesson: 'lessons', case_study: 'caseStudies', solution: 'solutions' } as const

/** Review due: "What published advice needs checking before it goes stale?" */
export function Component() {
  const [raw, setFilters] = useUrlFilters(filterKeys)
  const filters = useMemo(() => parseFilters(raw), [raw])
  const queue = useReviewDue(filters)
  const taxonomy = useTaxonomy()
  const periods = useReviewPeriods()
  const act = useQueueAction()
  const [reaffirming, setReaffirming] = useState<ReviewDueEntry | null>(null)
  const [archiving, setArchiving] = useState<ReviewDueEntry | null>(null)
  const entries = useMemo(() => queue.data?.pages.flatMap((page) => page.data) ?? [], [queue.data])
  const filtered = Object.values(filters).some((value) => value !== undefined)

  async function reaffirm(entry: ReviewDueEntry, body: ReaffirmBody) {
    await act.mutateAsync({ entry, action: 'reaffirm', body })
    notifications.show({ color: 'green', title: 'Reaffirmed', message: `${entry.title} is next due for review later.` })
  }

  function archive(entry: ReviewDueEntry) {
    act.mutate(
      { entry, action: 'archive', body: {} },
      {
        onSuccess: () => {
          setArchiving(null)
          notifications.show({ color: 'green', title: 'Archived', message: entry.title })
        },
        onError: (error) => notifications.show({ color: 'red', title: 'Could not archive', message: error.message }),
      },
    )
  }

  return (
    <Stack gap="md">
      <Box>
        <Title order={1}>Review due</Title>
        <Text c="dimmed" size="sm">
          Published items within 30 days of their review-by date, or past it, soonest first. Reaffirm what still holds; archive what does
          not.
        </Text>
      </Box>
      <Group gap="sm" align="flex-end">
        <Select
          label="Kind"
          placeholder="Every kind"
          clearable
          w={200}
          data={contentTypes.map((type) => ({ value: type, label: typePluralLabels[type] }))}
          value={filters.type ?? null}
          onChange={(value) => setFilters({ type: value })}
        />
        <Select
          label="Theme"
          placeholder="Every theme"
          clearable
          searchable
          w={260}
          data={(taxonomy.data?.themes ?? []).map((theme) => ({ value: theme.slug, label: theme.name }))}
          value={filters.theme ?? null}
          onChange={(value) => setFilters({ theme: value })}
        />
      </Group>
      {queue.isPending ? (
        <LoadingSkeleton rows={6} label="Loading the items due for review" />
      ) : queue.isError ? (
        <ErrorState error={queue.error} title="Could not load the items due for review" onRetry={() => queue.refetch()} />
      ) : entries.length === 0 ? (
        filtered ? (
          <EmptyState
            title="Nothing due with these filters"
            description="Clear the filters to see everything due for review."
            action={
              <Button variant="light" onClick={() => setFilters({ type: null, theme: null })}>
                Clear filters
              </Button>
            }
          />
        ) : (
          <EmptyState title="Nothing due for review — all current." description="Items appear here 30 days before their review-by date." />
        )
      ) : (
        <Stack gap="xs">
          <ReviewDueTable entries={entries} onReaffirm={setReaffirming} onArchive={setArchiving} />
          <LoadMore query={queue} size="xs" justify="flex-end" />
        </Stack>
      )}
      {reaffirming && (
        <ReaffirmDialog
          entry={reaffirming}
          periodMonths={periods.data?.[periodKey[reaffirming.type]]}
          onReaffirm={(body) => reaffirm(reaffirming, body)}
          onClose={() => setReaffirming(null)}
        />
      )}
      <ConfirmModal
        opened={archiving !== null}
        title="Archive this item?"
        confirmLabel="Archive"
        loading={act.isPending}
        onConfirm={() => archiving && archive(archiving)}
        onClose={() => setArchiving(null)}
      >
        {archiving?.title} leaves the published set and the review queue; a curator can restore it later.
      </ConfirmModal>
    </Stack>
  )
}
