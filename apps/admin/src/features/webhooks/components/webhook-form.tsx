import {
  type Webhook,
  type WebhookCreate,
  WebhookCreate as WebhookCreateSchema,
  type WebhookEventType,
  type WebhookUpdate,
  WebhookUpdate as WebhookUpdateSchema,
  type WebhookWithSecret,
  webhookEventTypes,
} from '@learnonce/contracts'
import { Alert, Button, Group, MultiSelect, Stack, Switch, Textarea, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { ApiError } from '../../../api/api-error'
import { applyProblemToForm } from '../../../api/form-errors'
import { useContractForm } from '../../../api/use-contract-form'
import { ProblemAlert } from '../../../components/problem-alert'
import { useSaveWebhook } from '../api/webhooks'

interface Values extends Record<string, unknown> {
  url: string
  events: WebhookEventType[]
  description: string
  active: boolean
}

/** The event picker grouped by what they are about: lesson, case study, solution, adoption, event. */
const eventGroups = Object.entries(
  webhookEventTypes.reduce<Record<string, string[]>>((groups, type) => {
    const subject = (type.split('.')[0] ?? type).replace('_', ' ')
    groups[subject] = [...(groups[subject] ?? []), type]
    return groups
  }, {}),
).map(([group, items]) => ({ group, items }))

const toBody = (values: Values): WebhookCreate & WebhookUpdate => ({
  url: values.url.trim(),
  events: values.events,
  description: values.description.trim(),
  active: values.active,
})

export function WebhookForm({
  webhook,
  onSaved,
  onCancel,
  onReload,
}: {
  webhook: Webhook | null
  onSaved: (saved: Webhook | WebhookWithSecret) => void
  onCancel: () => void
  onReload: () => unknown
}) {
  const save = useSaveWebhook()
  const [failure, setFailure] = useState<Error | null>(null)
  const form = useContractForm<Values>({
    schema: webhook ? WebhookUpdateSchema : WebhookCreateSchema,
    toBody,
    initialValues: {
      url: webhook?.url ?? '',
      events: webhook?.events ?? ['lesson.published'],
      description: webhook?.description ?? '',
      active: webhook?.active ?? true,
    },
  })
  const submit = form.onSubmit((values) => {
    setFailure(null)
    save.mutate(
      { webhook, body: toBody(values) },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', title: webhook ? 'Endpoint saved' : 'Endpoint registered', message: saved.url })
          onSaved(saved)
        },
        onError: (error) => {
          const rest = applyProblemToForm(form, error)
          const placedAny = error instanceof ApiError && (error.problem.errors?.length ?? 0) > rest.length
          if (!placedAny || rest.length > 0) setFailure(error)
          notifications.show({ color: 'red', title: 'The endpoint was not saved', message: error.message })
        },
      },
    )
  })
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {failure && <ProblemAlert error={failure} onReload={onReload} />}
        {webhook?.disabledReason && (
          <Alert color="orange" variant="light" title="The hub switched this endpoint off">
            {webhook.disabledReason} Fix the receiver, then switch it on again.
          </Alert>
        )}
        <TextInput
          label="URL"
          required
          type="url"
          placeholder="https://example.org/hooks/learn-once"
          data-autofocus
          {...form.getInputProps('url')}
        />
        <MultiSelect
          label="Events"
          description="What the endpoint is told about"
          required
          searchable
          data={eventGroups}
          {...form.getInputProps('events')}
        />
        <Textarea
          label="Description"
          description="Who runs the receiver and what it does"
          autosize
          minRows={2}
          {...form.getInputProps('description')}
        />
        <Switch label="Active: deliver events to it" {...form.getInputProps('active', { type: 'checkbox' })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {webhook ? 'Save changes' : 'Register endpoint'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
