import type { DemoAdoption, DemoCaseStudy, DemoLesson, DemoSolution } from './demo-model.js'
import { people } from './demo-people.js'

/**
 * Information prescriptions: GP practices, trusts and a carers' charity giving people curated,
 * trusted information about their condition, learning together in an action-learning network.
 */

const ip = ['information-prescriptions']

export const informationPrescriptionLessons: DemoLesson[] = [
  {
    key: 'lesson:ip-01',
    title: 'Start information prescriptions with three conditions, not thirty',
    daysAgo: 400,
    author: people.priya,
    site: 'riverside-medical-practice',
    status: 'published',
    journeyStage: 'implementation',
    themes: ['patient-and-public-engagement', 'clinical-safety'],
    careSettings: ['primary'],
    tags: [...ip, 'long-term-conditions', 'health-literacy'],
    related: ['solution:ip-library', 'case-study:ip-riverside'],
    summary:
      'We planned information prescriptions for every long-term condition on our registers. Narrowing to type 2 diabetes, asthma and hypertension got us live in six weeks and gave us something to learn from.',
    context:
      'Riverside Medical Practice (11,400 patients) joined the information prescriptions pilot wanting every clinician to be able to send a patient a curated set of trusted links after a consultation. Our first plan listed 31 conditions, each needing a clinical lead to approve its sources.',
    wentWell: `- Three conditions meant three short clinical sign-offs, done in one protected learning session.
- Diabetes, asthma and hypertension cover a large share of our chronic disease reviews, so clinicians used the prescriptions every day and the habit formed quickly.
- Patients told the nurses which links they had actually read, which shaped the next round of conditions.`,
    didNotGoWell: `- Two GPs felt their specialist interests (menopause and back pain) had been left out and stayed sceptical for months.
- We underestimated how often national pages change their addresses; one asthma link broke in the first fortnight.`,
    doDifferently: `- Publish the order in which conditions will be added, so nobody feels forgotten.
- Name a link owner for each condition from day one, with a monthly check.
- Ask patients at the first review which formats they prefer (web page, video, leaflet) before choosing sources.`,
  },
  {
    key: 'lesson:ip-02',
    title: 'Reception teams can send information prescriptions too',
    daysAgo: 300,
    author: people.priya,
    site: 'riverside-medical-practice',
    status: 'published',
    journeyStage: 'implementation',
    themes: ['workforce-and-training', 'patient-and-public-engagement'],
    careSettings: ['primary'],
    tags: [...ip, 'care-navigation', 'reception'],
    related: ['solution:ip-library'],
    summary:
      'Trained care navigators sending pre-approved information prescriptions for non-clinical needs (carers’ support, housing, benefits) doubled how many patients received one, without adding to clinician time.',
    context:
      'Six months in, nearly all information prescriptions came from two nurses. Our reception team already signposted patients to local services by telephone but had nothing to send afterwards.',
    wentWell: `- The care navigators chose the first ten "non-clinical" prescriptions themselves, from the questions they are asked most.
- A clear rule — navigators send only from the approved list and never for symptoms — reassured the partners.
- Patients liked receiving the link by text while still on the phone.`,
    didNotGoWell: `- Early on, one navigator sent a diabetes prescription because the patient asked for it; the rule was clear on paper but not in the template.
- Workload peaked on Monday mornings, when there is no time to send anything.`,
    doDifferently: `- Build the rule into the template: navigators only see the non-clinical list.
- Agree with the team that sending can wait until the afternoon if the patient is told to expect it.`,
  },
  {
    key: 'lesson:ip-03',
    title: 'Code every information prescription so you can count them',
    daysAgo: 270,
    author: people.priya,
    site: 'riverside-medical-practice',
    status: 'published',
    journeyStage: 'review_and_spread',
    themes: ['data-quality', 'evaluation'],
    careSettings: ['primary'],
    tags: [...ip, 'snomed-ct', 'clinical-coding'],
    related: ['solution:ip-templates'],
    summary:
      'For four months we could not say how many information prescriptions we had sent. Adding one SNOMED CT concept to the template gave us counts by condition, clinician and age group within a week.',
    context:
      'The network asked every pilot site to report monthly numbers. We had been sending links as free text in the patient record, which no search could find reliably.',
    wentWell: `- One agreed concept, recorded automatically by the template, meant nobody had to remember to code.
- The monthly search now runs in under a minute and feeds the network's shared dashboard.
- Seeing the numbers by age group showed that we were rarely sending to people over 75, which we have since addressed.`,
    didNotGoWell: `- The four months of free-text prescriptions could not be recovered accurately, so our baseline is thin.
- Two other practices in our network chose a different concept, and comparing figures needed a manual mapping.`,
    doDifferently: `- Agree the code across the whole network before anyone goes live.
- Put the search and the template in the same shared pack so nobody builds one without the other.`,
  },
  {
    key: 'lesson:ip-04',
    title: 'Patients without smartphones still want the link, on paper',
    daysAgo: 12,
    author: people.priya,
    site: 'riverside-medical-practice',
    status: 'draft',
    journeyStage: 'implementation',
    themes: ['digital-inclusion'],
    careSettings: ['primary'],
    tags: [...ip, 'digital-exclusion', 'printing'],
    summary:
      'Draft: some of our older patients asked for their information prescription to be printed so a family member could look it up later.',
    context:
      'Notes so far from our nurse-led reviews. About one in eight patients offered an information prescription did not have a mobile phone that could open a link.',
    wentWell: `- A printed slip with a short web address and the practice phone number was easy to produce from the template.`,
    didNotGoWell: `- Long web addresses are impossible to type; we need short links or QR codes.`,
    doDifferently: `- To be completed after the next review clinic.`,
  },
  {
    key: 'lesson:ip-05',
    title: 'Agree one trusted source list across the primary care network',
    daysAgo: 430,
    author: people.priya,
    site: 'mersey-vale-pcn',
    status: 'published',
    journeyStage: 'design_and_planning',
    themes: ['clinical-safety', 'patient-and-public-engagement'],
    careSettings: ['primary'],
    tags: [...ip, 'primary-care-network', 'trusted-sources'],
    related: ['solution:ip-library'],
    summary:
      'Seven practices were about to curate seven lists of links for the same conditions. One shared list, approved once by the PCN clinical director and a pharmacist, saved weeks of duplicated work.',
    context:
      'Mersey Vale PCN covers seven practices and around 68,000 patients. Each practice had signed up to the information prescriptions pilot separately, and each was starting to build its own list of approved sources.',
    wentWell: `- A short set of criteria for a trusted source (named organisation, date reviewed, no advertising, plain English) settled most arguments in advance.
- One clinical sign-off for the PCN, reviewed every quarter, replaced seven.
- Practices could still add local services (the community diabetes team, the local carers' centre) to their own copy.`,
    didNotGoWell: `- One practice had already printed leaflets with its own links and was reluctant to switch.
- Agreeing the criteria took three meetings, longer than any single practice would have needed.`,
    doDifferently: `- Start with the criteria and the first ten sources, and let the list grow from real requests.
- Invite patient participation group members to test the list early; their comments on reading level were the most useful we received.`,
  },
  {
    key: 'lesson:ip-06',
    title: 'Sending information prescriptions by text message: consent and wording',
    daysAgo: 40,
    author: people.priya,
    site: 'mersey-vale-pcn',
    status: 'changes_requested',
    decisionNote:
      'Thank you — this is useful and we would like to publish it. Could you say which messaging service the practices used and how patients could opt out, and remove the sample message that includes a real practice telephone number?',
    journeyStage: 'implementation',
    themes: ['information-governance', 'digital-inclusion'],
    careSettings: ['primary'],
    tags: [...ip, 'sms', 'consent'],
    summary: 'Texting the link straight after a consultation worked well, but the wording of the message mattered more than we expected.',
    context:
      'Four Mersey Vale practices switched from printed slips to text messages for information prescriptions. Patients are asked in the consultation whether they would like the link sent to their mobile.',
    wentWell: `- Nine out of ten patients offered a text said yes.
- Messages that named the condition and the clinician ("Information from Nurse Patel about your asthma") were opened far more often than generic ones.`,
    didNotGoWell: `- A few patients share a phone with family and did not want their condition named in the message.
- Early messages included the full web address and were split into three texts.`,
    doDifferently: `- Ask in the consultation whether naming the condition is all right.
- Use short links from the shared library, not full addresses.`,
  },
  {
    key: 'lesson:ip-07',
    title: 'Outpatient clinicians want the prescription in the clinic letter, not in another system',
    daysAgo: 330,
    author: people.grace,
    site: 'northfield-teaching-hospitals',
    status: 'published',
    journeyStage: 'implementation',
    themes: ['interoperability', 'patient-and-public-engagement'],
    careSettings: ['acute'],
    tags: [...ip, 'outpatients', 'clinic-letters'],
    related: ['solution:ip-letters', 'case-study:ip-northfield-letters'],
    summary:
      'Our first pilot asked consultants to log into a separate web tool to send information prescriptions. Almost nobody did. Adding a section to the clinic letter template changed that within a month.',
    context:
      'Northfield Teaching Hospitals piloted information prescriptions in three outpatient specialties: rheumatology, gastroenterology and cardiology. Clinic letters are dictated and typed, then sent to the patient and their GP.',
    wentWell: `- A "Further information for you" section in the letter template took medical secretaries seconds to fill from a drop-down list.
- Patients and GPs received the same links, so follow-up conversations started from the same place.
- Rheumatology went from 4 to 160 prescriptions a month.`,
    didNotGoWell: `- The separate tool had cost money and goodwill, and we had to explain why we were abandoning it.
- Letters take up to two weeks to reach some patients, which is too slow for newly diagnosed people.`,
    doDifferently: `- Ask clinicians how they already communicate with patients before choosing a channel.
- Pair the letter with a text message on the day of the appointment for new diagnoses.`,
  },
  {
    key: 'lesson:ip-08',
    title: 'Decide who owns a broken link before the first one breaks',
    daysAgo: 360,
    author: people.grace,
    site: 'northfield-teaching-hospitals',
    status: 'published',
    journeyStage: 'pre_implementation',
    themes: ['clinical-safety', 'information-governance'],
    careSettings: ['acute', 'primary'],
    tags: [...ip, 'clinical-safety-case', 'link-checking'],
    related: ['solution:ip-library'],
    summary:
      'Our clinical safety officer treated curated links as a clinical hazard: an out-of-date page can give wrong advice. Naming an owner and a review date for every link was the control that mattered most.',
    context:
      'Before going live we wrote a short clinical safety case for information prescriptions under DCB0160. The hazard workshop was the first time the team had thought about what happens when a trusted page changes.',
    wentWell: `- The hazard log gave us a shared language: "stale content", "wrong audience", "broken link".
- Every link in the library now carries an owner, a review date and the date it was last checked.
- An automated weekly link check emails the owner when a page disappears or redirects.`,
    didNotGoWell: `- The first draft of the safety case was far too long for a low-risk change, and put people off reading it.
- Some owners moved roles and nobody picked up their links for two months.`,
    doDifferently: `- Keep the safety case proportionate: two pages and a hazard log.
- Assign links to a role (the specialty's lead nurse), not to a named person.`,
  },
  {
    key: 'lesson:ip-09',
    title: 'Page views told us less than asking patients',
    daysAgo: 180,
    author: people.grace,
    site: 'northfield-teaching-hospitals',
    status: 'published',
    journeyStage: 'review_and_spread',
    themes: ['evaluation', 'patient-and-public-engagement'],
    careSettings: ['acute'],
    tags: [...ip, 'patient-feedback', 'measurement'],
    related: ['solution:ip-letters'],
    summary:
      'Click counts showed that most links were opened, but not whether they helped. A three-question survey at the follow-up appointment gave the network its most persuasive evidence.',
    context:
      'The learning lunch on measurement asked each site what it knew about whether information prescriptions were used. We had analytics from our short-link service and nothing else.',
    wentWell: `- Three questions, asked by the nurse at follow-up: did you read it, did it help, would you want more like it?
- 78% said the information helped them understand their condition; several said it helped them prepare questions for the appointment.
- The comments were quoted in our report to the trust board and secured another year of funding.`,
    didNotGoWell: `- We started the survey late, so only a quarter of patients had the chance to answer.
- Patients who had not read the information rarely said so to a nurse; the results are probably optimistic.`,
    doDifferently: `- Plan how you will know whether it helped before going live.
- Offer an anonymous option (a card or a short online form) alongside the nurse's questions.`,
  },
  {
    key: 'lesson:ip-10',
    title: 'Copying a neighbouring practice’s information prescriptions took two weeks, not two months',
    daysAgo: 220,
    author: people.daniel,
    site: 'kingsmead-surgery',
    status: 'published',
    journeyStage: 'implementation',
    themes: ['patient-and-public-engagement', 'workforce-and-training'],
    careSettings: ['primary'],
    tags: [...ip, 'reuse', 'spread'],
    related: ['solution:ip-library', 'solution:ip-templates'],
    summary:
      'Rather than design our own, we replicated Riverside’s curated library and the Mersey Vale templates almost unchanged. The time went into training, not design.',
    context:
      'Kingsmead Surgery is a small London practice (5,200 patients) that joined the network a year after the first pilots. We had no spare clinical time for curating sources.',
    wentWell: `- Importing the shared templates took an afternoon with our clinical system's support team.
- Riverside's nurse lead spent an hour on a video call walking our team through a real consultation.
- We were sending prescriptions for diabetes and asthma by the end of the second week.`,
    didNotGoWell: `- A few local services in the library were in Riverside's area and had to be swapped for ours.
- We did not tell our patient participation group until after go-live, and they would have liked to be involved.`,
    doDifferently: `- Ask the originating site for their list of "local" entries so you know what to replace.
- Involve patients even when copying: they know which local services are worth sending people to.`,
  },
  {
    key: 'lesson:ip-11',
    title: 'District nurses prescribing information at the bedside',
    daysAgo: 20,
    author: people.hannah,
    site: 'harbourside-community-health',
    status: 'in_review',
    journeyStage: 'implementation',
    themes: ['digital-inclusion', 'workforce-and-training'],
    careSettings: ['community'],
    tags: [...ip, 'district-nursing', 'housebound-patients'],
    related: ['solution:ip-accessible'],
    summary:
      'Housebound patients and their families valued information prescriptions most when the nurse opened the page with them on a tablet during the visit, rather than sending a link afterwards.',
    context:
      'Harbourside’s district nursing teams care for around 1,900 housebound patients. We trialled information prescriptions for leg ulcer care, pressure area care and heart failure over three months.',
    wentWell: `- Looking at the page together on the nurse's tablet turned the link into a conversation.
- Family carers asked for the same links to be sent to them, which the nurses could do from the visit record.`,
    didNotGoWell: `- Mobile signal in rural parts of the patch meant pages sometimes would not load.
- Visits are already tightly scheduled; some nurses felt rushed.`,
    doDifferently: `- Save the most-used pages for offline viewing on the tablets.
- Offer the information prescription at the second visit, not the first, when there is more time.`,
  },
  {
    key: 'lesson:ip-12',
    title: 'After a new mental health diagnosis, talk first and send the information later',
    daysAgo: 160,
    author: people.leah,
    site: 'pennine-mental-health',
    status: 'published',
    journeyStage: 'design_and_planning',
    themes: ['patient-and-public-engagement', 'clinical-safety'],
    careSettings: ['mental_health'],
    tags: [...ip, 'co-production', 'lived-experience'],
    summary:
      'Our lived-experience advisers told us that a link sent straight after a diagnosis of bipolar disorder or psychosis can feel like being handed a label. We redesigned the approach around a follow-up conversation.',
    context:
      'Pennine Mental Health Partnership wanted to offer information prescriptions in its community mental health teams. We co-designed the approach with six people with lived experience over four sessions.',
    wentWell: `- The advisers chose the sources themselves, favouring pages written with people who have the condition.
- The agreed approach: the care coordinator offers information at the second contact, asks what the person would find useful, and sends a short, personal selection.
- Peer support groups and recovery college courses sit alongside clinical information.`,
    didNotGoWell: `- Clinicians worried that delaying information could feel withholding; it took time to agree that the person decides.
- Co-design sessions needed more preparation and payment arrangements than we had planned.`,
    doDifferently: `- Budget for paying lived-experience advisers from the start, using the trust's involvement policy.
- Test the wording of the offer ("Would it help to have some information to read at home?") with advisers before training staff.`,
  },
  {
    key: 'lesson:ip-13',
    title: 'Carers need their own information prescription',
    daysAgo: 340,
    author: people.ruth,
    site: 'moorland-carers-network',
    status: 'published',
    journeyStage: 'vision',
    themes: ['patient-and-public-engagement'],
    careSettings: ['voluntary_sector', 'primary', 'social_care'],
    tags: [...ip, 'carers', 'voluntary-sector'],
    related: ['case-study:ip-carers'],
    summary:
      'At the first workshop, GP practices described information prescriptions for patients. Carers were invisible. We made the case for a carer’s information prescription and two practices agreed to try it.',
    context:
      'Moorland Carers Network supports around 2,300 unpaid carers. We joined the action-learning network as its only voluntary sector member, invited by a GP practice we already worked with.',
    wentWell: `- Carers' own questions (respite, carer's assessment, benefits, looking after yourself) gave a clear starting list.
- GPs recognised the gap as soon as it was described in carers' words.
- Our helpline became a trusted destination in the library, with a referral route back from us to the practice.`,
    didNotGoWell: `- Practices struggled to identify carers: the carer flag in the record is patchy.
- Our capacity to take referrals was not funded by the pilot.`,
    doDifferently: `- Agree with practices how carers will be identified before launching anything for them.
- Make the voluntary sector's time part of the network's budget, not a favour.`,
  },
  {
    key: 'lesson:ip-14',
    title: 'Information prescriptions fit naturally into long-term condition reviews',
    daysAgo: 8,
    author: people.imran,
    site: 'calder-bridge-health-centre',
    status: 'submitted',
    journeyStage: 'implementation',
    themes: ['patient-and-public-engagement'],
    careSettings: ['primary'],
    tags: [...ip, 'long-term-conditions', 'annual-review'],
    related: ['solution:ip-library'],
    summary:
      'Adding the information prescription step to our annual review templates for diabetes, COPD and heart failure meant it happened at the right moment, every time.',
    context:
      'Calder Bridge Health Centre adopted the curated library in the spring. We first offered prescriptions ad hoc, then built them into the review templates our nurses already use.',
    wentWell: `- The review template prompts the nurse at the end of the review, when goals have just been agreed.
- Over three months, 64% of reviewed patients accepted an information prescription.`,
    didNotGoWell: `- Patients seen by the healthcare assistant for part of the review sometimes missed the step.`,
    doDifferently: `- Put the prompt in every template used in the review, not only the nurse's.`,
  },
  {
    key: 'lesson:ip-15',
    title: 'Begin with a small number of conditions',
    daysAgo: 30,
    author: people.daniel,
    site: 'kingsmead-surgery',
    status: 'duplicate',
    duplicateOf: 'lesson:ip-01',
    decisionNote:
      'This says the same as Riverside’s published lesson on starting with three conditions. We have added your point about menopause to the discussion there; please comment on that lesson rather than publishing a second one.',
    journeyStage: 'implementation',
    themes: ['patient-and-public-engagement'],
    careSettings: ['primary'],
    tags: [...ip],
    summary: 'We found it easier to start information prescriptions with a handful of common conditions.',
    context: 'Kingsmead Surgery started information prescriptions with diabetes and asthma.',
    wentWell: '- Fewer conditions meant less to approve.',
    didNotGoWell: '- Menopause was the most requested topic and was not in our first set.',
    doDifferently: '- Ask patients which conditions matter to them first.',
  },
  {
    key: 'lesson:ip-16',
    title: 'Leaflet racks in outpatients did not work as information prescriptions',
    daysAgo: 480,
    author: people.grace,
    site: 'northfield-teaching-hospitals',
    status: 'archived',
    journeyStage: 'pre_implementation',
    themes: ['patient-and-public-engagement'],
    careSettings: ['acute'],
    tags: [...ip, 'leaflets'],
    summary:
      'Before joining the network we tried stocking outpatient waiting areas with printed leaflets chosen by each specialty. Stock ran out, went out of date, and nobody could tell who took what.',
    context:
      'An early, pre-pilot attempt at giving patients trusted information in three outpatient clinics. Superseded by our letters approach, which we describe separately.',
    wentWell: `- Specialties enjoyed choosing the leaflets and it started useful conversations about quality.`,
    didNotGoWell: `- Reprinting cost more than expected and several leaflets were two editions out of date within a year.
- Leaflets were taken by whoever walked past, not given to the people who needed them.`,
    doDifferently: `- Give information to a named person at the right moment, and link to pages that are kept up to date.`,
  },
  {
    key: 'lesson:ip-17',
    title: 'Spreading information prescriptions beyond the pilot sites needs a named person in each place',
    daysAgo: 50,
    author: people.grace,
    site: 'northfield-teaching-hospitals',
    status: 'published',
    journeyStage: 'review_and_spread',
    themes: ['evaluation', 'workforce-and-training'],
    careSettings: ['primary', 'acute', 'community'],
    tags: [...ip, 'spread', 'national-conference'],
    related: ['case-study:ip-northfield-letters', 'solution:ip-accessible'],
    summary:
      'At the national conference, sites that had adopted information prescriptions without a local champion described stalling within months. Every site that kept going had one person whose job included it.',
    context:
      'The network’s national conference brought the eight pilot sites together with 30 organisations planning to adopt. We ran a session on what made the difference between sites that kept going and sites that stalled.',
    wentWell: `- Adopting sites could take the library, templates and letter wording as they were, which removed most of the design work.
- A named champion (often a practice nurse or a clinical nurse specialist) with two hours a month protected kept prescriptions going through staff changes.`,
    didNotGoWell: `- Two early adopters relied on an enthusiastic GP who then left; their numbers fell to almost nothing.
- Champions felt isolated between network events.`,
    doDifferently: `- Make a named champion, with protected time, a condition of joining the spread phase.
- Run a monthly thirty-minute champions' call rather than relying on conferences.`,
  },
]

