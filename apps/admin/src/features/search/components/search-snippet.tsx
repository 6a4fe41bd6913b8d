import { Text } from '@mantine/core'
import { type ReactNode, useMemo } from 'react'

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" }

/** The text of escaped HTML: the five entities the API escapes with, and numeric ones, back to characters. */
function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    const known = entities[name.toLowerCase()]
    if (known) return known
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10))
    return whole
  })
}

/**
 * A search snippet from /v1/search (escaped HTML in which only `<mark>…</mark>` are tags) as text
 * with highlighted parts. It is never handed to the DOM as HTML: the marks are split out and everything
 * else becomes text, so even a snippet that carried other tags would show them as characters.
 */
export function snippetParts(html: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = []
  let marked = false
  for (const piece of html.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true
    else if (piece === '</mark>') marked = false
    else if (piece) parts.push({ text: decodeEntities(piece), marked })
  }
  return parts
}

export function SearchSnippet({ html, lineClamp = 3 }: { html: string; lineClamp?: number }) {
  const nodes = useMemo<ReactNode[]>(
    () =>
      snippetParts(html).map((part, index) =>
        // Parts are positional and never reorder.
        // biome-ignore lint/suspicious/noArrayIndexKey: a snippet's parts have no identity but their place
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      ),
    [html],
  )
  return (
    <Text size="sm" c="dimmed" lineClamp={lineClamp} data-testid="search-snippet">
      {nodes}
    </Text>
  )
}
