import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api/api-error'
import { renderApp } from '../test/render'
import { ProblemAlert } from './problem-alert'
import { RelativeTime } from './relative-time'

const problem = (status: number, detail: string) => new ApiError({ type: 'about:blank', title: 'Conflict', status, detail })

describe('shared states', () => {
  it('a 412 says someone changed the item first and offers Reload', async () => {
    const reload = vi.fn()
    renderApp(<ProblemAlert error={problem(412, 'The lesson has changed since you loaded it.')} onReload={reload} />)
    expect(screen.getByRole('alert').textContent).toContain('Someone else changed this first')
    expect(screen.getByRole('alert').textContent).toContain('The lesson has changed since you loaded it.')
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }))
    expect(reload).toHaveBeenCalledOnce()
  })

  it('any other error shows what happened, without Reload', () => {
    renderApp(<ProblemAlert error={problem(403, 'Only curators can publish.')} onReload={() => {}} />)
    expect(screen.getByRole('alert').textContent).toContain('Only curators can publish.')
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull()
  })

  it('a date reads as "3 days ago" and keeps the exact time', () => {
    renderApp(<RelativeTime value="2026-12-01T09:30:00Z" now={new Date('2026-12-04T09:30:00Z')} />)
    const time = screen.getByText('3 days ago')
    expect(time.getAttribute('datetime')).toBe('2026-12-01T09:30:00.000Z')
    expect(time.getAttribute('title')).toMatch(/1 December 2026/)
  })
})
