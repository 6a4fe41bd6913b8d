import type { ContentType } from '@learnonce/contracts'
import type { OutgoingMail } from '../../plugins/mailer.js'
import type { DigestEntry, DigestEntryKind } from './matching.js'

/** Where a person reads each entry: the admin's pages, under the hub's public URL. */
const itemPaths: Record<ContentType, string> = { lesson: 'lessons', case_study: 'case-studies', solution: 'solutions' }

export function entryLink(publicUrl: string, entry: Pick<DigestEntry, 'kind' | 'id' | 'itemId' | 'itemType' | 'networkId'>): string {
  if (entry.kind === 'news' && entry.networkId) return `${publicUrl}/admin/networks/${entry.networkId}`
  if (entry.kind === 'discussion' && entry.networkId) return `${publicUrl}/admin/networks/${entry.networkId}/discussions/${entry.id}`
  if (entry.kind === 'event' || entry.itemId === null || entry.itemType === null) return `${publicUrl}/admin/events`
  return `${publicUrl}/admin/${itemPaths[entry.itemType]}/${entry.itemId}`
}

const sections: { kinds: DigestEntryKind[]; heading: string }[] = [
  { kinds: ['decision', 'comment'], heading: 'Answers to what you wrote' },
  { kinds: ['published'], heading: 'Newly published' },
  { kinds: ['updated'], heading: 'Updated since' },
  { kinds: ['event'], heading: 'Coming up in your networks' },
  { kinds: ['news'], heading: 'News from your networks' },
  { kinds: ['discussion'], heading: 'In your networks’ discussions' },
]

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char)

const when = (date: Date) => date.toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' })

export interface DigestMailInput {
  to: string
  name: string
  frequency: 'daily' | 'weekly'
  entries: DigestEntry[]
  publicUrl: string
  unsubscribeUrl: string
}

/**
 * The digest as an email: an HTML part and a plain-text part with the same content, and the
 * headers that let mail clients offer unsubscribing (RFC 2369, and RFC 8058 one-click).
 */
export function renderDigest(input: DigestMailInput): OutgoingMail {
  const followingUrl = `${input.publicUrl}/admin/following`
  const title = `Your ${input.frequency} Learn Once digest: ${input.entries.length} new for you`
  const text: string[] = [`Hello ${input.name},`, '', `Here is what is new for you on Learn Once.`, '']
  const html: string[] = [
    `<!doctype html><html lang="en"><body style="font-family: system-ui, sans-serif; max-width: 40rem">`,
    `<p>Hello ${escapeHtml(input.name)},</p><p>Here is what is new for you on Learn Once.</p>`,
  ]
  for (const section of sections) {
    const entries = input.entries.filter((entry) => section.kinds.includes(entry.kind))
    if (entries.length === 0) continue
    text.push(section.heading, '-'.repeat(section.heading.length))
    html.push(`<h2>${escapeHtml(section.heading)}</h2><ul>`)
    for (const entry of entries) {
      const link = entryLink(input.publicUrl, entry)
      const stamp = entry.kind === 'event' && entry.startsAt ? `starts ${when(entry.startsAt)}` : when(entry.at)
      text.push(`* ${entry.title} (${entry.detail}; ${stamp})`, `  ${link}`)
      if (entry.summary) text.push(`  ${entry.summary.replace(/\s+/g, ' ')}`)
      html.push(
        `<li><a href="${escapeHtml(link)}">${escapeHtml(entry.title)}</a> <small>${escapeHtml(entry.detail)}; ${escapeHtml(stamp)}</small>` +
          (entry.summary ? `<br>${escapeHtml(entry.summary)}` : '') +
          '</li>',
      )
    }
    text.push('')
    html.push('</ul>')
  }
  text.push(`Change what you follow, or how often this comes: ${followingUrl}`, `Stop these emails: ${input.unsubscribeUrl}`)
  html.push(
    `<hr><p><small><a href="${escapeHtml(followingUrl)}">Change what you follow, or how often this comes</a> · `,
    `<a href="${escapeHtml(input.unsubscribeUrl)}">Stop these emails</a></small></p></body></html>`,
  )
  return {
    to: input.to,
    subject: title,
    text: text.join('\n'),
    html: html.join('\n'),
    headers: {
      'List-Unsubscribe': `<${input.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  }
}
