/**
 * iCalendar (RFC 5545) for a network's events, so a calendar app can subscribe to them.
 * Only what the standard and the common apps need: TEXT escaping, UTC times, 75-octet folding, CRLF.
 */

export interface CalendarEvent {
  id: string
  version: number
  title: string
  kind: string
  startsAt: Date
  endsAt: Date
  location: string | null
  onlineUrl: string | null
  description: string
  createdAt: Date
  updatedAt: Date
}

export interface Calendar {
  name: string
  description: string
  events: CalendarEvent[]
}

const CRLF = '\r\n'
const MAX_OCTETS = 75

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma are escaped, every newline becomes \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** DATE-TIME in UTC, form #2 of §3.3.5: 20250314T093000Z. */
export function utc(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')
}

/**
 * Folds a content line into lines of at most 75 octets (§3.1): each continuation starts with one
 * space, which counts towards its 75. Splits fall between characters, never inside a UTF-8 sequence.
 */
export function fold(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8')
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += character
    octets += size
  }
  parts.push(current)
  return parts.join(`${CRLF} `)
}

const titleOfKind = (kind: string) => kind.charAt(0).toUpperCase() + kind.slice(1).replace(/_/g, ' ')

function eventLines(event: CalendarEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.id}@learnonce`,
    // Without METHOD, DTSTAMP is when the event was last revised (§3.8.7.2): stable between fetches.
    `DTSTAMP:${utc(event.updatedAt)}`,
    `CREATED:${utc(event.createdAt)}`,
    `LAST-MODIFIED:${utc(event.updatedAt)}`,
    `SEQUENCE:${event.version - 1}`,
    `DTSTART:${utc(event.startsAt)}`,
    `DTEND:${utc(event.endsAt)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `CATEGORIES:${escapeText(titleOfKind(event.kind))}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    // URL is a URI value, not TEXT: it is written as is (the contract only admits http(s) URIs).
    ...(event.onlineUrl ? [`URL:${event.onlineUrl}`] : []),
    'END:VEVENT',
  ]
}

/** The whole VCALENDAR, CRLF line endings throughout, ending with one. */
export function renderCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Learn Once//Network events//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
    // Subscribers poll; an hour is a fair balance between freshness and load.
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...calendar.events.flatMap(eventLines),
    'END:VCALENDAR',
  ]
  return lines.map(fold).join(CRLF) + CRLF
}
