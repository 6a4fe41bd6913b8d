import type { FindingKind } from '@learnonce/contracts'

/**
 * The information-governance detectors: pure functions over one text that find what may identify a
 * patient or a member of the public. Each detector errs towards flagging (a curator can mark a
 * finding "not personal" with a note), but rejects what is certainly not personal: an NHS number
 * that fails its check digit, a role mailbox, "Dr" that is not followed by a name.
 */

/** One thing found in a text: its kind, where it is (UTF-16 offsets, end exclusive) and the matched value. */
export interface Detection {
  kind: FindingKind
  start: number
  end: number
  value: string
}

/** Letters, digits and underscore count as "inside a word" on either side of a match. */
const before = '(?<![\\p{L}\\p{N}_])'
const after = '(?![\\p{L}\\p{N}_])'

// ---------------------------------------------------------------------------------------------------
// NHS numbers

/**
 * The Modulus 11 check: the first nine digits weighted 10 down to 2, the check digit is 11 minus the
 * remainder (11 becomes 0); a result of 10 means no valid number has those nine digits.
 */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false
  let sum = 0
  for (let index = 0; index < 9; index++) sum += Number(digits[index]) * (10 - index)
  const check = 11 - (sum % 11)
  if (check === 10) return false
  return (check === 11 ? 0 : check) === Number(digits[9])
}

// 3-3-4 with one kind of separator (a space or a hyphen) used twice, or ten digits together.
const nhsPattern = new RegExp(`${before}(\\d{3})([ -]?)(\\d{3})\\2(\\d{4})${after}`, 'gu')

/**
 * Ten digits that pass Modulus 11. A number that starts with 0 is left to the phone detector: no NHS
 * number is issued with a leading 0 (they start 3–9), and every UK phone number written nationally does.
 */
export function findNhsNumbers(text: string): Detection[] {
  const found: Detection[] = []
  for (const match of text.matchAll(nhsPattern)) {
    const digits = `${match[1]}${match[3]}${match[4]}`
    if (digits.startsWith('0') || !isValidNhsNumber(digits)) continue
    found.push({ kind: 'nhs_number', start: match.index, end: match.index + match[0].length, value: match[0] })
  }
  return found
}

// ---------------------------------------------------------------------------------------------------
// Dates of birth

const months =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'
const day = '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?'
const datePattern =
  `(?:${day}[/.-](?:0?[1-9]|1[0-2])[/.-](?:\\d{4}|\\d{2})` + // 03/04/1950, 3.4.50, 03-04-1950
  `|\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])` + // 1950-04-03
  `|${day}\\s+(?:of\\s+)?(?:${months})\\.?,?\\s+\\d{4}` + // 3 March 1950, 3rd of March 1950
  `|(?:${months})\\.?\\s+${day},?\\s+\\d{4})` // March 3, 1950
const birthWords = '(?:d\\.?\\s?o\\.?\\s?b\\.?|date\\s+of\\s+birth|birth\\s?date|birthday|born)'
// The keyword, then at most four words (or a colon, brackets, "on", "in", "is") before the date.
const dobPattern = new RegExp(`${before}${birthWords}(?:[\\s:=(),-]+(?:[\\p{L}']+[\\s:,]+){0,4}?)\\(?(${datePattern})${after}`, 'giu')

/**
 * A date written within a few words after "DOB", "D.O.B", "date of birth", "born"…: the finding is the
 * date, not the keyword. A date on its own is not a finding (lessons are full of project dates).
 */
export function findDatesOfBirth(text: string): Detection[] {
  const found: Detection[] = []
  for (const match of text.matchAll(dobPattern)) {
    const date = match[1] ?? ''
    const start = match.index + match[0].lastIndexOf(date)
    found.push({ kind: 'date_of_birth', start, end: start + date.length, value: date })
  }
  return found
}

// ---------------------------------------------------------------------------------------------------
// Postcodes

// The official pattern (with GIR 0AA), in capitals: outward code, an optional space, inward code.
const postcodePattern = new RegExp(
  `${before}(GIR ?0AA|(?:[A-Z][0-9]{1,2}|[A-Z][A-HJ-Y][0-9]{1,2}|[A-Z][0-9][A-Z]|[A-Z][A-HJ-Y][0-9][A-Z]?) ?[0-9][ABD-HJLNP-UW-Z]{2})${after}`,
  'gu',
)