export const informationPrescriptionCaseStudies: DemoCaseStudy[] = [
  {
    key: 'case-study:ip-riverside',
    title: 'Information prescriptions at Riverside Medical Practice: the first six months',
    daysAgo: 260,
    author: people.priya,
    sites: ['riverside-medical-practice', 'mersey-vale-pcn'],
    status: 'published',
    journeyStage: 'implementation',
    themes: ['patient-and-public-engagement', 'clinical-safety', 'data-quality'],
    careSettings: ['primary'],
    tags: [...ip, 'general-practice'],
    related: ['lesson:ip-01', 'lesson:ip-02', 'lesson:ip-03', 'solution:ip-library', 'solution:ip-templates'],
    summary:
      'How a mid-sized GP practice went from an idea to more than 400 information prescriptions a month, what it built, and what other practices have since reused.',
    body: `## Why we started

Our nurses spent a lot of each long-term condition review answering questions that good, trusted pages already answer well. Patients were finding their own information, and some of it was wrong or trying to sell them something. We wanted every clinician to be able to send a small, curated set of links that we stood behind.

## What we did

1. **Chose three conditions** — type 2 diabetes, asthma and hypertension — and asked a clinical lead for each to approve a short list of sources against four criteria: a named publisher, a recent review date, no advertising and plain English.
2. **Built the library** as a shared spreadsheet and then as short links, each with an owner and a review date.
3. **Added a template** to the clinical system so that sending a prescription also records a code, which lets us count them.
4. **Trained the whole team** in one protected learning session, including reception, who now send non-clinical prescriptions such as carers' support.
5. **Asked patients** at follow-up whether the information helped.

## What changed

By month six we were sending more than 400 information prescriptions a month across 12 conditions. Nurses reported fewer repeat questions in reviews, and our patient participation group now reviews new sources every quarter.

## What others reused

Mersey Vale PCN turned our library into templates for all seven of its practices; Kingsmead Surgery and Calder Bridge Health Centre replicated it almost unchanged.`,
    outcomes: `- 400+ information prescriptions a month by month six, across 12 conditions.
- 81% of patients asked at follow-up said the information was useful.
- Link owners and monthly checks: no broken links reported by patients since month three.
- Library and templates reused by three other practices.`,
    links: [
      {
        title: 'Riverside information prescriptions: six-month report',
        url: 'https://riverside.example.nhs.uk/ip/six-month-report.pdf',
        kind: 'document',
      },
      {
        title: 'Workshop slides: information prescriptions in the consultation',
        url: 'https://example.org/ip-network/workshop-2-slides',
        kind: 'presentation',
      },
    ],
  },
  {
    key: 'case-study:ip-northfield-letters',
    title: 'Putting information prescriptions into outpatient letters at Northfield',
    daysAgo: 55,
    author: people.grace,
    sites: ['northfield-teaching-hospitals'],
    status: 'published',
    journeyStage: 'review_and_spread',
    themes: ['interoperability', 'patient-and-public-engagement', 'evaluation'],
    careSettings: ['acute'],
    tags: [...ip, 'outpatients', 'clinic-letters'],
    related: ['lesson:ip-07', 'lesson:ip-09', 'lesson:ip-17', 'solution:ip-letters'],
    summary:
      'A teaching hospital abandoned a stand-alone tool, put information prescriptions into the clinic letter template instead, and is now spreading the approach to twelve specialties.',
    body: `## The starting point

Northfield's first attempt at information prescriptions used a separate web tool that clinicians had to log into. After three months it had been used 41 times. Clinicians were not against the idea; they simply never had the tool open.

## The change

We asked consultants and medical secretaries how information already reached patients after a clinic. The answer was the clinic letter. Working with the letters team, we added an optional section, *Further information for you*, to the template. Secretaries pick entries from the curated library using a drop-down list, so the letter carries the titles and short links and the GP sees the same information.

## Spreading it

After rheumatology, gastroenterology and cardiology, the approach was offered to every specialty. Each one nominates a lead nurse who owns its links. A weekly automated check warns owners about broken or redirected pages.

## Measuring it

Counts come from the letters system. Whether it helps comes from three questions asked at follow-up and an anonymous card in clinic.`,
    outcomes: `- From 41 prescriptions in three months with the separate tool to over 1,100 a month through letters.
- 12 specialties live or preparing; each with a named link owner.
- 78% of patients surveyed at follow-up said the information helped them understand their condition.
- Approach adopted and extended by Harbourside Community Health (easy-read and translated versions).`,
    links: [
      {
        title: 'Clinic letter template: further information section',
        url: 'https://northfield.example.nhs.uk/letters/further-information-template.docx',
        kind: 'template',
      },
      {
        title: 'National conference presentation',
        url: 'https://example.org/ip-network/national-conference/northfield-letters',
        kind: 'presentation',
      },
    ],
  },
  {
    key: 'case-study:ip-carers',
    title: 'A carers’ charity and two GP practices: information prescriptions for unpaid carers',
    daysAgo: 300,
    author: people.ruth,
    sites: ['moorland-carers-network', 'riverside-medical-practice'],
    status: 'published',
    journeyStage: 'pre_implementation',
    themes: ['patient-and-public-engagement', 'information-governance'],
    careSettings: ['voluntary_sector', 'primary', 'social_care'],
    tags: [...ip, 'carers', 'voluntary-sector', 'social-prescribing'],
    related: ['lesson:ip-13'],
    summary:
      'How a voluntary sector partner shaped a carer’s information prescription, and what had to be agreed with practices before carers could be referred onwards.',
    body: `## Why carers

Carers look after someone else's health and often neglect their own. GP practices know some of them but rarely offer them anything specific. At the network's first workshop, Moorland Carers Network proposed a carer's information prescription: a short set of links and a route to the charity's support.

## Getting ready

Before anything went live, three things had to be agreed:

- **Identifying carers.** Practices reviewed how they record carers and ran a two-week drive at reception to ask.
- **A referral route.** With the carer's agreement, the practice sends a short referral; the charity contacts the carer within five working days. A simple information-sharing agreement covers what is shared and why.
- **Content.** Carers chose the sources: carer's assessments, respite, benefits, and looking after your own health.

## Where it stands

Both practices are offering the carer's prescription. The charity has taken 140 referrals and is seeking funding to offer it more widely.`,
    outcomes: `- 140 carers referred to the charity in the first five months.
- Carer identification at the two practices up by a third after the reception drive.
- A one-page information-sharing agreement reused by two other voluntary organisations.`,
    links: [
      {
        title: 'Carer’s information prescription: list of sources',
        url: 'https://moorlandcarers.example.org.uk/carers-information-prescription',
        kind: 'website',
      },
    ],
  },
  {
    key: 'case-study:ip-mersey-vale',
    title: 'Mersey Vale PCN: information prescriptions across seven practices',
    daysAgo: 6,
    author: people.priya,
    sites: ['mersey-vale-pcn'],
    status: 'draft',
    journeyStage: 'review_and_spread',
    themes: ['patient-and-public-engagement', 'evaluation'],
    careSettings: ['primary'],
    tags: [...ip, 'primary-care-network'],
    related: ['solution:ip-templates'],
    summary: 'Draft: how one shared library and one set of templates took information prescriptions to every practice in the PCN.',
    body: `## Outline

- Why we chose one list for the PCN
- The templates and the code
- Numbers by practice (to add from the October search)
- What is next: text messages and the NHS App`,
    outcomes: '- To follow once the year-end figures are in.',
  },
]

