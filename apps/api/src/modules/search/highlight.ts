/**
 * ts_headline marks matches with these instead of <mark>: private-use characters that no one types,
 * so the text around them can be HTML-escaped as a whole and only our marks become tags.
 * They are stripped from the text first (see guardedCharacters), so an author cannot forge a mark.
 */
export const markStart = '\uE000'
export const markStop = '\uE001'
/**
 * ts_headline's parser drops anything that looks like an HTML tag, so `<script>` written in a lesson
 * would vanish from its snippet. Angle brackets go in as these stand-ins and come out escaped.
 */
const lessThan = '\uE002'
const greaterThan = '\uE003'

/** translate() arguments that swap angle brackets for their stand-ins and drop any forged marks. */
export const guardedCharacters = { from: `<>${markStart}${markStop}`, to: `${lessThan}${greaterThan}` }

/** The options for ts_headline: a couple of short passages, our marks around each match. */
export const headlineOptions = `StartSel=${markStart}, StopSel=${markStop}, MaxFragments=2, MinWords=8, MaxWords=24, FragmentDelimiter=" … "`

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** ts_headline's output as safe HTML: everything escaped, then our marks turned into <mark> elements. */
export function snippetHtml(headline: string): string {
  return headline
    .replace(/[&<>"']/g, (character) => escapes[character] ?? character)
    .replaceAll(markStart, '<mark>')
    .replaceAll(markStop, '</mark>')
    .replaceAll(lessThan, '&lt;')
    .replaceAll(greaterThan, '&gt;')
}
