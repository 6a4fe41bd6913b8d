import { type ContentLink, linkKinds } from '@learnonce/contracts'
import { ActionIcon, Button, Group, Input, Select, Stack, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'

const kindLabel = (kind: string) => kind.charAt(0).toUpperCase() + kind.slice(1)
const kindOptions = linkKinds.map((kind) => ({ value: kind, label: kindLabel(kind) }))

/** Links (or a solution's artefacts): a title, an address and what kind of thing it is, one row each. */
export function LinksField<V extends Record<string, unknown>>({
  form,
  field,
  label,
  description,
}: {
  form: UseFormReturnType<V>
  field: string
  label: string
  description?: string
}) {
  const links = (form.getValues()[field] as ContentLink[] | undefined) ?? []
  const noun = label.toLowerCase().replace(/s$/, '')
  return (
    <Input.Wrapper label={label} description={description} error={form.errors[field]}>
      <Stack gap="xs" mt={4}>
        {links.length === 0 && (
          <Text size="sm" c="dimmed">
            None yet.
          </Text>
        )}
        {links.map((_, index) => (
          // Rows are edited in place and removed by position; the form keys them by index too.
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
          <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              label={`${kindLabel(noun)} ${index + 1} title`}
              style={{ flex: 2 }}
              {...form.getInputProps(`${field}.${index}.title`)}
            />
            <TextInput
              label={`${kindLabel(noun)} ${index + 1} address`}
              placeholder="https://"
              style={{ flex: 3 }}
              {...form.getInputProps(`${field}.${index}.url`)}
            />
            <Select
              label={`${kindLabel(noun)} ${index + 1} kind`}
              data={kindOptions}
              w={140}
              {...form.getInputProps(`${field}.${index}.kind`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={26}
              aria-label={`Remove ${noun} ${index + 1}`}
              onClick={() => form.removeListItem(field, index)}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <div>
          <Button
            size="xs"
            variant="light"
            onClick={() => {
              const blank: ContentLink = { title: '', url: '', kind: field === 'artefacts' ? 'template' : 'website' }
              // The form is generic over its values; this field holds ContentLink rows.
              form.insertListItem(field, blank as never)
            }}
          >
            Add {noun}
          </Button>
        </div>
      </Stack>
    </Input.Wrapper>
  )
}
