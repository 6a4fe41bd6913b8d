import { api, type Downloaded } from '../../../api/client'

/** Hands a downloaded file to the browser as a save: an object URL clicked from a link, then let go. */
export function saveFile({ blob, fileName }: Downloaded): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // The click has started the save; the URL is released on the next turn so the browser can read it first.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** Downloads `path` through the signed-in client (the token travels in a header, never in a URL) and saves it. */
export async function downloadAndSave(path: string): Promise<string> {
  const file = await api.download(path)
  saveFile(file)
  return file.fileName
}
