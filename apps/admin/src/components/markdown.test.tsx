import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../test/render'
import { Markdown } from './markdown'

describe('Markdown people wrote', () => {
  it('is rendered as headings, lists and links', async () => {
    renderApp(<Markdown>{'## What went well\n\n- Daily huddles\n- [The toolkit](https://example.org/toolkit)'}</Markdown>)
    expect(await screen.findByRole('heading', { name: 'What went well', level: 2 })).toBeTruthy()
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Daily huddles', 'The toolkit'])
    expect(screen.getByRole('link', { name: 'The toolkit' }).getAttribute('href')).toBe('https://example.org/toolkit')
  })

  it('never renders raw HTML, scripts or javascript: links', async () => {
    const { container } = renderApp(
      <Markdown>
        {'Hello <script>window.pwned = true</script> <img src=x onerror="window.pwned = true">\n\n[click](javascript:alert(1))'}
      </Markdown>,
    )
    await screen.findByText(/Hello/)
    expect(container.querySelector('script')).toBeNull()
    expect(container.querySelector('img')).toBeNull()
    expect(container.querySelector('[onerror]')).toBeNull()
    const link = container.querySelector('a')
    expect(link?.getAttribute('href') ?? '').not.toMatch(/^javascript:/i)
  })
})
