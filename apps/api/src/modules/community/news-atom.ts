import type { NetworkNews } from '@learnonce/contracts'
import { Feed } from 'feed'

const labels = { announcement: 'Announcement', evaluation_report: 'Evaluation report' } as const

/** A network's news as an Atom 1.0 document; links open the network's news in the admin. */
export function renderNewsAtom(
  network: { id: string; name: string },
  news: NetworkNews[],
  location: { publicUrl: string; self: string },
): string {
  const newest = news.reduce((latest, entry) => Math.max(latest, Date.parse(entry.updatedAt)), 0)
  const page = `${location.publicUrl}/admin/networks/${network.id}/news`
  const feed = new Feed({
    id: location.self,
    title: `${network.name}: news`,
    description: `Announcements and evaluation update reports of ${network.name}.`,
    link: page,
    feedLinks: { atom: location.self },
    updated: new Date(newest),
    author: { name: network.name },
    copyright: '',
    generator: 'Learn Once',
  })
  for (const entry of news) {
    feed.addItem({
      id: `urn:uuid:${entry.id}`,
      title: entry.title,
      link: `${page}#${entry.id}`,
      content: entry.body,
      published: new Date(entry.publishedAt),
      date: new Date(Math.max(Date.parse(entry.updatedAt), Date.parse(entry.publishedAt))),
      category: [{ term: entry.kind, name: labels[entry.kind] }],
      ...(entry.authorName ? { author: [{ name: entry.authorName }] } : {}),
    })
  }
  return feed.atom1()
}
