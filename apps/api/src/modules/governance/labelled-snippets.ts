import { type FindingKind, findingKinds } from '@learnonce/contracts'
import { detect } from './detectors.js'

/**
 * A generated, labelled set of snippets of lesson-like text for measuring the detectors: each has
 * the values a reader would call personal (true positives to find) and bait that looks like them
 * but is not (false positives to leave alone), of every kind. Deterministic from its seed, so the
 * benchmark and the unit test that holds the floor measure the same set.
 *
 * It includes the cases the detectors are known to miss or over-flag (a date of birth written
 * before "DOB", a name in capitals, a postcode in lower case, a project "born on" a date, "Dr
 * Martens"), at the rate they might turn up, so the figures are not perfect by construction.
 */
export interface LabelledSnippet {
  text: string
  /** The personal values in the text: kind and the exact text a detector should match. */
  labels: { kind: FindingKind; value: string }[]
}

/** mulberry32: small, fast and good enough to pick words. */
function seeded(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
  return { next, int, pick }
}
type Random = ReturnType<typeof seeded>

const filler = [
  'We moved discharge letters to structured messages.',
  'The ward team piloted the new referral form for six weeks.',
  'Clinicians wanted fewer clicks, not more screens.',
  'Our information governance lead joined the project board early.',
  'The pharmacy hub now reconciles medicines within a day.',
  'Staff training ran as short lunchtime sessions.',
  'Go-live slipped by a month while we cleaned the data.',
  'Patients told us the letters were hard to read.',
  'The shared care record saved a phone call per referral.',
  'Next time we would involve the practice managers sooner.',
]

const pad = (value: number, width = 2) => String(value).padStart(width, '0')
const surnames = ['Smith', 'Patel', 'Okafor', 'Jones', 'Nowak', 'Williams', 'Khan', 'Brown', 'O’Neill', 'Smith-Jones', 'Evans', 'Taylor']
const firstNames = ['Jane', 'Amir', 'Chloe', 'David', 'Fatima', 'Grace', 'Huw', 'Priya', 'Tom', 'Zofia']
const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

function nhsNumber(random: Random, valid: boolean): string {
  for (;;) {
    const prefix = `${random.int(4, 9)}${Array.from({ length: 8 }, () => random.int(0, 9)).join('')}`
    let sum = 0
    for (let index = 0; index < 9; index++) sum += Number(prefix[index]) * (10 - index)
    const check = 11 - (sum % 11)
    if (check === 10) continue
    const digit = check === 11 ? 0 : check
    const last = valid ? digit : (digit + random.int(1, 9)) % 10
    const digits = prefix + last
    const style = random.int(0, 2)
    return style === 0
      ? digits
      : `${digits.slice(0, 3)}${style === 1 ? ' ' : '-'}${digits.slice(3, 6)}${style === 1 ? ' ' : '-'}${digits.slice(6)}`
  }
}

function date(random: Random): string {
  const day = random.int(1, 28)
  const month = random.int(1, 12)
  const year = random.int(1925, 2015)
  switch (random.int(0, 4)) {
    case 0:
      return `${pad(day)}/${pad(month)}/${year}`
    case 1:
      return `${day}.${month}.${String(year).slice(2)}`
    case 2:
      return `${day} ${monthNames[month - 1]} ${year}`
    case 3:
      return `${monthNames[month - 1]} ${day}, ${year}`
    default:
      return `${year}-${pad(month)}-${pad(day)}`
  }
}

const outward = ['LS1', 'M1', 'B33', 'SW1A', 'EC1A', 'W1A', 'CR2', 'NE6', 'BS8', 'CF10', 'G12', 'L8', 'DN55', 'S10']
const inwardLetters = 'ABDEFGHJLNPQRSTUWXYZ'
const postcode = (random: Random, spaced = true) =>
  `${random.pick(outward)}${spaced ? ' ' : ''}${random.int(0, 9)}${random.pick([...inwardLetters])}${random.pick([...inwardLetters])}`

function phone(random: Random): string {
  const tail = pad(random.int(0, 999), 3)
  return random.pick([
    `07700 900${tail}`,
    `07700900${tail}`,
    `+44 7700 900${tail}`,
    `0113 496 0${tail}`,
    `020 7946 0${tail}`,
    `+44 (0)20 7946 0${tail}`,
    `(01632) 960${tail}`,
    `0161-496-0${tail}`,
  ])
}