export const informationPrescriptionSolutions: DemoSolution[] = [
  {
    key: 'solution:ip-library',
    title: 'Curated condition library for information prescriptions in general practice',
    daysAgo: 365,
    author: people.priya,
    site: 'riverside-medical-practice',
    status: 'published',
    maturity: 'proven',
    themes: ['patient-and-public-engagement', 'clinical-safety'],
    careSettings: ['primary'],
    tags: [...ip, 'trusted-sources', 'health-literacy'],
    problem:
      'Clinicians want to give patients trustworthy information about their condition, but every practice ends up curating its own links, they go out of date, and nobody can tell whether the information helped.',
    description: `A shared, clinically approved library of links for common conditions, each with an owner and a review date.

**What is in it**
- Entries for 24 conditions, each with 3–6 sources meeting four criteria: named publisher, reviewed in the last three years, no advertising, plain English.
- A *local services* column each practice completes for its own area.
- Non-clinical entries (carers, housing, benefits, loneliness) that trained care navigators may send.
- A link-checking routine and a monthly owner report.`,
    howToAdopt: `1. Copy the library spreadsheet and replace the local services for your area.
2. Ask a clinical lead to review each condition you will use (about 20 minutes a condition).
3. Name a link owner for each condition: a role, not a person.
4. Decide how you will send links (template, text message, letter) — see the templates solution for GP clinical systems.
5. Tell your patient participation group and ask them to review new sources quarterly.`,
    artefacts: [
      {
        title: 'Condition information library (spreadsheet)',
        url: 'https://example.org/ip-network/library/condition-library.xlsx',
        kind: 'template',
      },
      {
        title: 'Criteria for a trusted source',
        url: 'https://example.org/ip-network/library/trusted-source-criteria.pdf',
        kind: 'document',
      },
      { title: 'Link owner guide', url: 'https://example.org/ip-network/library/link-owner-guide', kind: 'toolkit' },
    ],
  },
  {
    key: 'solution:ip-templates',
    title: 'Information prescription templates for GP clinical systems',
    daysAgo: 320,
    author: people.priya,
    site: 'mersey-vale-pcn',
    status: 'published',
    maturity: 'scaled',
    derivedFrom: 'solution:ip-library',
    themes: ['interoperability', 'data-quality', 'patient-and-public-engagement'],
    careSettings: ['primary'],
    tags: [...ip, 'clinical-system-templates', 'snomed-ct'],
    problem:
      'A curated library of links is only used if sending one is quicker than not sending one, and counting information prescriptions is impossible when they are recorded as free text.',
    description: `Clinical system templates, built on the curated condition library, that let a clinician send an information prescription in three clicks and record it with one agreed code.

- A pick-list of conditions and their approved sources.
- Sends by text message or prints a slip with short links.
- Records a single agreed SNOMED CT concept and the condition, so a monthly search counts prescriptions by condition, clinician and age group.
- A separate non-clinical template for care navigators.

Enhanced from Riverside's library by Mersey Vale PCN and now in use in eleven practices.`,
    howToAdopt: `1. Import the template files through your clinical system's template manager (your system supplier's support team can help).
2. Load the condition library and replace the local services.
3. Import the monthly search.
4. Run a 30-minute session for clinicians and a separate one for care navigators.`,
    artefacts: [
      {
        title: 'Template pack (import files and guide)',
        url: 'https://example.org/ip-network/templates/template-pack.zip',
        kind: 'template',
      },
      { title: 'Monthly information prescription search', url: 'https://example.org/ip-network/templates/monthly-search', kind: 'toolkit' },
      { title: 'Training video for clinicians (8 minutes)', url: 'https://example.org/ip-network/templates/training-video', kind: 'video' },
    ],
  },
  {
    key: 'solution:ip-letters',
    title: 'Information prescriptions in outpatient clinic letters',
    daysAgo: 185,
    author: people.grace,
    site: 'northfield-teaching-hospitals',
    status: 'published',
    maturity: 'piloted',
    derivedFrom: 'solution:ip-templates',
    themes: ['interoperability', 'patient-and-public-engagement'],
    careSettings: ['acute'],
    tags: [...ip, 'outpatients', 'clinic-letters'],
    problem:
      'Hospital clinicians rarely use a separate tool to send patients information, and when they do, the patient’s GP does not see what was sent.',
    description: `Adapts the primary care templates to hospital outpatients: a *Further information for you* section in the clinic letter template, filled by medical secretaries from the curated library.

- Specialty sections of the library, each owned by a lead nurse.
- A drop-down in the letter template; titles and short links appear in the letter to the patient and the copy to the GP.
- Counts from the letters system; three follow-up questions on whether it helped.`,
    howToAdopt: `1. Agree with your letters or digital dictation team how a template section can be added.
2. Ask each specialty to nominate a link owner and review its section of the library.
3. Brief medical secretaries (15 minutes) and consultants (at a specialty meeting).
4. For new diagnoses, consider a same-day text message as well: letters can take two weeks to arrive.`,
    artefacts: [
      {
        title: 'Clinic letter section wording and layout',
        url: 'https://northfield.example.nhs.uk/letters/further-information-template.docx',
        kind: 'template',
      },
      {
        title: 'Specialty link owner checklist',
        url: 'https://northfield.example.nhs.uk/letters/link-owner-checklist.pdf',
        kind: 'document',
      },
    ],
  },
  {
    key: 'solution:ip-accessible',
    title: 'Easy-read and translated information prescriptions',
    daysAgo: 52,
    author: people.hannah,
    site: 'harbourside-community-health',
    status: 'published',
    maturity: 'idea',
    derivedFrom: 'solution:ip-letters',
    themes: ['digital-inclusion', 'patient-and-public-engagement'],
    careSettings: ['community', 'acute', 'primary'],
    tags: [...ip, 'easy-read', 'translation', 'accessible-information-standard'],
    problem:
      'Information prescriptions reach people least when they most need them: people with a learning disability, people who read little English, and people who cannot use a smartphone.',
    description: `Extends the letters approach with accessible versions of every library entry, chosen from the patient's recorded communication needs.

- Easy-read sources for the 12 most-used conditions.
- Sources in the five most-spoken languages locally after English, reviewed by community interpreters.
- A printed format with QR codes and a telephone number for people without smartphones.
- The template reads the patient's recorded communication needs (Accessible Information Standard) and offers the right version first.`,
    howToAdopt: `1. Check that communication needs are recorded in your system; without that, the automatic choice does nothing.
2. Ask your local learning disability team and interpreting service to review the sources for your area.
3. Add the accessible versions to your copy of the library.`,
    artefacts: [
      { title: 'Easy-read sources for 12 conditions', url: 'https://harbourside.example.nhs.uk/ip/easy-read-sources', kind: 'toolkit' },
      {
        title: 'Community interpreter review notes',
        url: 'https://harbourside.example.nhs.uk/ip/interpreter-review.pdf',
        kind: 'document',
      },
    ],
  },
  {
    key: 'solution:ip-qr-slips',
    title: 'QR code slips for printed information prescriptions',
    daysAgo: 10,
    author: people.priya,
    site: 'riverside-medical-practice',
    status: 'draft',
    maturity: 'idea',
    themes: ['digital-inclusion'],
    careSettings: ['primary'],
    tags: [...ip, 'qr-codes', 'printing'],
    problem: 'Patients who take a printed information prescription home cannot easily type long web addresses.',
    description: 'Draft: a printed slip with one QR code per source, a short web address and the practice telephone number.',
    howToAdopt: 'To be written after the pilot in review clinics.',
    artefacts: [],
  },
]

