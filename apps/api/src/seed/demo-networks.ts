import type { DemoEvent, DemoNetwork } from './demo-model.js'
import { people } from './demo-people.js'

/** The action-learning networks of the demo hub and their events. */

export const demoNetworks: DemoNetwork[] = [
  {
    key: 'network:information-prescriptions',
    slug: 'information-prescriptions-network',
    name: 'Information Prescriptions Action Learning Network',
    purpose:
      'Pilot sites learning together how to give people curated, trusted information about their condition at the right moment, and how to spread what works.',
    description: `Eight pilot sites — GP practices, a primary care network, acute, community and mental health trusts, and a carers' charity — test information prescriptions in their own settings and meet regularly to share what they learn.

**How we work**
- A launch conference, practical workshops and learning lunches between them.
- Every site writes up its lessons on the hub, good and bad.
- Solutions are shared so the next site can replicate, customise or enhance them rather than start again.

**Where we are**
The pilot phase has finished; the network is now supporting around 30 organisations to adopt.`,
    status: 'active',
    daysAgo: 460,
    members: [
      { site: 'northfield-teaching-hospitals', role: 'lead' },
      { site: 'mersey-vale-pcn', role: 'lead' },
      { site: 'riverside-medical-practice', role: 'member' },
      { site: 'kingsmead-surgery', role: 'member' },
      { site: 'calder-bridge-health-centre', role: 'member' },
      { site: 'harbourside-community-health', role: 'member' },
      { site: 'pennine-mental-health', role: 'member' },
      { site: 'moorland-carers-network', role: 'member' },
    ],
    coordinators: [people.curator, people.grace],
    content: [
      'solution:ip-library',
      'solution:ip-templates',
      'solution:ip-letters',
      'solution:ip-accessible',
      'case-study:ip-riverside',
      'case-study:ip-northfield-letters',
      'case-study:ip-carers',
      'lesson:ip-01',
      'lesson:ip-07',
      'lesson:ip-11',
      'lesson:ip-12',
    ],
  },
  {
    key: 'network:shared-care-records',
    slug: 'shared-care-records-exchange',
    name: 'Shared Care Records Learning Exchange',
    purpose:
      'Two regional shared care records, twinned for a year, each adopting something the other had already built instead of building it again.',
    description: `Thames Connect and Wessex Coast paired up for twelve months, with Fenland and Broads ICB joining as an observer planning its own record.

The exchange ran two peer visits and a closing meeting, and closed on schedule. Its closing report recommends twinning for every new shared care record.`,
    status: 'closed',
    daysAgo: 500,
    members: [
      { site: 'thames-connect-scr', role: 'lead' },
      { site: 'wessex-coast-scr', role: 'lead' },
      { site: 'fenland-broads-icb', role: 'member' },
    ],
    coordinators: [people.owen, people.sian],
    content: [
      'case-study:scr-twinning',
      'solution:scr-role-model',
      'solution:scr-social-care-feed',
      'solution:scr-usage-dashboard',
      'lesson:scr-04',
    ],
  },
  {
    key: 'network:protected-learning',
    slug: 'protected-learning-general-practice',
    name: 'Protected Learning in General Practice Network',
    purpose:
      'GP practices trying workplace learning tools — e-learning, peer learning sets and protected learning time — and finding out together which ones change practice.',
    description: `A new network, forming around practices that have already shared their approaches on the hub.

Our first meeting will agree what we want to learn together and how often to meet. Practices interested in joining can contact the coordinators.`,
    status: 'forming',
    daysAgo: 35,
    members: [
      { site: 'kingsmead-surgery', role: 'lead' },
      { site: 'riverside-medical-practice', role: 'member' },
      { site: 'calder-bridge-health-centre', role: 'member' },
      { site: 'orchard-lane-surgery', role: 'member' },
      { site: 'mersey-vale-pcn', role: 'member' },
    ],
    coordinators: [people.daniel, people.curator],
    content: ['case-study:wpl-plt', 'solution:wpl-plt-planner', 'solution:wpl-peer-learning-pack'],
  },
]

