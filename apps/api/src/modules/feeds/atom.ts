import { Feed } from 'feed'
import { kindOf } from '../content/kinds.js'
import type { FeedEntry } from './service.js'

/** Absolute URLs of the feed and of its entries, taken from the request so they work behind any host name. */
export interface FeedLocation {
  origin: string
  self: string
  /** For a feed other than the public one (a person's private feed). */
  title?: string
  description?: string
}

const labels = { lesson: 'Lesson', case_study: 'Case study', solution: 'Solution' } as const

/** The entries as an Atom 1.0 document. */
export function renderAtom(entries: FeedEntry[], location: FeedLocation): string {
  const newest = entries.reduce((latest, entry) => Math.max(latest, entry.updatedAt.getTime()), 0)
  const feed = new Feed({
    id: location.self,
    title: location.title ?? 'Learn Once: newly published',
    description: location.description ?? 'Lessons, case studies and solutions shared by health and care organisations, newest first.',
    link: location.origin,
    feedLinks: { atom: location.self },
    // An empty feed still needs an <updated>; the epoch says "nothing yet" without changing on every request.
    updated: new Date(newest),
    author: { name: 'Learn Once' },
    generator: 'Learn Once',
  })
  for (const entry of entries) {
    feed.addItem({
      id: `urn:uuid:${entry.id}`,
      title: entry.title,
      link: entry.link ?? `${location.origin}${entry.type ? kindOf(entry.type).path : ''}/${entry.id}`,
      description: entry.summary,
      published: entry.publishedAt,
      date: new Date(Math.max(entry.updatedAt.getTime(), entry.publishedAt.getTime())),
      category: [
        ...(entry.type ? [{ term: entry.type, name: labels[entry.type] }] : []),
        ...entry.themes.map((theme) => ({ term: theme, name: theme })),
      ],
    })
  }
  return feed.atom1()
}