export const informationPrescriptionAdoptions: DemoAdoption[] = [
  {
    key: 'adoption:ip-library-kingsmead',
    solution: 'solution:ip-library',
    site: 'kingsmead-surgery',
    mode: 'replicate',
    status: 'live',
    daysAgo: 235,
    startedDaysAgo: 230,
    recordedBy: people.daniel,
    notes: 'Took the library as it was, swapping in our local services. Live for diabetes and asthma within two weeks.',
  },
  {
    key: 'adoption:ip-library-calder-bridge',
    solution: 'solution:ip-library',
    site: 'calder-bridge-health-centre',
    mode: 'replicate',
    status: 'in_progress',
    daysAgo: 150,
    startedDaysAgo: 120,
    recordedBy: people.imran,
    notes: 'Using the library in long-term condition reviews; adding COPD and heart failure next.',
  },
  {
    key: 'adoption:ip-library-mersey-vale',
    solution: 'solution:ip-library',
    site: 'mersey-vale-pcn',
    mode: 'enhance',
    status: 'live',
    daysAgo: 340,
    startedDaysAgo: 335,
    produced: 'solution:ip-templates',
    recordedBy: people.priya,
    notes:
      'Built clinical system templates and a monthly search on top of the library so all seven practices can send and count prescriptions.',
  },
  {
    key: 'adoption:ip-library-harbourside',
    solution: 'solution:ip-library',
    site: 'harbourside-community-health',
    mode: 'customise',
    status: 'stopped',
    daysAgo: 280,
    startedDaysAgo: 270,
    recordedBy: people.hannah,
    notes:
      'Tried the GP library with district nurses; most entries did not fit housebound patients. Stopped in favour of adapting the hospital letters approach with accessible versions.',
  },
  {
    key: 'adoption:ip-templates-riverside',
    solution: 'solution:ip-templates',
    site: 'riverside-medical-practice',
    mode: 'replicate',
    status: 'live',
    daysAgo: 300,
    startedDaysAgo: 298,
    recordedBy: people.priya,
    notes: 'Replaced our free-text approach with the PCN templates so our counts match the rest of the network.',
  },
  {
    key: 'adoption:ip-templates-kingsmead',
    solution: 'solution:ip-templates',
    site: 'kingsmead-surgery',
    mode: 'replicate',
    status: 'live',
    daysAgo: 232,
    startedDaysAgo: 230,
    recordedBy: people.daniel,
    notes: 'Imported the template pack alongside the library; sending prescriptions from week two.',
  },
  {
    key: 'adoption:ip-templates-northfield',
    solution: 'solution:ip-templates',
    site: 'northfield-teaching-hospitals',
    mode: 'enhance',
    status: 'live',
    daysAgo: 210,
    startedDaysAgo: 205,
    produced: 'solution:ip-letters',
    recordedBy: people.grace,
    notes: 'Adapted the templates to outpatient clinic letters, filled by medical secretaries.',
  },
  {
    key: 'adoption:ip-templates-orchard-lane',
    solution: 'solution:ip-templates',
    site: 'orchard-lane-surgery',
    mode: 'replicate',
    status: 'planned',
    daysAgo: 18,
    recordedBy: people.beth,
    notes: 'Planned for the new year, after our clinical system upgrade.',
  },
  {
    key: 'adoption:ip-letters-harbourside',
    solution: 'solution:ip-letters',
    site: 'harbourside-community-health',
    mode: 'enhance',
    status: 'in_progress',
    daysAgo: 90,
    startedDaysAgo: 80,
    produced: 'solution:ip-accessible',
    recordedBy: people.hannah,
    notes: 'Adding easy-read and translated versions chosen from recorded communication needs.',
  },
  {
    key: 'adoption:ip-letters-pennine',
    solution: 'solution:ip-letters',
    site: 'pennine-mental-health',
    mode: 'customise',
    status: 'planned',
    daysAgo: 45,
    recordedBy: people.leah,
    notes:
      'Will use the letter section in community mental health team letters, offered at the second contact as our advisers recommended.',
  },
]
