import type { DemoAdoption, DemoCaseStudy, DemoLesson, DemoSolution } from './demo-model.js'
import { people } from './demo-people.js'

/** Regional shared care records (Thames Connect, Wessex Coast) learning from each other. */

const scr = ['shared-care-record']

export const sharedCareRecordLessons: DemoLesson[] = [
  {
    key: 'lesson:scr-01',
    title: 'Clinicians open the shared record when it launches in context, not from a separate login',
    daysAgo: 470,
    author: people.owen,
    site: 'thames-connect-scr',
    status: 'published',
    journeyStage: 'implementation',
    themes: ['interoperability', 'technical-architecture'],
    careSettings: ['acute', 'primary', 'community'],
    tags: [...scr, 'in-context-launch', 'single-sign-on'],
    related: ['solution:scr-usage-dashboard'],
    summary:
      'Use of the Thames Connect record rose six-fold at the first trust to launch it from a button inside the patient’s electronic record, with the patient already selected.',
    context:
      'Thames Connect went live with a web portal that needed its own username and password. Usage was concentrated among a few enthusiasts.',
    wentWell: `- In-context launch with single sign-on: one click from the patient's record, no second search.
- Emergency department use rose fastest, where time matters most.
- Other organisations asked for the same integration once they saw the numbers.`,
    didNotGoWell: `- Each clinical system needed its own integration; some suppliers took a year.
- The portal login remained for smaller organisations and their use stayed low.`,
    doDifferently: `- Make in-context launch a condition of connection for every organisation with a capable system.
- Publish usage by organisation so the benefit of integration is visible.`,
  },
  {
    key: 'lesson:scr-02',
    title: 'Usage data by role showed us where training was missing',
    daysAgo: 380,
    author: people.owen,
    site: 'thames-connect-scr',
    status: 'published',
    journeyStage: 'review_and_spread',
    themes: ['evaluation', 'workforce-and-training', 'data-quality'],
    careSettings: ['acute', 'primary', 'community', 'mental_health'],
    tags: [...scr, 'usage-analytics'],
    related: ['solution:scr-usage-dashboard'],
    summary:
      'Breaking down record views by staff role and organisation showed that pharmacists used the record heavily while community mental health teams barely used it. Targeted training closed much of the gap.',
    context: 'Our board saw one number: total record views per month. It kept rising, which hid where the record was not used.',
    wentWell: `- A monthly dashboard by organisation, role and care setting, shared with every partner.
- Twenty-minute training sessions at team meetings for the lowest-using teams.
- Mental health team use tripled in four months.`,
    didNotGoWell: `- Role data from some organisations' login systems was wrong or missing.
- Some teams felt the dashboard was used to criticise them.`,
    doDifferently: `- Clean the role data before publishing anything by role.
- Present the dashboard as "where can we help?", and share it with teams before the board.`,
  },
  {
    key: 'lesson:scr-03',
    title: 'A shared record is only as current as its slowest feed',
    daysAgo: 290,
    author: people.owen,
    site: 'thames-connect-scr',
    status: 'published',
    journeyStage: 'implementation',
    themes: ['data-quality', 'clinical-safety', 'interoperability'],
    careSettings: ['acute', 'primary', 'community'],
    tags: [...scr, 'data-feeds', 'data-latency'],
    summary:
      'One organisation’s nightly batch feed meant medicines changes were up to a day old. Clinicians could not tell, and a near miss made us show the age of every section.',
    context: 'Most Thames Connect feeds were near real time, but one community provider sent a nightly extract.',
    wentWell: `- The near miss was reported and reviewed without blame.
- Every section now shows "last updated" and the source organisation.
- The provider moved to hourly updates within three months.`,
    didNotGoWell: `- The clinical safety case had assumed all feeds were real time and did not list this hazard.`,
    doDifferently: `- Record each feed's latency in the safety case and show it to users from day one.`,
  },
  {
    key: 'lesson:scr-04',
    title: 'A peer visit to another region’s record taught us more than a year of webinars',
    daysAgo: 320,
    author: people.owen,
    site: 'thames-connect-scr',
    status: 'published',
    journeyStage: 'review_and_spread',
    themes: ['interoperability', 'evaluation'],
    careSettings: ['acute', 'primary', 'social_care'],
    tags: [...scr, 'peer-learning', 'twinning'],
    related: ['case-study:scr-twinning'],
    summary:
      'Sitting with Wessex Coast’s team for two days, watching their social care feed and their objections process, changed our plans more than any presentation.',
    context: 'Thames Connect and Wessex Coast were paired in a learning exchange for a year.',
    wentWell: `- Each team spent two days with the other, including time with front-line users.
- We saw problems the presentations had left out, and how they were handled.
- A shared backlog: each team took one thing from the other to adopt within six months.`,
    didNotGoWell: `- Travel and time were hard to justify to some partners until the first results appeared.`,
    doDifferently: `- Build the visits into the plan and budget from the start, with a named adoption for each side.`,
  },
  {
    key: 'lesson:scr-05',
    title: 'Bringing adult social care into the record: start with the care package summary',
    daysAgo: 450,
    author: people.sian,
    site: 'wessex-coast-scr',
    status: 'published',
    journeyStage: 'implementation',
    themes: ['interoperability', 'information-governance'],
    careSettings: ['social_care', 'acute', 'primary'],
    tags: [...scr, 'social-care-data'],
    related: ['solution:scr-social-care-feed', 'case-study:scr-social-care'],
    summary:
      'Rather than sharing whole social care records, we started with a short care package summary and a named worker. Clinicians used it immediately; the fuller feed can follow.',
    context: 'Three councils in the Wessex Coast area use two different social care systems. Full integration would have taken years.',
    wentWell: `- The summary — services in place, visit times, key worker and how to reach them — was agreed by all three councils in two meetings.
- Hospital discharge teams used it from the first week.`,
    didNotGoWell: `- One council could only produce a weekly extract at first.
- Clinicians asked for assessments and care plans, which are not in the summary.`,
    doDifferently: `- Agree from the outset how the summary will grow, so requests for more have somewhere to go.`,
  },
  {
    key: 'lesson:scr-06',
    title: 'Patient objections must be honoured everywhere within a day',
    daysAgo: 360,
    author: people.sian,
    site: 'wessex-coast-scr',
    status: 'published',
    journeyStage: 'pre_implementation',
    themes: ['information-governance', 'patient-and-public-engagement'],
    careSettings: ['primary', 'acute', 'community', 'mental_health', 'social_care'],
    tags: [...scr, 'objections', 'national-data-opt-out'],
    related: ['solution:scr-objections'],
    summary:
      'Our test of the objections process found one connected system still showing a record four days after the person objected. We fixed the process before go-live and set a one-day standard.',
    context:
      'People may object to their record being shared through the Wessex Coast record. Objections are recorded at their GP practice and must reach every connected system.',
    wentWell: `- A test with ten volunteer patients found the gap before any real objection was missed.
- A single objections register with daily reconciliation to every connected system.`,
    didNotGoWell: `- Practices recorded objections in three different ways.`,
    doDifferently: `- Test the objections path end to end with real volunteers before go-live, and again every year.`,
  },
  {
    key: 'lesson:scr-07',
    title: 'Ambulance crews need a different view from GPs',
    daysAgo: 315,
    author: people.sian,
    site: 'wessex-coast-scr',
    status: 'published',
    journeyStage: 'design_and_planning',
    themes: ['technical-architecture', 'clinical-safety'],
    careSettings: ['ambulance', 'primary'],
    tags: [...scr, 'urgent-care-view', 'ambulance'],
    summary:
      'Paramedics on scene have about a minute to read the record. A one-screen urgent care view — allergies, medicines, care plans, do-not-attempt-CPR decisions and who to call — made the record usable on a tablet.',
    context:
      'The ambulance service joined Wessex Coast in its second year. Crews found the full record, designed for desktops in clinics, impossible to use on scene.',
    wentWell: `- Design sessions in ambulance stations, with crews holding the tablets they use.
- The urgent care view is now also the default in emergency departments.`,
    didNotGoWell: `- End-of-life care plans were held in three different places; bringing them together took longest.`,
    doDifferently: `- Design for the most time-pressed user first; everyone else benefits.`,
  },
  {
    key: 'lesson:scr-08',
    title: 'We copied Thames Connect’s role model and changed only the names',
    daysAgo: 250,
    author: people.sian,
    site: 'wessex-coast-scr',
    status: 'published',
    journeyStage: 'implementation',
    themes: ['information-governance', 'technical-architecture'],
    careSettings: ['primary', 'acute', 'community', 'social_care'],
    tags: [...scr, 'role-based-access', 'reuse'],
    related: ['solution:scr-role-model'],
    summary:
      'We had spent months designing our own access roles. Adopting Thames Connect’s model, with our job titles mapped onto it, took three weeks and passed our IG review first time.',
    context: 'Wessex Coast’s access model had grown organisation by organisation and was hard to audit.',
    wentWell: `- The model had already been through three IG reviews.
- Mapping our job titles to their roles was a spreadsheet exercise.`,
    didNotGoWell: `- Two organisations had to re-request access for staff whose titles did not map cleanly.`,
    doDifferently: `- Look on the hub before designing anything governance-heavy.`,
  },
]

