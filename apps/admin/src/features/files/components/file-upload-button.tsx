import { allowedFileExtensions, type FileMeta } from '@learnonce/contracts'
import { Button, FileButton } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { ApiError } from '../../../api/client'
import { useUploadFile } from '../api/files'

/**
 * Pick a file and upload it at once; `onUploaded` receives the saved file (attached to nothing
 * until the form it was picked for is saved). A refused type or size is said in a notification.
 */
export function FileUploadButton({ label, onUploaded }: { label: string; onUploaded: (file: FileMeta) => void }) {
  const upload = useUploadFile()
  const choose = (picked: File | null) => {
    if (!picked) return
    upload.mutate(picked, {
      onSuccess: (file) => {
        onUploaded(file)
        notifications.show({ color: 'green', title: 'File uploaded', message: `${file.name} is attached; save to keep it.` })
      },
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: `${picked.name} was not uploaded`,
          message: error instanceof ApiError ? error.problem.detail : 'Try again in a moment.',
        }),
    })
  }
  return (
    <FileButton onChange={choose} accept={allowedFileExtensions.join(',')}>
      {(props) => (
        <Button {...props} size="xs" variant="light" loading={upload.isPending}>
          {label}
        </Button>
      )}
    </FileButton>
  )
}
