import { type ContentLink, isFileLink, linkKinds } from '@learnonce/contracts'
import { ActionIcon, Button, Group, Input, Select, Stack, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { describeFile } from '../../files/components/file-size'
import { FileUploadButton } from '../../files/components/file-upload-button'

const kindLabel = (kind: string) => kind.charAt(0).toUpperCase() + kind.slice(1)
const kindOptions = linkKinds.map((kind) => ({ value: kind, label: kindLabel(kind) }))

/** A file's name without its extension, as a first title for its link. */
const titleOf = (name: string) => name.replace(/\.[a-z0-9]{1,10}$/i, '')

/**
 * Links (or a solution's artefacts): a title, an address or an uploaded file, and what kind of
 * thing it is, one row each.
 */
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
        {links.map((link, index) => (
          // Rows are edited in place and removed by position; the form keys them by index too.
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
          <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              label={`${kindLabel(noun)} ${index + 1} title`}
              style={{ flex: 2 }}
              {...form.getInputProps(`${field}.${index}.title`)}
            />
            {isFileLink(link) ? (
              <Input.Wrapper label={`${kindLabel(noun)} ${index + 1} file`} style={{ flex: 3 }}>
                <Text size="sm" mt={6} data-testid={`${field}-${index}-file`}>
                  {link.file ? `${link.file.name} (${describeFile(link.file)})` : 'An uploaded file'}
                </Text>
              </Input.Wrapper>
            ) : (
              <TextInput
                label={`${kindLabel(noun)} ${index + 1} address`}
                placeholder="https://"
                style={{ flex: 3 }}
                {...form.getInputProps(`${field}.${index}.url`)}
              />
            )}
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
        <Group gap="xs">
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
          <FileUploadButton
            label={`Upload a file as ${noun === 'artefact' ? 'an artefact' : 'a link'}`}
            onUploaded={(file) => {
              const row: ContentLink = {
                title: titleOf(file.name),
                fileId: file.id,
                kind: field === 'artefacts' ? 'template' : 'document',
                file: { id: file.id, name: file.name, mediaType: file.mediaType, size: file.size },
              }
              form.insertListItem(field, row as never)
            }}
          />
        </Group>
      </Stack>
    </Input.Wrapper>
  )
}