export const sharedCareRecordCaseStudies: DemoCaseStudy[] = [
  {
    key: 'case-study:scr-twinning',
    title: 'Twinning two shared care records: Thames Connect and Wessex Coast',
    daysAgo: 330,
    author: people.owen,
    sites: ['thames-connect-scr', 'wessex-coast-scr'],
    status: 'published',
    journeyStage: 'review_and_spread',
    themes: ['interoperability', 'information-governance', 'evaluation'],
    careSettings: ['acute', 'primary', 'community', 'social_care', 'ambulance'],
    tags: [...scr, 'peer-learning', 'twinning'],
    related: ['lesson:scr-04', 'lesson:scr-08', 'solution:scr-role-model', 'solution:scr-social-care-feed'],
    summary:
      'Two regional shared care records paired up for a year, visited each other, and each adopted something the other had built. What it took and what it changed.',
    body: `## Why twin

Both records were about four years old. Thames Connect was strong on hospital integration and usage analytics; Wessex Coast had brought social care and ambulance crews in. Each was about to build what the other already had.

## How the year worked

- **Two visits**, two days each, including time with front-line users, not only programme teams.
- **A shared backlog**: each side committed to adopt one thing from the other within six months.
- **Monthly calls** between the two programme leads and a closing meeting for both boards.

## What moved

- Wessex Coast adopted Thames Connect's **role-based access model**, replacing its own in three weeks.
- Thames Connect began adding a **social care summary feed** based on Wessex Coast's approach.
- Both now share a usage dashboard format, so their numbers can be compared.`,
    outcomes: `- Two adoptions completed or under way, each saving months of design.
- A shared dashboard format used by both records.
- The exchange closed on schedule; both boards recommended twinning for new records.`,
    links: [
      { title: 'Learning exchange closing report', url: 'https://example.org/scr-exchange/closing-report.pdf', kind: 'document' },
      { title: 'Closing meeting slides', url: 'https://example.org/scr-exchange/closing-meeting-slides', kind: 'presentation' },
    ],
  },
  {
    key: 'case-study:scr-social-care',
    title: 'Adding adult social care to the Wessex Coast shared care record',
    daysAgo: 400,
    author: people.sian,
    sites: ['wessex-coast-scr'],
    status: 'published',
    journeyStage: 'implementation',
    themes: ['interoperability', 'information-governance', 'data-quality'],
    careSettings: ['social_care', 'acute', 'primary', 'community'],
    tags: [...scr, 'social-care-data'],
    related: ['lesson:scr-05', 'solution:scr-social-care-feed'],
    summary:
      'Three councils, two social care systems, one short summary: how social care information reached hospital and GP staff in nine months.',
    body: `## The aim

Hospital and GP staff often did not know that a person already had care at home, or who to call. Social care staff did not know when someone had been admitted.

## The approach

We agreed a **care package summary** — services, visit times, key worker, contact route — rather than the whole record. Each council produces it from its own system; the record shows it alongside health information.

## Delivery

- Months 1–3: summary agreed, lawful basis and DPIA signed off.
- Months 4–6: first council's feed live; discharge teams trained.
- Months 7–9: second and third councils live (one initially weekly, now daily).

## Next

Assessments and care plans, which clinicians keep asking for, are next, once the councils' systems can supply them.`,
    outcomes: `- Care package summaries for around 21,000 people visible across the region.
- Discharge teams report fewer calls to find out about existing care.
- Summary format adopted by Thames Connect.`,
  },
]

