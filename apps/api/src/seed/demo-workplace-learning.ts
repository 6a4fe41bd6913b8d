import type { DemoAdoption, DemoCaseStudy, DemoLesson, DemoSolution } from './demo-model.js'
import { people } from './demo-people.js'

/** GP practices trying workplace learning tools: e-learning, peer learning sets, protected learning time. */

const learning = ['workplace-learning', 'general-practice']

export const workplaceLearningLessons: DemoLesson[] = [
  {
    key: 'lesson:wpl-01',
    title: 'Protected learning time only works when the phones are covered',
    daysAgo: 410,
    author: people.daniel,
    site: 'kingsmead-surgery',
    status: 'published',
    journeyStage: 'implementation',
    themes: ['workforce-and-training'],
    careSettings: ['primary'],
    tags: [...learning, 'protected-learning-time'],
    related: ['solution:wpl-plt-planner', 'case-study:wpl-plt'],
    summary:
      'Our first protected learning afternoons were interrupted by calls from patients who had not been told. Arranging cover through the extended access hub made the time genuinely protected.',
    context:
      'Kingsmead Surgery closes for one afternoon a month for whole-team learning. For the first three sessions, reception staff kept being called out to answer the phones.',
    wentWell: `- The PCN's extended access hub agreed to answer our calls and see urgent patients during sessions.
- Our telephone message, website and the NHS App all carry the dates three months ahead.
- Reception staff, who had missed most sessions, now attend every one.`,
    didNotGoWell: `- The first sessions lost goodwill: staff felt "protected" time was not protected for them.
- The hub could not cover two dates that clashed with bank holidays.`,
    doDifferently: `- Arrange cover before announcing the first session.
- Plan the year's dates with the hub at the same time.`,
  },
  {
    key: 'lesson:wpl-02',
    title: 'Short e-learning modules were finished; long ones were not',
    daysAgo: 300,
    author: people.daniel,
    site: 'kingsmead-surgery',
    status: 'published',
    journeyStage: 'implementation',
    themes: ['workforce-and-training', 'evaluation'],
    careSettings: ['primary'],
    tags: [...learning, 'e-learning', 'microlearning'],
    related: ['solution:wpl-microlearning'],
    summary:
      'Completion of ten-minute modules was over 90%; hour-long modules stalled at around 40%. Staff fit short modules between tasks.',
    context: 'We compared completion of statutory and optional e-learning across the team over six months.',
    wentWell: `- Short modules could be done in a quiet ten minutes at the desk.
- Splitting one long module into five short ones raised its completion from 38% to 88%.`,
    didNotGoWell: `- Some statutory modules cannot be split, and the national platform does not let us change them.
- Completion is not learning: we have little evidence of what changed in practice.`,
    doDifferently: `- Prefer short modules, and follow each with a five-minute team discussion to check what stuck.`,
  },
  {
    key: 'lesson:wpl-03',
    title: 'A peer learning set for receptionists solved problems the partners never heard about',
    daysAgo: 350,
    author: people.priya,
    site: 'riverside-medical-practice',
    status: 'published',
    journeyStage: 'implementation',
    themes: ['workforce-and-training', 'patient-and-public-engagement'],
    careSettings: ['primary'],
    tags: [...learning, 'peer-learning-sets', 'reception'],
    related: ['solution:wpl-peer-learning-pack', 'case-study:wpl-peer-sets'],
    summary:
      'Six receptionists from three practices met monthly to work through a real problem each. Within six months they had redesigned how difficult calls are handed to the duty doctor.',
    context:
      'Reception staff rarely get learning time that is about their work rather than compliance. We borrowed the action learning set format used for managers.',
    wentWell: `- A trained facilitator for the first three sessions, then the group rotated the role.
- Real problems, brought by members: aggressive callers, safeguarding worries, patients who cannot use online forms.
- A new handover script for difficult calls is now used by all three practices.`,
    didNotGoWell: `- Rotas made it hard for everyone to attend; two sessions had only three people.
- Partners were initially suspicious of what was being discussed.`,
    doDifferently: `- Fix the dates for the year and build them into the rota.
- Share a short note of what the set has changed (without the confidential discussion) with the partners each quarter.`,
  },
  {
    key: 'lesson:wpl-04',
    title: 'Recording learning for appraisal without a new system',
    daysAgo: 190,
    author: people.priya,
    site: 'riverside-medical-practice',
    status: 'published',
    journeyStage: 'review_and_spread',
    themes: ['workforce-and-training'],
    careSettings: ['primary'],
    tags: [...learning, 'appraisal', 'reflective-practice'],
    summary:
      'A shared reflection template, filled in at the end of each learning session, gave every clinician and nurse evidence for appraisal and revalidation without another login.',
    context: 'Staff were doing the learning but struggling to show it at appraisal. We considered buying a learning record system.',
    wentWell: `- One template, three questions: what did I learn, what will I change, what do I need next?
- Ten minutes at the end of each session to complete it, before people leave.
- Appraisers said the reflections were better than the usual certificates.`,
    didNotGoWell: `- Staff who missed a session had nothing to reflect on and felt it showed.`,
    doDifferently: `- Offer a recorded version of each session and the same template for anyone who missed it.`,
  },
  {
    key: 'lesson:wpl-05',
    title: 'Learn from significant events as a whole team, not only the clinicians',
    daysAgo: 260,
    author: people.imran,
    site: 'calder-bridge-health-centre',
    status: 'published',
    journeyStage: 'implementation',
    themes: ['workforce-and-training', 'clinical-safety'],
    careSettings: ['primary'],
    tags: [...learning, 'significant-event-analysis', 'patient-safety'],
    summary:
      'Moving significant event reviews from the clinical meeting to the whole-team learning afternoon brought in the receptionists and dispensers who had seen what actually happened.',
    context: 'Calder Bridge reviewed significant events monthly in a clinicians-only meeting.',
    wentWell: `- Front-line staff described steps the clinicians had not known about.
- Actions now belong to whoever can make the change, not always a GP.
- Staff report more events now that they see what happens to them.`,
    didNotGoWell: `- Some staff felt exposed when an event involved their own work.`,
    doDifferently: `- Agree ground rules at the start of every review: we are looking at systems, not people.`,
  },
  {
    key: 'lesson:wpl-06',
    title: 'Mandatory training moved online: completion rose, conversation fell',
    daysAgo: 150,
    author: people.imran,
    site: 'calder-bridge-health-centre',
    status: 'published',
    journeyStage: 'review_and_spread',
    themes: ['workforce-and-training', 'evaluation'],
    careSettings: ['primary'],
    tags: [...learning, 'e-learning', 'mandatory-training'],
    related: ['solution:wpl-microlearning'],
    summary:
      'Moving all mandatory training to e-learning got us to full compliance for the first time. It also removed the only time the team discussed safeguarding cases together.',
    context: 'We replaced annual face-to-face mandatory training days with e-learning modules.',
    wentWell: `- Completion reached 100% within three months.
- Staff could fit modules around clinics.`,
    didNotGoWell: `- Safeguarding concerns used to come up during the training day; afterwards they came up less.
- New staff said they knew the rules but not how the practice applied them.`,
    doDifferently: `- Keep the e-learning and add a 30-minute team discussion of local cases each quarter.`,
  },
  {
    key: 'lesson:wpl-07',
    title: 'New starters learn the clinical system faster from a buddy than from a manual',
    daysAgo: 120,
    author: people.beth,
    site: 'orchard-lane-surgery',
    status: 'published',
    journeyStage: 'implementation',
    themes: ['workforce-and-training'],
    careSettings: ['primary'],
    tags: [...learning, 'induction', 'buddying'],
    related: ['solution:wpl-buddy-checklist'],
    summary:
      'Pairing each new starter with an experienced colleague for their first two weeks, with a checklist of clinical system tasks, halved the time before they worked without help.',
    context: 'Orchard Lane took on seven new staff in a year; the clinical system manual was 140 pages.',
    wentWell: `- A one-page checklist of the 20 tasks each role needs first.
- Buddies signed off each task when seen done, not just explained.`,
    didNotGoWell: `- Buddies' own work suffered in busy weeks.`,
    doDifferently: `- Reduce the buddy's workload for the two weeks, and rotate buddies.`,
  },
  {
    key: 'lesson:wpl-08',
    title: 'Half-day closures for learning need patients told early and often',
    daysAgo: 10,
    author: people.beth,
    site: 'orchard-lane-surgery',
    status: 'submitted',
    journeyStage: 'pre_implementation',
    themes: ['workforce-and-training', 'patient-and-public-engagement'],
    careSettings: ['primary'],
    tags: [...learning, 'protected-learning-time', 'patient-communication'],
    related: ['solution:wpl-plt-planner'],
    summary:
      'Our patient participation group told us that a closure notice two weeks ahead was not enough. We now publish the year’s learning afternoons in January.',
    context: 'Orchard Lane is preparing to introduce monthly protected learning afternoons using the Kingsmead planner.',
    wentWell: `- The patient participation group helped write the notice and suggested where to put it.`,
    didNotGoWell: `- Our first notice did not explain where to get urgent help, and the group spotted it.`,
    doDifferently: `- Involve the group before the first notice goes out.`,
  },
  {
    key: 'lesson:wpl-09',
    title: 'A PCN-wide learning calendar stopped practices competing for the same trainers',
    daysAgo: 90,
    author: people.priya,
    site: 'mersey-vale-pcn',
    status: 'published',
    journeyStage: 'design_and_planning',
    themes: ['workforce-and-training'],
    careSettings: ['primary'],
    tags: [...learning, 'primary-care-network', 'training-calendar'],
    summary:
      'Seven practices were booking the same external trainers for the same weeks. One shared calendar, owned by the PCN, let us share sessions and split the cost.',
    context: 'Mersey Vale PCN practices each planned their own learning afternoons.',
    wentWell: `- Shared sessions across two or three practices cut the cost per person by half.
- Staff met colleagues from other practices doing the same job.`,
    didNotGoWell: `- Finding rooms large enough for joint sessions was hard.`,
    doDifferently: `- Agree the calendar for the year at the PCN board in the spring.`,
  },
]

