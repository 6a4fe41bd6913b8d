/** The parts of an emailed lesson, read from its text: the template's headed sections, or all of it as the context. */
export interface MailedLesson {
  title: string
  summary: string
  context: string
  wentWell: string
  didNotGoWell: string
  doDifferently: string
  /** What a `Site:` line or a `[site]` tag in the subject named, to choose among the sender's sites. */
  siteHint: string | null
}

type Section = 'context' | 'wentWell' | 'didNotGoWell' | 'doDifferently'

const headings: [Exclude<Section, 'context'>, RegExp][] = [
  ['wentWell', /^what went well$/],
  ['didNotGoWell', /^what (did not|didn't|didn’t) go (so )?well$/],
  ['doDifferently', /^what would you do differently( next time)?$/],
]

const markdownMax = 20_000
const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text)

/**
 * A heading line: Markdown (`## What went well`) or a plain line ending with a colon or question
 * mark (`What went well:`), in any case. Anything else is body text.
 */
function headingOf(line: string): Exclude<Section, 'context'> | null {
  const trimmed = line.trim()
  const marked = /^#{1,6}\s/.test(trimmed) || /[:?]$/.test(trimmed)
  if (!marked) return null
  const words = trimmed
    .replace(/^#{1,6}\s*/, '')
    .replace(/[*_]/g, '')
    .replace(/[:?]$/, '')
    .trim()
    .toLowerCase()
  return headings.find(([, pattern]) => pattern.test(words))?.[0] ?? null
}

export function lessonFromMail(subject: string, text: string): MailedLesson {
  let siteHint: string | null = null
  const tag = /^\s*\[([^\]]+)\]\s*/.exec(subject)
  const title = clip((tag ? subject.slice(tag[0].length) : subject).trim() || 'A lesson sent by email', 200)
  if (tag?.[1]) siteHint = tag[1].trim()

  const sections: Record<Section, string[]> = { context: [], wentWell: [], didNotGoWell: [], doDifferently: [] }
  let current: Section = 'context'
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    // A signature ends the message; quoted text is an earlier message, not this lesson.
    if (line === '-- ' || line === '--') break
    if (line.startsWith('>')) continue
    const site = /^\s*site:\s*(.+)$/i.exec(line)
    if (site?.[1] && current === 'context' && siteHint === null) {
      siteHint = site[1].trim()
      continue
    }
    const heading = headingOf(line)
    if (heading) {
      current = heading
      continue
    }
    sections[current].push(line)
  }
  const body = (section: Section) => clip(sections[section].join('\n').trim(), markdownMax)
  const context = body('context')
  const wentWell = body('wentWell')
  const firstParagraph = [context, wentWell, body('didNotGoWell'), body('doDifferently')].find((part) => part !== '')?.split(/\n\s*\n/)[0]
  return {
    title,
    summary: clip((firstParagraph ?? '').replace(/\s+/g, ' ').trim() || title, 500),
    context,
    wentWell,
    didNotGoWell: body('didNotGoWell'),
    doDifferently: body('doDifferently'),
    siteHint,
  }
}
