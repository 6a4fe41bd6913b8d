import {
  adoptionModes,
  adoptionStatuses,
  type CaseStudy,
  CaseStudyCreate,
  type Comment,
  contentStatuses,
  type FindingList,
  isFileLink,
  journeyStages,
  type Lesson,
  LessonCreate,
  type Page,
  type SimilarList,
  type Site,
  type Solution,
  SolutionCreate,
  type SolutionLineage,
  type TokenPair,
  type TransitionList,
  type TriageEntry,
} from '@learnonce/contracts'
import { eq, sql } from 'drizzle-orm'
import type { LightMyRequestResponse } from 'fastify'
import { Value } from 'typebox/value'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../db/client.js'
import { adoptions, themes as themeTable } from '../db/schema/index.js'
import { type TestApp, testApp } from '../test/app.js'
import { DEMO_PASSWORD, seedDemo } from './demo.js'
import { demoCaseStudies, demoLessons, demoSolutions } from './demo-content.js'
import { people } from './demo-people.js'

interface SignedIn {
  headers: { authorization: string }
  user: TokenPair['user']
}

type Item = (Lesson | CaseStudy | Solution) & { type: 'lesson' | 'case_study' | 'solution' }

/** Everything the API shows the admin, plus the size of every table the demo writes. */
interface Hub {
  sites: Site[]
  lessons: Lesson[]
  caseStudies: CaseStudy[]
  solutions: Solution[]
  tableSizes: Record<string, number>
}

const demoTables = [
  'files',
  'file_contents',
  'file_chunks',
  'network_resources',
  'discussion_threads',
  'discussion_posts',
  'network_news',
  'file_attachments',
  'sites',
  'users',
  'memberships',
  'content_items',
  'content_sites',
  'content_relations',
  'content_transitions',
  'content_comments',
  'adoptions',
  'networks',
  'network_sites',
  'network_coordinators',
  'network_content',
  'events',
  'event_outputs',
  'audit_events',
] as const

const DAY = 24 * 60 * 60 * 1000
const mentionsInformationPrescriptions = (text: string) => /information prescriptions?/i.test(text)

