import type { DemoCaseStudy, DemoComment, DemoLesson, DemoSolution } from './demo-model.js'
import { people } from './demo-people.js'

/**
 * The curators' living queue: submissions of every kind waiting at several ages, and the review
 * thread of an item in review. One lesson re-tells a published one in other words, so its similar
 * items show the original first — the re-solved problem the hub exists to catch.
 */

export const curationQueueLessons: DemoLesson[] = [
  {
    key: 'lesson:queue-wessex-launch',
    title: 'GPs only used our shared care record once it opened from inside their clinical system',
    daysAgo: 4,
    author: people.sian,
    site: 'wessex-coast-scr',
    status: 'submitted',
    journeyStage: 'implementation',
    themes: ['interoperability', 'technical-architecture'],
    careSettings: ['primary', 'acute'],
    tags: ['shared-care-record', 'in-context-launch', 'single-sign-on'],
    summary:
      'Record views at Wessex Coast grew five-fold once practices could open the shared record with one click from the patient they already had open, instead of a separate portal login.',
    context:
      'We launched Wessex Coast as a web portal with its own username and password. Months later only a handful of enthusiasts were using the shared record.',
    wentWell: `- One-click in-context launch with single sign-on from the GP system: no second login, no second patient search.
- Use grew fastest in urgent care, where minutes matter.
- Practices that saw the usage figures asked to be connected next.`,
    didNotGoWell: `- Every clinical system supplier needed its own integration, and two took most of a year.
- Organisations left on the portal login kept using the record far less.`,
    doDifferently: `- Make in-context launch a condition of connecting any organisation whose system can support it.
- Share usage figures by organisation from the start, so the benefit of integration is plain to see.`,
  },
  {
    key: 'lesson:queue-volunteer-champions',
    title: 'Volunteer digital champions need a named contact at the practice',
    daysAgo: 2,
    author: people.joy,
    site: 'ashby-voluntary-action',
    status: 'submitted',
    journeyStage: 'pre_implementation',
    themes: ['digital-inclusion', 'workforce-and-training'],
    careSettings: ['voluntary_sector', 'primary'],
    tags: ['digital-champions', 'volunteers'],
    summary:
      'Our volunteers helped older residents set up the NHS App, but got stuck whenever a practice had not switched on online services; a named practice contact fixed most of it.',
    context:
      'Ashby Voluntary Action trained twelve volunteers to run weekly drop-ins at the library, helping people sign up to the NHS App and order repeat prescriptions.',
    wentWell: `- Drop-ins at the library reached people who would never phone the practice to ask.
- A one-page "what to bring" sheet halved the time each sign-up took.`,
    didNotGoWell: `- Half the sign-ups stalled because online services were not switched on for the patient.
- Volunteers did not know who at each practice could help, so residents were sent back and forth.
- One volunteer's hand-over note for a resident, NHS number 943 476 5919, went round the whole volunteer group by email.`,
    doDifferently: `- Agree a named contact at every practice before the first drop-in.
- Check with the practice which online services are on for their patients.`,
  },
]

export const curationQueueCaseStudies: DemoCaseStudy[] = [
  {
    key: 'case-study:queue-linden-reablement',
    title: 'Linden Valley: sharing reablement plans with GPs and community nurses',
    daysAgo: 24,
    author: people.marcus,
    sites: ['linden-valley-council'],
    status: 'submitted',
    journeyStage: 'implementation',
    themes: ['interoperability', 'information-governance'],
    careSettings: ['social_care', 'community', 'primary'],
    tags: ['reablement', 'care-plans'],
    summary:
      'How the council’s reablement team began sending structured care plans to GP practices and community nurses, and what it took to keep them current.',
    body: `## Why we started

People leaving hospital into reablement were visited by council staff, district nurses and sometimes a practice nurse, each working from a different plan.

## What we did

- Agreed one reablement plan template with the community trust and three practices.
- Sent the plan as a structured document to the GP record on day one and on every change.
- Added the plan to the shared care record for the community nurses.`,
    outcomes: `- Duplicate assessment visits fell by a third over six months.
- GPs said the plan answered most of the questions they used to phone the team about.`,
  },
]

export const curationQueueSolutions: DemoSolution[] = [
  {
    key: 'solution:queue-discharge-checklist',
    title: 'Discharge medicines checklist for community pharmacy referral',
    daysAgo: 9,
    author: people.hannah,
    site: 'harbourside-community-health',
    status: 'submitted',
    maturity: 'piloted',
    themes: ['clinical-safety', 'interoperability'],
    careSettings: ['community', 'acute'],
    tags: ['discharge', 'medicines', 'community-pharmacy'],
    problem: 'Patients leave hospital with changed medicines and their community pharmacy hears about it days later, if at all.',
    description: `A one-page checklist ward pharmacists complete before a referral to community pharmacy is sent:
what changed, why, who will review, and which pharmacy the patient uses.`,
    howToAdopt: `1. Agree the checklist with your local pharmaceutical committee.
2. Build it into the discharge referral form.
3. Audit ten referrals a month for the first quarter.`,
    artefacts: [{ title: 'Checklist (editable)', url: 'https://harbourside.example.nhs.uk/discharge-checklist.docx', kind: 'template' }],
  },
]

/** The thread of a lesson in review: curator and contributor, and a curator's internal note. */
export const demoComments: DemoComment[] = [
  {
    key: 'comment:ip-11:1',
    item: 'lesson:ip-11',
    day: 5,
    author: people.curator,
    body: 'Thanks Hannah, this is a useful one. Could you say roughly how many district nurses took part, and over how long? Readers will want to judge whether it would work at their scale.',
  },
  {
    key: 'comment:ip-11:2',
    item: 'lesson:ip-11',
    day: 6,
    author: people.hannah,
    body: 'Eighteen nurses across two localities, over about four months. I can add that to the context if it helps.',
  },
  {
    key: 'comment:ip-11:3',
    item: 'lesson:ip-11',
    day: 6,
    author: people.curator,
    internal: true,
    body: 'Overlaps with Riverside’s information prescription lessons, but this is the first from community nursing: publish once the numbers are in.',
  },
  {
    key: 'comment:ip-11:4',
    item: 'lesson:ip-11',
    day: 7,
    author: people.curator,
    body: 'Yes please, add it to the context and I will publish it.',
  },
]
