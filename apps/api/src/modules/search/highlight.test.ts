import { describe, expect, it } from 'vitest'
import { guardedCharacters, markStart, markStop, snippetHtml } from './highlight.js'

/** What the database does to the text before ts_headline sees it. */
const guard = (text: string) =>
  [...text]
    .map((character) => {
      const at = guardedCharacters.from.indexOf(character)
      return at === -1 ? character : (guardedCharacters.to[at] ?? '')
    })
    .join('')

describe('snippetHtml', () => {
  it('turns only our marks into <mark> and escapes everything else', () => {
    expect(snippetHtml(`${markStart}Rota${markStop} & "shifts" <b>`)).toBe('<mark>Rota</mark> &amp; &quot;shifts&quot; &lt;b&gt;')
  })

  it('keeps angle brackets an author wrote, escaped, even though ts_headline would drop tags', () => {
    expect(snippetHtml(guard('<script>alert(1)</script>'))).toBe('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('drops marks an author tries to forge', () => {
    expect(snippetHtml(guard(`${markStart}forged${markStop}`))).toBe('forged')
  })
})
