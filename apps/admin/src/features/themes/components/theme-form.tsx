import {
  type Theme,
  type ThemeCreate,
  ThemeCreate as ThemeCreateSchema,
  type ThemeUpdate,
  ThemeUpdate as ThemeUpdateSchema,
} from '@learnonce/contracts'
import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { ApiError } from '../../../api/api-error'
import { applyProblemToForm } from '../../../api/form-errors'
import { useContractForm } from '../../../api/use-contract-form'
import { ProblemAlert } from '../../../components/problem-alert'
import { useSaveTheme } from '../api/themes'

interface Values extends Record<string, unknown> {
  name: string
  slug: string
  description: string
}

function toBody(theme: Theme | null, values: Values): ThemeCreate | ThemeUpdate {
  if (theme) return { name: values.name.trim(), description: values.description.trim() }
  return { name: values.name.trim(), description: values.description.trim(), ...(values.slug.trim() ? { slug: values.slug.trim() } : {}) }
}

export function ThemeForm({ theme, onDone, onReload }: { theme: Theme | null; onDone: () => void; onReload: () => unknown }) {
  const save = useSaveTheme()
  const [failure, setFailure] = useState<Error | null>(null)
  const form = useContractForm<Values>({
    schema: theme ? ThemeUpdateSchema : ThemeCreateSchema,
    toBody: (values) => toBody(theme, values),
    initialValues: { name: theme?.name ?? '', slug: theme?.slug ?? '', description: theme?.description ?? '' },
  })
  const submit = form.onSubmit((values) => {
    setFailure(null)
    save.mutate(
      { theme, body: toBody(theme, values) },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', title: theme ? 'Theme saved' : 'Theme created', message: saved.name })
          onDone()
        },
        onError: (error) => {
          const rest = applyProblemToForm(form, error)
          const placedAny = error instanceof ApiError && (error.problem.errors?.length ?? 0) > rest.length
          if (!placedAny || rest.length > 0) setFailure(error)
          notifications.show({ color: 'red', title: 'The theme was not saved', message: error.message })
        },
      },
    )
  })
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {failure && <ProblemAlert error={failure} onReload={onReload} />}
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <TextInput
          label="Slug"
          description={theme ? 'Links and integrations use it, so it stays' : 'Made from the name when left empty'}
          disabled={theme !== null}
          {...form.getInputProps('slug')}
        />
        <Textarea
          label="Description"
          description="One or two sentences: what belongs under this theme"
          autosize
          minRows={3}
          {...form.getInputProps('description')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {theme ? 'Save changes' : 'Create theme'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
