import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../../test/render'
import { SearchSnippet, snippetParts } from './search-snippet'

describe('a search hit’s snippet', () => {
  it('shows the matched words highlighted and the rest as plain text', () => {
    renderApp(<SearchSnippet html="Night-time <mark>falls</mark> dropped after the <mark>falls</mark> huddle &amp; handover" />)
    const snippet = screen.getByTestId('search-snippet')
    expect(snippet.textContent).toBe('Night-time falls dropped after the falls huddle & handover')
    const marks = [...snippet.querySelectorAll('mark')].map((mark) => mark.textContent)
    expect(marks).toEqual(['falls', 'falls'])
  })

  it('shows what an author typed as characters, never as markup', () => {
    renderApp(
      <SearchSnippet html={'We tried &lt;script&gt;alert(1)&lt;/script&gt; and <mark>consent</mark> <img src=x onerror=alert(1)>'} />,
    )
    const snippet = screen.getByTestId('search-snippet')
    expect(snippet.querySelector('script, img')).toBeNull()
    expect(snippet.textContent).toContain('<script>alert(1)</script>')
    expect(snippet.textContent).toContain('<img src=x onerror=alert(1)>')
    expect(snippet.querySelector('mark')?.textContent).toBe('consent')
  })

  it('splits marks from text, decoding the escapes the API uses', () => {
    expect(snippetParts('a &quot;b&quot; <mark>c&#39;s</mark> d')).toEqual([
      { text: 'a "b" ', marked: false },
      { text: "c's", marked: true },
      { text: ' d', marked: false },
    ])
  })
})
