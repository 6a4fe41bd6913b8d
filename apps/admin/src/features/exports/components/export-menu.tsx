import { type ExportFormat, exportFormats } from '@learnonce/contracts'
import { Button, Menu } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { ApiError } from '../../../api/client'
import { withQuery } from '../../../config/paths'
import { downloadAndSave } from '../api/save-download'

const formatLabels: Record<ExportFormat, string> = {
  csv: 'CSV (spreadsheets, any tool)',
  xlsx: 'Excel workbook (XLSX)',
  json: 'JSON (for systems)',
}

export interface ExportMenuProps {
  /** The list's API path, `/lessons`. */
  apiPath: string
  /** The filters the list shows now: the export keeps the same rows. */
  filters: Record<string, string | undefined>
  /** "lessons", as the button and messages say it. */
  what: string
  /** Saves the file; the browser's save by default (tests hand in their own). */
  download?: (path: string) => Promise<string>
}

/** "Export" with a choice of format: the list as it is filtered now, every page and every field. */
export function ExportMenu({ apiPath, filters, what, download = downloadAndSave }: ExportMenuProps) {
  const [busy, setBusy] = useState<ExportFormat | null>(null)
  const start = async (format: ExportFormat) => {
    setBusy(format)
    try {
      const fileName = await download(withQuery(`${apiPath}/export`, { ...filters, format }))
      notifications.show({ color: 'green', title: 'Export ready', message: `Saved ${fileName}.` })
    } catch (error) {
      const detail = error instanceof ApiError ? error.problem.detail : undefined
      notifications.show({ color: 'red', title: `The ${what} could not be exported`, message: detail ?? 'Try again in a moment.' })
    } finally {
      setBusy(null)
    }
  }
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" loading={busy !== null}>
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label={`Export ${what} as`}>
        <Menu.Label>These {what}, every field</Menu.Label>
        {exportFormats.map((format) => (
          <Menu.Item key={format} onClick={() => void start(format)}>
            {formatLabels[format]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
