import type { FileMeta, FileSummary } from '@learnonce/contracts'
import { useMutation } from '@tanstack/react-query'
import { api } from '../../../api/client'

/** Uploads one file (POST /v1/files, multipart); the API reads its type from the bytes. */
export function uploadFile(file: File): Promise<FileMeta> {
  const form = new FormData()
  form.append('file', file, file.name)
  return api.post<FileMeta>('/files', form)
}

export const useUploadFile = () => useMutation({ mutationFn: uploadFile })

/** Shown in the browser rather than downloaded, as the API serves them. */
const opensInBrowser = (mediaType: string) => mediaType === 'application/pdf' || mediaType.startsWith('image/')

/**
 * Opens (PDFs, images) or downloads (everything else) a file. The API wants the access token, which
 * a plain link cannot send, so the bytes are fetched and handed to the browser as an object URL.
 */
export async function openFile(file: FileSummary): Promise<void> {
  const blob = await api.blob(`/files/${file.id}/content`)
  const url = URL.createObjectURL(new Blob([blob], { type: file.mediaType }))
  const anchor = document.createElement('a')
  anchor.href = url
  if (opensInBrowser(file.mediaType)) {
    anchor.target = '_blank'
    anchor.rel = 'noopener'
  } else {
    anchor.download = file.name
  }
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
  // Long enough for the new tab or the download to take the bytes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
