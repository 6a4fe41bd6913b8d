import type { ReviewDueEntry } from '@learnonce/contracts'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../api/api-error'
import { StaleBadge } from '../../../components/status-badge'
import { renderApp } from '../../../test/render'
import { type ReaffirmBody, ReaffirmDialog } from './reaffirm-dialog'
import { ReviewDueTable } from './review-due-table'

const DAY = 86_400_000

// As GET /v1/review-due answers them: one overdue, one coming up.
const entry = (overrides: Partial<ReviewDueEntry>): ReviewDueEntry => ({
  id: '01900000-0000-7000-8000-0000000000a1',
  type: 'lesson',
  title: 'Discharge letters as structured messages',
  themes: [],
  sites: [{ id: '01900000-0000-7000-8000-0000000000b1', name: 'Northgate Trust', region: 'london' }],
  publishedAt: new Date(Date.now() - 700 * DAY).toISOString(),
  reviewBy: new Date(Date.now() - 3.5 * DAY).toISOString(),
  daysLeft: -4,
  overdue: true,
  version: 4,
  ...overrides,
})
const overdue = entry({})
const comingUp = entry({
  id: '01900000-0000-7000-8000-0000000000a2',
  type: 'solution',
  title: 'A shared referral inbox',
  reviewBy: new Date(Date.now() + 12.5 * DAY).toISOString(),
  daysLeft: 12,
  overdue: false,
})

describe('the review-due table', () => {
  it('shows each item with how soon it is due, in words, and hands the row to Reaffirm and Archive', async () => {
    const chosen: [string, string][] = []
    renderApp(
      <ReviewDueTable
        entries={[overdue, comingUp]}
        onReaffirm={(row) => chosen.push(['reaffirm', row.id])}
        onArchive={(row) => chosen.push(['archive', row.id])}
      />,
    )
    const table = screen.getByRole('table', { name: 'Items due for review' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual([overdue.title, comingUp.title])
    expect(within(rows[0] as HTMLElement).getByText('4 days overdue')).toBeTruthy()
    expect(within(rows[1] as HTMLElement).getByText('in 12 days')).toBeTruthy()
    expect(within(rows[0] as HTMLElement).getByText('Northgate Trust')).toBeTruthy()

    await userEvent.click(screen.getByRole('button', { name: `Reaffirm ${comingUp.title}` }))
    await userEvent.click(screen.getByRole('button', { name: `Archive ${overdue.title}` }))
    expect(chosen).toEqual([
      ['reaffirm', comingUp.id],
      ['archive', overdue.id],
    ])
  })
})

describe('the reaffirm dialog', () => {
  function open(fail?: Error) {
    const sent: ReaffirmBody[] = []
    let closed = false
    renderApp(
      <ReaffirmDialog
        entry={overdue}
        periodMonths={24}
        onReaffirm={async (body) => {
          sent.push(body)
          if (fail) throw fail
        }}
        onClose={() => {
          closed = true
        }}
      />,
    )
    return { sent, closed: () => closed }
  }

  it('sends the note, leaving the date to the type’s period, and closes', async () => {
    const { sent, closed } = open()
    const dialog = screen.getByRole('dialog', { name: 'Reaffirm' })
    expect(within(dialog).getByText(/24 months from today/)).toBeTruthy()
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Note/ }), 'Checked against the current guidance.')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reaffirm' }))
    await waitFor(() => expect(sent).toEqual([{ note: 'Checked against the current guidance.' }]))
    expect(closed()).toBe(true)
  })

  it('will not reaffirm without a note, and says why beside the field', async () => {
    const { sent } = open()
    const dialog = screen.getByRole('dialog', { name: 'Reaffirm' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reaffirm' }))
    const note = within(dialog).getByRole('textbox', { name: /Note/ })
    await waitFor(() => expect(note.getAttribute('aria-invalid')).toBe('true'))
    expect(sent).toEqual([])
  })

  it('shows what the API refused and stays open', async () => {
    const conflict = new ApiError({
      type: 'https://learnonce.dev/problems/conflict',
      title: 'Conflict',
      status: 409,
      detail: 'This lesson is archived; reaffirm needs it to be published.',
    })
    const { closed } = open(conflict)
    const dialog = screen.getByRole('dialog', { name: 'Reaffirm' })
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Note/ }), 'Still right.')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reaffirm' }))
    expect(await within(dialog).findByText(/reaffirm needs it to be published/)).toBeTruthy()
    expect(closed()).toBe(false)
  })
})

describe('the stale badge', () => {
  it('says Stale, and when the review was or is due on hover', () => {
    const reviewBy = new Date(Date.now() - DAY).toISOString()
    renderApp(<StaleBadge reviewBy={reviewBy} />)
    const badge = screen.getByText('Stale')
    expect(badge.closest('[title]')?.getAttribute('title')).toMatch(/^Was due for review /)
  })
})