describe('the demo hub', () => {
  let t: TestApp
  let admin: SignedIn
  let firstLoad: Hub
  let secondLoad: Hub

  const get = (url: string, who: SignedIn) => t.app.inject({ method: 'GET', url, headers: who.headers })

  async function signInAs(email: string): Promise<SignedIn> {
    const res = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password: DEMO_PASSWORD } })
    expect(res.statusCode, res.body).toBe(200)
    const pair = res.json<TokenPair>()
    return { headers: { authorization: `Bearer ${pair.accessToken}` }, user: pair.user }
  }

  /** Every page of a list, 100 at a time, following nextCursor. */
  async function listAll<T>(path: string, who: SignedIn, query: Record<string, string> = {}): Promise<T[]> {
    const found: T[] = []
    let cursor: string | null = null
    do {
      const params = new URLSearchParams({ ...query, limit: '100', ...(cursor ? { cursor } : {}) })
      const res = await get(`${path}?${params}`, who)
      expect(res.statusCode, res.body).toBe(200)
      const page = res.json<Page<T>>()
      found.push(...page.data)
      cursor = page.nextCursor
    } while (cursor)
    return found
  }

  async function readHub(): Promise<Hub> {
    const tableSizes: Record<string, number> = {}
    for (const table of demoTables) {
      const [row] = await rows<{ count: number }>(t.app.db, sql`select count(*)::int as count from ${sql.identifier(table)}`)
      tableSizes[table] = row?.count ?? 0
    }
    return {
      sites: await listAll<Site>('/v1/sites', admin),
      lessons: await listAll<Lesson>('/v1/lessons', admin),
      caseStudies: await listAll<CaseStudy>('/v1/case-studies', admin),
      solutions: await listAll<Solution>('/v1/solutions', admin),
      tableSizes,
    }
  }

  const everyItem = (hub: Hub): Item[] => [
    ...hub.lessons.map((item) => ({ ...item, type: 'lesson' as const })),
    ...hub.caseStudies.map((item) => ({ ...item, type: 'case_study' as const })),
    ...hub.solutions.map((item) => ({ ...item, type: 'solution' as const })),
  ]
  const byTitle = (title: string) => {
    const item = everyItem(secondLoad).find((candidate) => candidate.title === title)
    if (!item) throw new Error(`no demo item titled "${title}"`)
    return item
  }

  beforeAll(async () => {
    t = await testApp()
    await seedDemo(t.app.db)
    admin = await signInAs(people.admin)
    firstLoad = await readHub()
    await seedDemo(t.app.db)
    secondLoad = await readHub()
  })

  afterAll(async () => {
    await t?.close()
  })

  it('offers a solution’s artefacts as real files: a PDF and a Word document anyone signed in can download', async () => {
    const { id } = byTitle('Curated condition library for information prescriptions in general practice')
    const reader = await signInAs(people.tom)
    const library = (await t.app.inject({ method: 'GET', url: `/v1/solutions/${id}`, headers: reader.headers })).json<Solution>()
    const fileLinks = library.artefacts.flatMap((link) => (isFileLink(link) && link.file ? [link.file] : []))
    expect(fileLinks.map((file) => file.mediaType).sort()).toEqual([
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ])
    for (const file of fileLinks) {
      const download = await t.app.inject({ method: 'GET', url: `/v1/files/${file.id}/content`, headers: reader.headers })
      expect(download.statusCode).toBe(200)
      expect(download.rawPayload.length).toBe(file.size)
    }
    const pdf = fileLinks.find((file) => file.mediaType === 'application/pdf')
    const bytes = (await t.app.inject({ method: 'GET', url: `/v1/files/${pdf?.id}/content`, headers: reader.headers })).rawPayload
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4')
    expect(bytes.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true)
  })

  it('has at least 12 sites, 40 lessons, 10 case studies and 12 solutions', () => {
    expect(secondLoad.sites.length).toBeGreaterThanOrEqual(12)
    expect(secondLoad.lessons.length).toBeGreaterThanOrEqual(40)
    expect(secondLoad.caseStudies.length).toBeGreaterThanOrEqual(10)
    expect(secondLoad.solutions.length).toBeGreaterThanOrEqual(12)
  })

  it('loading it again changes nothing: same counts, same ids, same versions', () => {
    expect(secondLoad.tableSizes).toEqual(firstLoad.tableSizes)
    expect(secondLoad.lessons).toEqual(firstLoad.lessons)
    expect(secondLoad.caseStudies).toEqual(firstLoad.caseStudies)
    expect(secondLoad.solutions).toEqual(firstLoad.solutions)
    expect(secondLoad.sites).toEqual(firstLoad.sites)
  })

  it('looks lived in: content was created over the last eighteen months and never in the future', () => {
    const created = everyItem(secondLoad).map((item) => Date.parse(item.createdAt))
    const oldest = Math.min(...created)
    const newest = Math.max(...created)
    expect(oldest).toBeGreaterThan(Date.now() - 19 * 31 * DAY)
    expect(newest).toBeLessThanOrEqual(Date.now())
    expect(newest - oldest).toBeGreaterThan(365 * DAY)
    for (const item of everyItem(secondLoad)) {
      expect(Date.parse(item.updatedAt), item.title).toBeGreaterThanOrEqual(Date.parse(item.createdAt))
      expect(Date.parse(item.updatedAt), item.title).toBeLessThanOrEqual(Date.now())
    }
  })

  it('lists read in the order things happened: every id is a UUID v7 stamped with its creation time', () => {
    for (const item of everyItem(secondLoad)) {
      expect(item.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      expect(Number.parseInt(item.id.replace(/-/g, '').slice(0, 12), 16), item.title).toBe(Date.parse(item.createdAt))
    }
  })

  it('shows content in every workflow state, each with the details that state carries', async () => {
    const curator = await signInAs(people.curator)
    const items = everyItem(secondLoad)
    const published = new Map(items.filter((item) => item.status === 'published').map((item) => [item.id, item]))
    for (const status of contentStatuses) {
      expect(
        items.some((item) => item.status === status),
        status,
      ).toBe(true)
    }
    for (const item of items) {
      if (item.status === 'in_review') expect(item.assigneeId, item.title).toBe(curator.user.id)
      if (item.status === 'changes_requested' || item.status === 'rejected') expect(item.decisionNote, item.title).toBeTruthy()
      if (item.status === 'published' || item.status === 'archived') expect(item.publishedAt, item.title).not.toBeNull()
      if (item.status === 'duplicate') {
        const original = item.duplicateOfId ? published.get(item.duplicateOfId) : undefined
        expect(original?.type, item.title).toBe(item.type)
      }
      if (item.status !== 'draft') expect(item.submittedAt, item.title).not.toBeNull()
    }
  })

  it('every item past draft has its whole way there in its history, agreeing with its status, version and dates', async () => {
    const pathOf = { lesson: '/v1/lessons', case_study: '/v1/case-studies', solution: '/v1/solutions' }
    for (const item of everyItem(secondLoad)) {
      const res = await get(`${pathOf[item.type]}/${item.id}/history`, admin)
      expect(res.statusCode, res.body).toBe(200)
      const history = res.json<TransitionList>().data
      expect(history.length, item.title).toBe(item.version - 1)
      if (item.status === 'draft') continue
      // Each step starts where the one before it ended: draft → … → the item's status.
      expect(history.map((row) => row.fromStatus)).toEqual(['draft', ...history.slice(0, -1).map((row) => row.toStatus)])
      expect(history.at(-1)?.toStatus, item.title).toBe(item.status)
      expect(
        history.every((row) => row.actorName),
        item.title,
      ).toBe(true)
      expect(history.findLast((row) => row.action === 'submit')?.createdAt, item.title).toBe(item.submittedAt)
      expect(history.find((row) => row.action === 'publish')?.createdAt ?? null, item.title).toBe(item.publishedAt)
      if (item.decisionNote) expect(history.at(-1)?.note, item.title).toBe(item.decisionNote)
      expect(item.assigneeId !== null, item.title).toBe(item.status === 'in_review')
    }
  })

  it('curators open a living queue: submissions of every kind at several ages, each with its sites and submitter', async () => {
    const curator = await signInAs(people.curator)
    const res = await get('/v1/triage?limit=100', curator)
    expect(res.statusCode, res.body).toBe(200)
    const queue = res.json<Page<TriageEntry>>().data
    const waiting = queue.filter((entry) => entry.status === 'submitted')
    expect(new Set(waiting.map((entry) => entry.type))).toEqual(new Set(['lesson', 'case_study', 'solution']))
    expect(new Set(waiting.map((entry) => entry.ageDays)).size).toBeGreaterThanOrEqual(3)
    expect(queue.some((entry) => entry.status === 'in_review' && entry.assignee?.id === curator.user.id)).toBe(true)
    for (const entry of queue) {
      expect(entry.submitter?.name, entry.title).toBeTruthy()
      expect(entry.sites.length, entry.title).toBeGreaterThan(0)
    }
  })

  it('a submitted re-telling shows its published original first among similar items', async () => {
    const curator = await signInAs(people.curator)
    const retold = byTitle('GPs only used our shared care record once it opened from inside their clinical system')
    expect(retold.status).toBe('submitted')
    const res = await get(`/v1/lessons/${retold.id}/similar?limit=5`, curator)
    expect(res.statusCode, res.body).toBe(200)
    const [first] = res.json<SimilarList>().data
    expect(first?.item.title).toBe('Clinicians open the shared record when it launches in context, not from a separate login')
    expect(first?.item.status).toBe('published')
  })

  it('a submitted lesson carries a made-up NHS number, so a curator sees a finding to resolve; nothing else is flagged', async () => {
    const curator = await signInAs(people.curator)
    const flagged = [...firstLoad.lessons, ...firstLoad.caseStudies, ...firstLoad.solutions].filter((item) => item.openFindings > 0)
    expect(flagged.map((item) => [item.title, item.status, item.openFindings])).toEqual([
      ['Volunteer digital champions need a named contact at the practice', 'submitted', 1],
    ])
    const res = await get(`/v1/lessons/${flagged[0]?.id}/findings`, curator)
    expect(res.json<FindingList>().data).toEqual([
      expect.objectContaining({ field: '/didNotGoWell', kind: 'nhs_number', preview: '*** *** 5919', status: 'open' }),
    ])
  })

  it('an item in review carries a review thread; its internal note reaches the curator but not the contributor', async () => {
    const inReview = byTitle('District nurses prescribing information at the bedside')
    expect(inReview.status).toBe('in_review')
    const threadFor = async (who: SignedIn) => {
      const res = await get(`/v1/lessons/${inReview.id}/comments?limit=100`, who)
      expect(res.statusCode, res.body).toBe(200)
      return res.json<Page<Comment>>().data
    }
    const curatorsView = await threadFor(await signInAs(people.curator))
    const contributorsView = await threadFor(await signInAs(people.hannah))
    expect(curatorsView.filter((comment) => comment.internal)).toHaveLength(1)
    expect(contributorsView.length).toBe(curatorsView.length - 1)
    expect(contributorsView.some((comment) => comment.internal)).toBe(false)
    expect(new Set(contributorsView.map((comment) => comment.authorName))).toEqual(new Set(['Callum Reid', 'Hannah Clarke']))
  })

  it('has a case study at every journey stage, published', () => {
    for (const stage of journeyStages) {
      expect(
        secondLoad.caseStudies.some((study) => study.journeyStage === stage && study.status === 'published'),
        stage,
      ).toBe(true)
    }
  })

  it('shows solutions adopted in every mode and every status', async () => {
    for (const mode of adoptionModes) {
      expect(
        secondLoad.solutions.some((solution) => solution.adoptionsByMode[mode] > 0),
        mode,
      ).toBe(true)
    }
    // Adoption statuses have no list in the content API; read them where they are stored.
    const recorded = await t.app.db.selectDistinct({ status: adoptions.status }).from(adoptions)
    expect(recorded.map((row) => row.status).sort()).toEqual([...adoptionStatuses].sort())
  })

  it('traces a derived-from chain of at least three solutions, each link produced by an enhance adoption', async () => {
    const solutions = new Map(secondLoad.solutions.map((solution) => [solution.id, solution]))
    const ancestorsOf = (solution: Solution): Solution[] => {
      const parent = solution.derivedFromId ? solutions.get(solution.derivedFromId) : undefined
      return parent ? [parent, ...ancestorsOf(parent)] : []
    }
    const deepest = [...solutions.values()].sort((a, b) => ancestorsOf(b).length - ancestorsOf(a).length)[0]
    if (!deepest) throw new Error('no solutions')
    const chain = [deepest, ...ancestorsOf(deepest)]
    expect(chain.length).toBeGreaterThanOrEqual(3)

    const lineage = await get(`/v1/solutions/${deepest.id}/lineage`, admin)
    if (!isMissingRoute(lineage)) {
      expect(lineage.statusCode, lineage.body).toBe(200)
      expect(lineage.json<SolutionLineage>().ancestors.map((node) => node.id)).toEqual(chain.slice(1).map((solution) => solution.id))
    }

    const enhancements = await t.app.db
      .select({ solutionId: adoptions.solutionId, producedSolutionId: adoptions.producedSolutionId })
      .from(adoptions)
      .where(eq(adoptions.mode, 'enhance'))
    for (const [child, parent] of chain.slice(0, -1).map((solution, index) => [solution, chain[index + 1]] as const)) {
      expect(
        enhancements.some((adoption) => adoption.solutionId === parent?.id && adoption.producedSolutionId === child.id),
        child.title,
      ).toBe(true)
    }
  })

  it('runs an active network and a forming or closed one, with lead and member sites, coordinators, linked content and events with outputs', async () => {
    // The network and event routes belong to another module: their tables are read directly, and the
    // content API's networkId filter shows that what the events produced is reachable.
    const found = await rows<{ id: string; status: string; roles: string[]; coordinators: number; linked: number }>(
      t.app.db,
      sql`select n.id, n.status,
        array(select distinct s.role from network_sites s where s.network_id = n.id order by 1) as roles,
        (select count(*)::int from network_coordinators c where c.network_id = n.id) as coordinators,
        (select count(*)::int from network_content l where l.network_id = n.id) as linked
      from networks n`,
    )
    expect(found.map((network) => network.status)).toContain('active')
    expect(found.some((network) => network.status === 'forming' || network.status === 'closed')).toBe(true)
    for (const network of found) {
      expect(network).toMatchObject({ roles: ['lead', 'member'], coordinators: expect.any(Number), linked: expect.any(Number) })
      expect(Math.min(network.coordinators, network.linked)).toBeGreaterThan(0)
    }

    const active = found.find((network) => network.status === 'active')
    if (!active) throw new Error('no active network')
    const held = await rows<{ kind: string; outputs: number }>(
      t.app.db,
      sql`select e.kind, (select count(*)::int from event_outputs o where o.event_id = e.id) as outputs
        from events e where e.network_id = ${active.id}`,
    )
    const withOutputs = (kind: string) => held.filter((event) => event.kind === kind && event.outputs > 0).length
    expect(withOutputs('conference')).toBeGreaterThanOrEqual(2)
    expect(withOutputs('workshop')).toBeGreaterThanOrEqual(2)
    expect(withOutputs('learning_lunch')).toBeGreaterThanOrEqual(1)

    const outputs = await rows<{ item_id: string }>(
      t.app.db,
      sql`select o.item_id from event_outputs o join events e on e.id = o.event_id where e.network_id = ${active.id}`,
    )
    const reachable = [
      ...(await listAll<Lesson>('/v1/lessons', admin, { networkId: active.id })),
      ...(await listAll<CaseStudy>('/v1/case-studies', admin, { networkId: active.id })),
      ...(await listAll<Solution>('/v1/solutions', admin, { networkId: active.id })),
    ].map((item) => item.id)
    expect(outputs.length).toBeGreaterThanOrEqual(7)
    expect(reachable).toEqual(expect.arrayContaining(outputs.map((output) => output.item_id)))
  })

  it('gives the networks a library of real PDF and DOCX files, discussions with replies and news, one network for members only', async () => {
    const found = await rows<{ access: string; resources: number; files: number; threads: number; replies: number; news: number }>(
      t.app.db,
      sql`select n.access,
        (select count(*)::int from network_resources r where r.network_id = n.id) as resources,
        (select count(*)::int from network_resources r where r.network_id = n.id and r.file_id is not null) as files,
        (select count(*)::int from discussion_threads d where d.network_id = n.id) as threads,
        (select count(*)::int from discussion_posts p join discussion_threads d on d.id = p.thread_id where d.network_id = n.id) as replies,
        (select count(*)::int from network_news u where u.network_id = n.id) as news
      from networks n`,
    )
    expect(found.map((network) => network.access)).toEqual(expect.arrayContaining(['open', 'members']))
    for (const network of found) expect(Math.min(network.resources, network.threads)).toBeGreaterThan(0)
    expect(found.some((network) => network.files >= 4 && network.news >= 2 && network.replies > network.threads)).toBe(true)
    const types = await rows<{ media_type: string }>(t.app.db, sql`select distinct media_type from files order by 1`)
    expect(types.map((row) => row.media_type)).toEqual([
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ])
  })

  it('a demo contributor sees their own sites’ drafts but not another site’s', async () => {
    const priya = await signInAs(people.priya)
    const tom = await signInAs(people.tom)
    const drafts = [
      ...(await listAll<Lesson>('/v1/lessons', priya, { status: 'draft' })).map((lesson) => [lesson.siteId]),
      ...(await listAll<CaseStudy>('/v1/case-studies', priya, { status: 'draft' })).map((study) => study.siteIds),
      ...(await listAll<Solution>('/v1/solutions', priya, { status: 'draft' })).map((solution) => [solution.siteId]),
    ]
    expect(drafts.length).toBeGreaterThanOrEqual(3)
    for (const siteIds of drafts) expect(siteIds.some((siteId) => priya.user.siteIds.includes(siteId))).toBe(true)

    const tomsDraft = byTitle('Front-line staff want to know what they may share over the phone')
    const priyasDraft = byTitle('Patients without smartphones still want the link, on paper')
    expect((await get(`/v1/lessons/${tomsDraft.id}`, priya)).statusCode).toBe(404)
    expect((await get(`/v1/lessons/${priyasDraft.id}`, tom)).statusCode).toBe(404)
    expect((await get(`/v1/lessons/${tomsDraft.id}`, tom)).statusCode).toBe(200)
    const tomsDrafts = await listAll<Lesson>('/v1/lessons', tom, { status: 'draft' })
    expect(tomsDrafts.map((lesson) => lesson.id)).toEqual([tomsDraft.id])
  })

  it('searching for "information prescription" puts the items about them first', async () => {
    const priya = await signInAs(people.priya)
    for (const path of ['/v1/lessons', '/v1/solutions', '/v1/case-studies']) {
      const found = await listAll<Item>(path, priya, { q: 'information prescription' })
      expect(found.length, path).toBeGreaterThanOrEqual(3)
      const titled = found.filter((item) => mentionsInformationPrescriptions(item.title))
      // Title matches weigh most, so every item named after information prescriptions comes before any that only mentions them.
      expect(
        found.slice(0, titled.length).map((item) => item.title),
        path,
      ).toEqual(titled.map((item) => item.title))
      expect(titled.length, path).toBeGreaterThanOrEqual(3)
    }
    const unrelated = await listAll<Lesson>('/v1/lessons', priya, { q: 'information prescription' })
    expect(unrelated.map((lesson) => lesson.title)).not.toContain('A shared record is only as current as its slowest feed')
  })

  it('every demo item is one the API would accept as written, with current themes', async () => {
    const siteId = '019a0000-0000-7000-8000-000000000000'
    const liveThemes = new Set((await t.app.db.select({ slug: themeTable.slug }).from(themeTable)).map((theme) => theme.slug))
    const checks = [
      ...demoLessons.map(
        ({ title, summary, context, wentWell, didNotGoWell, doDifferently, themes, careSettings, tags, links, journeyStage }) => ({
          schema: LessonCreate,
          body: {
            title,
            summary,
            siteId,
            context,
            wentWell,
            didNotGoWell,
            doDifferently,
            themes,
            careSettings,
            tags,
            links: links ?? [],
            journeyStage,
          },
        }),
      ),
      ...demoCaseStudies.map(({ title, summary, body, outcomes, themes, careSettings, tags, links, journeyStage }) => ({
        schema: CaseStudyCreate,
        body: {
          title,
          summary,
          siteIds: [siteId],
          body,
          outcomes,
          themes,
          careSettings,
          tags,
          links: links ?? [],
          journeyStage,
        },
      })),
      ...demoSolutions.map(({ title, problem, description, howToAdopt, maturity, themes, careSettings, tags, artefacts }) => ({
        schema: SolutionCreate,
        body: { title, problem, siteId, description, howToAdopt, maturity, themes, careSettings, tags, artefacts },
      })),
    ]
    for (const { schema, body } of checks) {
      const errors = [...Value.Errors(schema, body)].map((error) => JSON.stringify(error))
      expect(errors, body.title).toEqual([])
      for (const theme of body.themes) expect(liveThemes.has(theme), `${body.title}: ${theme}`).toBe(true)
    }
  })
})

/** A 404 from the router itself (the route is not built yet), not from a handler. */
function isMissingRoute(res: LightMyRequestResponse): boolean {
  return res.statusCode === 404 && String(res.json<{ detail?: string }>().detail).startsWith('There is no route')
}