export const workplaceLearningCaseStudies: DemoCaseStudy[] = [
  {
    key: 'case-study:wpl-plt',
    title: 'Protected learning time that practices actually protect',
    daysAgo: 200,
    author: people.daniel,
    sites: ['kingsmead-surgery', 'calder-bridge-health-centre'],
    status: 'published',
    journeyStage: 'implementation',
    themes: ['workforce-and-training', 'patient-and-public-engagement'],
    careSettings: ['primary'],
    tags: [...learning, 'protected-learning-time'],
    related: ['lesson:wpl-01', 'lesson:wpl-05', 'solution:wpl-plt-planner'],
    summary:
      'Two practices made a monthly learning afternoon work for the whole team — reception, dispensary and clinicians — by arranging cover, planning a year ahead and letting staff choose the topics.',
    body: `## The problem

Both practices had "protected learning time" on paper. In practice, clinicians caught up on paperwork and reception staff answered the phones.

## What changed

- **Cover first.** The extended access hub answers calls and sees urgent patients during sessions.
- **A year ahead.** Dates agreed with the hub and published to patients in January.
- **Whole team.** Every session includes something for non-clinical staff; significant event reviews moved into the afternoon.
- **Staff choose.** A short vote each quarter sets the topics.

## How we know it works

Attendance, by role, is recorded for each session. Reception and dispensary attendance went from under 30% to over 85%.`,
    outcomes: `- Non-clinical attendance: under 30% → over 85%.
- Significant events reported: up by half, with more actions completed.
- Planner adopted by three other practices.`,
    links: [
      {
        title: 'Kingsmead learning afternoon programme (example year)',
        url: 'https://kingsmead.example.nhs.uk/learning/programme.pdf',
        kind: 'document',
      },
    ],
  },
  {
    key: 'case-study:wpl-peer-sets',
    title: 'Peer learning sets for reception and administrative teams in Mersey Vale PCN',
    daysAgo: 100,
    author: people.priya,
    sites: ['mersey-vale-pcn', 'riverside-medical-practice'],
    status: 'published',
    journeyStage: 'review_and_spread',
    themes: ['workforce-and-training'],
    careSettings: ['primary'],
    tags: [...learning, 'peer-learning-sets', 'reception'],
    related: ['lesson:wpl-03', 'solution:wpl-peer-learning-pack'],
    summary:
      'From one set of six receptionists to four sets across the PCN: what peer learning sets changed for front-desk staff and how we spread them.',
    body: `## How it started

One set of six receptionists from three practices met monthly with a trained facilitator. Each meeting, one member brought a real problem and the others asked questions rather than giving advice.

## What it changed

The first set redesigned the handover of difficult calls to the duty doctor. Later sets tackled online consultation requests from people who struggle with forms, and how to respond when a caller is distressed.

## Spreading it

We wrote a facilitation pack and trained eight facilitators from across the PCN. There are now four sets: two for reception, one for practice administrators and one for dispensers.`,
    outcomes: `- Four peer learning sets running across seven practices.
- Three practice-wide changes designed by set members.
- Facilitation pack adopted by Kingsmead Surgery.`,
  },
]

