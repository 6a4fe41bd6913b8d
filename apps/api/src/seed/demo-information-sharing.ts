import type { DemoAdoption, DemoCaseStudy, DemoLesson, DemoSolution } from './demo-model.js'
import { people } from './demo-people.js'

/**
 * Sharing Well: a multi-agency information-sharing programme between councils, NHS services and the
 * voluntary sector in three places (Ashby, Linden Valley, Harbourside), walking the whole journey
 * from vision to review and spread.
 */

const programme = ['sharing-well-programme', 'multi-agency']

export const informationSharingLessons: DemoLesson[] = [
  {
    key: 'lesson:sw-01',
    title: 'A one-page purpose statement saved weeks of governance debate',
    daysAgo: 500,
    author: people.tom,
    site: 'ashby-county-council',
    status: 'published',
    journeyStage: 'vision',
    themes: ['information-governance', 'patient-and-public-engagement'],
    careSettings: ['social_care', 'community', 'voluntary_sector'],
    tags: [...programme, 'purpose-statement'],
    related: ['case-study:sw-vision'],
    summary:
      'Before any data flow was discussed, the Ashby partners agreed a single page saying who the sharing was for and what should be different for them. Every later argument was settled by pointing at it.',
    context:
      'Ashby County Council Adult Social Care, the local community health provider and Ashby Voluntary Action set out to share information about people leaving hospital with care and support needs. Early meetings kept sliding into detailed questions about systems and lawful bases.',
    wentWell: `- The statement was written in the words of two people who had been through a difficult discharge, with their permission.
- It named three outcomes: nobody has to tell their story more than once, nobody leaves hospital without the support agreed, and carers know who to call.
- When the data protection officers asked "why do you need this field?", the answer was always in the statement.`,
    didNotGoWell: `- The first draft was written by managers and read like a strategy; we had to start again with residents.
- The voluntary sector joined a month late and felt the statement had been decided without them.`,
    doDifferently: `- Write the purpose with residents and every partner in the room from the first meeting.
- Keep it to one page and put it at the top of every agenda.`,
  },
  {
    key: 'lesson:sw-02',
    title: 'Our Caldicott Guardians and data protection officers met before the lawyers did',
    daysAgo: 410,
    author: people.tom,
    site: 'ashby-county-council',
    status: 'published',
    journeyStage: 'design_and_planning',
    themes: ['information-governance'],
    careSettings: ['social_care', 'community', 'voluntary_sector'],
    tags: [...programme, 'caldicott', 'data-protection'],
    related: ['solution:sw-sharing-agreement'],
    summary:
      'An informal workshop for the Caldicott Guardians and data protection officers of every partner, held before legal teams saw a draft agreement, turned a likely six-month review into six weeks.',
    context:
      'Three organisations, three information governance teams and three sets of lawyers. Previous joint projects in Ashby had stalled for months in legal review.',
    wentWell: `- Walking through three real (anonymised) journeys showed where sharing was needed and where it was not.
- The guardians agreed the lawful bases and the principle of "share what is needed for this person's care" before drafting started.
- Legal review then checked a document its authors already agreed with.`,
    didNotGoWell: `- The voluntary sector partner has no Caldicott Guardian and their data protection lead is a volunteer; they felt outnumbered.
- We did not record the decisions formally, and had to reconstruct them later for the DPIA.`,
    doDifferently: `- Offer small partners a named buddy from a larger organisation's IG team.
- Minute every decision the guardians make with its reason; it becomes half the DPIA.`,
  },
  {
    key: 'lesson:sw-03',
    title: 'Front-line staff want to know what they may share over the phone',
    daysAgo: 5,
    author: people.tom,
    site: 'ashby-county-council',
    status: 'draft',
    journeyStage: 'implementation',
    themes: ['information-governance', 'workforce-and-training'],
    careSettings: ['social_care'],
    tags: [...programme, 'front-line-staff', 'guidance'],
    summary: 'Draft: social workers keep asking whether they can discuss a shared record with a voluntary sector worker by telephone.',
    context: 'Collected from questions at the team briefings since go-live.',
    wentWell: `- The question shows people are thinking about it.`,
    didNotGoWell: `- Our guidance covers the system, not conversations.`,
    doDifferently: `- Add a short "talking about what you see" section to the guidance. To finish after the next IG meeting.`,
  },
  {
    key: 'lesson:sw-04',
    title: 'Small charities need a data protection buddy, not another template',
    daysAgo: 340,
    author: people.joy,
    site: 'ashby-voluntary-action',
    status: 'published',
    journeyStage: 'pre_implementation',
    themes: ['information-governance', 'workforce-and-training'],
    careSettings: ['voluntary_sector'],
    tags: [...programme, 'voluntary-sector', 'dspt'],
    related: ['solution:sw-vcse-starter-kit'],
    summary:
      'Nine local charities wanted to take part. Templates alone did not get them through the Data Security and Protection Toolkit; an hour a month with an NHS IG lead did.',
    context:
      'Ashby Voluntary Action supports around 180 local groups. The programme required partners receiving shared information to complete the Data Security and Protection Toolkit to at least "standards met".',
    wentWell: `- The ICB lent an IG lead for one hour a month per charity for three months.
- Seven of the nine charities reached "standards met"; the other two are close.
- Charities found the buddy's examples from NHS organisations reassuring: nobody starts perfect.`,
    didNotGoWell: `- The toolkit language is written for NHS bodies and confused volunteers.
- Two charities paused because the work fell on one part-time manager.`,
    doDifferently: `- Fund a few days of each charity's time, not only the buddy's.
- Translate the toolkit's questions into plain English for small organisations before they start.`,
  },
  {
    key: 'lesson:sw-05',
    title: 'Map real information flows on a wall before drawing any system diagram',
    daysAgo: 440,
    author: people.marcus,
    site: 'linden-valley-council',
    status: 'published',
    journeyStage: 'design_and_planning',
    themes: ['technical-architecture', 'patient-and-public-engagement'],
    careSettings: ['social_care', 'community', 'voluntary_sector'],
    tags: [...programme, 'process-mapping', 'co-design'],
    related: ['solution:sw-flow-mapping', 'case-study:sw-design'],
    summary:
      'Tracing three real people’s journeys with sticky notes showed that most of the information they needed already existed; it was simply in the wrong place at the wrong time.',
    context:
      'Linden Valley Borough Council and Fenland and Broads ICB began the design stage with an architecture diagram from a supplier. Front-line staff could not relate it to their work.',
    wentWell: `- A social worker, a district nurse, a housing officer and a carers' support worker each walked us through a recent case.
- Every hand-off was a sticky note; every "we ring round" was a red one. There were 23 red notes.
- The red notes became the requirements, in priority order.`,
    didNotGoWell: `- The session ran out of time before we reached the voluntary sector's part of the journey.
- The supplier was not in the room and later questioned the priorities.`,
    doDifferently: `- Book a whole day and invite the supplier to listen, not to present.
- Photograph the wall before anyone tidies it.`,
  },
  {
    key: 'lesson:sw-06',
    title: 'Fewer access roles worked better for council staff',
    daysAgo: 300,
    author: people.marcus,
    site: 'linden-valley-council',
    status: 'published',
    journeyStage: 'pre_implementation',
    themes: ['information-governance', 'technical-architecture'],
    careSettings: ['social_care'],
    tags: [...programme, 'role-based-access'],
    related: ['solution:scr-role-model'],
    summary:
      'We designed eleven access roles for council staff. Testing with real users collapsed them to four, which were easier to assign, audit and explain.',
    context:
      'Council staff were to see a summary of health information for people they support. The first design mirrored the council’s job titles.',
    wentWell: `- Borrowing Thames Connect's role model gave us a tested starting point.
- Four roles (no access, contact details only, care summary, care summary with health detail) covered every job we tested.
- Managers could assign a role in one step when someone joined.`,
    didNotGoWell: `- Eleven roles had been signed off by the programme board, so reducing them meant a second approval round.
- Occupational therapists sat awkwardly between two roles until we added a clear rule.`,
    doDifferently: `- Start from another organisation's proven role model and change only what testing shows you must.`,
  },
  {
    key: 'lesson:sw-07',
    title: 'Pay the voluntary sector for its time from the start',
    daysAgo: 480,
    author: people.fiona,
    site: 'fenland-broads-icb',
    status: 'published',
    journeyStage: 'vision',
    themes: ['procurement', 'patient-and-public-engagement'],
    careSettings: ['voluntary_sector'],
    tags: [...programme, 'funding', 'voluntary-sector'],
    related: ['case-study:sw-review'],
    summary:
      'The first bid assumed voluntary organisations would take part for free. Budgeting for their time, through a simple grant, changed who came to the table.',
    context:
      'Fenland and Broads ICB sponsored the Linden Valley part of Sharing Well. The initial business case funded council and NHS project roles only.',
    wentWell: `- A small grant per voluntary partner, paid quarterly in advance, with a one-page report.
- Carers' and older people's organisations attended every design session once their time was covered.`,
    didNotGoWell: `- Procurement rules initially treated the grant as a contract, which would have taken months.
- One large charity received the same as a very small one, which felt unfair to the small one.`,
    doDifferently: `- Agree the grant route with finance before the bid goes in.
- Scale grants to the work asked of each partner, not the size of the organisation.`,
  },
  {
    key: 'lesson:sw-08',
    title: 'Measuring whether sharing information made a difference to people',
    daysAgo: 25,
    author: people.fiona,
    site: 'fenland-broads-icb',
    status: 'in_review',
    journeyStage: 'review_and_spread',
    themes: ['evaluation'],
    careSettings: ['social_care', 'community', 'voluntary_sector'],
    tags: [...programme, 'outcomes', 'evaluation'],
    related: ['case-study:sw-review'],
    summary:
      'System log-ins told us staff used the shared information; they did not tell us whether people were better off. A short set of "I statements" asked at review did.',
    context:
      'At the eighteen-month review the programme board asked for evidence of benefit to residents before funding spread to two more places.',
    wentWell: `- Three statements asked at the six-week social care review: "I only had to tell my story once", "The help I was promised arrived", "My carer knew who to contact".
- Agreement with the first statement rose from 38% to 71% compared with a matched group before go-live.`,
    didNotGoWell: `- We had no baseline for the other two statements.
- Collecting the answers added a few minutes to reviews and some were skipped.`,
    doDifferently: `- Agree outcome measures, and collect a baseline, in the design stage.`,
  },
  {
    key: 'lesson:sw-09',
    title: 'Go-live week: floor-walkers from every agency',
    daysAgo: 200,
    author: people.hannah,
    site: 'harbourside-community-health',
    status: 'published',
    journeyStage: 'implementation',
    themes: ['workforce-and-training'],
    careSettings: ['community', 'social_care', 'voluntary_sector'],
    tags: [...programme, 'go-live', 'floor-walkers'],
    related: ['case-study:sw-implementation'],
    summary:
      'Having a floor-walker from each partner in each team’s office during go-live week meant questions about the other agencies’ information were answered by someone who knew it.',
    context:
      'Harbourside went live with shared discharge summaries between community health, adult social care and the carers’ service in one week across six teams.',
    wentWell: `- A social worker sitting with district nurses could explain what a care package summary meant, and the other way round.
- Floor-walkers logged every question; the log became the frequently asked questions page.
- Teams met people from other agencies they had only ever emailed.`,
    didNotGoWell: `- Night and weekend staff had no floor-walker and felt left out.
- Two floor-walkers were pulled back to their own duties mid-week.`,
    doDifferently: `- Cover out-of-hours shifts, even briefly.
- Agree with managers that floor-walkers are fully released for the week.`,
  },
  {
    key: 'lesson:sw-10',
    title: 'A carer’s consent is not the same as the person’s consent',
    daysAgo: 230,
    author: people.ruth,
    site: 'moorland-carers-network',
    status: 'published',
    journeyStage: 'implementation',
    themes: ['information-governance', 'patient-and-public-engagement'],
    careSettings: ['voluntary_sector', 'social_care'],
    tags: [...programme, 'carers', 'consent'],
    related: ['solution:sw-vcse-starter-kit'],
    summary:
      'Carers’ workers assumed that because a carer agreed to share their own information, they could see the cared-for person’s discharge details too. They could not, and the system let them.',
    context:
      'The carers’ service joined the Harbourside sharing at go-live, seeing discharge information to support carers when someone comes home from hospital.',
    wentWell: `- A carers' worker raised the question herself within a fortnight.
- The partners agreed a simple rule: carers' workers see what the cared-for person has agreed to share with their carer, recorded at discharge.`,
    didNotGoWell: `- The access role had been copied from another partner and was wider than needed.
- Recording the person's agreement at discharge was new to ward staff and patchy at first.`,
    doDifferently: `- Design each partner's access around its own purpose, not another partner's role.
- Test consent rules with carers and the people they care for before go-live.`,
  },
  {
    key: 'lesson:sw-11',
    title: 'Case example: Mrs B’s hospital discharge',
    daysAgo: 120,
    author: people.marcus,
    site: 'linden-valley-council',
    status: 'rejected',
    decisionNote:
      'We cannot publish this: it includes details that could identify the person (age, street, ward and admission dates). Please remove them and resubmit it as a new lesson focused on what the team learned; the point about weekend discharges is a valuable one.',
    journeyStage: 'implementation',
    themes: ['information-governance'],
    careSettings: ['social_care', 'acute'],
    tags: [...programme, 'hospital-discharge'],
    summary: 'A detailed account of one discharge that went wrong before shared information was available.',
    context: 'Written up by the hospital social work team for a staff briefing.',
    wentWell: '- The team worked well together once the problem was found.',
    didNotGoWell: '- Information about the care package did not reach the ward before a weekend discharge.',
    doDifferently: '- Check the shared summary before every weekend discharge.',
  },
]

