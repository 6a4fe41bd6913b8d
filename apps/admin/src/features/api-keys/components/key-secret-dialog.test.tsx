import type { ApiKeyCreated } from '@learnonce/contracts'
import { Button } from '@mantine/core'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../../test/render'
import { KeySecretDialog } from './key-secret-dialog'

const created: ApiKeyCreated = {
  id: '01900000-0000-7000-8000-0000000000k1',
  name: 'Trust portal',
  prefix: 'lo_live_abcd',
  scopes: ['content:read'],
  siteId: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
  createdById: null,
  secret: 'lo_live_abcd_the-whole-secret-1234567890',
}

/** As the API keys screen holds it: the created key in state until the dialog is closed. */
function Harness() {
  const [shown, setShown] = useState<ApiKeyCreated | null>(null)
  return (
    <>
      <Button onClick={() => setShown(created)}>Create</Button>
      <KeySecretDialog created={shown} onClose={() => setShown(null)} />
    </>
  )
}

describe('the new key’s secret dialog', () => {
  it('shows the secret with a warning and a Copy button, stays open on Escape, and is gone once closed', async () => {
    const user = userEvent.setup()
    renderApp(<Harness />)
    expect(screen.queryByText(created.secret)).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Create' }))
    const dialog = await screen.findByRole('dialog', { name: 'Copy the new key’s secret now' })
    expect(dialog.textContent).toContain(created.secret)
    expect(dialog.textContent).toContain('You will not see this secret again')

    await user.click(screen.getByRole('button', { name: 'Copy secret' }))
    await screen.findByRole('button', { name: 'Copied' })
    expect(await navigator.clipboard.readText()).toBe(created.secret)

    // Closing by accident would lose the secret: Escape leaves it open.
    await user.keyboard('{Escape}')
    expect(screen.getByRole('dialog', { name: 'Copy the new key’s secret now' })).toBeTruthy()

    await user.click(screen.getByRole('button', { name: 'I have stored it — close' }))
    await waitFor(() => expect(screen.queryByText(created.secret)).toBeNull())
    expect(document.body.textContent).not.toContain(created.secret)
  })
})