export const workplaceLearningSolutions: DemoSolution[] = [
  {
    key: 'solution:wpl-plt-planner',
    title: 'Protected learning time planner for GP practices',
    daysAgo: 380,
    author: people.daniel,
    site: 'kingsmead-surgery',
    status: 'published',
    maturity: 'proven',
    themes: ['workforce-and-training', 'patient-and-public-engagement'],
    careSettings: ['primary'],
    tags: [...learning, 'protected-learning-time'],
    problem:
      'Practices close for learning but the time is not protected: phones still ring, patients are not told, and non-clinical staff miss out.',
    description: `A year planner and checklist for monthly whole-team learning afternoons.

- Cover arrangements with the extended access hub or a neighbouring practice.
- Patient communication plan: telephone message, website, NHS App, posters, three months ahead.
- Topic vote template and a balance check (clinical, non-clinical, whole-team).
- Attendance record by role.`,
    howToAdopt: `1. Agree cover with your hub before setting dates.
2. Set the year's dates and publish them to patients in January.
3. Run the first topic vote.`,
    artefacts: [
      { title: 'Protected learning time planner', url: 'https://kingsmead.example.nhs.uk/learning/plt-planner.xlsx', kind: 'template' },
      { title: 'Patient notice templates', url: 'https://kingsmead.example.nhs.uk/learning/patient-notices.docx', kind: 'template' },
    ],
  },
  {
    key: 'solution:wpl-peer-learning-pack',
    title: 'Peer learning set facilitation pack',
    daysAgo: 330,
    author: people.priya,
    site: 'riverside-medical-practice',
    status: 'published',
    maturity: 'piloted',
    themes: ['workforce-and-training'],
    careSettings: ['primary'],
    tags: [...learning, 'peer-learning-sets'],
    problem: 'Non-clinical practice staff have few chances to learn from each other about the hardest parts of their work.',
    description: `Everything needed to run an action learning set for reception, administrative or dispensary staff.

- Facilitator guide and a half-day facilitator training plan.
- Session structure (90 minutes, one problem per session), ground rules and confidentiality agreement.
- Quarterly note template for sharing what the set has changed.`,
    howToAdopt: `1. Train two facilitators per set.
2. Fix the year's dates and build them into rotas.
3. Run three facilitated sessions before the group rotates the role.`,
    artefacts: [
      { title: 'Facilitator guide', url: 'https://riverside.example.nhs.uk/learning/peer-sets/facilitator-guide.pdf', kind: 'toolkit' },
      {
        title: 'Facilitator training slides',
        url: 'https://riverside.example.nhs.uk/learning/peer-sets/training-slides',
        kind: 'presentation',
      },
    ],
  },
  {
    key: 'solution:wpl-microlearning',
    title: 'Ten-minute e-learning modules for reception teams',
    daysAgo: 240,
    author: people.imran,
    site: 'calder-bridge-health-centre',
    status: 'published',
    maturity: 'piloted',
    themes: ['workforce-and-training', 'digital-inclusion'],
    careSettings: ['primary'],
    tags: [...learning, 'e-learning', 'microlearning'],
    problem: 'Long e-learning modules go unfinished, and reception staff rarely have an hour free.',
    description: `Twelve ten-minute modules for reception and care navigation, each followed by a five-minute team discussion prompt.

Topics include care navigation, helping patients use online services, recognising a medical emergency on the phone, and safeguarding concerns at the front desk.`,
    howToAdopt: `1. Load the modules into your practice's learning platform (SCORM packages provided).
2. Assign one a fortnight and use the discussion prompt at the next team huddle.`,
    artefacts: [
      { title: 'Module packages (SCORM)', url: 'https://calderbridge.example.nhs.uk/learning/micro-modules.zip', kind: 'toolkit' },
      { title: 'Discussion prompts', url: 'https://calderbridge.example.nhs.uk/learning/discussion-prompts.pdf', kind: 'document' },
    ],
  },
  {
    key: 'solution:wpl-buddy-checklist',
    title: 'New starter clinical system buddy checklist',
    daysAgo: 9,
    author: people.beth,
    site: 'orchard-lane-surgery',
    status: 'submitted',
    maturity: 'idea',
    themes: ['workforce-and-training'],
    careSettings: ['primary'],
    tags: [...learning, 'induction', 'buddying'],
    problem: 'New practice staff take weeks to use the clinical system confidently, and the manual does not help.',
    description: 'A one-page checklist of the first 20 clinical system tasks for each role, signed off by a buddy when seen done.',
    howToAdopt: '1. Adapt the task list to your system and roles.\n2. Reduce the buddy’s workload for the first two weeks.',
    artefacts: [
      {
        title: 'Buddy checklist (reception and admin)',
        url: 'https://orchardlane.example.nhs.uk/induction/buddy-checklist.docx',
        kind: 'template',
      },
    ],
  },
]

