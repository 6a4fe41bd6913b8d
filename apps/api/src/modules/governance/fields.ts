import type { ContentLink, ContentType } from '@learnonce/contracts'

/** The text columns of an item the check reads, as stored. */
export interface ScannedText {
  type: ContentType
  title: string
  summary: string
  context: string | null
  wentWell: string | null
  didNotGoWell: string | null
  doDifferently: string | null
  body: string | null
  outcomes: string | null
  description: string | null
  howToAdopt: string | null
  links: ContentLink[]
}

/** One field's text, named by its JSON pointer in the item's API shape (what a problem's errors[] names). */
export interface ScannedField {
  pointer: string
  text: string
}

/**
 * Every free-text field a reader sees, per kind: the title, the summary (a solution's problem), the
 * long Markdown fields and each link's title. Link addresses, tags and classification are not read:
 * they are chosen from lists or are URLs.
 */
export function scannedFields(item: ScannedText): ScannedField[] {
  const own: [string, string | null][] =
    item.type === 'lesson'
      ? [
          ['/summary', item.summary],
          ['/context', item.context],
          ['/wentWell', item.wentWell],
          ['/didNotGoWell', item.didNotGoWell],
          ['/doDifferently', item.doDifferently],
        ]
      : item.type === 'case_study'
        ? [
            ['/summary', item.summary],
            ['/body', item.body],
            ['/outcomes', item.outcomes],
          ]
        : [
            ['/problem', item.summary],
            ['/description', item.description],
            ['/howToAdopt', item.howToAdopt],
          ]
  const linksAt = item.type === 'solution' ? '/artefacts' : '/links'
  return [
    { pointer: '/title', text: item.title },
    ...own.map(([pointer, text]) => ({ pointer, text: text ?? '' })),
    ...item.links.map((link, index) => ({ pointer: `${linksAt}/${index}/title`, text: link.title })),
  ].filter((field) => field.text.length > 0)
}
