import type { FindingKind } from '@learnonce/contracts'
import { describe, expect, it } from 'vitest'
import { detect, isRoleMailbox, isValidNhsNumber, maskedPreview } from './detectors.js'

/**
 * What the check flags and what it leaves alone, as a table: each text with the values it must find
 * (kind and the exact text matched). An empty list is a false positive the detectors must not make.
 */
const cases: { text: string; finds: [FindingKind, string][] }[] = [
  // NHS numbers: ten digits that pass Modulus 11, together, in 3-3-4 with spaces or with hyphens
  { text: 'Her NHS number 943 476 5919 was on the letter.', finds: [['nhs_number', '943 476 5919']] },
  { text: 'NHS no. 9434765919 in the referral', finds: [['nhs_number', '9434765919']] },
  { text: 'Number 401-023-2137 was copied', finds: [['nhs_number', '401-023-2137']] },
  { text: 'A wrong check digit: 943 476 5918.', finds: [] },
  { text: 'Check digit would be ten: 4000000080.', finds: [] },
  { text: 'Mixed separators 943-476 5919 are not one number.', finds: [] },
  { text: 'Eleven digits 94347659190 are something else.', finds: [] },
  { text: 'Order ref ABC9434765919 inside a code.', finds: [] },
  // Dates of birth: a date within a few words after DOB, D.O.B, date of birth, born
  { text: 'Patient DOB: 03/04/1950, seen on ward 3.', finds: [['date_of_birth', '03/04/1950']] },
  { text: 'D.O.B. 3.4.50 on the form', finds: [['date_of_birth', '3.4.50']] },
  { text: 'date of birth (12 March 1961) was recorded', finds: [['date_of_birth', '12 March 1961']] },
  { text: 'He was born on the 3rd of May 1948 in Leeds.', finds: [['date_of_birth', '3rd of May 1948']] },
  { text: 'born in Leeds on March 3, 1950', finds: [['date_of_birth', 'March 3, 1950']] },
  { text: 'Birthdate 1950-04-03', finds: [['date_of_birth', '1950-04-03']] },
  { text: 'We went live on 03/04/2023 across the trust.', finds: [] },
  { text: 'The idea was born in 2019 at a workshop.', finds: [] },
  { text: 'Born in Bradford is a research study.', finds: [] },
  { text: 'A stubborn 03/04/1950 problem', finds: [] },
  // Postcodes: the official pattern, GIR 0AA, not inside longer words or place names
  { text: 'She lives at LS1 4AP near the station.', finds: [['postcode', 'LS1 4AP']] },
  {
    text: 'Send it to SW1A 1AA or SW1A1AA.',
    finds: [
      ['postcode', 'SW1A 1AA'],
      ['postcode', 'SW1A1AA'],
    ],
  },
  { text: 'The old GIR 0AA address', finds: [['postcode', 'GIR 0AA']] },
  { text: 'M1 1AE, Manchester', finds: [['postcode', 'M1 1AE']] },
  { text: 'The LEEDS1 4AP code is in a word.', finds: [] },
  { text: 'Practices across LS1 and LS2 took part.', finds: [] },
  { text: 'Places like Stoke-on-Trent, Ashby-de-la-Zouch and Bishop Auckland', finds: [] },
  { text: 'The ls1 4ap written small is not flagged.', finds: [] },
  { text: 'A code like LS1 4CI has letters postcodes never use.', finds: [] },
  // Phone numbers: landlines and mobiles, 0 and +44 forms, spaces and hyphens
  { text: 'Call her on 07700 900123 after six.', finds: [['phone', '07700 900123']] },
  { text: 'Mobile +44 7700 900123', finds: [['phone', '+44 7700 900123']] },
  { text: 'Home: 0113 496 0000', finds: [['phone', '0113 496 0000']] },
  { text: 'Ring (01632) 960123 for the family', finds: [['phone', '(01632) 960123']] },
  { text: 'Ring +44 (0)20 7946 0958', finds: [['phone', '+44 (0)20 7946 0958']] },
  { text: 'Ring 020-7946-0958', finds: [['phone', '020-7946-0958']] },
  { text: 'The service line 0300 123 4567 is the trust’s.', finds: [] },
  { text: 'Freephone 0800 123 4567 for everyone', finds: [] },
  { text: 'Call 111 or 999', finds: [] },
  { text: 'A short 0113 4960 is not a number', finds: [] },
  // Emails: personal addresses, not role mailboxes
  { text: 'Email jane.smith@nhs.net for the notes.', finds: [['email', 'jane.smith@nhs.net']] },
  { text: 'write to bob1972@gmail.com.', finds: [['email', 'bob1972@gmail.com']] },
  { text: 'Contact info@ourpractice.nhs.uk', finds: [] },
  { text: 'Contact enquiries@example.org', finds: [] },
  { text: 'Contact admin@example.org', finds: [] },
  { text: 'Contact england.digitalrecords@nhs.net', finds: [] },
  { text: 'Contact referrals.team@nhs.net', finds: [] },
  { text: 'Contact the-discharge-team@example.org', finds: [] },
  // Names after titles: a capitalised name after Mr, Mrs, Ms, Miss, Dr, Prof
  { text: 'Mrs Smith was discharged.', finds: [['titled_name', 'Mrs Smith']] },
  { text: 'Seen by Dr A. Patel on the ward', finds: [['titled_name', 'Dr A. Patel']] },
  { text: 'Prof Jane Doe led it', finds: [['titled_name', 'Prof Jane Doe']] },
  { text: 'Dr. Okafor agreed', finds: [['titled_name', 'Dr. Okafor']] },
  {
    text: 'Mr O’Neill and Ms Smith-Jones',
    finds: [
      ['titled_name', 'Mr O’Neill'],
      ['titled_name', 'Ms Smith-Jones'],
    ],
  },
  { text: 'A GP (Dr role) covers the rota.', finds: [] },
  { text: "We met at the Dr’s surgery and the Dr's surgery.", finds: [] },
  { text: 'The Dr Foster report ranked us.', finds: [] },
  { text: 'Patients book through Dr Doctor.', finds: [] },
  { text: 'The DR team and the dr on call; ask a Dr.', finds: [] },
  { text: 'mr smith wrote in lower case', finds: [] },
]