/**
 * Full UK postcodes written in capitals, not inside a longer word: "LS1 4AP", "SW1A1AA", "GIR 0AA".
 * An outward code alone ("LS1") is a district, not an address, and is not a finding.
 */
export function findPostcodes(text: string): Detection[] {
  return [...text.matchAll(postcodePattern)].map((match) => ({
    kind: 'postcode' as const,
    start: match.index,
    end: match.index + match[0].length,
    value: match[0],
  }))
}

// ---------------------------------------------------------------------------------------------------
// Phone numbers

// +44 (with an optional "(0)") or 0 (optionally in brackets with the area code), then digits in
// groups separated by single spaces or hyphens.
const phonePattern = new RegExp(
  `(?<![\\p{L}\\p{N}_+/=.-])(?:\\+44[ -]?(?:\\(0\\)[ -]?)?|\\(0|0)(?:\\d(?:[ -]|\\) ?)?){8,9}\\d${after}`,
  'gu',
)

/**
 * UK landlines (01, 02) and mobiles (07), in the national (0…) or international (+44…) form: 9 or 10
 * digits after the 0. Service numbers (03, 05, 08, 09) belong to organisations and are not findings.
 */
export function findPhoneNumbers(text: string): Detection[] {
  const found: Detection[] = []
  for (const match of text.matchAll(phonePattern)) {
    const digits = match[0].replace(/\D/g, '')
    const national = digits.startsWith('44') && match[0].startsWith('+') ? digits.slice(2).replace(/^0/, '') : digits.slice(1)
    if (national.length < 9 || national.length > 10 || !/^[127]/.test(national)) continue
    found.push({ kind: 'phone', start: match.index, end: match.index + match[0].length, value: match[0] })
  }
  return found
}

// ---------------------------------------------------------------------------------------------------
// Email addresses

const emailPattern = new RegExp(`(?<![\\p{L}\\p{N}_.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}${after}`, 'gu')

/**
 * Words that make a mailbox a role's or a team's, not a person's, wherever they sit in the part
 * before the @ (split on dots, hyphens and underscores): info@, enquiries@, referrals.team@…
 */
export const roleMailboxWords: ReadonlySet<string> = new Set([
  'accounts',
  'admin',
  'administration',
  'appointments',
  'bookings',
  'careers',
  'comms',
  'communications',
  'complaints',
  'contact',
  'contactus',
  'data',
  'dpo',
  'digital',
  'enquiries',
  'enquiry',
  'feedback',
  'finance',
  'governance',
  'hello',
  'help',
  'helpdesk',
  'hr',
  'ig',
  'info',
  'information',
  'it',
  'jobs',
  'mail',
  'media',
  'newsletter',
  'noreply',
  'no-reply',
  'office',
  'pals',
  'post',
  'press',
  'privacy',
  'reception',
  'recruitment',
  'referral',
  'referrals',
  'research',
  'safeguarding',
  'sales',
  'secretary',
  'service',
  'services',
  'support',
  'team',
  'training',
  'webmaster',
])

/**
 * Whether the address is a role or shared mailbox: a local part made of (or containing) a role word,
 * or NHSmail's shared-mailbox convention of an organisation prefix ("england.", "nhsdigital.").
 * firstname.lastname@nhs.net is a person's, and so is anything else.
 */
export function isRoleMailbox(address: string): boolean {
  const [local = '', domain = ''] = address.toLowerCase().split('@')
  if (roleMailboxWords.has(local)) return true
  const words = local.split(/[._-]+/)
  if (words.some((word) => roleMailboxWords.has(word) || /^(?:team|admin|enquir|referral|service)/.test(word))) return true
  return domain === 'nhs.net' && /^(?:england|nhsdigital|nhsbsa|ukhsa|phe)\./.test(local)
}

