import type { AvailableAction, WorkflowAction, WorkflowActionBody } from '@learnonce/contracts'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../api/api-error'
import { renderApp } from '../../../test/render'
import { ActionBar } from './action-bar'

// As GET /v1/lessons/{id}/actions answers them for the curator holding a lesson in review.
const inReview: AvailableAction[] = [
  { action: 'release', label: 'Release', to: 'submitted', note: 'optional', needsDuplicateOf: false },
  { action: 'request-changes', label: 'Request changes', to: 'changes_requested', note: 'required', needsDuplicateOf: false },
  { action: 'publish', label: 'Publish', to: 'published', note: 'optional', needsDuplicateOf: false },
  { action: 'reject', label: 'Reject', to: 'rejected', note: 'required', needsDuplicateOf: false },
  { action: 'mark-duplicate', label: 'Mark as duplicate', to: 'duplicate', note: 'optional', needsDuplicateOf: true },
]
const onlyClaim: AvailableAction[] = [{ action: 'claim', label: 'Claim', to: 'in_review', note: 'optional', needsDuplicateOf: false }]

/** What the bar asked the API to do, in order. */
function recorder(fail?: ApiError) {
  const sent: [WorkflowAction, WorkflowActionBody][] = []
  const onAct = async (action: WorkflowAction, body: WorkflowActionBody) => {
    sent.push([action, body])
    if (fail) throw fail
  }
  return { sent, onAct }
}

const buttons = () => within(screen.getByRole('toolbar', { name: 'Workflow actions' })).getAllByRole('button')

describe('the review action bar', () => {
  it('shows exactly the actions the API allows, in its order, and nothing else', () => {
    const { onAct } = recorder()
    const { unmount } = renderApp(<ActionBar actions={inReview} onAct={onAct} />)
    expect(buttons().map((button) => button.textContent)).toEqual([
      'Release',
      'Request changes…',
      'Publish',
      'Reject…',
      'Mark as duplicate…',
    ])
    unmount()

    renderApp(<ActionBar actions={onlyClaim} onAct={onAct} />)
    expect(buttons().map((button) => button.textContent)).toEqual(['Claim'])
    expect(screen.queryByRole('button', { name: /Publish/ })).toBeNull()
  })

  it('says so when nothing is open to the person', () => {
    renderApp(<ActionBar actions={[]} onAct={recorder().onAct} />)
    expect(screen.queryByRole('toolbar')).toBeNull()
    expect(screen.getByText('No workflow action is open to you on this item now.')).toBeTruthy()
  })

  it('takes an action without a required note at once', async () => {
    const { sent, onAct } = recorder()
    renderApp(<ActionBar actions={inReview} onAct={onAct} />)
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }))
    expect(sent).toEqual([['publish', {}]])
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('asks for the note an action requires before sending it', async () => {
    const { sent, onAct } = recorder()
    renderApp(<ActionBar actions={inReview} onAct={onAct} />)
    await userEvent.click(screen.getByRole('button', { name: 'Request changes…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Request changes' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Request changes' }))
    expect(await within(dialog).findByText('Is required')).toBeTruthy()
    expect(sent).toEqual([])

    await userEvent.type(within(dialog).getByLabelText(/Note for the contributor/), '   ')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Request changes' }))
    expect(sent).toEqual([])

    await userEvent.clear(within(dialog).getByLabelText(/Note for the contributor/))
    await userEvent.type(within(dialog).getByLabelText(/Note for the contributor/), 'Add the numbers, please.')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Request changes' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(sent).toEqual([['request-changes', { note: 'Add the numbers, please.' }]])
  })

  it('marking a duplicate needs the original, chosen from the similar items', async () => {
    const { sent, onAct } = recorder()
    const original = { id: '01900000-0000-7000-8000-0000000000aa', title: 'Shared care record launched in context' }
    renderApp(<ActionBar actions={inReview} onAct={onAct} duplicateCandidates={[original]} />)
    await userEvent.click(screen.getByRole('button', { name: 'Mark as duplicate…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Mark as duplicate' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark as duplicate' }))
    expect(await within(dialog).findByText('Is required')).toBeTruthy()
    expect(sent).toEqual([])
    await userEvent.click(within(dialog).getByRole('textbox', { name: /Original/ }))
    await userEvent.click(await screen.findByRole('option', { name: original.title, hidden: true }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark as duplicate' }))
    await waitFor(() => expect(sent).toEqual([['mark-duplicate', { duplicateOfId: original.id }]]))
  })

  it('keeps the dialog open and shows the API’s message when the action is refused', async () => {
    const refused = new ApiError({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'This lesson is held by Otto Curator.' })
    const { onAct } = recorder(refused)
    renderApp(<ActionBar actions={inReview} onAct={onAct} />)
    await userEvent.click(screen.getByRole('button', { name: 'Reject…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Reject' })
    await userEvent.type(within(dialog).getByLabelText(/Note for the contributor/), 'Not a lesson.')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject' }))
    expect(await within(dialog).findByText('This lesson is held by Otto Curator.')).toBeTruthy()
  })

  it('closes the dialog on a conflict, which the screen explains with Reload', async () => {
    const stale = new ApiError({ type: 'about:blank', title: 'Precondition Failed', status: 412, detail: 'This lesson has changed.' })
    const { sent, onAct } = recorder(stale)
    renderApp(<ActionBar actions={inReview} onAct={onAct} />)
    await userEvent.click(screen.getByRole('button', { name: 'Reject…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Reject' })
    await userEvent.type(within(dialog).getByLabelText(/Note for the contributor/), 'Not a lesson.')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(sent).toHaveLength(1)
  })
})
