import { type ApiKeyCreate, type ApiKeyCreated, ApiKeyCreate as ApiKeyCreateSchema, type ApiKeyScope } from '@learnonce/contracts'
import { Button, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import { notifications } from '@mantine/notifications'
import dayjs from 'dayjs'
import { useState } from 'react'
import { ApiError } from '../../../api/api-error'
import { applyProblemToForm } from '../../../api/form-errors'
import { useContractForm } from '../../../api/use-contract-form'
import { ErrorState } from '../../../components/error-state'
import { useSiteOptions } from '../../sites/api/sites'
import { useCreateApiKey } from '../api/api-keys'

interface Values extends Record<string, unknown> {
  name: string
  scopes: ApiKeyScope[]
  siteId: string | null
  /** YYYY-MM-DD, as the date picker gives it; the key works until the end of that day. */
  expiresAt: string | null
}

export const scopeDescriptions: Record<ApiKeyScope, string> = {
  'content:read': 'Read published content, taxonomy, sites, networks and events',
  'content:submit': 'Also create and submit lessons for one site (a portal’s “share your lesson” form)',
}

function toBody(values: Values): ApiKeyCreate {
  return {
    name: values.name.trim(),
    scopes: values.scopes,
    ...(values.siteId ? { siteId: values.siteId } : {}),
    ...(values.expiresAt ? { expiresAt: dayjs(values.expiresAt).endOf('day').toISOString() } : {}),
  }
}

/** Name, scopes, site and expiry of a new key; hands the created key (with its secret) to `onCreated`. */
export function CreateKeyForm({ onCreated, onCancel }: { onCreated: (key: ApiKeyCreated) => void; onCancel: () => void }) {
  const sites = useSiteOptions()
  const create = useCreateApiKey()
  const [unplaced, setUnplaced] = useState<Error | null>(null)
  const form = useContractForm<Values>({
    schema: ApiKeyCreateSchema,
    toBody,
    initialValues: { name: '', scopes: ['content:read'], siteId: null, expiresAt: null },
  })
  const submit = form.onSubmit((values) => {
    setUnplaced(null)
    create.mutate(toBody(values), {
      onSuccess: (key) => {
        notifications.show({ color: 'green', title: 'Key created', message: `${key.name} is ready. Copy its secret now.` })
        onCreated(key)
      },
      onError: (error) => {
        const rest = applyProblemToForm(form, error)
        const placedAny = error instanceof ApiError && (error.problem.errors?.length ?? 0) > rest.length
        if (!placedAny || rest.length > 0) setUnplaced(error)
        notifications.show({ color: 'red', title: 'The key was not created', message: error.message })
      },
    })
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {unplaced && <ErrorState error={unplaced} title="The key was not created" />}
        <TextInput
          label="Name"
          description="Who uses it and where, e.g. “Trust portal (production)”"
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <Checkbox.Group label="Scopes" description="What the key may do" required {...form.getInputProps('scopes')}>
          <Stack gap="xs" mt="xs">
            {(Object.keys(scopeDescriptions) as ApiKeyScope[]).map((scope) => (
              <Checkbox key={scope} value={scope} label={scope} description={scopeDescriptions[scope]} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Select
          label="Site"
          description="Required for content:submit: the one site the key submits lessons for"
          placeholder={sites.isPending ? 'Loading sites…' : 'No site'}
          data={(sites.data ?? []).map((site) => ({ value: site.id, label: site.name }))}
          searchable
          clearable
          nothingFoundMessage="No site by that name"
          {...form.getInputProps('siteId')}
        />
        <DatePickerInput
          label="Expires"
          description="Leave empty for a key that does not expire; it works until the end of the day chosen"
          placeholder="Never"
          clearable
          minDate={dayjs().add(1, 'day').format('YYYY-MM-DD')}
          {...form.getInputProps('expiresAt')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create key
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
