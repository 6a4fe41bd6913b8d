import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../test/render'
import { useListNavigation } from './use-list-navigation'

const titles = ['Falls at night', 'Discharge letters', 'Shared care records']

function Queue() {
  const [opened, setOpened] = useState<string | null>(null)
  const [pressed, setPressed] = useState<string | null>(null)
  const { getRowProps } = useListNavigation({ count: titles.length, onOpen: (index) => setOpened(titles[index] ?? null) })
  return (
    <>
      <input aria-label="Filter" />
      <table aria-label="Queue">
        <tbody>
          {titles.map((title, index) => (
            <tr key={title} {...getRowProps(index)}>
              <td>{title}</td>
              <td>
                <button type="button" onClick={() => setPressed(title)}>
                  Retire {title}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {opened && <p>Opened {opened}</p>}
      {pressed && <p>Pressed {pressed}</p>}
    </>
  )
}

const active = () => document.querySelector('[data-active] td')?.textContent ?? null

describe('moving through a list with the keyboard', () => {
  it('j and k move the active row, Enter opens it', async () => {
    renderApp(<Queue />)
    expect(active()).toBeNull()
    await userEvent.keyboard('jjjk')
    expect(active()).toBe('Discharge letters')
    await userEvent.keyboard('{Enter}')
    expect(screen.getByText('Opened Discharge letters')).toBeTruthy()
  })

  it('Enter on a button in a row presses the button, and does not open the row', async () => {
    renderApp(<Queue />)
    await userEvent.keyboard('j')
    screen.getByRole('button', { name: 'Retire Shared care records' }).focus()
    await userEvent.keyboard('{Enter}')
    expect(screen.getByText('Pressed Shared care records')).toBeTruthy()
    expect(screen.queryByText(/^Opened/)).toBeNull()
  })

  it('letters typed into a field are left alone', async () => {
    renderApp(<Queue />)
    await userEvent.type(screen.getByLabelText('Filter'), 'jk')
    expect(active()).toBeNull()
    expect((screen.getByLabelText('Filter') as HTMLInputElement).value).toBe('jk')
  })
})
