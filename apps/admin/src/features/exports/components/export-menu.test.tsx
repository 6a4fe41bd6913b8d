import { Notifications } from '@mantine/notifications'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../api/client'
import { renderApp } from '../../../test/render'
import { ExportMenu } from './export-menu'

function renderMenu(download: (path: string) => Promise<string>, filters: Record<string, string | undefined> = {}) {
  return renderApp(
    <>
      <Notifications />
      <ExportMenu apiPath="/lessons" filters={filters} what="lessons" download={download} />
    </>,
  )
}

// happy-dom never finishes Mantine's opening transition, so the open menu still counts as hidden: `hidden: true`
// finds its items all the same (the browser test opens the real one).
describe('the Export menu on a list', () => {
  it('offers CSV, XLSX and JSON, downloads the list as filtered now, and says which file it saved', async () => {
    const user = userEvent.setup()
    const asked: string[] = []
    renderMenu(
      async (path) => {
        asked.push(path)
        return 'lessons-2026-12-04.xlsx'
      },
      { theme: 'interoperability', status: 'published', q: undefined },
    )

    await user.click(screen.getByRole('button', { name: 'Export' }))
    expect(await screen.findByRole('menuitem', { name: 'CSV (spreadsheets, any tool)', hidden: true })).toBeTruthy()
    expect(screen.getByRole('menuitem', { name: 'JSON (for systems)', hidden: true })).toBeTruthy()
    await user.click(screen.getByRole('menuitem', { name: 'Excel workbook (XLSX)', hidden: true }))

    expect(asked).toEqual(['/lessons/export?theme=interoperability&status=published&format=xlsx'])
    expect(await screen.findByText('Saved lessons-2026-12-04.xlsx.')).toBeTruthy()
  })

  it('says why when the API refuses the export', async () => {
    const user = userEvent.setup()
    renderMenu(async () => {
      throw new ApiError({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'This needs the curator or admin role.' })
    })

    await user.click(screen.getByRole('button', { name: 'Export' }))
    await user.click(await screen.findByRole('menuitem', { name: 'CSV (spreadsheets, any tool)', hidden: true }))

    expect(await screen.findByText('The lessons could not be exported')).toBeTruthy()
    expect(screen.getByText('This needs the curator or admin role.')).toBeTruthy()
  })
})