const personalEmail = (random: Random) => {
  const first = random.pick(firstNames).toLowerCase()
  const last = random
    .pick(surnames)
    .toLowerCase()
    .replace(/[^a-z]/g, '')
  return random.pick([`${first}.${last}@nhs.net`, `${first}${random.int(1, 99)}@gmail.com`, `${first.charAt(0)}${last}@outlook.com`])
}
const roleEmail = (random: Random) =>
  random.pick([
    'info@ourpractice.nhs.uk',
    'enquiries@example.org',
    'admin@northside.example',
    'england.digitalrecords@nhs.net',
    'referrals.team@nhs.net',
    'pals@trust.nhs.uk',
    'the-discharge-team@example.org',
    'support@vendor.example',
  ])

const titled = (random: Random) => {
  const title = random.pick(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Dr.'])
  return random.pick([
    `${title} ${random.pick(surnames)}`,
    `${title} ${random.pick(firstNames)} ${random.pick(surnames)}`,
    `${title} ${random.pick(['A.', 'J', 'K.'])} ${random.pick(surnames)}`,
  ])
}

/** One bit of text with its labels: a true positive of `kind`, or bait for it. */
type Part = { text: string; labels: LabelledSnippet['labels'] }
const positive = (text: string, kind: FindingKind, value: string): Part => ({ text: text.replace('{}', value), labels: [{ kind, value }] })
const negative = (text: string): Part => ({ text, labels: [] })

const makers: Record<FindingKind, { positive(random: Random): Part; negative(random: Random): Part }> = {
  nhs_number: {
    positive: (random) =>
      positive(
        random.pick([
          'The referral quoted NHS number {} in its subject line.',
          'Patient {} was written on the whiteboard.',
          '{} appeared in the audit extract.',
        ]),
        'nhs_number',
        nhsNumber(random, true),
      ),
    negative: (random) =>
      random.next() < 0.7
        ? negative(
            random
              .pick(['Order {} was raised for the scanners.', 'Invoice {} covered the licences.'])
              .replace('{}', nhsNumber(random, false)),
          )
        : negative(`The contract reference was ${random.int(10_000_000_000, 99_999_999_999)}.`),
  },
  date_of_birth: {
    positive: (random) => {
      if (random.next() < 0.05) {
        // Written before its keyword: the detectors look after the keyword only, and miss it.
        const value = date(random)
        return positive(`The form said {} (DOB) at the top.`, 'date_of_birth', value)
      }
      return positive(
        random.pick([
          'The letter gave her DOB: {} in the header.',
          'D.O.B. {} was on the wristband.',
          'He was born on {} in Leeds.',
          'Date of birth {} was missing.',
        ]),
        'date_of_birth',
        date(random),
      )
    },
    negative: (random) =>
      random.next() < 0.08
        ? // A project "born on" a date is over-flagged: a curator marks it not personal.
          negative(`The idea was born on ${random.int(1, 28)} March ${random.int(2015, 2024)} at a workshop.`)
        : negative(
            random.pick([
              `We went live on ${pad(random.int(1, 28))}/${pad(random.int(1, 12))}/${random.int(2018, 2025)} across the trust.`,
              `The idea was born in ${random.int(2015, 2024)} at a workshop.`,
              'Born in Bradford is a research study we learned from.',
              `The board met on ${random.int(1, 28)} June ${random.int(2018, 2025)}.`,
            ]),
          ),
  },
  postcode: {
    positive: (random) =>
      random.next() < 0.05
        ? positive('Her address ended {} in lower case.', 'postcode', postcode(random).toLowerCase())
        : positive(
            random.pick(['She lives at {} near the station.', 'The letter went to {} by mistake.']),
            'postcode',
            postcode(random, random.next() < 0.8),
          ),
    negative: (random) =>
      negative(
        random.pick([
          `Practices across ${random.pick(outward)} and ${random.pick(outward)} took part.`,
          'Sites in Stoke-on-Trent, Ashby-de-la-Zouch and Bishop Auckland joined.',
          'We met the ISO 27001 and DSPT standards.',
          'The NHS111 service and A&E shared the pathway.',
          `The ${random.pick(['LEEDS', 'HULL', 'YORK'])}${random.int(1, 9)} 4AP batch code was printed on the box.`,
          'The M62 corridor practices shared one hub.',
        ]),
      ),
  },
  phone: {
    positive: (random) =>
      positive(
        random.pick(['Call her on {} after six.', 'His number {} was in the notes.', 'Ring {} for the family.']),
        'phone',
        phone(random),
      ),
    negative: (random) =>
      negative(
        random.pick([
          `The service line 0300 ${random.int(100, 999)} ${random.int(1000, 9999)} is the trust’s.`,
          `Freephone 0800 ${random.int(100, 999)} ${random.int(1000, 9999)} for everyone.`,
          'Patients can call 111 or 999.',
          `We counted ${random.int(1000, 9999)} calls in ${random.int(2019, 2025)}.`,
        ]),
      ),
  },
  email: {
    positive: (random) => positive(random.pick(['Email {} for the notes.', 'She wrote from {} at night.']), 'email', personalEmail(random)),
    negative: (random) => negative(`Contact ${roleEmail(random)} with questions.`),
  },
  titled_name: {
    positive: (random) =>
      random.next() < 0.04
        ? positive(`Seen by {} on the ward.`, 'titled_name', `Dr ${random.pick(surnames).toUpperCase()}`)
        : positive(
            random.pick(['{} was discharged on Friday.', 'Seen by {} on the ward.', 'A note from {} said so.']),
            'titled_name',
            titled(random),
          ),
    negative: (random) =>
      random.next() < 0.05
        ? negative('Staff wore Dr Martens boots on the ward.')
        : negative(
            random.pick([
              'A GP (Dr role) covers the rota.',
              'We met at the Dr’s surgery.',
              'The Dr Foster report ranked us.',
              'Patients book through Dr Doctor.',
              'The DR team and the dr on call agreed.',
              'Ask a Dr. before changing it.',
            ]),
          ),
  },
}

/** `count` snippets from `seed`: one part each, a true positive or bait of a kind taken in turn. */
export function labelledSnippets(count = 1000, seed = 19): LabelledSnippet[] {
  const random = seeded(seed)
  return Array.from({ length: count }, (_, index) => {
    const kind = findingKinds[index % findingKinds.length] as FindingKind
    const part = random.next() < 0.5 ? makers[kind].positive(random) : makers[kind].negative(random)
    const before = random.next() < 0.7 ? `${random.pick(filler)} ` : ''
    const after = random.next() < 0.7 ? ` ${random.pick(filler)}` : ''
    return { text: `${before}${part.text}${after}`, labels: part.labels }
  })
}

export interface KindScore {
  truePositives: number
  falsePositives: number
  falseNegatives: number
  precision: number
  recall: number
}

/**
 * Precision and recall per kind over a labelled set: a detection is a true positive when a label of
 * the same kind has exactly its text, a false positive otherwise; a label nobody found is a false
 * negative.
 */
export function score(snippets: readonly LabelledSnippet[]): Record<FindingKind, KindScore> {
  const counts = Object.fromEntries(
    findingKinds.map((kind) => [kind, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]),
  ) as Record<FindingKind, Omit<KindScore, 'precision' | 'recall'>>
  for (const snippet of snippets) {
    const unmatched = [...snippet.labels]
    for (const found of detect(snippet.text)) {
      const index = unmatched.findIndex((label) => label.kind === found.kind && label.value === found.value)
      if (index >= 0) {
        unmatched.splice(index, 1)
        counts[found.kind].truePositives++
      } else counts[found.kind].falsePositives++
    }
    for (const label of unmatched) counts[label.kind].falseNegatives++
  }
  const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole)
  return Object.fromEntries(
    findingKinds.map((kind) => {
      const c = counts[kind]
      return [
        kind,
        {
          ...c,
          precision: ratio(c.truePositives, c.truePositives + c.falsePositives),
          recall: ratio(c.truePositives, c.truePositives + c.falseNegatives),
        },
      ]
    }),
  ) as Record<FindingKind, KindScore>
}