export const demoEvents: DemoEvent[] = [
  {
    key: 'event:ip-launch',
    network: 'network:information-prescriptions',
    title: 'Launch conference: why information prescriptions, and why now',
    kind: 'conference',
    startsInDays: -440,
    startHour: 9,
    durationHours: 7,
    location: 'Northfield Education Centre, Northfield',
    description: `The network's launch brought together the eight pilot sites, people with lived experience and national partners.

- Why trusted information matters: stories from patients and carers.
- What each pilot site plans to try, and what worries them.
- Agreeing how we will learn together: workshops, learning lunches and writing up lessons on the hub.`,
    outputs: ['lesson:ip-05', 'lesson:ip-01'],
  },
  {
    key: 'event:ip-workshop-sources',
    network: 'network:information-prescriptions',
    title: 'Workshop: choosing and curating trusted sources',
    kind: 'workshop',
    startsInDays: -370,
    startHour: 10,
    durationHours: 3,
    onlineUrl: 'https://meet.example.org/ip-network/workshop-trusted-sources',
    description: `A practical workshop on building a library of trusted sources.

1. Criteria for a trusted source.
2. Clinical safety: who owns a link, and what happens when it breaks.
3. Information for carers as well as patients.`,
    outputs: ['solution:ip-library', 'lesson:ip-08', 'lesson:ip-13'],
  },
  {
    key: 'event:ip-workshop-consultation',
    network: 'network:information-prescriptions',
    title: 'Workshop: information prescriptions in the consultation — templates, coding and workflow',
    kind: 'workshop',
    startsInDays: -280,
    startHour: 13,
    durationHours: 3,
    location: 'Mersey Vale Community Hub, Mersey Vale',
    description: `How to make sending an information prescription quicker than not sending one.

- Demonstration of the clinical system templates.
- Agreeing one code across the network so we can count.
- Care navigators and non-clinical prescriptions.`,
    outputs: ['lesson:ip-03', 'case-study:ip-riverside'],
  },
  {
    key: 'event:ip-lunch-measurement',
    network: 'network:information-prescriptions',
    title: 'Learning lunch: are patients using them? Measuring information prescriptions',
    kind: 'learning_lunch',
    startsInDays: -190,
    startHour: 12,
    durationHours: 1,
    onlineUrl: 'https://meet.example.org/ip-network/learning-lunch-measurement',
    description:
      'Bring your lunch: three sites share in ten minutes each what they know about whether information prescriptions are read and whether they help, followed by questions.',
    outputs: ['lesson:ip-09', 'solution:ip-letters'],
  },
  {
    key: 'event:ip-national-conference',
    network: 'network:information-prescriptions',
    title: 'From pilots to practice: information prescriptions national conference',
    kind: 'conference',
    startsInDays: -60,
    startHour: 9,
    durationHours: 7,
    location: 'Midland Conference Centre, Birmingham',
    description: `The pilot sites presented their results to around 30 organisations planning to adopt information prescriptions.

- Case studies from general practice, outpatients, district nursing and a carers' charity.
- Accessible information prescriptions: easy read, translation and offline.
- What made the difference between sites that kept going and sites that stalled.`,
    outputs: ['case-study:ip-northfield-letters', 'solution:ip-accessible', 'lesson:ip-17'],
  },
  {
    key: 'event:ip-spread-planning',
    network: 'network:information-prescriptions',
    title: 'Spread planning meeting: the next thirty organisations',
    kind: 'meeting',
    startsInDays: 21,
    startHour: 14,
    durationHours: 1.5,
    onlineUrl: 'https://meet.example.org/ip-network/spread-planning',
    description: 'Coordinators and lead sites plan support for adopting organisations: champions, a monthly call and an adoption pack.',
    outputs: [],
  },
  {
    key: 'event:scr-visit-thames',
    network: 'network:shared-care-records',
    title: 'Peer visit: Wessex Coast team at Thames Connect',
    kind: 'workshop',
    startsInDays: -485,
    startHour: 9,
    durationHours: 8,
    location: 'Thames Connect programme office, London',
    description:
      'Two days with the Thames Connect team: in-context launch in emergency departments, the usage dashboard and the role-based access model.',
    outputs: ['lesson:scr-01'],
  },
  {
    key: 'event:scr-visit-wessex',
    network: 'network:shared-care-records',
    title: 'Return visit: Thames Connect team at Wessex Coast',
    kind: 'workshop',
    startsInDays: -405,
    startHour: 9,
    durationHours: 8,
    location: 'Wessex Coast shared care record team, Bournemouth',
    description:
      'Two days with the Wessex Coast team: the adult social care summary feed, the urgent care view with ambulance crews, and the objections process.',
    outputs: ['case-study:scr-social-care', 'solution:scr-social-care-feed'],
  },
  {
    key: 'event:scr-closing',
    network: 'network:shared-care-records',
    title: 'Closing meeting: what each record takes forward',
    kind: 'meeting',
    startsInDays: -335,
    startHour: 14,
    durationHours: 2,
    onlineUrl: 'https://meet.example.org/scr-exchange/closing-meeting',
    description:
      'Both boards review the year: the adoptions completed, the shared dashboard format, and the recommendation to twin new records.',
    outputs: ['case-study:scr-twinning', 'lesson:scr-04'],
  },
  {
    key: 'event:plt-first-meeting',
    network: 'network:protected-learning',
    title: 'First meeting: what do we want to learn together?',
    kind: 'meeting',
    startsInDays: 14,
    startHour: 13,
    durationHours: 1,
    onlineUrl: 'https://meet.example.org/protected-learning/first-meeting',
    description: 'Introductions, the tools each practice has tried, and agreeing the network’s first questions and meeting pattern.',
    outputs: [],
  },
]