export const sharedCareRecordSolutions: DemoSolution[] = [
  {
    key: 'solution:scr-role-model',
    title: 'Role-based access model for shared care record users',
    daysAgo: 460,
    author: people.owen,
    site: 'thames-connect-scr',
    status: 'published',
    maturity: 'scaled',
    themes: ['information-governance', 'technical-architecture'],
    careSettings: ['acute', 'primary', 'community', 'mental_health', 'social_care', 'ambulance'],
    tags: [...scr, 'role-based-access'],
    problem: 'Shared care records grow access rules organisation by organisation until nobody can say who can see what, or audit it.',
    description: `Six access roles that cover every staff group in a regional shared care record, with a mapping from common job titles.

| Role | Sees |
|---|---|
| Administrative | Demographics and contacts |
| Care summary | Plus care package and key worker |
| Clinical summary | Plus medicines, allergies, problems, alerts |
| Full clinical | Plus results, letters, care plans |
| Urgent care | One-screen urgent view, break-glass to full clinical |
| Auditor | Access logs only |

Includes the IG rationale for each role and a quarterly access review process.`,
    howToAdopt: `1. Map your organisations' job titles to the six roles (spreadsheet provided).
2. Review exceptions with your IG group; resist adding roles.
3. Configure roles in your record and set the quarterly review.`,
    artefacts: [
      { title: 'Role model and IG rationale', url: 'https://thamesconnect.example.nhs.uk/roles/role-model.pdf', kind: 'document' },
      {
        title: 'Job title mapping spreadsheet',
        url: 'https://thamesconnect.example.nhs.uk/roles/job-title-mapping.xlsx',
        kind: 'template',
      },
    ],
  },
  {
    key: 'solution:scr-usage-dashboard',
    title: 'Shared care record usage dashboard',
    daysAgo: 370,
    author: people.owen,
    site: 'thames-connect-scr',
    status: 'published',
    maturity: 'proven',
    themes: ['evaluation', 'data-quality'],
    careSettings: ['acute', 'primary', 'community', 'mental_health'],
    tags: [...scr, 'usage-analytics', 'dashboard'],
    problem: 'A single monthly total of record views hides where a shared care record is not being used and why.',
    description: `A monthly dashboard of shared care record use by organisation, staff role and care setting, with trend lines and a short commentary.

- Built from the record's audit log; no patient data leaves the platform.
- Role data quality checks flag organisations with missing or wrong roles.
- A "where can we help?" page lists the lowest-using teams with suggested actions.`,
    howToAdopt: `1. Check that your audit log records role and organisation for every view.
2. Import the report definitions into your reporting tool.
3. Share with organisations before the board, and frame it as support.`,
    artefacts: [
      { title: 'Dashboard report definitions', url: 'https://thamesconnect.example.nhs.uk/usage/report-definitions.zip', kind: 'toolkit' },
      {
        title: 'Example monthly dashboard (synthetic data)',
        url: 'https://thamesconnect.example.nhs.uk/usage/example-dashboard.pdf',
        kind: 'dataset',
      },
    ],
  },
  {
    key: 'solution:scr-social-care-feed',
    title: 'Adult social care summary feed for shared care records',
    daysAgo: 390,
    author: people.sian,
    site: 'wessex-coast-scr',
    status: 'published',
    maturity: 'piloted',
    themes: ['interoperability', 'information-governance'],
    careSettings: ['social_care', 'acute', 'primary', 'community'],
    tags: [...scr, 'social-care-data', 'fhir'],
    problem:
      'Health staff cannot see whether someone already has social care in place or who their key worker is, so discharges and urgent responses start by ringing round.',
    description: `A minimal care package summary produced by each council from its social care system and shown in the shared care record.

- Data items: services in place, visit times, key worker, contact route, last updated.
- Specification as a FHIR profile, with a flat-file alternative for systems that cannot produce FHIR yet.
- Lawful basis, DPIA and data-sharing schedule reused from the Wessex Coast implementation.`,
    howToAdopt: `1. Agree the summary with every council in your area; resist adding items at first.
2. Ask each council's system supplier which route (FHIR or flat file) they can support.
3. Train discharge teams first: they use it most.`,
    artefacts: [
      {
        title: 'Care package summary specification',
        url: 'https://wessexcoast.example.nhs.uk/social-care/summary-specification',
        kind: 'document',
      },
      { title: 'DPIA and sharing schedule', url: 'https://wessexcoast.example.nhs.uk/social-care/dpia.docx', kind: 'agreement' },
    ],
  },
  {
    key: 'solution:scr-objections',
    title: 'Patient objections process for connected care records',
    daysAgo: 345,
    author: people.sian,
    site: 'wessex-coast-scr',
    status: 'published',
    maturity: 'proven',
    themes: ['information-governance', 'patient-and-public-engagement'],
    careSettings: ['primary', 'acute', 'community', 'mental_health', 'social_care'],
    tags: [...scr, 'objections'],
    problem: 'When a person objects to sharing, the objection must reach every connected system quickly, and nobody can prove it has.',
    description: `One objections register, one way to record an objection at the GP practice, and a daily reconciliation with every connected system.

- Recording guide for practices, with the exact code to use.
- Daily reconciliation report and escalation route when a system lags.
- An annual end-to-end test with volunteer patients.`,
    howToAdopt: `1. Agree one recording method with all practices.
2. Set up the register and daily reconciliation.
3. Test end to end with volunteers before go-live.`,
    artefacts: [
      { title: 'Objections process and practice guide', url: 'https://wessexcoast.example.nhs.uk/objections/guide.pdf', kind: 'document' },
    ],
  },
  {
    key: 'solution:scr-access-levels',
    title: 'Access levels by staff group for shared records',
    daysAgo: 35,
    author: people.sian,
    site: 'wessex-coast-scr',
    status: 'duplicate',
    duplicateOf: 'solution:scr-role-model',
    decisionNote:
      'This is the Thames Connect role model as adopted by Wessex Coast. Rather than publish a second copy, we have recorded it as your adoption of that solution; your job title mapping would be a welcome addition to its artefacts.',
    maturity: 'piloted',
    themes: ['information-governance'],
    careSettings: ['primary', 'acute', 'community', 'social_care'],
    tags: [...scr, 'role-based-access'],
    problem: 'Staff groups need different levels of access to a shared record.',
    description: 'Six access levels mapped to Wessex Coast job titles.',
    howToAdopt: 'Use the mapping spreadsheet.',
    artefacts: [
      { title: 'Wessex Coast job title mapping', url: 'https://wessexcoast.example.nhs.uk/roles/mapping.xlsx', kind: 'template' },
    ],
  },
]