export const informationSharingCaseStudies: DemoCaseStudy[] = [
  {
    key: 'case-study:sw-vision',
    title: 'Ashby: agreeing why we share before deciding what we share',
    daysAgo: 520,
    author: people.tom,
    sites: ['ashby-county-council', 'ashby-voluntary-action'],
    status: 'published',
    journeyStage: 'vision',
    themes: ['information-governance', 'patient-and-public-engagement'],
    careSettings: ['social_care', 'community', 'voluntary_sector'],
    tags: [...programme, 'purpose-statement', 'co-production'],
    related: ['lesson:sw-01', 'lesson:sw-07'],
    summary:
      'How a council, a community health provider and the local voluntary sector agreed a shared vision for information sharing, written with residents, before anyone mentioned systems.',
    body: `## The problem we kept hearing

People leaving hospital in Ashby told us the same things: they repeated their story to every new worker, promised support sometimes did not arrive, and their carers did not know who to call. Each organisation held part of the picture. Nobody held all of it.

## How we agreed a vision

We held three open sessions at the community centre. Residents, carers and front-line staff from each partner sat at mixed tables. Managers listened. The output was a one-page purpose statement with three outcomes in residents' words:

> Nobody has to tell their story more than once.
> Nobody leaves hospital without the support that was agreed.
> Carers know who to call.

## What the vision decided

The statement ruled things in and out. Sharing full medical records was out: nobody at the tables needed it. A short shared summary at the point of discharge was in. So was a named contact for carers.

## Commitments

Each partner's chief executive signed the statement, and the programme board adopted it as the test for every later decision.`,
    outcomes: `- A one-page purpose statement signed by all three partners.
- Three resident-defined outcomes used as the programme's measures.
- A residents' reference group of eight people who stayed involved through design.`,
    links: [
      {
        title: 'Sharing Well purpose statement (Ashby)',
        url: 'https://ashby.example.gov.uk/sharing-well/purpose-statement.pdf',
        kind: 'document',
      },
    ],
  },
  {
    key: 'case-study:sw-design',
    title: 'Linden Valley: designing information flows with the people who use them',
    daysAgo: 430,
    author: people.marcus,
    sites: ['linden-valley-council', 'fenland-broads-icb'],
    status: 'published',
    journeyStage: 'design_and_planning',
    themes: ['technical-architecture', 'information-governance', 'patient-and-public-engagement'],
    careSettings: ['social_care', 'community', 'voluntary_sector', 'primary'],
    tags: [...programme, 'process-mapping', 'co-design'],
    related: ['lesson:sw-05', 'lesson:sw-02', 'solution:sw-flow-mapping'],
    summary:
      'A council and an ICB replaced a supplier-led design with flow mapping of real journeys, producing a prioritised list of 23 information gaps and a design the front line recognised.',
    body: `## Where we started

The first design was an architecture diagram: boxes for each system, arrows for each interface. It was accurate and nobody outside the project could say what it would change.

## What we did instead

We ran a full-day flow-mapping session. Four practitioners — a social worker, a district nurse, a housing officer and a carers' support worker — each walked through a recent case. Every hand-off went on the wall. Each time someone said "then we ring round", it went on a red note.

Twenty-three red notes became our requirements. We grouped them into three flows:

1. **Discharge summary to social care and community health** on the day of discharge.
2. **Care package summary to GPs and community nurses** when a package starts or changes.
3. **Carer contact and consent** available to every partner.

## Governance alongside design

The Caldicott Guardians met while the design was forming, not after. Each flow got a lawful basis, a minimum data set and a named owner.`,
    outcomes: `- 23 information gaps, prioritised by front-line staff.
- Three flows with minimum data sets agreed by every partner's Caldicott Guardian.
- A flow-mapping kit now reused by Ashby and Harbourside.`,
    links: [
      {
        title: 'Linden Valley flow map (photographs and write-up)',
        url: 'https://lindenvalley.example.gov.uk/sharing-well/flow-map',
        kind: 'document',
      },
      {
        title: 'Minimum data sets for the three flows',
        url: 'https://lindenvalley.example.gov.uk/sharing-well/minimum-data-sets.xlsx',
        kind: 'dataset',
      },
    ],
  },
  {
    key: 'case-study:sw-pre-implementation',
    title: 'Ashby: the paperwork that had to be right before go-live',
    daysAgo: 330,
    author: people.tom,
    sites: ['ashby-county-council', 'ashby-voluntary-action'],
    status: 'published',
    journeyStage: 'pre_implementation',
    themes: ['information-governance', 'clinical-safety', 'workforce-and-training'],
    careSettings: ['social_care', 'voluntary_sector', 'community'],
    tags: [...programme, 'dpia', 'information-sharing-agreement', 'training'],
    related: ['lesson:sw-02', 'lesson:sw-04', 'solution:sw-sharing-agreement', 'solution:sw-vcse-starter-kit'],
    summary:
      'An information-sharing agreement, a joint DPIA, a clinical safety case, access roles and training: how the Ashby partners got ready to go live in four months.',
    body: `## The checklist

We agreed early that nothing would go live until five things were signed off:

| Item | Owner | Time taken |
|---|---|---|
| Information-sharing agreement | Council DPO | 6 weeks |
| Joint data protection impact assessment | All three DPOs | 8 weeks |
| Clinical safety case (DCB0160) | Community health CSO | 4 weeks |
| Access roles and joiners/leavers process | Each partner's system manager | 5 weeks |
| Training for 240 staff | Workforce leads | 6 weeks |

Much of this ran in parallel.

## Bringing the voluntary sector up to standard

Ashby Voluntary Action coordinated nine local charities through the Data Security and Protection Toolkit, with an IG buddy from the ICB for each. Seven met the standard before go-live and joined in the first wave.

## What we would keep

The agreement template and the starter kit for charities are now on the hub and have been adopted elsewhere.`,
    outcomes: `- All five items signed off in four months.
- Seven voluntary organisations met the toolkit standard and joined the first wave.
- 226 of 240 staff trained before go-live (94%).`,
  },
  {
    key: 'case-study:sw-implementation',
    title: 'Harbourside: going live with shared discharge information across community health, social care and carers’ services',
    daysAgo: 210,
    author: people.hannah,
    sites: ['harbourside-community-health', 'moorland-carers-network'],
    status: 'published',
    journeyStage: 'implementation',
    themes: ['interoperability', 'workforce-and-training', 'information-governance'],
    careSettings: ['community', 'social_care', 'voluntary_sector', 'acute'],
    tags: [...programme, 'go-live', 'hospital-discharge'],
    related: ['lesson:sw-09', 'lesson:sw-10', 'solution:sw-flow-mapping'],
    summary:
      'Six teams went live in one week with a shared discharge summary. The first three months brought faster starts to care, one consent problem found and fixed, and a list of improvements from the front line.',
    body: `## What went live

A discharge summary — reason for admission, medicines changes, care package, equipment, carer contact and consent — visible to community nursing, adult social care and the carers' service on the day of discharge.

## Go-live week

Floor-walkers from every partner sat in every team. Every question was logged and answered within a day; the log became the FAQ.

## The first three months

- Care packages started on the day of discharge for 82% of people, up from 61%.
- A carers' worker spotted that her access role showed more than carers' services needed. Access was narrowed within a week and a consent step added at discharge.
- Weekend discharges remained the weak point: summaries were sometimes completed on Monday.

## What we changed

Ward teams now complete the summary before the discharge letter, and the out-of-hours social care team has read access.`,
    outcomes: `- Same-day start of care packages: 61% → 82%.
- One access problem found by staff and fixed within a week.
- Out-of-hours teams given access after three months.`,
  },
  {
    key: 'case-study:sw-review',
    title: 'Sharing Well after eighteen months: what we would tell the next place',
    daysAgo: 45,
    author: people.fiona,
    sites: ['fenland-broads-icb', 'ashby-county-council', 'linden-valley-council', 'harbourside-community-health'],
    status: 'published',
    journeyStage: 'review_and_spread',
    themes: ['evaluation', 'information-governance', 'procurement'],
    careSettings: ['social_care', 'community', 'voluntary_sector', 'primary', 'acute'],
    tags: [...programme, 'evaluation', 'spread'],
    related: ['lesson:sw-07', 'lesson:sw-08', 'solution:sw-sharing-agreement', 'solution:sw-flow-mapping', 'solution:sw-vcse-starter-kit'],
    summary:
      'Three places, eighteen months, one review: what made multi-agency information sharing work, what it cost, and the kit the next two places will start with.',
    body: `## What we set out to do

Make sure people leaving hospital with care and support needs only tell their story once, get the support agreed, and have carers who know who to call.

## What worked in all three places

1. **A purpose written with residents** before any system was discussed.
2. **Caldicott Guardians meeting early**, before legal review.
3. **Flow mapping with front-line staff** to find the real gaps.
4. **Paying the voluntary sector** for its time and giving small charities an IG buddy.
5. **Floor-walkers from every agency** in go-live week.

## What did not

- Outcome measures were agreed too late; only one place has a proper baseline.
- Weekend and out-of-hours services were an afterthought everywhere.
- Copying access roles between partners caused the one real consent problem.

## Spreading it

Two more places start next spring. They will begin with the shared agreement template, the flow-mapping kit and the voluntary sector starter kit, and with outcome measures and a baseline agreed in the design stage.`,
    outcomes: `- Three places live; two more funded to start next year.
- "I only had to tell my story once": 38% → 71% (Ashby, matched comparison).
- Three reusable solutions published on the hub, adopted nine times so far.`,
    links: [
      {
        title: 'Sharing Well eighteen-month review (full report)',
        url: 'https://fenlandbroads.example.nhs.uk/sharing-well/review.pdf',
        kind: 'document',
      },
      {
        title: 'Review summary for residents (easy read)',
        url: 'https://fenlandbroads.example.nhs.uk/sharing-well/review-easy-read.pdf',
        kind: 'document',
      },
    ],
  },
  {
    key: 'case-study:sw-mental-health',
    title: 'Bringing mental health services into a multi-agency information-sharing agreement',
    daysAgo: 15,
    author: people.leah,
    sites: ['pennine-mental-health'],
    status: 'submitted',
    journeyStage: 'design_and_planning',
    themes: ['information-governance', 'clinical-safety'],
    careSettings: ['mental_health', 'social_care', 'voluntary_sector'],
    tags: [...programme, 'mental-health'],
    related: ['solution:sw-sharing-agreement'],
    summary:
      'What changed when a mental health trust joined an existing agreement: more sensitive information, stricter access and a bigger role for the person’s own wishes.',
    body: `## Why it is different

Mental health information carries particular sensitivity, and some of it (for example, detention under the Mental Health Act) has its own rules. Our partners' agreement was written for physical health and social care.

## What we changed

- A smaller shared data set: care coordinator contact, crisis plan summary and the person's stated sharing wishes.
- A crisis plan summary shared only with the person's agreement, recorded and reviewed at every care programme approach review.
- Access for voluntary sector partners limited to contact details unless the person chooses otherwise.

## Next steps

Testing the crisis plan summary with people who use our services before the agreement is signed.`,
    outcomes: '- Agreement addendum drafted and reviewed by all partners’ Caldicott Guardians.',
  },
]

