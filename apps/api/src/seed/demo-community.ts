import { Readable } from 'node:stream'
import type { NetworkAccess, NetworkNewsCreate, NetworkResourceCreate } from '@learnonce/contracts'
import { eq, inArray } from 'drizzle-orm'
import type { Database } from '../db/client.js'
import { discussionThreads, memberships, networkNews, networkResources, networks, users } from '../db/schema/index.js'
import { createPost, createThread } from '../modules/community/discussions.js'
import { createNews } from '../modules/community/news.js'
import { createResource } from '../modules/community/resources.js'
import { saveFile } from '../modules/files/service.js'
import { postgresFileStore } from '../modules/files/store.js'
import type { UserActor } from '../plugins/auth.js'
import { people } from './demo-people.js'
import { docxDocument, pdfDocument } from './documents.js'

type Email = (typeof people)[keyof typeof people]

/** A document the seed makes and uploads as its author. */
interface DemoDocument {
  name: string
  type: 'pdf' | 'docx'
  title: string
  lines: string[]
}

type DemoResource = Omit<NetworkResourceCreate, 'fileId' | 'url'> & { by: Email } & ({ url: string } | { document: DemoDocument })

interface DemoThread {
  title: string
  by: Email
  body: string
  replies: { by: Email; body: string }[]
}

interface DemoCommunity {
  slug: string
  access: NetworkAccess
  resources: DemoResource[]
  threads: DemoThread[]
  news: (Omit<NetworkNewsCreate, 'fileIds'> & { by: Email; daysAgo: number; document?: DemoDocument })[]
}

const communities: DemoCommunity[] = [
  {
    slug: 'information-prescriptions-network',
    access: 'open',
    resources: [
      {
        title: 'Training session agenda',
        kind: 'agenda',
        journeyStage: 'implementation',
        description: 'A half-day session for reception and care navigation staff: timings, room layout and who leads each part.',
        by: people.grace,
        document: {
          name: 'training-session-agenda.pdf',
          type: 'pdf',
          title: 'Information prescriptions: training session agenda',
          lines: [
            '09:30 Welcome and why information prescriptions matter',
            '10:00 The patient journey, stage by stage',
            '11:00 Scenario: Mrs Ahmed’s new diagnosis',
            '12:00 Bingo and close',
          ],
        },
      },
      {
        title: 'Training scenario: a new diabetes diagnosis',
        kind: 'template',
        journeyStage: 'implementation',
        description: 'The scenario used in the session, with an example of each stage of the journey.',
        by: people.grace,
        document: {
          name: 'training-scenario.docx',
          type: 'docx',
          title: 'Scenario: a new diabetes diagnosis',
          lines: [
            'Mrs Ahmed, 58, is told at her GP practice that she has type 2 diabetes.',
            'At each stage, decide which information prescription she should be offered and by whom.',
          ],
        },
      },
      {
        title: 'Information prescription bingo cards',
        kind: 'toolkit',
        journeyStage: 'implementation',
        description: 'Print one per participant; mark off each source of information you hear recommended.',
        by: people.priya,
        document: {
          name: 'bingo-cards.pdf',
          type: 'pdf',
          title: 'Information prescription bingo',
          lines: [
            'NHS website | Local support group | Leaflet in clinic',
            'Practice nurse | Carers centre | Charity helpline',
            'Pharmacy | Library | Social prescriber',
          ],
        },
      },
      {
        title: 'Interim evaluation report',
        kind: 'evaluation',
        journeyStage: 'review_and_spread',
        description: 'The independent evaluation team’s findings after the first six months of the pilot.',
        by: people.curator,
        document: {
          name: 'interim-evaluation-report.pdf',
          type: 'pdf',
          title: 'Information prescriptions: interim evaluation',
          lines: [
            'Seven pilot sites issued 2,140 information prescriptions in six months.',
            'Patients who received one were more likely to say they understood their condition.',
          ],
        },
      },
      {
        title: 'National information standard',
        kind: 'other',
        journeyStage: 'design_and_planning',
        by: people.curator,
        url: 'https://www.england.nhs.uk/ourwork/accessibleinfo/',
      },
    ],
    threads: [
      {
        title: 'How did you get GPs to issue the first prescriptions?',
        by: people.priya,
        body: 'We launched at Riverside last month and the practice team is keen, but GPs are only issuing a handful. What worked for you?',
        replies: [
          {
            by: people.grace,
            body: 'At Northfield we added a one-click template to the consultation system. Issuing went from 3 a week to 40.',
          },
          {
            by: people.daniel,
            body: 'Sharing the bingo cards at a practice meeting helped: people realised how many sources they already knew.',
          },
        ],
      },
      {
        title: 'Measuring whether patients used the information',
        by: people.hannah,
        body: 'Has anyone found a light-touch way of asking patients, a few weeks later, whether the information helped?',
        replies: [{ by: people.leah, body: 'We send a two-question text message after three weeks; the response rate is about a third.' }],
      },
    ],
    news: [
      {
        title: 'Second evaluation report published',
        kind: 'evaluation_report',
        body: 'The evaluation team has published its second report. **Uptake rose by a third** at sites that used the consultation template.',
        by: people.curator,
        daysAgo: 6,
        document: {
          name: 'second-evaluation-report.pdf',
          type: 'pdf',
          title: 'Information prescriptions: second evaluation report',
          lines: ['Uptake rose by a third at sites using the template.', 'Recommendations for spread are in section 4.'],
        },
      },
      {
        title: 'Spread planning workshop: book your place',
        kind: 'announcement',
        body: 'Our next workshop plans how the pilot spreads to a further twelve practices. Each member site may send two people.',
        by: people.grace,
        daysAgo: 2,
      },
    ],
  },
  {
    slug: 'shared-care-records-exchange',
    access: 'members',
    resources: [
      {
        title: 'Site visit agenda',
        kind: 'agenda',
        journeyStage: 'pre_implementation',
        description: 'Two days with a live shared care record team.',
        by: people.owen,
        document: {
          name: 'site-visit-agenda.docx',
          type: 'docx',
          title: 'Shared care records: site visit agenda',
          lines: [
            'Day 1: emergency department launch in context; the usage dashboard.',
            'Day 2: role-based access and the information governance model.',
          ],
        },
      },
      {
        title: 'Role-based access model',
        kind: 'template',
        journeyStage: 'design_and_planning',
        by: people.sian,
        url: 'https://wessex-coast.example.org.uk/access-model',
      },
    ],
    threads: [
      {
        title: 'Data sharing agreements with social care',
        by: people.fiona,
        body: 'Our local authorities want a separate agreement for social care data. Did anyone manage with a single agreement?',
        replies: [{ by: people.owen, body: 'We used one agreement with a social care schedule; happy to share it with members.' }],
      },
    ],
    news: [
      {
        title: 'Closing event date confirmed',
        kind: 'announcement',
        body: 'The exchange closes with a shared event in the spring; each site will present one lesson.',
        by: people.sian,
        daysAgo: 4,
      },
    ],
  },
  {
    slug: 'protected-learning-general-practice',
    access: 'open',
    resources: [
      {
        title: 'Protected learning time: first meeting agenda',
        kind: 'agenda',
        journeyStage: 'vision',
        by: people.daniel,
        document: {
          name: 'first-meeting-agenda.pdf',
          type: 'pdf',
          title: 'Protected learning time: first meeting',
          lines: ['What do we want to learn together?', 'How often should we meet?', 'Who will host?'],
        },
      },
    ],
    threads: [
      {
        title: 'Covering appointments during protected time',
        by: people.beth,
        body: 'How are practices covering urgent appointments during the afternoon?',
        replies: [{ by: people.imran, body: 'Our extended access hub takes urgent calls for those three hours.' }],
      },
    ],
    news: [],
  },
]

