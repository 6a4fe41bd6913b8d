import type { Problem, Site, User, UserCreate, UserUpdate } from '@learnonce/contracts'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../api/api-error'
import { renderApp, userWithRole } from '../../../test/render'
import { UserForm } from './user-form'

const now = '2026-12-01T10:00:00.000Z'
const site = (id: string, name: string): Site => ({
  id,
  version: 1,
  createdAt: now,
  updatedAt: now,
  name,
  slug: name.toLowerCase().replaceAll(' ', '-'),
  kind: 'nhs_trust',
  region: 'london',
  odsCode: null,
  website: null,
  contactEmail: null,
  archivedAt: null,
})
const north = site('01900000-0000-7000-8000-0000000000a1', 'North Trust')
const south = site('01900000-0000-7000-8000-0000000000a2', 'South Practice')
const contributor: User = { ...userWithRole('contributor'), siteIds: [north.id] }

function renderForm(onSubmit: (body: UserCreate | UserUpdate) => Promise<unknown>, user: User | null = contributor) {
  return renderApp(<UserForm user={user} sites={[north, south]} onSubmit={onSubmit} onCancel={() => {}} />)
}

describe('the user form', () => {
  it('sends only the new memberships when a site is added and another removed', async () => {
    const user = userEvent.setup()
    const sent: (UserCreate | UserUpdate)[] = []
    renderForm(async (body) => {
      sent.push(body)
    })
    const memberships = screen.getByRole('textbox', { name: 'Site memberships' })
    await user.click(memberships)
    await user.click(await screen.findByRole('option', { name: 'South Practice', hidden: true }))
    // Each chosen site is a pill with its own remove button.
    const northPill = screen
      .getAllByText('North Trust')
      .map((element) => element.closest('.mantine-Pill-root'))
      .find((pill) => pill !== null)
    const remove = northPill?.querySelector('button')
    if (!remove) throw new Error('the North Trust pill has no remove button')
    await user.click(remove)
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(sent).toEqual([{ siteIds: [south.id] }]))
  })

  it('puts the API’s answer about a site on the memberships field', async () => {
    const user = userEvent.setup()
    const problem: Problem = {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'The request is not valid.',
      errors: [{ in: 'body', pointer: '/siteIds/0', detail: 'is not a known site' }],
    }
    renderForm(() => Promise.reject(new ApiError(problem)))
    await user.click(screen.getByRole('textbox', { name: 'Site memberships' }))
    await user.click(await screen.findByRole('option', { name: 'South Practice', hidden: true }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByText('Is not a known site')).toBeTruthy()
  })

  it('does not send a new user without a password long enough', async () => {
    const user = userEvent.setup()
    const sent: unknown[] = []
    renderForm(async (body) => {
      sent.push(body)
    }, null)
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'new@example.org')
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'New Person')
    await user.type(screen.getByLabelText(/^Password/), 'short')
    await user.click(screen.getByRole('button', { name: 'Create user' }))
    expect(await screen.findByText('Must be at least 10 characters')).toBeTruthy()
    expect(sent).toEqual([])
  })
})