/** Email addresses that belong to a person, not a role mailbox. */
export function findPersonalEmails(text: string): Detection[] {
  const found: Detection[] = []
  for (const match of text.matchAll(emailPattern)) {
    if (isRoleMailbox(match[0])) continue
    found.push({ kind: 'email', start: match.index, end: match.index + match[0].length, value: match[0] })
  }
  return found
}

// ---------------------------------------------------------------------------------------------------
// Names after titles

/**
 * Capitalised words that follow a title without being a person's name: "Dr Foster" (the hospital
 * guide), "Dr Doctor" (the patient app), "Dr Practice" and such in rotas and job titles.
 */
const notNames: ReadonlySet<string> = new Set([
  'Foster',
  'Doctor',
  'Practice',
  'Surgery',
  'Team',
  'Role',
  'Rota',
  'Lead',
  'Led',
  'Clinic',
  'Services',
  'Service',
  'Appointments',
  'Appointment',
  'On',
  'In',
  'The',
  'And',
  'Or',
  'Of',
])
// A title as people write it (exactly this case: "DR" and "dr" are not titles), an optional full stop,
// then an initial or a capitalised name, and optionally a second capitalised name.
const name = "(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]['’][A-Z][a-z]+(?:-[A-Z][a-z]+)*)"
const titledPattern = new RegExp(
  `${before}(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\\.? (?:[A-Z]\\.? )?(${name})(?: (${name}))?${after}`,
  'gu',
)

/** "Mrs Smith", "Dr A. Patel", "Prof Jane Doe": a title followed by a capitalised name. */
export function findTitledNames(text: string): Detection[] {
  const found: Detection[] = []
  for (const match of text.matchAll(titledPattern)) {
    const first = match[1] ?? ''
    if (notNames.has(first)) continue
    // A second word that is not a name ("Dr Patel Said") is left out of the range.
    const keep = match[2] !== undefined && notNames.has(match[2]) ? match[0].length - match[2].length - 1 : match[0].length
    const value = match[0].slice(0, keep)
    found.push({ kind: 'titled_name', start: match.index, end: match.index + value.length, value })
  }
  return found
}

// ---------------------------------------------------------------------------------------------------

/** Which detector wins where two overlap: an email's digits are not a phone number, and so on. */
const precedence: readonly FindingKind[] = ['email', 'nhs_number', 'phone', 'date_of_birth', 'postcode', 'titled_name']
const detectors: Record<FindingKind, (text: string) => Detection[]> = {
  email: findPersonalEmails,
  nhs_number: findNhsNumbers,
  phone: findPhoneNumbers,
  date_of_birth: findDatesOfBirth,
  postcode: findPostcodes,
  titled_name: findTitledNames,
}

/** Every detection in one text, in text order, with overlaps given to the kind that takes precedence. */
export function detect(text: string): Detection[] {
  const kept: Detection[] = []
  for (const kind of precedence) {
    for (const found of detectors[kind](text)) {
      if (!kept.some((other) => found.start < other.end && other.start < found.end)) kept.push(found)
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end)
}

// ---------------------------------------------------------------------------------------------------
// Masked previews

const starred = (text: string) => text.replace(/[\p{L}\p{N}]/gu, '*')

/**
 * What a finding shows instead of its value: enough to find it in the text, never enough to read it.
 * NHS numbers keep their last four digits (`*** *** 4012`), phone numbers their last three, postcodes
 * the first letter (`S** ***`), emails the first letter and the domain, names the title and initial.
 */
export function maskedPreview(kind: FindingKind, value: string): string {
  switch (kind) {
    case 'nhs_number':
      return starred(value.slice(0, -4)) + value.slice(-4)
    case 'phone':
      return starred(value.slice(0, -3)) + value.slice(-3)
    case 'postcode':
      return value.charAt(0) + starred(value.slice(1))
    case 'email': {
      const at = value.indexOf('@')
      return value.charAt(0) + starred(value.slice(1, at)) + value.slice(at)
    }
    case 'titled_name': {
      const title = /^\S+ (?:[A-Z]\.? )?/.exec(value)?.[0] ?? ''
      const rest = value.slice(title.length)
      return title.replace(/ [A-Z]\.? $/, ' ') + rest.charAt(0) + starred(rest.slice(1))
    }
    case 'date_of_birth':
      return starred(value)
  }
}
