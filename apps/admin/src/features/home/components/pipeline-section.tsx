import { Button, Group, SegmentedControl, SimpleGrid, Stack, Title } from '@mantine/core'
import { Suspense } from 'react'
import { Link } from 'react-router'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { paths } from '../../../config/paths'
import { useUrlFilters } from '../../../hooks/use-url-filters'
import { usePipeline } from '../api/dashboard'
import { PipelineCharts } from './lazy-charts'
import { StatCard } from './stat-card'

const weekChoices = ['8', '12', '26', '52']

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`

/** The queue at a glance for curators (and admins, who triage too): what waits, how old, and the trend. */
export function PipelineSection() {
  const [filters, setFilters] = useUrlFilters(['weeks'])
  const weeks = weekChoices.includes(filters.weeks ?? '') ? Number(filters.weeks) : 12
  const pipeline = usePipeline(weeks)
  const data = pipeline.data
  return (
    <Stack gap="md" component="section" aria-labelledby="pipeline-heading">
      <Group justify="space-between">
        <Title order={2} size="h3" id="pipeline-heading">
          The queue
        </Title>
        <Button component={Link} to={paths.triage.path}>
          Open triage
        </Button>
      </Group>
      {pipeline.isError ? (
        <ErrorState error={pipeline.error} title="The queue's figures did not load" onRetry={() => pipeline.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 2, md: 5 }}>
          <StatCard
            label="Waiting"
            value={data?.waiting}
            hint={data && data.waiting === 0 ? 'No submissions waiting — nice.' : 'Submitted, not yet claimed'}
            to={paths.triage.href({ status: 'submitted' })}
          />
          <StatCard
            label="Oldest waiting"
            value={data ? (data.oldestWaitingDays === null ? '—' : days(data.oldestWaitingDays)) : undefined}
            hint="Since submission"
            to={paths.triage.path}
          />
          <StatCard label="Mine in review" value={data?.mineInReview} hint="Claimed by you" to={paths.triage.href({ assignee: 'me' })} />
          <StatCard
            label="In review"
            value={data?.inReview}
            hint="Claimed by any curator"
            to={paths.triage.href({ status: 'in_review' })}
          />
          <StatCard
            label="Past review"
            value={data?.pastReview}
            hint={
              data ? `Past their review-by date; ${data.reviewDue} due within 30 days or past` : 'Published items past their review-by date'
            }
            to={paths.reviewDue.path}
          />
        </SimpleGrid>
      )}
      <Group justify="flex-end">
        <SegmentedControl
          aria-label="Weeks of submissions to show"
          size="xs"
          value={String(weeks)}
          onChange={(value) => setFilters({ weeks: value === '12' ? null : value })}
          data={weekChoices.map((value) => ({ value, label: `${value} weeks` }))}
        />
      </Group>
      {data ? (
        <Suspense fallback={<LoadingSkeleton rows={6} label="Loading the charts" />}>
          <PipelineCharts pipeline={data} />
        </Suspense>
      ) : (
        !pipeline.isError && <LoadingSkeleton rows={6} label="Loading the charts" />
      )}
    </Stack>
  )
}