export const informationSharingSolutions: DemoSolution[] = [
  {
    key: 'solution:sw-sharing-agreement',
    title: 'Multi-agency information-sharing agreement template',
    daysAgo: 350,
    author: people.tom,
    site: 'ashby-county-council',
    status: 'published',
    maturity: 'proven',
    themes: ['information-governance'],
    careSettings: ['social_care', 'community', 'voluntary_sector', 'primary'],
    tags: [...programme, 'information-sharing-agreement', 'dpia'],
    problem:
      'Every multi-agency project writes its information-sharing agreement from scratch, and legal review across several organisations takes months.',
    description: `A plain-English information-sharing agreement for councils, NHS organisations and voluntary partners sharing information for individual care, already reviewed by three legal teams.

- Purpose section that starts from residents' outcomes.
- Lawful bases for health and social care, with the reasoning written out.
- A schedule per flow: data items, who sees them, retention, and the named owner.
- Joiners and leavers process for partner organisations.
- A matching joint DPIA template.`,
    howToAdopt: `1. Hold a workshop for your Caldicott Guardians and DPOs with the template open; agree the lawful bases first.
2. Fill one schedule per flow from your flow-mapping output.
3. Send to legal review only once the guardians agree.
4. Publish a plain-English summary for residents.`,
    artefacts: [
      {
        title: 'Information-sharing agreement template',
        url: 'https://example.org/sharing-well/agreement-template.docx',
        kind: 'agreement',
      },
      { title: 'Joint DPIA template', url: 'https://example.org/sharing-well/joint-dpia-template.docx', kind: 'template' },
      { title: 'Resident summary template', url: 'https://example.org/sharing-well/resident-summary.docx', kind: 'template' },
    ],
  },
  {
    key: 'solution:sw-vcse-starter-kit',
    title: 'Voluntary sector information-sharing starter kit',
    daysAgo: 280,
    author: people.joy,
    site: 'ashby-voluntary-action',
    status: 'published',
    maturity: 'piloted',
    derivedFrom: 'solution:sw-sharing-agreement',
    themes: ['information-governance', 'workforce-and-training'],
    careSettings: ['voluntary_sector'],
    tags: [...programme, 'voluntary-sector', 'dspt'],
    problem:
      'Small charities are asked to sign NHS-style information-sharing agreements and meet the Data Security and Protection Toolkit with no IG staff of their own.',
    description: `Extends the multi-agency agreement for small voluntary organisations:

- A one-page version of the agreement's obligations in plain English.
- The toolkit's questions rewritten for a small organisation, with example answers.
- A buddying model: an NHS or council IG lead gives one hour a month for three months.
- Template policies (confidentiality, incident reporting, retention) sized for a charity with no IT department.`,
    howToAdopt: `1. Find a buddy organisation with an IG team (the ICB is a good start).
2. Give each charity the plain-English pack before their first buddy session.
3. Budget a few days of each charity's time — the kit saves effort but does not remove it.`,
    artefacts: [
      { title: 'Starter kit for voluntary organisations', url: 'https://ashbyva.example.org.uk/sharing-well/starter-kit', kind: 'toolkit' },
      {
        title: 'Plain-English toolkit questions',
        url: 'https://ashbyva.example.org.uk/sharing-well/dspt-plain-english.pdf',
        kind: 'document',
      },
    ],
  },
  {
    key: 'solution:sw-flow-mapping',
    title: 'Information flow mapping workshop kit',
    daysAgo: 420,
    author: people.marcus,
    site: 'linden-valley-council',
    status: 'published',
    maturity: 'proven',
    themes: ['technical-architecture', 'patient-and-public-engagement'],
    careSettings: ['social_care', 'community', 'voluntary_sector', 'primary', 'acute'],
    tags: [...programme, 'process-mapping', 'co-design'],
    problem:
      'Information-sharing projects are designed from system diagrams, so they solve the problems suppliers can see rather than the gaps front-line staff and residents live with.',
    description: `A one-day workshop format for mapping real information flows between agencies, with everything needed to run it.

- Facilitator guide and timings.
- Case selection guidance and a consent form for using real (anonymised) journeys.
- Sticky-note conventions: hand-offs, delays, "we ring round" gaps.
- A template that turns the wall into prioritised requirements and minimum data sets.`,
    howToAdopt: `1. Pick three or four recent cases with the teams involved.
2. Book a whole day and a large wall; invite your supplier to listen.
3. Follow the facilitator guide; photograph everything before tidying.
4. Turn the gaps into requirements within a week, while memories are fresh.`,
    artefacts: [
      { title: 'Facilitator guide', url: 'https://example.org/sharing-well/flow-mapping/facilitator-guide.pdf', kind: 'toolkit' },
      {
        title: 'Requirements and data set template',
        url: 'https://example.org/sharing-well/flow-mapping/requirements-template.xlsx',
        kind: 'template',
      },
      {
        title: 'Short film: a flow-mapping day in Linden Valley',
        url: 'https://example.org/sharing-well/flow-mapping/film',
        kind: 'video',
      },
    ],
  },
]

