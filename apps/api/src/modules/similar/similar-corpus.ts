import type { CareSetting, JourneyStage, LessonCreate, SolutionCreate } from '@learnonce/contracts'

/**
 * A small hub of health-and-care lessons for the similar-items tests: originals, re-tellings of
 * some of them by another site in their own words (`retells` names the original), and
 * distractors that share an original's theme, journey stage and some of its vocabulary but tell a
 * different story. A re-telling keeps what a real one would — the service, the system, the drug —
 * and rewords everything else.
 */
export interface CorpusLesson extends Omit<LessonCreate, 'siteId'> {
  key: string
  retells?: string
  themes: string[]
  journeyStage: JourneyStage
  careSettings: CareSetting[]
}

export const corpusLessons: CorpusLesson[] = [
  // Medicines changed in hospital, and the community pharmacy that never heard.
  {
    key: 'pharmacy-referrals',
    title: 'Hospital discharge referrals to community pharmacy cut medicine mix-ups',
    summary:
      'We started sending a referral to each patient’s community pharmacy when their medicines changed during an admission. Pharmacists followed up within a week, and readmissions linked to medicines errors fell.',
    context:
      'At Northgate General, people went home with new or stopped medicines, but their regular community pharmacy kept dispensing the old repeat prescription. Pharmacists only found out when the patient came in confused about a missing tablet. We joined the NHS Discharge Medicines Service, sending referrals through PharmOutcomes.',
    wentWell: `- Ward pharmacists sent the referral from the electronic discharge letter in two clicks.
- Community pharmacists called most patients within five days and reconciled the repeat prescription with the GP practice.
- Anticoagulant and insulin changes were caught before the next dispensing.`,
    didNotGoWell: `- About a fifth of patients had no nominated pharmacy recorded, so referrals went nowhere.
- Weekend discharges were referred late because no ward pharmacist was on site.`,
    doDifferently: `- Ask for the patient’s usual pharmacy at admission, not on the day they leave.
- Agree a weekend route through the on-call pharmacist before launch.`,
    themes: ['interoperability', 'clinical-safety'],
    journeyStage: 'implementation',
    careSettings: ['acute', 'primary'],
  },
  {
    key: 'pharmacy-referrals-retold',
    retells: 'pharmacy-referrals',
    title: 'Letting the local chemist know when a hospital stay changed someone’s tablets',
    summary:
      'When a stay on our wards altered a person’s medication, we now notify the pharmacy they normally use. The pharmacist rings them soon after they get home, and fewer people come back in because of medication problems.',
    context:
      'People leaving Riverside Hospital often had doses altered or drugs stopped, yet the high-street chemist carried on supplying the previous repeat. The mismatch usually surfaced only when someone turned up puzzled about a tablet that had vanished. We signed up to the Discharge Medicines Service and notify pharmacies through PharmOutcomes.',
    wentWell: `- The notification is part of writing the electronic discharge summary, so it takes our pharmacists seconds.
- The chemist phones the person within a week and sorts out their repeat with the surgery.
- Alterations to insulin and to blood thinners were spotted before another supply went out.`,
    didNotGoWell: `- Many records showed no usual pharmacy, so one notification in five had nowhere to go.
- Anyone leaving on a Saturday or Sunday waited until Monday, because the ward pharmacy team works weekdays.`,
    doDifferently: `- Record which chemist a person uses when they are admitted.
- Arrange cover from the on-call pharmacist for weekend discharges from day one.`,
    themes: ['clinical-safety', 'interoperability'],
    journeyStage: 'implementation',
    careSettings: ['acute', 'primary'],
  },
  {
    key: 'discharge-summaries-to-gps',
    title: 'Discharge summaries now reach GP practices as structured messages',
    summary:
      'We replaced printed and emailed discharge letters with structured transfer-of-care messages that land in the GP practice’s workflow. Letters arrive the same day and practices code them faster.',
    context:
      'Northgate General sent discharge letters to GP practices as PDFs over NHSmail, and a few still by post. Practice staff re-keyed diagnoses and actions by hand, and letters for weekend discharges sat in a shared inbox.',
    wentWell: `- The PRSB eDischarge standard gave us an agreed structure for diagnoses, actions for the GP and changes to medicines.
- Messages travel over MESH and are filed by the practice document workflow without anyone opening an email.
- Practices told us coded actions are far less likely to be missed.`,
    didNotGoWell: `- Free-text fields were still used for most of the clinical detail, so coding stayed partly manual.
- Two practices on an older system version could not receive the messages for months.`,
    doDifferently: `- Check every practice’s system version before setting a go-live date.
- Train junior doctors to complete the structured sections rather than the free-text box.`,
    themes: ['interoperability'],
    journeyStage: 'implementation',
    careSettings: ['acute', 'primary'],
  },
  {
    key: 'ward-pharmacy-technician',
    title: 'A pharmacy technician on the ward made weekend discharges faster',
    summary:
      'Putting a pharmacy technician on the acute medical unit at weekends meant take-home medicines were ready hours earlier, and fewer people waited in the discharge lounge.',
    context:
      'At weekends our acute medical unit had no pharmacy staff on the ward. Take-home prescriptions queued in the dispensary and patients who were medically fit waited half a day for their medicines.',
    wentWell: `- The technician checked patients’ own drugs and started take-home prescriptions before the ward round ended.
- Nurses stopped chasing the dispensary by phone.
- Average waits for take-home medicines fell from five hours to under two.`,
    didNotGoWell: `- Recruiting for weekend shifts was slow; we relied on overtime for the first three months.
- Other wards felt the dispensary prioritised the unit.`,
    doDifferently: `- Plan the rota with the whole pharmacy team so weekends are shared fairly.
- Measure waits on every ward before and after, not only on the unit.`,
    themes: ['workforce-and-training'],
    journeyStage: 'implementation',
    careSettings: ['acute'],
  },

  // GPs and the shared care record.
  {
    key: 'shcr-in-context',
    title: 'GPs only used the shared care record once it opened from inside their own system',
    summary:
      'Our shared care record launched as a separate web portal with its own login, and hardly any GPs used it. Use rose tenfold after we added an in-context launch from the practice clinical system, opening at the right patient.',
    context:
      'The Wessex shared care record brings together hospital, community, mental health and social care information. For its first year practices reached it through a separate website, a separate password and a search for the patient by NHS number.',
    wentWell: `- In-context launch from EMIS Web and SystmOne opened the record at the patient already on screen.
- Single sign-on with the NHS smartcard removed the extra password.
- Monthly views by practices rose from about 200 to over 2,000.`,
    didNotGoWell: `- We spent a year on training sessions and posters that could not fix a clumsy route in.
- The launch button was hidden in a menu on one system until the supplier moved it.`,
    doDifferently: `- Treat in-context launch as part of the minimum product, not a later improvement.
- Watch real GPs during a consultation before deciding how the record is reached.`,
    themes: ['technical-architecture', 'interoperability'],
    journeyStage: 'review_and_spread',
    careSettings: ['primary'],
  },
  {
    key: 'shcr-in-context-retold',
    retells: 'shcr-in-context',
    title: 'Nobody opened the integrated record until we put a button in the practice system',
    summary:
      'Family doctors ignored our integrated care record while it lived on its own website behind another password. Once a button in their clinical system took them straight to the patient in front of them, looking at it became routine.',
    context:
      'Our region’s integrated record pulls together what the hospital, community services, mental health teams and the council know about a person. At first, general practice could only get to it by opening a browser, signing in again and looking the person up by NHS number.',
    wentWell: `- A launch button inside EMIS Web and SystmOne passes the patient across, so the record opens at the right person.
- Signing on once with a smartcard meant no second password to remember.
- Practice views went from a couple of hundred a month to more than two thousand.`,
    didNotGoWell: `- Twelve months of awareness sessions and leaflets did little while getting in stayed awkward.
- On one system the button sat deep in a menu until the supplier agreed to move it.`,
    doDifferently: `- Make launching from the clinical system a must-have for the first release.
- Sit with GPs in real consultations before designing the way in.`,
    themes: ['interoperability', 'technical-architecture'],
    journeyStage: 'review_and_spread',
    careSettings: ['primary'],
  },
  {
    key: 'shcr-care-homes',
    title: 'Care home staff now see hospital discharge information in the shared care record',
    summary:
      'We gave care homes read access to the shared care record so staff could see discharge summaries, medicines and hospital appointments for their residents.',
    context:
      'Residents came back from hospital with a paper discharge summary that was often lost in transit. Care home managers spent hours on the phone to wards asking what had changed.',
    wentWell: `- Each home nominated two staff who completed information governance training and received an account.
- Staff checked medicines and follow-up appointments the day a resident came home.
- Ward staff had fewer phone calls from care homes.`,
    didNotGoWell: `- Care homes without NHSmail or a secure network could not be connected at first.
- Agency staff could not be given accounts, so nights had no access.`,
    doDifferently: `- Sort out connectivity and the Data Security and Protection Toolkit before promising access.
- Agree a route for night staff from the start.`,
    themes: ['interoperability', 'information-governance'],
    journeyStage: 'implementation',
    careSettings: ['social_care', 'acute'],
  },
  {
    key: 'community-smartcards',
    title: 'Smartcards held back community nurses working on laptops',
    summary:
      'District nurses lost twenty minutes a visit to smartcard readers, VPN drop-outs and repeated logins on their laptops. Moving to virtual smartcards and an always-on connection gave that time back.',
    context:
      'Our community nursing teams record visits on laptops in patients’ homes. Every login needed a physical smartcard in a USB reader, and the VPN dropped whenever the mobile signal did.',
    wentWell: `- Windows Hello for Business with a virtual smartcard let nurses sign in with a PIN or fingerprint.
- An always-on VPN reconnected by itself after losing signal.
- Nurses reported far less time fighting logins.`,
    didNotGoWell: `- The registration authority process for virtual smartcards took months to agree.
- Older laptops lacked the security chip and had to be replaced first.`,
    doDifferently: `- Audit laptop hardware before choosing an authentication approach.
- Involve the registration authority manager from the first design meeting.`,
    themes: ['technical-architecture', 'workforce-and-training'],
    journeyStage: 'implementation',
    careSettings: ['community'],
  },

  // Blood pressure monitors lent by libraries.
  {
    key: 'library-bp-monitors',
    title: 'Lending blood pressure monitors through libraries reached people we had missed',
    summary:
      'Public libraries lent validated blood pressure monitors like books. People without a monitor of their own took home readings for their GP practice, and many had high blood pressure diagnosed for the first time.',
    context:
      'Our primary care network wanted to find undiagnosed hypertension, but home monitoring assumed people owned a monitor and could submit readings online. Many older and poorer residents could do neither.',
    wentWell: `- Libraries in every town held monitors and issued them on a library card for two weeks.
- Readings could be returned on a paper diary, by text message or through the practice website.
- Librarians were confident after a short session with a practice nurse.`,
    didNotGoWell: `- Some monitors came back with flat batteries or missing cuffs.
- Practices were slow to act on paper readings handed in at reception.`,
    doDifferently: `- Include spare batteries and a large cuff in every kit.
- Name one person at each practice to review returned readings within a week.`,
    themes: ['digital-inclusion', 'patient-and-public-engagement'],
    journeyStage: 'implementation',
    careSettings: ['primary', 'voluntary_sector'],
  },
  {
    key: 'library-bp-monitors-retold',
    retells: 'library-bp-monitors',
    title: 'Borrowing a blood pressure cuff from the library let people check themselves at home',
    summary:
      'Residents can now borrow a validated monitor from their local library in the same way as a book, measure their blood pressure at home and send the readings to the surgery. Several people found out they had hypertension.',
    context:
      'Our practices were looking for people with undiagnosed high blood pressure. Monitoring at home relied on owning a monitor and using an app to send readings, which ruled out many older residents and people on low incomes.',
    wentWell: `- Each town’s library kept monitors to lend on a library card for a fortnight.
- People returned readings however suited them: a paper record sheet, a text message or an online form.
- A practice nurse gave library staff a short briefing and they felt ready.`,
    didNotGoWell: `- Kits sometimes came back without a cuff or with dead batteries.
- Paper readings left at the surgery front desk waited too long for a clinician.`,
    doDifferently: `- Pack spare batteries and a larger cuff in each kit.
- Give one named person in every surgery the job of checking returned readings each week.`,
    themes: ['digital-inclusion', 'patient-and-public-engagement'],
    journeyStage: 'implementation',
    careSettings: ['primary', 'voluntary_sector'],
  },
  {
    key: 'video-consultations-data',
    title: 'Video consultations failed people without mobile data',
    summary:
      'When our practices moved follow-ups to video, patients on pay-as-you-go phones ran out of data mid-call or never joined. A data-free link and a telephone fallback fixed most of it.',
    context:
      'After the pandemic our GP practices kept video consultations for routine follow-ups. Reception staff noticed the same patients missing appointments again and again.',
    wentWell: `- The video platform agreed a zero-rated link with the main mobile networks, so calls used no data.
- Receptionists offered a telephone appointment to anyone who preferred it.
- A text message the day before explained how to join.`,
    didNotGoWell: `- We did not record who could not join, so we found the problem late.
- Some older patients needed help from family to use the link at all.`,
    doDifferently: `- Ask about devices and data when booking, and record the answer.
- Offer a practice run before the first video appointment.`,
    themes: ['digital-inclusion'],
    journeyStage: 'implementation',
    careSettings: ['primary'],
  },
  {
    key: 'nhs-app-champions',
    title: 'Digital champions in libraries helped older people set up the NHS App',
    summary:
      'Volunteers ran weekly drop-in sessions in libraries where older residents could get help setting up the NHS App, ordering repeat prescriptions and booking appointments.',
    context:
      'Practices were pushing patients towards the NHS App, but many older people could not get through identity checks or did not know what the app could do.',
    wentWell: `- Age UK volunteers trained as digital champions and ran sessions in three libraries.
- People left able to order repeat prescriptions and see their test results.
- Librarians referred people who came in asking about the app.`,
    didNotGoWell: `- Identity verification failed for people without photo ID.
- Sessions were busy in winter and empty in summer.`,
    doDifferently: `- Arrange a route to verify identity at the practice for people without photo ID.
- Publicise sessions through pharmacies and practices as well as libraries.`,
    themes: ['digital-inclusion', 'workforce-and-training'],
    journeyStage: 'implementation',
    careSettings: ['primary', 'voluntary_sector'],
  },

  // One DPIA for a partnership.
  {
    key: 'partnership-dpia',
    title: 'One DPIA for the whole partnership instead of one per organisation',
    summary:
      'The council, the community trust and four charities wrote a single data protection impact assessment for shared care planning, with one owner for each risk, instead of six separate assessments that contradicted each other.',
    context:
      'Our first attempt had every organisation write its own DPIA for the same information flow. The six documents disagreed about lawful bases and retention periods, and the charities copied whatever the council wrote.',
    wentWell: `- A single DPIA, drafted in workshops with every data protection officer, described each flow once.
- Each risk had a named owner organisation and a review date.
- The charities’ trustees signed off in weeks because they had helped write it.`,
    didNotGoWell: `- The first workshop spent three hours arguing about the template.
- One partner’s legal team insisted on reviewing the whole document, not just their part.`,
    doDifferently: `- Agree the template and a lead author before the first workshop.
- Tell every legal team at the start that the DPIA will be joint.`,
    themes: ['information-governance'],
    journeyStage: 'design_and_planning',
    careSettings: ['social_care', 'community', 'voluntary_sector'],
  },
  {
    key: 'partnership-dpia-retold',
    retells: 'partnership-dpia',
    title: 'Six partners signed a single data protection impact assessment',
    summary:
      'Rather than every organisation assessing the same sharing separately, our council, community health provider and local charities produced one joint DPIA for shared care plans, with a named owner for every risk.',
    context:
      'Previously each partner drafted an assessment of its own for an identical flow of information. The documents conflicted on lawful basis and how long records were kept, and the smaller charities simply copied the council’s wording.',
    wentWell: `- Data protection officers from every partner wrote one document together across a few workshops, describing each flow only once.
- Every risk was given an owning organisation and a date to review it.
- Charity trustees approved it quickly, having shaped it themselves.`,
    didNotGoWell: `- We lost most of the first workshop to a debate about which template to use.
- Lawyers at one partner wanted to review the entire assessment rather than their own section.`,
    doDifferently: `- Settle the template and who holds the pen before anyone meets.
- Warn each legal team early that the assessment is a joint one.`,
    themes: ['information-governance'],
    journeyStage: 'design_and_planning',
    careSettings: ['social_care', 'community', 'voluntary_sector'],
  },
  {
    key: 'charity-sharing-agreement',
    title: 'A data sharing agreement template that small charities could actually read',
    summary:
      'We rewrote the partnership’s data sharing agreement in plain English with a two-page summary, so that volunteer-run charities could understand what they were signing.',
    context:
      'The data sharing agreement ran to forty pages of legal language. Small charities signed it without reading it, or refused to sign at all, and then shared nothing.',
    wentWell: `- A two-page summary explained who shares what, why, and what to do if something goes wrong.
- Charities could ask a named information governance lead at the council for help.
- More charities signed within three months than in the previous year.`,
    didNotGoWell: `- The legal team insisted the full agreement still had to be signed.
- Some charities had no one who felt able to be their data protection lead.`,
    doDifferently: `- Write the summary first and the legal text from it.
- Pair each small charity with an information governance buddy.`,
    themes: ['information-governance'],
    journeyStage: 'design_and_planning',
    careSettings: ['voluntary_sector', 'social_care'],
  },

  // The hazard log for electronic prescribing.
  {
    key: 'epma-hazard-log',
    title: 'Our hazard log for electronic prescribing was started too late',
    summary:
      'We began the clinical safety case for electronic prescribing and medicines administration weeks before go-live. Hazards found in testing, such as dose rounding and children’s weights, delayed launch by three months.',
    context:
      'Northgate General replaced paper drug charts with an ePMA system. The clinical safety officer was appointed late, and the DCB0160 hazard log was written in a rush after configuration was finished.',
    wentWell: `- Hazard workshops with nurses, pharmacists and doctors found problems no test script had.
- Each hazard had a control and an owner before go-live.
- The safety case gave the board confidence to approve launch.`,
    didNotGoWell: `- Dose rounding in paediatric prescriptions and missing weights were found only in testing.
- Rework of configuration cost three months and a second round of training.`,
    doDifferently: `- Appoint the clinical safety officer at the start of procurement.
- Start the hazard log with the supplier’s DCB0129 safety case before configuration begins.`,
    themes: ['clinical-safety'],
    journeyStage: 'pre_implementation',
    careSettings: ['acute'],
  },
  {
    key: 'epma-hazard-log-retold',
    retells: 'epma-hazard-log',
    title: 'Start the ePMA clinical risk register months before go-live',
    summary:
      'Our safety work on the new electronic prescribing and medicines administration system came at the end. Risks that surfaced during testing, including rounded doses and missing weights for children, pushed our launch back by a quarter.',
    context:
      'When Riverside Hospital moved from paper drug charts to ePMA, nobody took on the clinical safety officer role until late. The DCB0160 hazard log was pulled together quickly once the build was already done.',
    wentWell: `- Sessions with pharmacists, nursing staff and doctors uncovered risks our test scripts never would.
- By go-live every hazard had a mitigation and someone responsible for it.
- The board signed off the launch on the strength of the safety case.`,
    didNotGoWell: `- Problems with rounding doses for children, and with weights not being recorded, appeared only in testing.
- Reconfiguring the system took three extra months and meant training staff twice.`,
    doDifferently: `- Name a clinical safety officer as soon as procurement starts.
- Build on the supplier’s DCB0129 safety case and start the hazard log before any configuration.`,
    themes: ['clinical-safety'],
    journeyStage: 'pre_implementation',
    careSettings: ['acute'],
  },
  {
    key: 'cso-training',
    title: 'Training clinical safety officers across the integrated care board',
    summary:
      'Our integrated care board funded clinical safety officer training for clinicians in every partner, so that each digital project could find a qualified officer locally instead of buying one in.',
    context:
      'Projects across our system kept stalling because nobody qualified could sign off a DCB0129 or DCB0160 safety case. A few consultants were doing it on top of their jobs.',
    wentWell: `- Twenty clinicians from acute, community, mental health and primary care completed accredited training.
- A monthly safety forum let new officers review each other’s hazard logs.
- Smaller projects found an officer within weeks.`,
    didNotGoWell: `- Trained officers were not given time in their job plans, so some never took on a project.
- Social care had no clinicians to put forward.`,
    doDifferently: `- Agree protected time with each officer’s manager before funding the course.
- Find a route for registered managers in social care.`,
    themes: ['clinical-safety', 'workforce-and-training'],
    journeyStage: 'design_and_planning',
    careSettings: ['acute', 'community', 'mental_health', 'primary'],
  },

  // Digital social care records for care homes.
  {
    key: 'dscr-assured-list',
    title: 'Care homes chose their digital care record from the assured supplier list',
    summary:
      'Instead of each care home searching the market alone, we helped small homes pick a digital social care record from the national Assured Solutions List, with funding and a checklist of questions for suppliers.',
    context:
      'Most care homes in our area still kept care plans on paper. Owners of small homes did not know which digital social care record systems met NHS standards, and some had signed long contracts with unsuitable suppliers.',
    wentWell: `- The Assured Solutions List narrowed the choice to systems that meet the standards for sharing with the NHS.
- A checklist covered data migration, training, contract length and exit costs.
- Funding from the integrated care board covered the first year of licences.`,
    didNotGoWell: `- Several homes had Wi-Fi that did not reach the bedrooms, which the supplier demonstrations never showed.
- Some owners chose on price alone and regretted it.`,
    doDifferently: `- Survey Wi-Fi coverage in every home before any demonstration.
- Visit a home already using each shortlisted system.`,
    themes: ['procurement'],
    journeyStage: 'pre_implementation',
    careSettings: ['social_care'],
  },
  {
    key: 'dscr-assured-list-retold',
    retells: 'dscr-assured-list',
    title: 'Small care providers picked a digital social care record from the approved list',
    summary:
      'We supported small residential homes to select a digital social care record system from the national Assured Solutions List rather than navigating the market alone, with funding and a set of questions to put to suppliers.',
    context:
      'Paper care plans were still the norm in the care homes around us. Owners running one or two small homes had no way to tell which digital social care record products met NHS standards, and a few were locked into long contracts with systems that did not suit them.',
    wentWell: `- Choosing only from the Assured Solutions List meant every option could share information with the NHS.
- Our question set covered moving old records across, training, how long the contract ran and the cost of leaving.
- The integrated care board paid for licences for the first twelve months.`,
    didNotGoWell: `- In several homes the Wi-Fi did not reach residents’ rooms, something no sales demonstration revealed.
- A few owners went for the cheapest option and were unhappy later.`,
    doDifferently: `- Check Wi-Fi in every room before inviting suppliers to demonstrate.
- Arrange a visit to a home already running each system on the shortlist.`,
    themes: ['procurement'],
    journeyStage: 'pre_implementation',
    careSettings: ['social_care'],
  },
  {
    key: 'telecare-framework',
    title: 'Buying a telecare service through a national framework',
    summary:
      'The council bought its new digital telecare service through a national procurement framework, which saved months, but the specification we wrote mattered far more than the framework.',
    context:
      'Our analogue telecare alarms had to move to digital before the telephone network switch-off. The council had never procured telecare as a managed service.',
    wentWell: `- The framework’s suppliers were already vetted, so we ran a mini-competition in eight weeks.
- The specification set response times, battery back-up and monitoring centre standards.
- Residents kept their alarms while the supplier swapped the hubs.`,
    didNotGoWell: `- Our specification said little about data from the devices, which caused a dispute later.
- Procurement and adult social care disagreed over who owned the contract.`,
    doDifferently: `- Write data ownership and access into the specification.
- Name the contract owner before the procurement starts.`,
    themes: ['procurement'],
    journeyStage: 'pre_implementation',
    careSettings: ['social_care', 'community'],
  },

  // Acoustic monitoring at night.
  {
    key: 'acoustic-monitoring',
    title: 'Acoustic monitoring at night meant fewer falls and better sleep in our care home',
    summary:
      'Replacing hourly night-time checks with acoustic monitoring let residents sleep undisturbed, while staff responded faster to sounds of distress. Falls at night fell by a third over a year.',
    context:
      'Night staff at Oakfield House opened every bedroom door each hour to check on residents. The checks woke people, and falls still happened between rounds.',
    wentWell: `- Sensors in each room alerted staff to sounds such as calling out or a fall, with an audio clip on a handset.
- Residents slept better and families noticed they were less tired during the day.
- Night falls dropped from an average of nine a month to six.`,
    didNotGoWell: `- Some families worried the system was listening all the time, until we explained it only sends sounds above a threshold.
- Thresholds needed tuning for a few residents who talk in their sleep.`,
    doDifferently: `- Explain to families how the sensors work before installation, not after.
- Review alerts for each resident during the first fortnight.`,
    themes: ['evaluation', 'technical-architecture'],
    journeyStage: 'review_and_spread',
    careSettings: ['social_care'],
  },
  {
    key: 'acoustic-monitoring-retold',
    retells: 'acoustic-monitoring',
    title: 'Listening sensors replaced hourly night checks for our residents',
    summary:
      'We stopped opening bedroom doors every hour overnight and installed acoustic sensors that alert carers when a resident is in difficulty. People sleep through the night, carers get there sooner, and night-time falls are down by about a third.',
    context:
      'At Elm Lodge, carers on the night shift looked in on each resident once an hour. It disturbed people’s sleep and did not stop falls happening in between.',
    wentWell: `- A sensor in every bedroom picks up noises like shouting or a fall and sends a short audio clip to the carer’s handset.
- Residents are better rested, and relatives say they are more alert in the daytime.
- Falls overnight went from around nine each month to six.`,
    didNotGoWell: `- A few relatives feared constant eavesdropping until we showed that only sounds over a set level are sent.
- We had to adjust the sound levels for residents who talk while asleep.`,
    doDifferently: `- Talk families through how acoustic monitoring works before it goes in.
- Look at every resident’s alerts in the first two weeks.`,
    themes: ['evaluation', 'technical-architecture'],
    journeyStage: 'review_and_spread',
    careSettings: ['social_care'],
  },
  {
    key: 'falls-lifting-cushions',
    title: 'Lifting cushions in care homes avoided ambulance call-outs after falls',
    summary:
      'Care homes trained to use inflatable lifting cushions and a falls assessment app now help uninjured residents up themselves, instead of calling 999 and waiting hours for an ambulance.',
    context:
      'When a resident fell without injury, care home staff were not allowed to lift them and called an ambulance. Residents lay on the floor for hours at night while crews dealt with emergencies.',
    wentWell: `- Staff used a falls assessment app with remote advice from a clinician to decide whether it was safe to lift.
- Ambulance call-outs for uninjured fallers dropped sharply.
- Residents were off the floor within half an hour.`,
    didNotGoWell: `- Night staff turnover meant training had to be repeated often.
- Some homes stored the cushion where nobody could find it.`,
    doDifferently: `- Build the training into induction for every new starter.
- Keep the cushion and app on the same trolley at the nurses’ station.`,
    themes: ['evaluation', 'workforce-and-training'],
    journeyStage: 'review_and_spread',
    careSettings: ['social_care', 'ambulance'],
  },

  // Mental health crisis plans.
  {
    key: 'crisis-plans-in-ed',
    title: 'Emergency departments can now see mental health crisis plans',
    summary:
      'Crisis plans written with people under community mental health teams are now visible to emergency department staff through the shared record, so people in crisis are not asked to repeat their story.',
    context:
      'People in a mental health crisis often arrived at the emergency department at night. Staff had no access to the crisis plan held by the mental health trust and started from scratch.',
    wentWell: `- Crisis plans were published from the mental health record to the shared record in a standard format.
- Emergency department staff could see triggers, what helps and who to contact.
- People told us being asked fewer questions made a difference.`,
    didNotGoWell: `- Many plans were out of date because reviewing them was not routine.
- Liaison psychiatry still relied on phone calls at night.`,
    doDifferently: `- Make reviewing the crisis plan part of every care review.
- Involve people with lived experience in deciding what the plan shows.`,
    themes: ['interoperability', 'clinical-safety'],
    journeyStage: 'implementation',
    careSettings: ['mental_health', 'acute'],
  },
  {
    key: 'street-triage',
    title: 'Mental health nurses riding with police cut detentions',
    summary:
      'A street triage car with a mental health nurse and a police officer meant fewer people were detained under section 136 and taken to a place of safety.',
    context:
      'Police officers called to people in mental health crisis had little choice but to detain them. Many were released hours later without needing admission.',
    wentWell: `- The nurse could check the mental health record from the car and speak to the person’s care coordinator.
- Detentions under section 136 fell by forty per cent.
- Officers said they felt more confident at incidents.`,
    didNotGoWell: `- The car only ran in the evenings, so daytime incidents saw no change.
- Funding was renewed a year at a time, and staff left for permanent posts.`,
    doDifferently: `- Agree multi-year funding before recruiting.
- Use call data to set the hours the car runs.`,
    themes: ['workforce-and-training'],
    journeyStage: 'implementation',
    careSettings: ['mental_health', 'community'],
  },

  // NHS numbers in council records.
  {
    key: 'nhs-number-tracing',
    title: 'Tracing NHS numbers for social care clients before sharing records',
    summary:
      'A third of our adult social care clients had no verified NHS number, so their records could not be matched in the shared care record. A batch trace against the Personal Demographics Service fixed most of them.',
    context:
      'The council’s social care system held NHS numbers for only two thirds of clients, and some of those were wrong. Without them the shared record could not link council and NHS information safely.',
    wentWell: `- The Demographics Batch Service traced thousands of records in a day.
- Social workers reviewed the few partial matches by hand.
- The care record system now checks the NHS number at every new referral.`,
    didNotGoWell: `- Mismatched dates of birth and old addresses caused many failed traces.
- Getting access to the batch service took three months of paperwork.`,
    doDifferently: `- Apply for access to the batch service at the very start.
- Clean addresses and dates of birth before the first trace.`,
    themes: ['data-quality', 'interoperability'],
    journeyStage: 'pre_implementation',
    careSettings: ['social_care'],
  },
  {
    key: 'nhs-number-tracing-retold',
    retells: 'nhs-number-tracing',
    title: 'Matching council clients to the NHS spine before their records could be linked',
    summary:
      'Around one in three people known to our adult social care service lacked a verified NHS number, which stopped their records being linked to health records. Running them through the Personal Demographics Service in bulk resolved most.',
    context:
      'Our social care case management system only had an NHS number for about two thirds of people, and some were incorrect. The shared record needs that number to join up council and health information without mixing people up.',
    wentWell: `- A single overnight run through the Demographics Batch Service matched thousands of people.
- Social workers checked the handful of uncertain matches themselves.
- New referrals now have their NHS number verified as they are entered.`,
    didNotGoWell: `- Wrong dates of birth and out-of-date addresses meant many people failed to match.
- The paperwork for access to the batch service took a quarter of a year.`,
    doDifferently: `- Request batch service access first of all.
- Tidy up dates of birth and addresses before running anything.`,
    themes: ['data-quality'],
    journeyStage: 'pre_implementation',
    careSettings: ['social_care'],
  },
  {
    key: 'ethnicity-recording',
    title: 'Ethnicity recording improved when receptionists explained why we ask',
    summary:
      'Our practices recorded ethnicity for under half of patients. A short script for receptionists explaining how the information helps tackle health inequalities raised recording to over eighty per cent.',
    context:
      'Patients often declined or ignored the ethnicity question on registration forms, and staff felt awkward asking. Missing data hid inequalities in access to services.',
    wentWell: `- Receptionists used a two-sentence explanation when registering patients and at routine contacts.
- A monthly data quality report showed each practice its progress.
- Patients rarely objected once they knew why.`,
    didNotGoWell: `- The coding list in the clinical system confused staff, so some codes were wrong.
- Online registration skipped the explanation altogether.`,
    doDifferently: `- Simplify the code list to the categories people actually choose.
- Put the same explanation on the online registration form.`,
    themes: ['data-quality'],
    journeyStage: 'implementation',
    careSettings: ['primary'],
  },

  // Virtual wards.
  {
    key: 'virtual-ward-bed-days',
    title: 'Counting bed days saved by the frailty virtual ward',
    summary:
      'We measured the frailty virtual ward against a matched group of patients admitted before it opened. It saved around 1,800 bed days in its first year, but only once referrals came from the emergency department as well as GPs.',
    context:
      'The frailty virtual ward let older people be treated at home with remote monitoring and daily visits. The board wanted to know whether it really avoided hospital stays.',
    wentWell: `- The business intelligence team matched virtual ward patients with similar patients from the year before.
- Bed days saved were reported monthly to the board.
- The evaluation persuaded commissioners to fund a second year.`,
    didNotGoWell: `- For the first six months referrals came almost only from GPs, and few were people who would otherwise have been admitted.
- Remote monitoring data was not linked to hospital records, so matching took weeks.`,
    doDifferently: `- Agree the evaluation method and data flows before the ward opens.
- Build referral routes from the emergency department from day one.`,
    themes: ['evaluation'],
    journeyStage: 'review_and_spread',
    careSettings: ['community', 'acute'],
  },
  {
    key: 'virtual-ward-stories',
    title: 'Patients’ stories told us more about the virtual ward than the dashboard did',
    summary:
      'Alongside the numbers, we interviewed patients and carers treated on the respiratory virtual ward. Their stories showed why some people asked to go back to hospital, which no dashboard had explained.',
    context:
      'Our respiratory virtual ward dashboard showed length of stay and readmissions, but not why a fifth of patients were readmitted within a week.',
    wentWell: `- A patient and carer panel helped write the interview questions.
- Carers told us they felt alone at night and did not know who to call.
- The team added an overnight phone line as a result.`,
    didNotGoWell: `- Interviews took longer to arrange than planned.
- Staff were anxious that stories would be used to criticise them.`,
    doDifferently: `- Plan the interviews into the evaluation from the start.
- Share findings with the team before the board.`,
    themes: ['evaluation', 'patient-and-public-engagement'],
    journeyStage: 'review_and_spread',
    careSettings: ['community'],
  },

  // The patient portal's letters.
  {
    key: 'portal-reader-panel',
    title: 'A reader panel rewrote every letter in the patient portal',
    summary:
      'Before launching our patient portal, a panel of patients with different reading levels reviewed every appointment letter and message. They rewrote a third of them, and calls to the booking office fell after launch.',
    context:
      'The hospital was moving outpatient letters into a patient portal. The letters had been written by departments over twenty years and many were confusing.',
    wentWell: `- Twelve patients, including people with learning disabilities and people who speak English as a second language, read each letter aloud with us.
- Jargon, abbreviations and threatening warnings about missed appointments were removed.
- Calls to the booking office asking what a letter meant fell by a quarter.`,
    didNotGoWell: `- Departments resisted changes to letters they had written.
- The portal supplier limited the length of messages, which forced cuts.`,
    doDifferently: `- Get the medical director to back the panel’s changes before starting.
- Check the supplier’s limits on message length early.`,
    themes: ['patient-and-public-engagement'],
    journeyStage: 'design_and_planning',
    careSettings: ['acute'],
  },
  {
    key: 'portal-reader-panel-retold',
    retells: 'portal-reader-panel',
    title: 'Patients checked the wording of our online appointment letters before launch',
    summary:
      'A group of patients with a range of literacy levels went through all the appointment letters and messages due to move into our new patient portal. They reworded about a third, and after go-live the booking office had fewer confused callers.',
    context:
      'Outpatient letters were moving from paper into a patient portal. Different departments had written them over two decades and plenty were hard to follow.',
    wentWell: `- A dozen patients, among them people with learning disabilities and people whose first language is not English, read the letters out loud with us.
- Abbreviations, medical jargon and stern warnings about missing appointments went.
- Booking office calls from people unsure what a letter meant dropped by about a quarter.`,
    didNotGoWell: `- Some departments pushed back on edits to their own letters.
- The supplier capped message length in the portal, so some content had to be cut.`,
    doDifferently: `- Secure the medical director’s support for the panel before any rewriting.
- Find out the portal’s message length limits at the start.`,
    themes: ['patient-and-public-engagement'],
    journeyStage: 'design_and_planning',
    careSettings: ['acute'],
  },

  // 111 booking into practices.
  {
    key: 'nhs111-booking',
    title: 'NHS 111 can book straight into practice appointments once practices release slots',
    summary:
      'Using GP Connect, NHS 111 call handlers now book patients directly into their own practice’s appointments. It only worked once practices set aside protected slots for 111 in their rotas.',
    context:
      'Callers to NHS 111 who needed to see their GP were told to ring the practice in the morning, and many ended up in the emergency department instead.',
    wentWell: `- GP Connect Appointments let 111 see and book slots in the practice system.
- Practices that released two slots a day saw very few unused.
- Patients no longer had to call twice.`,
    didNotGoWell: `- Many practices did not release slots at first, so 111 found nothing to book.
- Slot types were named differently in every practice.`,
    doDifferently: `- Agree a standard slot type name across the primary care network.
- Show practices how few slots go unused before asking them to release any.`,
    themes: ['interoperability'],
    journeyStage: 'implementation',
    careSettings: ['primary', 'ambulance'],
  },
  {
    key: 'online-consultations-inbox',
    title: 'Online consultation requests overwhelmed the practice inbox',
    summary:
      'When we switched on online consultations without changing how the practice worked, requests piled up in a shared inbox. A daily triage rota with a named clinician fixed it.',
    context:
      'Our practice turned on an online consultation tool so patients could describe problems without phoning. Within weeks it was receiving more requests than the phone line.',
    wentWell: `- A duty clinician triaged the inbox each morning and afternoon.
- Care navigators handled admin requests such as sick notes and repeat prescriptions.
- Patients got an answer the same day.`,
    didNotGoWell: `- For the first month nobody owned the inbox and requests waited days.
- Opening the tool all day and night created a Monday morning backlog.`,
    doDifferently: `- Set the triage rota before switching the tool on.
- Limit the hours the form is open to match the practice’s capacity.`,
    themes: ['workforce-and-training'],
    journeyStage: 'implementation',
    careSettings: ['primary'],
  },

  // ReSPECT forms in the ambulance.
  {
    key: 'respect-forms-ambulance',
    title: 'Paramedics could see ReSPECT forms in the ambulance',
    summary:
      'Ambulance crews can now view a person’s ReSPECT form and end of life care plan on their tablets through the shared record, so they know what care the person wants before deciding whether to take them to hospital.',
    context:
      'ReSPECT forms recording people’s wishes about emergency care were kept on paper in their homes or care homes. Crews often could not find them, and people who wanted to stay at home were taken to hospital.',
    wentWell: `- Forms completed by GPs and hospices were shared electronically and shown on crews’ tablets.
- Crews could call the clinical hub to discuss the plan.
- Fewer people with a plan to stay at home were conveyed to hospital.`,
    didNotGoWell: `- Forms written in hospital were still on paper for months.
- Signal in rural areas meant the tablet sometimes could not load the record.`,
    doDifferently: `- Bring hospital teams into the electronic form from the start.
- Cache the most important details on the tablet for areas with no signal.`,
    themes: ['interoperability', 'clinical-safety'],
    journeyStage: 'implementation',
    careSettings: ['ambulance', 'community'],
  },
  {
    key: 'respect-forms-ambulance-retold',
    retells: 'respect-forms-ambulance',
    title: 'Crews check people’s end of life wishes on a tablet before deciding whether to convey',
    summary:
      'Our paramedics can open a patient’s ReSPECT form and end of life plan from the shared record on their tablet, so they understand what treatment the person would want before deciding on a trip to hospital.',
    context:
      'People’s ReSPECT forms lived on paper at home or in the care home, and crews frequently could not locate them. Some people who had chosen to die at home ended up in hospital.',
    wentWell: `- Forms filled in by GPs and hospices now arrive electronically on the ambulance tablet.
- A crew can ring the clinical hub to talk the plan through.
- Conveyance to hospital fell for people whose plan said they wished to stay at home.`,
    didNotGoWell: `- Hospital-completed forms stayed on paper for many months.
- Poor mobile coverage in the countryside sometimes stopped the record loading.`,
    doDifferently: `- Get hospital staff using the electronic form from the outset.
- Keep key details cached on the tablet for places without signal.`,
    themes: ['clinical-safety', 'interoperability'],
    journeyStage: 'implementation',
    careSettings: ['ambulance', 'community'],
  },

  // A long round-up that touches many of the stories above without telling any of them.
  {
    key: 'programme-round-up',
    title: 'Our first year of the digital care programme: what we learned across the system',
    summary:
      'A round-up of twelve months of digital projects across the integrated care system: shared records, prescribing, remote monitoring, care homes, data quality and engagement, and what we would tell another system starting out.',
    context:
      'The programme board funded projects in acute, community, primary care, mental health and social care. This lesson collects what the project leads told us at the year-end review, rather than the story of any one project.',
    wentWell: `- Shared care record use grew once practices could open it from their clinical system.
- Electronic prescribing went live on every adult ward, and hospital pharmacy teams led the training.
- Remote monitoring of blood pressure reached people through libraries and community groups.
- Care homes adopted digital social care records and NHSmail, with digital champions in many homes.
- Data quality improved where teams traced NHS numbers and explained to patients why we ask.
- Patients and carers helped design letters, forms and the patient portal.`,
    didNotGoWell: `- Every project wrote its own DPIA and hazard log at first, and information governance teams were stretched.
- Procurement took longer than planned, especially where suppliers were small.
- Wi-Fi, smartcards and old laptops held projects back more than any software did.
- Evaluation was planned late, so benefits such as bed days saved were hard to show.`,
    doDifferently: `- Start information governance and clinical safety work at the beginning of every project.
- Fund connectivity and devices before software.
- Agree how each project will be evaluated before it starts.`,
    themes: ['evaluation', 'interoperability', 'information-governance', 'digital-inclusion'],
    journeyStage: 'review_and_spread',
    careSettings: ['acute', 'community', 'primary', 'mental_health', 'social_care'],
  },

  // Care home digital champions.
  {
    key: 'care-home-digital-champions',
    title: 'Every care home named a digital champion with time set aside',
    summary:
      'Each care home in our area nominated a digital champion, given two hours a week to help colleagues with the digital care record, NHSmail and video calls with GPs. Homes with an active champion used the tools far more.',
    context:
      'Care homes had been given tablets, NHSmail accounts and a digital care record, but staff confidence varied and high turnover meant skills drained away.',
    wentWell: `- Champions met monthly online to share tips.
- New starters were shown the basics by a colleague on their first shift.
- GP video ward rounds ran more smoothly in homes with a champion.`,
    didNotGoWell: `- In homes where the manager did not protect the two hours, the role faded.
- Champions who left took their knowledge with them.`,
    doDifferently: `- Agree the protected time with owners, not only managers.
- Have two champions per home so the role survives a departure.`,
    themes: ['workforce-and-training', 'digital-inclusion'],
    journeyStage: 'implementation',
    careSettings: ['social_care'],
  },
]

/** A solution that answers the pharmacy lessons' problem: similar items must show it for them. */
export const corpusSolution: Omit<SolutionCreate, 'siteId'> = {
  title: 'Discharge Medicines Service referral sent from the electronic discharge letter',
  problem:
    'Community pharmacies do not hear when a hospital stay changes a patient’s medicines, so they keep dispensing the old repeat prescription.',
  description:
    'A referral to the patient’s nominated community pharmacy is sent through PharmOutcomes whenever the electronic discharge letter records a change to medicines. The community pharmacist contacts the patient, reconciles the repeat prescription with the GP practice and flags anticoagulant or insulin changes.',
  howToAdopt:
    'Sign up to the NHS Discharge Medicines Service, add the referral step to the discharge letter template, and record the nominated pharmacy on admission. Arrange weekend cover through the on-call pharmacist.',
  themes: ['interoperability', 'clinical-safety'],
  careSettings: ['acute', 'primary'],
  maturity: 'proven',
}
