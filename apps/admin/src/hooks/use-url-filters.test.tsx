import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../test/render'
import { useUrlFilters } from './use-url-filters'

function TriageFilters() {
  const [filters, setFilters] = useUrlFilters(['type', 'theme'])
  return (
    <>
      <p>Type: {filters.type ?? 'any'}</p>
      <button type="button" onClick={() => setFilters({ type: 'lesson' })}>
        Lessons only
      </button>
      <button type="button" onClick={() => setFilters({ type: null })}>
        Any type
      </button>
    </>
  )
}

describe('filters in the URL', () => {
  it('a link with filters opens with them, and changing one keeps the others in the URL', async () => {
    const { router } = renderApp(<TriageFilters />, { url: '/triage?type=case_study&theme=falls' })
    expect(screen.getByText('Type: case_study')).toBeTruthy()

    await userEvent.click(screen.getByRole('button', { name: 'Lessons only' }))
    expect(screen.getByText('Type: lesson')).toBeTruthy()
    expect(router.state.location.search).toBe('?type=lesson&theme=falls')

    await userEvent.click(screen.getByRole('button', { name: 'Any type' }))
    expect(screen.getByText('Type: any')).toBeTruthy()
    expect(router.state.location.search).toBe('?theme=falls')
  })
})