export const informationSharingAdoptions: DemoAdoption[] = [
  {
    key: 'adoption:sw-agreement-linden-valley',
    solution: 'solution:sw-sharing-agreement',
    site: 'linden-valley-council',
    mode: 'customise',
    status: 'live',
    daysAgo: 330,
    startedDaysAgo: 325,
    recordedBy: people.marcus,
    notes: 'Added a schedule for housing information; otherwise used as written.',
  },
  {
    key: 'adoption:sw-agreement-fenland',
    solution: 'solution:sw-sharing-agreement',
    site: 'fenland-broads-icb',
    mode: 'replicate',
    status: 'live',
    daysAgo: 320,
    startedDaysAgo: 318,
    recordedBy: people.fiona,
    notes: 'Signed as the ICB’s standard for multi-agency sharing for individual care.',
  },
  {
    key: 'adoption:sw-agreement-ashby-va',
    solution: 'solution:sw-sharing-agreement',
    site: 'ashby-voluntary-action',
    mode: 'enhance',
    status: 'live',
    daysAgo: 300,
    startedDaysAgo: 295,
    produced: 'solution:sw-vcse-starter-kit',
    recordedBy: people.joy,
    notes: 'Built a starter kit so small charities can sign the agreement and meet the toolkit standard.',
  },
  {
    key: 'adoption:sw-starter-kit-moorland',
    solution: 'solution:sw-vcse-starter-kit',
    site: 'moorland-carers-network',
    mode: 'replicate',
    status: 'in_progress',
    daysAgo: 100,
    startedDaysAgo: 95,
    recordedBy: people.ruth,
    notes: 'Working through the plain-English toolkit questions with our buddy from Harbourside.',
  },
  {
    key: 'adoption:sw-flow-mapping-ashby',
    solution: 'solution:sw-flow-mapping',
    site: 'ashby-county-council',
    mode: 'customise',
    status: 'live',
    daysAgo: 400,
    startedDaysAgo: 398,
    recordedBy: people.tom,
    notes: 'Ran it over two half-days instead of one day so front-line staff could attend.',
  },
  {
    key: 'adoption:sw-flow-mapping-harbourside',
    solution: 'solution:sw-flow-mapping',
    site: 'harbourside-community-health',
    mode: 'replicate',
    status: 'live',
    daysAgo: 260,
    startedDaysAgo: 258,
    recordedBy: people.hannah,
    notes: 'Used exactly as written with six teams.',
  },
]
