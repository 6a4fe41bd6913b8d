import { ReviewBy, type ReviewDueEntry, WorkflowNote } from '@learnonce/contracts'
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import dayjs from 'dayjs'
import { useState } from 'react'
import { Type } from 'typebox'
import { ApiError } from '../../../api/client'
import { applyProblemToForm } from '../../../api/form-errors'
import { useContractForm } from '../../../api/use-contract-form'
import { ErrorState } from '../../../components/error-state'

interface ReaffirmValues extends Record<string, unknown> {
  note: string
  /** A day (YYYY-MM-DD), or '' for the type's period from today. */
  reviewBy: string
}

export interface ReaffirmBody {
  note: string
  reviewBy?: string
}

const schema = Type.Object({ note: WorkflowNote, reviewBy: Type.Optional(ReviewBy) })

/** The day chosen as the API takes it: the start of that day, UTC. */
const toBody = (values: ReaffirmValues): ReaffirmBody => ({
  note: values.note,
  ...(values.reviewBy ? { reviewBy: `${values.reviewBy}T00:00:00.000Z` } : {}),
})

export interface ReaffirmDialogProps {
  entry: Pick<ReviewDueEntry, 'title'>
  /** The type's period, for the hint when no date is chosen (undefined while it loads). */
  periodMonths: number | undefined
  onReaffirm: (body: ReaffirmBody) => Promise<unknown>
  onClose: () => void
}

/** "Does this still hold?" A note (required, kept in the history) and, optionally, when to look again. */
export function ReaffirmDialog({ entry, periodMonths, onReaffirm, onClose }: ReaffirmDialogProps) {
  const form = useContractForm<ReaffirmValues>({ schema, toBody, initialValues: { note: '', reviewBy: '' } })
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<Error | null>(null)

  async function submit(values: ReaffirmValues) {
    setSending(true)
    setFailure(null)
    try {
      await onReaffirm(toBody(values))
      onClose()
    } catch (error) {
      // Field errors go beside their fields; anything else (a 409, a 412, the network) above them.
      const unplaced = applyProblemToForm(form, error)
      if (error instanceof Error && (unplaced.length > 0 || !(error instanceof ApiError) || !error.problem.errors?.length))
        setFailure(error)
    } finally {
      setSending(false)
    }
  }

  return (
    <Modal opened onClose={onClose} title="Reaffirm" size="md">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            <Text span fw={600}>
              {entry.title}
            </Text>{' '}
            still holds: say what you checked, and when it should be looked at again.
          </Text>
          {failure && <ErrorState error={failure} title="Could not reaffirm" />}
          <DatePickerInput
            label="Next review by"
            description={
              periodMonths
                ? `Leave empty for ${periodMonths} months from today, this type’s review period`
                : 'Leave empty for this type’s review period from today'
            }
            placeholder="The type’s period"
            clearable
            minDate={dayjs().add(1, 'day').format('YYYY-MM-DD')}
            valueFormat="D MMM YYYY"
            {...form.getInputProps('reviewBy')}
            value={form.getValues().reviewBy || null}
            onChange={(value) => form.setFieldValue('reviewBy', value ?? '')}
          />
          <Textarea
            label="Note"
            description="What you checked; it is kept in the item’s history."
            withAsterisk
            autosize
            minRows={3}
            maxRows={10}
            data-autofocus
            {...form.getInputProps('note')}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={sending}>
              Reaffirm
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
