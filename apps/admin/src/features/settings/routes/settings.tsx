import { type ReviewPeriods, ReviewPeriodsUpdate } from '@learnonce/contracts'
import { Box, Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useState } from 'react'
import { ApiError } from '../../../api/client'
import { applyProblemToForm } from '../../../api/form-errors'
import { useContractForm } from '../../../api/use-contract-form'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { useReviewPeriods, useUpdateReviewPeriods } from '../../review-due/api/review-due'

interface PeriodValues extends Record<string, unknown> {
  lessons: number | string
  caseStudies: number | string
  solutions: number | string
}

const toBody = (values: PeriodValues) => ({
  lessons: Number(values.lessons),
  caseStudies: Number(values.caseStudies),
  solutions: Number(values.solutions),
})

const fields = [
  { key: 'lessons', label: 'Lessons' },
  { key: 'caseStudies', label: 'Case studies' },
  { key: 'solutions', label: 'Solutions' },
] as const

function ReviewPeriodsForm({ periods }: { periods: ReviewPeriods }) {
  const update = useUpdateReviewPeriods()
  const [failure, setFailure] = useState<Error | null>(null)
  const form = useContractForm<PeriodValues>({
    schema: ReviewPeriodsUpdate,
    toBody,
    initialValues: { lessons: periods.lessons, caseStudies: periods.caseStudies, solutions: periods.solutions },
  })
  // Another admin's change, read again, becomes what the form starts from.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the stored version changes
  useEffect(() => {
    form.setValues({ lessons: periods.lessons, caseStudies: periods.caseStudies, solutions: periods.solutions })
    form.resetDirty()
  }, [periods.version])

  function save(values: PeriodValues) {
    setFailure(null)
    update.mutate(
      { body: toBody(values), version: periods.version },
      {
        onSuccess: () =>
          notifications.show({ color: 'green', title: 'Review periods saved', message: 'Items published from now on use them.' }),
        // Field errors go beside their fields; anything else (a 412 after another admin's change) above them.
        onError: (error) => {
          const unplaced = applyProblemToForm(form, error)
          if (unplaced.length > 0 || !(error instanceof ApiError) || !error.problem.errors?.length) setFailure(error)
        },
      },
    )
  }

  return (
    <Paper withBorder p="md" maw={560}>
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack gap="sm">
          <Box>
            <Title order={2} size="h4">
              Review periods
            </Title>
            <Text size="sm" c="dimmed">
              How many months after publishing an item is due for review. Thirty days before, it shows as stale and joins the Review due
              queue. A change applies to items published or reaffirmed from now on.
            </Text>
          </Box>
          {failure && <ErrorState error={failure} title="Could not save the review periods" />}
          <Group grow align="flex-start">
            {fields.map((field) => (
              <NumberInput
                key={field.key}
                label={field.label}
                suffix=" months"
                min={1}
                max={120}
                allowDecimal={false}
                withAsterisk
                {...form.getInputProps(field.key)}
              />
            ))}
          </Group>
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}

/** Settings: "How does the hub look after what it has published?" */
export function Component() {
  const periods = useReviewPeriods()
  return (
    <Stack gap="md">
      <Box>
        <Title order={1}>Settings</Title>
        <Text c="dimmed" size="sm">
          How the hub looks after what it has published.
        </Text>
      </Box>
      {periods.isPending ? (
        <LoadingSkeleton rows={3} label="Loading the settings" />
      ) : periods.isError ? (
        <ErrorState error={periods.error} title="Could not load the settings" onRetry={() => periods.refetch()} />
      ) : (
        <ReviewPeriodsForm periods={periods.data} />
      )}
    </Stack>
  )
}