/**
 * The demo networks' libraries, discussions and news, written through the community services (so
 * they are audited and appear in each network's activity) with small real PDF and DOCX files. A
 * network that already has a library, a discussion or news is left alone, so loading it again
 * changes nothing.
 */
export async function loadDemoCommunity(db: Database): Promise<void> {
  const emails = [...new Set(Object.values(people))]
  const found = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    .where(inArray(users.email, emails))
  const siteRows = await db.select({ userId: memberships.userId, siteId: memberships.siteId }).from(memberships)
  const actorOf = async (email: string): Promise<UserActor> => {
    const user = found.find((row) => row.email.toLowerCase() === email)
    if (!user) throw new Error(`the demo user ${email} is missing`)
    const siteIds = siteRows.filter((row) => row.userId === user.id).map((row) => row.siteId)
    return { kind: 'user', id: user.id, role: user.role, email: user.email, name: user.name, siteIds }
  }
  const store = postgresFileStore(db)
  const upload = async (document: DemoDocument, by: UserActor) => {
    const bytes = document.type === 'pdf' ? pdfDocument(document.title, document.lines) : docxDocument(document.title, document.lines)
    const stored = await store.put(Readable.from([bytes]))
    const mediaType =
      document.type === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    return (await saveFile(db, { name: document.name, mediaType, size: stored.size, sha256: stored.sha256, uploadedBy: by.id })).id
  }
  for (const community of communities) {
    const [network] = await db.select({ id: networks.id }).from(networks).where(eq(networks.slug, community.slug))
    if (!network) continue
    const started = await Promise.all([
      db.select({ id: networkResources.id }).from(networkResources).where(eq(networkResources.networkId, network.id)).limit(1),
      db.select({ id: discussionThreads.id }).from(discussionThreads).where(eq(discussionThreads.networkId, network.id)).limit(1),
      db.select({ id: networkNews.id }).from(networkNews).where(eq(networkNews.networkId, network.id)).limit(1),
    ])
    if (started.some((rows) => rows.length > 0)) continue
    await db.update(networks).set({ access: community.access }).where(eq(networks.id, network.id))
    for (const { by, ...resource } of community.resources) {
      const actor = await actorOf(by)
      const { document, url, ...fields } = { document: undefined, url: undefined, ...resource }
      const source = document ? { fileId: await upload(document, actor) } : { url }
      await createResource(db, actor, network.id, { ...fields, ...source })
    }
    for (const thread of community.threads) {
      const created = await createThread(db, await actorOf(thread.by), network.id, { title: thread.title, body: thread.body })
      for (const reply of thread.replies) await createPost(db, await actorOf(reply.by), created.id, { body: reply.body })
    }
    for (const { by, daysAgo, document, ...news } of community.news) {
      const actor = await actorOf(by)
      const fileIds = document ? [await upload(document, actor)] : []
      const publishedAt = new Date(Date.now() - daysAgo * 86_400_000).toISOString()
      await createNews(db, actor, network.id, { ...news, publishedAt, fileIds })
    }
  }
}
