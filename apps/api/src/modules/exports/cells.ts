import { EXPORT_LIST_SEPARATOR } from '@learnonce/contracts'

/**
 * A spreadsheet application runs a cell that starts with one of these as a formula (or, for tab and
 * carriage return, after trimming it), so text that arrived from someone else could run when a curator
 * opens the export: CSV (formula) injection. OWASP's advice: start such a cell with a single quote.
 */
const formulaStart = /^[=+\-@\t\r]/
export const escapeFormula = (text: string): string => (formulaStart.test(text) ? `'${text}` : text)

const isLink = (value: object): value is { title: string; url: string } => 'url' in value && 'title' in value

/** One value of a list cell: a link as `title <url>`, anything else as its text. */
function listValue(value: unknown): string {
  if (value !== null && typeof value === 'object' && isLink(value)) return value.title ? `${value.title} <${value.url}>` : value.url
  return String(value)
}

/**
 * What one field of an item shows in a spreadsheet: text as it is (formula-escaped), a list joined with
 * `; `, an object of counts as `name: count; …`, nothing as an empty cell. Numbers stay numbers.
 */
export function cellOf(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number' || typeof value === 'boolean') return value
  if (Array.isArray(value)) return escapeFormula(value.map(listValue).join(EXPORT_LIST_SEPARATOR))
  if (typeof value === 'object') {
    return escapeFormula(
      Object.entries(value)
        .map(([name, count]) => `${name}: ${String(count)}`)
        .join(EXPORT_LIST_SEPARATOR),
    )
  }
  return escapeFormula(String(value))
}

const needsQuotes = /[",\r\n]/
/** One CSV field (RFC 4180): quoted, with quotes doubled, when it holds a quote, comma or line break. */
const csvField = (cell: string | number | boolean): string => {
  const text = String(cell)
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One CSV record, CRLF-terminated as RFC 4180 says. */
export const csvRecord = (cells: readonly (string | number | boolean)[]): string => `${cells.map(csvField).join(',')}\r\n`
