import type { FileSummary } from '@learnonce/contracts'
import { Anchor, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { ApiError } from '../../../api/client'
import { openFile } from '../api/files'
import { describeFile } from './file-size'

/** A link to an uploaded file: its title opens or downloads it; its type and size beside it. */
export function FileLink({ title, file }: { title: string; file: FileSummary | null | undefined }) {
  if (!file) {
    return (
      <Text span size="sm" c="dimmed">
        {title} (file no longer available)
      </Text>
    )
  }
  const open = () =>
    openFile(file).catch((error: unknown) =>
      notifications.show({
        color: 'red',
        title: 'Could not open the file',
        message: error instanceof ApiError ? error.problem.detail : 'Try again in a moment.',
      }),
    )
  return (
    <>
      <Anchor
        component="button"
        type="button"
        onClick={open}
        aria-label={`${title} (${file.name}, ${describeFile(file)})`}
        style={{ verticalAlign: 'baseline' }}
      >
        {title}
      </Anchor>{' '}
      <Text span size="xs" c="dimmed">
        {file.name} · {describeFile(file)}
      </Text>
    </>
  )
}