export const workplaceLearningAdoptions: DemoAdoption[] = [
  {
    key: 'adoption:wpl-planner-riverside',
    solution: 'solution:wpl-plt-planner',
    site: 'riverside-medical-practice',
    mode: 'customise',
    status: 'live',
    daysAgo: 320,
    startedDaysAgo: 310,
    recordedBy: people.priya,
    notes: 'Quarterly rather than monthly afternoons, with a neighbouring practice providing cover.',
  },
  {
    key: 'adoption:wpl-planner-calder-bridge',
    solution: 'solution:wpl-plt-planner',
    site: 'calder-bridge-health-centre',
    mode: 'replicate',
    status: 'in_progress',
    daysAgo: 280,
    startedDaysAgo: 270,
    recordedBy: people.imran,
    notes: 'Running monthly; still working on cover for the dispensary.',
  },
  {
    key: 'adoption:wpl-planner-orchard-lane',
    solution: 'solution:wpl-plt-planner',
    site: 'orchard-lane-surgery',
    mode: 'customise',
    status: 'planned',
    daysAgo: 14,
    recordedBy: people.beth,
    notes: 'Starting in January with a longer patient notice period, at our patient participation group’s suggestion.',
  },
  {
    key: 'adoption:wpl-peer-pack-kingsmead',
    solution: 'solution:wpl-peer-learning-pack',
    site: 'kingsmead-surgery',
    mode: 'customise',
    status: 'in_progress',
    daysAgo: 80,
    startedDaysAgo: 70,
    recordedBy: people.daniel,
    notes: 'A joint set with two neighbouring practices; sessions shortened to 60 minutes to fit the rota.',
  },
  {
    key: 'adoption:wpl-peer-pack-mersey-vale',
    solution: 'solution:wpl-peer-learning-pack',
    site: 'mersey-vale-pcn',
    mode: 'replicate',
    status: 'live',
    daysAgo: 200,
    startedDaysAgo: 195,
    recordedBy: people.priya,
    notes: 'Four sets across the PCN, eight trained facilitators.',
  },
  {
    key: 'adoption:wpl-micro-riverside',
    solution: 'solution:wpl-microlearning',
    site: 'riverside-medical-practice',
    mode: 'replicate',
    status: 'stopped',
    daysAgo: 180,
    startedDaysAgo: 175,
    recordedBy: people.priya,
    notes: 'Stopped when the ICB bought a learning platform with similar modules; we kept the discussion prompts.',
  },
  {
    key: 'adoption:wpl-micro-orchard-lane',
    solution: 'solution:wpl-microlearning',
    site: 'orchard-lane-surgery',
    mode: 'replicate',
    status: 'live',
    daysAgo: 110,
    startedDaysAgo: 105,
    recordedBy: people.beth,
    notes: 'All twelve modules in use; reception completion at 95%.',
  },
]