describe('the information-governance detectors', () => {
  it.each(cases)('$text', ({ text, finds }) => {
    const found = detect(text).map((detection) => {
      expect(text.slice(detection.start, detection.end)).toBe(detection.value)
      return [detection.kind, detection.value]
    })
    expect(found).toEqual(finds)
  })

  it('checks NHS numbers with Modulus 11', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true)
    expect(isValidNhsNumber('9434765918')).toBe(false)
    // 400000008 weighs to a check digit of 10: no number starts with it.
    expect(Array.from({ length: 10 }, (_, digit) => isValidNhsNumber(`400000008${digit}`))).not.toContain(true)
    expect(isValidNhsNumber('943476591')).toBe(false)
  })

  it('tells role mailboxes from people', () => {
    expect(isRoleMailbox('info@example.org')).toBe(true)
    expect(isRoleMailbox('england.shared@nhs.net')).toBe(true)
    expect(isRoleMailbox('jane.smith@nhs.net')).toBe(false)
  })

  it('masks every preview so the value cannot be read', () => {
    expect(maskedPreview('nhs_number', '943 476 5919')).toBe('*** *** 5919')
    expect(maskedPreview('postcode', 'SW1A 1AA')).toBe('S*** ***')
    expect(maskedPreview('phone', '07700 900123')).toBe('***** ***123')
    expect(maskedPreview('email', 'jane.smith@nhs.net')).toBe('j***.*****@nhs.net')
    expect(maskedPreview('titled_name', 'Dr A. Patel')).toBe('Dr P****')
    expect(maskedPreview('titled_name', 'Mrs Smith')).toBe('Mrs S****')
    expect(maskedPreview('date_of_birth', '03/04/1950')).toBe('**/**/****')
  })
})