export const sharedCareRecordAdoptions: DemoAdoption[] = [
  {
    key: 'adoption:scr-roles-wessex',
    solution: 'solution:scr-role-model',
    site: 'wessex-coast-scr',
    mode: 'customise',
    status: 'live',
    daysAgo: 260,
    startedDaysAgo: 255,
    recordedBy: people.sian,
    notes: 'Mapped our job titles onto the six roles; no new roles added. Passed IG review first time.',
  },
  {
    key: 'adoption:scr-roles-linden-valley',
    solution: 'solution:scr-role-model',
    site: 'linden-valley-council',
    mode: 'customise',
    status: 'live',
    daysAgo: 305,
    startedDaysAgo: 290,
    recordedBy: people.marcus,
    notes: 'Used the model for council staff seeing health information; four of the six roles were enough for us.',
  },
  {
    key: 'adoption:scr-roles-pennine',
    solution: 'solution:scr-role-model',
    site: 'pennine-mental-health',
    mode: 'replicate',
    status: 'stopped',
    daysAgo: 200,
    startedDaysAgo: 190,
    recordedBy: people.leah,
    notes: 'Paused: our regional record is moving to a new platform with its own access model. We will revisit after migration.',
  },
  {
    key: 'adoption:scr-dashboard-wessex',
    solution: 'solution:scr-usage-dashboard',
    site: 'wessex-coast-scr',
    mode: 'replicate',
    status: 'planned',
    daysAgo: 60,
    recordedBy: people.sian,
    notes: 'Planned once our audit log records staff role for every organisation.',
  },
  {
    key: 'adoption:scr-social-care-thames',
    solution: 'solution:scr-social-care-feed',
    site: 'thames-connect-scr',
    mode: 'customise',
    status: 'in_progress',
    daysAgo: 310,
    startedDaysAgo: 300,
    recordedBy: people.owen,
    notes: 'Two of five London boroughs live; adding a housing support field at the boroughs’ request.',
  },
  {
    key: 'adoption:scr-objections-thames',
    solution: 'solution:scr-objections',
    site: 'thames-connect-scr',
    mode: 'replicate',
    status: 'live',
    daysAgo: 290,
    startedDaysAgo: 285,
    recordedBy: people.owen,
    notes: 'Adopted the daily reconciliation and the annual volunteer test.',
  },
]
