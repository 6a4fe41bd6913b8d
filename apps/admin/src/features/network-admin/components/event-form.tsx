import {
  eventKinds,
  type NetworkEvent,
  type NetworkEventCreate,
  NetworkEventCreate as NetworkEventCreateSchema,
  type NetworkEventUpdate,
  NetworkEventUpdate as NetworkEventUpdateSchema,
} from '@learnonce/contracts'
import { Button, Group, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core'
import { DateTimePicker } from '@mantine/dates'
import { notifications } from '@mantine/notifications'
import dayjs from 'dayjs'
import { useState } from 'react'
import { ApiError } from '../../../api/api-error'
import { applyProblemToForm } from '../../../api/form-errors'
import { useContractForm } from '../../../api/use-contract-form'
import { ProblemAlert } from '../../../components/problem-alert'
import { useSaveEvent } from '../api/networks'

type EventKind = (typeof eventKinds)[number]

export const eventKindLabels: Record<EventKind, string> = {
  conference: 'Conference',
  workshop: 'Workshop',
  learning_lunch: 'Learning lunch',
  webinar: 'Webinar',
  meeting: 'Meeting',
}

interface Values extends Record<string, unknown> {
  title: string
  kind: EventKind
  /** "YYYY-MM-DD HH:mm:ss" in the admin's time zone, as the picker holds it. */
  startsAt: string | null
  endsAt: string | null
  location: string
  onlineUrl: string
  description: string
  outputIds: string[]
}

const instant = (value: string | null) => (value ? dayjs(value).toISOString() : undefined)
const pickerValue = (iso: string | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : null)

function toBody(event: NetworkEvent | null, values: Values): NetworkEventCreate | NetworkEventUpdate {
  const blank = (value: string) => (value.trim() === '' ? (event ? null : undefined) : value.trim())
  const body = {
    title: values.title.trim(),
    kind: values.kind,
    startsAt: instant(values.startsAt),
    endsAt: instant(values.endsAt),
    location: blank(values.location),
    onlineUrl: blank(values.onlineUrl),
    description: values.description,
    outputIds: values.outputIds,
  }
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as NetworkEventCreate | NetworkEventUpdate
}

/** An event of a network: when, where (a place or a link), and the content it produced (outputs). */
export function EventForm({
  networkId,
  event,
  onDone,
  onReload,
}: {
  networkId: string
  event: NetworkEvent | null
  onDone: () => void
  onReload: () => unknown
}) {
  const save = useSaveEvent(networkId)
  const [failure, setFailure] = useState<Error | null>(null)
  const form = useContractForm<Values>({
    schema: event ? NetworkEventUpdateSchema : NetworkEventCreateSchema,
    toBody: (values) => toBody(event, values),
    initialValues: {
      title: event?.title ?? '',
      kind: event?.kind ?? 'workshop',
      startsAt: pickerValue(event?.startsAt),
      endsAt: pickerValue(event?.endsAt),
      location: event?.location ?? '',
      onlineUrl: event?.onlineUrl ?? '',
      description: event?.description ?? '',
      outputIds: event?.outputIds ?? [],
    },
  })
  // Outputs can be taken off here; they are added from the content's own page.
  const outputData = (event?.outputs ?? []).map((output) => ({ value: output.id, label: output.title }))
  const submit = form.onSubmit((values) => {
    setFailure(null)
    save.mutate(
      { event, body: toBody(event, values) },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', title: event ? 'Event saved' : 'Event added', message: saved.title })
          onDone()
        },
        onError: (error) => {
          const rest = applyProblemToForm(form, error)
          const placedAny = error instanceof ApiError && (error.problem.errors?.length ?? 0) > rest.length
          if (!placedAny || rest.length > 0) setFailure(error)
          notifications.show({ color: 'red', title: 'The event was not saved', message: error.message })
        },
      },
    )
  })
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {failure && <ProblemAlert error={failure} onReload={onReload} />}
        <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
        <Select
          label="Kind"
          allowDeselect={false}
          data={eventKinds.map((kind) => ({ value: kind, label: eventKindLabels[kind] }))}
          {...form.getInputProps('kind')}
        />
        <Group grow>
          <DateTimePicker label="Starts" required valueFormat="D MMM YYYY HH:mm" {...form.getInputProps('startsAt')} />
          <DateTimePicker label="Ends" required valueFormat="D MMM YYYY HH:mm" {...form.getInputProps('endsAt')} />
        </Group>
        <TextInput label="Location" description="A place, or leave empty for an online event" {...form.getInputProps('location')} />
        <TextInput label="Online link" type="url" placeholder="https://" {...form.getInputProps('onlineUrl')} />
        <Textarea label="Description" description="Markdown" autosize minRows={3} {...form.getInputProps('description')} />
        {event && (
          <MultiSelect
            label="Outputs"
            description="Lessons, case studies and solutions it produced"
            placeholder={outputData.length === 0 ? 'None yet' : undefined}
            data={outputData}
            {...form.getInputProps('outputIds')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {event ? 'Save event' : 'Add event'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
