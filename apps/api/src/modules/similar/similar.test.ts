import type { Lesson, LessonCreate, SimilarItem, SimilarList, Solution } from '@learnonce/contracts'
import { type SQL, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { rows } from '../../db/client.js'
import type { Actor } from '../../plugins/auth.js'
import { type TestApp, testApp } from '../../test/app.js'
import { type SignedIn, setStatus } from '../../test/factories.js'
import { type Cast, castFor, expectProblem } from '../content/content-fixtures.js'
import { distinctiveWords, distinctiveWordsQuery, similarQuery } from './service.js'
import { corpusLessons, corpusSolution } from './similar-corpus.js'

const retellings = corpusLessons.filter((lesson) => lesson.retells !== undefined)
const corpusLesson = (key: string) => {
  const lesson = corpusLessons.find((candidate) => candidate.key === key)
  if (!lesson) throw new Error(`no corpus lesson ${key}`)
  return lesson
}

async function similarTo(app: App, who: SignedIn, path: string, id: string, query = ''): Promise<SimilarItem[]> {
  const res = await app.inject({ method: 'GET', url: `${path}/${id}/similar${query}`, headers: who.headers })
  expect(res.statusCode, res.body).toBe(200)
  return res.json<SimilarList>().data
}

/** Titles and scores, for a failure message a person can read. */
const ranking = (found: SimilarItem[]) => found.map((entry) => `${entry.score.toFixed(3)} ${entry.item.title}`).join('\n')

describe('similar items', () => {
  let t: TestApp
  let app: App
  let cast: Cast
  /** Corpus lessons by key. */
  const lessonIds = new Map<string, string>()
  let solution: Solution

  const idOf = (key: string): string => {
    const id = lessonIds.get(key)
    if (id === undefined) throw new Error(`no corpus lesson ${key}`)
    return id
  }
  const postLesson = async (body: LessonCreate, who: SignedIn = cast.curator): Promise<Lesson> => {
    const res = await app.inject({ method: 'POST', url: '/v1/lessons', headers: who.headers, payload: body })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<Lesson>()
  }

  /**
   * The hub: originals and distractors published by siteA, re-tellings submitted by siteC (another
   * site telling the same story), and the solution that answers the pharmacy lessons' problem.
   */
  beforeAll(async () => {
    t = await testApp()
    app = t.app
    cast = await castFor(app)
    for (const { key, retells, ...lesson } of corpusLessons) {
      const created = await postLesson({ ...lesson, siteId: retells ? cast.siteC.id : cast.siteA.id })
      lessonIds.set(key, created.id)
      if (retells) {
        const submitted = await app.inject({ method: 'POST', url: `/v1/lessons/${created.id}/submit`, headers: cast.curator.headers })
        expect(submitted.statusCode, submitted.body).toBe(200)
      } else {
        await setStatus(app, created.id, 'published')
      }
    }
    const res = await app.inject({
      method: 'POST',
      url: '/v1/solutions',
      headers: cast.curator.headers,
      payload: { ...corpusSolution, siteId: cast.siteA.id },
    })
    expect(res.statusCode, res.body).toBe(201)
    solution = res.json<Solution>()
    await setStatus(app, solution.id, 'published')
  })
  afterAll(() => t.close())

  describe('finding the original of a re-told lesson', () => {
    it.each(retellings.map((lesson) => [lesson.title, lesson] as const))(
      'a curator reviewing “%s” sees the lesson it re-tells first',
      async (_title, lesson) => {
        const found = await similarTo(app, cast.curator, '/v1/lessons', idOf(lesson.key))
        expect(found[0]?.item.id, ranking(found)).toBe(idOf(lesson.retells ?? ''))
      },
    )

    it('a published lesson lists its later re-telling above every other lesson', async () => {
      for (const lesson of retellings) {
        const found = await similarTo(app, cast.curator, '/v1/lessons', idOf(lesson.retells ?? ''))
        const lessons = found.filter((entry) => entry.item.type === 'lesson')
        expect(lessons[0]?.item.id, `${lesson.title}\n${ranking(found)}`).toBe(idOf(lesson.key))
      }
    })

    it('says what matched: the shared distinctive words as the item writes them, the shared themes and the journey stage', async () => {
      const [first] = await similarTo(app, cast.curator, '/v1/lessons', idOf('respect-forms-ambulance-retold'))
      expect(first?.item).toEqual({
        id: idOf('respect-forms-ambulance'),
        type: 'lesson',
        title: 'Paramedics could see ReSPECT forms in the ambulance',
        status: 'published',
      })
      const words = first?.reasons.find((reason) => reason.kind === 'words')
      expect(words?.words).toEqual(expect.arrayContaining(['ReSPECT', 'tablet', 'crew']))
      expect(words?.detail).toBe(`Shares distinctive words: ${words?.words?.join(', ')}`)
      expect(first?.reasons).toContainEqual({
        kind: 'themes',
        detail: 'Same themes: Clinical safety, Interoperability',
        words: ['clinical-safety', 'interoperability'],
      })
      expect(first?.reasons).toContainEqual({ kind: 'journey_stage', detail: 'Same journey stage: implementation' })
    })

    it('says how alike the titles are when they are', async () => {
      const [first] = await similarTo(app, cast.curator, '/v1/lessons', idOf('dscr-assured-list-retold'))
      expect(first?.item.id).toBe(idOf('dscr-assured-list'))
      expect(first?.reasons[0]).toEqual({ kind: 'title', detail: expect.stringMatching(/^Titles are \d{2}% alike$/) })
    })

    it('answers best first, with scores between 0 and 1, and no more than the limit asked for', async () => {
      const found = await similarTo(app, cast.curator, '/v1/lessons', idOf('acoustic-monitoring'), '?limit=5')
      expect(found.length).toBeGreaterThan(1)
      expect(found.length).toBeLessThanOrEqual(5)
      const scores = found.map((entry) => entry.score)
      expect(scores).toEqual([...scores].sort((a, b) => b - a))
      for (const score of scores) expect(score).toBeGreaterThan(0)
      for (const score of scores) expect(score).toBeLessThanOrEqual(1)
      expect(await similarTo(app, cast.curator, '/v1/lessons', idOf('acoustic-monitoring'))).toHaveLength(10)
    })

    it('never lists an item among its own similar items', async () => {
      for (const id of lessonIds.values()) {
        const found = await similarTo(app, cast.curator, '/v1/lessons', id, '?limit=50')
        expect(found.map((entry) => entry.item.id)).not.toContain(id)
      }
    })
  })

  describe('across kinds', () => {
    it('a lesson about a solved problem shows the solution that already answers it', async () => {
      const found = await similarTo(app, cast.curator, '/v1/lessons', idOf('pharmacy-referrals-retold'))
      const answer = found.find((entry) => entry.item.id === solution.id)
      expect(answer?.item, ranking(found)).toEqual({ id: solution.id, type: 'solution', title: solution.title, status: 'published' })
      expect(found.indexOf(answer as SimilarItem)).toBeLessThan(3)
    })

    it('a solution lists the lessons that tell of the problem it solves', async () => {
      const found = await similarTo(app, cast.curator, '/v1/solutions', solution.id)
      expect(found.slice(0, 2).map((entry) => entry.item.id)).toEqual(
        expect.arrayContaining([idOf('pharmacy-referrals'), idOf('pharmacy-referrals-retold')]),
      )
      expect(found.map((entry) => entry.item.type)).not.toContain('solution')
    })
  })

  describe('who sees what', () => {
    /** The pharmacy story told again in a draft at siteB: only siteB's people and curators may see it. */
    let hiddenDraft: Lesson

    beforeAll(async () => {
      const { key: _key, retells: _retells, ...original } = corpusLesson('pharmacy-referrals')
      hiddenDraft = await postLesson({ ...original, title: `${original.title} (our version)`, siteId: cast.siteB.id })
    })

    it('a contributor never sees another site’s draft among similar items, but sees their own site’s submission', async () => {
      const ids = (await similarTo(app, cast.contributor, '/v1/lessons', idOf('pharmacy-referrals'), '?limit=50')).map(
        (entry) => entry.item.id,
      )
      expect(ids).not.toContain(hiddenDraft.id)
      expect(ids).toContain(idOf('pharmacy-referrals-retold'))
    })

    it('the draft’s own site sees it, and of other sites’ items only what is published', async () => {
      const found = await similarTo(app, cast.otherContributor, '/v1/lessons', idOf('pharmacy-referrals'), '?limit=50')
      expect(found[0]?.item.id, ranking(found)).toBe(hiddenDraft.id)
      expect(found.map((entry) => entry.item.id)).not.toContain(idOf('pharmacy-referrals-retold'))
      expect(found.slice(1).every((entry) => entry.item.status === 'published')).toBe(true)
    })

    it('a curator sees every site’s drafts, the near copy first', async () => {
      const found = await similarTo(app, cast.curator, '/v1/lessons', idOf('pharmacy-referrals'))
      expect(found[0]?.item, ranking(found)).toMatchObject({ id: hiddenDraft.id, status: 'draft' })
      expect(found.map((entry) => entry.item.id)).toContain(idOf('pharmacy-referrals-retold'))
    })

    it('asking about an item you cannot see is a 404, as if it did not exist', async () => {
      const res = await app.inject({ method: 'GET', url: `/v1/lessons/${hiddenDraft.id}/similar`, headers: cast.contributor.headers })
      expectProblem(res, 404)
      const unknown = await app.inject({
        method: 'GET',
        url: '/v1/lessons/01890a5d-ac96-774b-bcce-b302099a8057/similar',
        headers: cast.curator.headers,
      })
      expectProblem(unknown, 404)
      // A lesson asked for as a solution does not exist as a solution.
      const wrongKind = await app.inject({
        method: 'GET',
        url: `/v1/solutions/${idOf('pharmacy-referrals')}/similar`,
        headers: cast.curator.headers,
      })
      expectProblem(wrongKind, 404)
    })

    it('without a token it is a 401', async () => {
      expectProblem(await app.inject({ method: 'GET', url: `/v1/lessons/${idOf('pharmacy-referrals')}/similar` }), 401)
    })

    it.each(['0', '51', 'ten', '2.5'])('a limit of %s is a 400 naming the limit', async (limit) => {
      const res = await app.inject({
        method: 'GET',
        url: `/v1/lessons/${idOf('pharmacy-referrals')}/similar?limit=${limit}`,
        headers: cast.curator.headers,
      })
      expectProblem(res, 400)
      expect(res.body).toContain('limit')
    })

    it('case studies have similar items too', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/v1/case-studies',
        headers: cast.curator.headers,
        payload: {
          title: 'Northgate: referring discharged patients to their community pharmacy',
          summary:
            'How a hospital pharmacy team used the Discharge Medicines Service and PharmOutcomes to tell community pharmacies about changed medicines.',
          body: 'Ward pharmacists refer from the electronic discharge letter; community pharmacists reconcile the repeat prescription.',
          siteIds: [cast.siteA.id],
        },
      })
      expect(res.statusCode, res.body).toBe(201)
      const found = await similarTo(app, cast.curator, '/v1/case-studies', res.json<{ id: string }>().id)
      expect(found.slice(0, 4).map((entry) => entry.item.id)).toEqual(expect.arrayContaining([idOf('pharmacy-referrals'), solution.id]))
    })
  })
})

describe('how rare each word is', () => {
  let t: TestApp
  let app: App
  let cast: Cast

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    cast = await castFor(app)
  })
  afterAll(() => t.close())

  /** In how many items each stemmed word appears, and how many items there are, as similar items reads them. */
  const counts = async (...words: string[]) => {
    const found = await rows<{ word: string; items: number }>(app.db, sql`select word, items from content_words where word in ${words}`)
    const [corpus] = await rows<{ items: number; actual: string }>(
      app.db,
      sql`select items, (select count(*) from content_items) as actual from content_corpus`,
    )
    return {
      words: Object.fromEntries(words.map((word) => [word, Number(found.find((row) => row.word === word)?.items ?? 0)])),
      corpusIsExact: Number(corpus?.items) === Number(corpus?.actual),
    }
  }
  const write = async (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) => {
    const res = await app.inject({ method, url, headers: cast.curator.headers, ...(payload ? { payload } : {}) })
    expect(res.statusCode, res.body).toBeLessThan(300)
    return res.statusCode === 204 ? '' : res.json<{ id: string }>().id
  }

  it('stays exact as items are written, edited, moved through the workflow and deleted', async () => {
    const lesson = (title: string) => ({ title, summary: 'Sharing a quokka rota.', siteId: cast.siteA.id })
    const first = await write('POST', '/v1/lessons', lesson('Zebrafish triage'))
    await write('POST', '/v1/solutions', { title: 'Zebrafish toolkit', problem: 'Nobody shares rotas.', siteId: cast.siteA.id })
    expect(await counts('zebrafish', 'quokka', 'rota')).toEqual({ words: { zebrafish: 2, quokka: 1, rota: 2 }, corpusIsExact: true })

    await write('PATCH', `/v1/lessons/${first}`, { summary: 'Sharing a wombat rota.' })
    expect(await counts('zebrafish', 'quokka', 'wombat', 'rota')).toEqual({
      words: { zebrafish: 2, quokka: 0, wombat: 1, rota: 2 },
      corpusIsExact: true,
    })

    // A workflow transition rewrites the row, not its words.
    await write('POST', `/v1/lessons/${first}/submit`)
    expect((await counts('zebrafish', 'wombat')).words).toEqual({ zebrafish: 2, wombat: 1 })

    const draft = await write('POST', '/v1/lessons', lesson('Wombat handover'))
    await write('DELETE', `/v1/lessons/${draft}`)
    expect(await counts('zebrafish', 'wombat', 'handov')).toEqual({ words: { zebrafish: 2, wombat: 1, handov: 0 }, corpusIsExact: true })
  })

  it('stays exact when many people write at once, and nobody’s write fails for it', async () => {
    const before = (await counts('capybara')).words.capybara ?? 0
    await Promise.all(
      Array.from({ length: 12 }, (_, n) =>
        write('POST', '/v1/lessons', {
          title: `Capybara rota ${n}`,
          summary: `Sharing the capybara rota, part ${n}.`,
          siteId: cast.siteA.id,
        }),
      ),
    )
    expect(await counts('capybara')).toEqual({ words: { capybara: before + 12 }, corpusIsExact: true })
  })
})

describe('the similar-items query at scale', () => {
  let t: TestApp
  let app: App
  let source: Lesson
  let curator: Actor
  let contributor: Actor

  const asActor = (who: SignedIn): Actor => ({ kind: 'user', ...who.user })

  /**
   * 12,000 items written by SQL in one statement — the one place this suite writes content
   * directly, because building them through the API would take minutes. Their words range from a
   * handful of items each to thousands; then VACUUM ANALYZE, as autovacuum would, which also gives
   * the GIN index its statistics and empties its pending list.
   */
  beforeAll(async () => {
    t = await testApp()
    app = t.app
    const cast = await castFor(app)
    curator = asActor(cast.curator)
    contributor = asActor(cast.contributor)
    await app.db.execute(sql`
      insert into content_items (id, type, title, summary, context, status, themes, journey_stage)
      select gen_random_uuid(), (array['lesson', 'case_study', 'solution'])[1 + i % 3],
        'Lesson ' || i || ': ' || (array['discharge', 'pharmacy', 'referral', 'records', 'sharing', 'monitoring', 'training'])[1 + i % 7]
          || ' and term' || (i * 7) % 3001,
        'We learned about term' || (i * 13) % 3001 || ' and term' || (i * 17) % 2003 || ' with term' || (i * 19) % 997,
        'Context about term' || (i * 23) % 4001 || ' and word' || i % 50,
        (array['published', 'draft', 'submitted'])[1 + i % 3],
        array[(array['interoperability', 'clinical-safety', 'evaluation'])[1 + i % 3]],
        (array['implementation', 'design_and_planning', 'vision'])[1 + i % 3]
      from generate_series(1, 12000) i`)
    const res = await app.inject({
      method: 'POST',
      url: '/v1/lessons',
      headers: cast.contributor.headers,
      payload: {
        title: 'Lesson: pharmacy and term700',
        summary: 'We learned about term42 and term1002 with term9.',
        context: 'Context about term77 and word3.',
        siteId: cast.siteA.id,
      },
    })
    expect(res.statusCode, res.body).toBe(201)
    source = res.json<Lesson>()
    await app.db.execute(sql`vacuum analyze content_items`)
    await app.db.execute(sql`vacuum analyze content_words`)
  })
  afterAll(() => t.close())

  interface PlanNode {
    'Node Type': string
    'Relation Name'?: string
    'Index Name'?: string
    Plans?: PlanNode[]
  }
  const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)]

  const queryFor = async (actor: Actor) => similarQuery(actor, source, await distinctiveWords(app.db, source.id), 10)

  async function planOf(query: SQL): Promise<PlanNode[]> {
    const [explained] = await rows<{ 'QUERY PLAN': [{ Plan: PlanNode }] | string }>(app.db, sql`explain (format json) ${query}`)
    const plan = explained?.['QUERY PLAN']
    const parsed = typeof plan === 'string' ? (JSON.parse(plan) as [{ Plan: PlanNode }]) : plan
    const root = parsed?.[0]?.Plan
    if (!root) throw new Error('EXPLAIN gave no plan')
    return nodesOf(root)
  }
  const indexesIn = (nodes: PlanNode[]) => nodes.flatMap((node) => node['Index Name'] ?? [])
  const tablesReadWhole = (nodes: PlanNode[]) =>
    nodes.flatMap((node) => (node['Node Type'] === 'Seq Scan' ? (node['Relation Name'] ?? []) : []))

  it('the item’s distinctive words are looked up by key, never by reading every item or every word', async () => {
    const nodes = await planOf(distinctiveWordsQuery(source.id))
    expect(indexesIn(nodes)).toEqual(expect.arrayContaining(['content_items_pkey', 'content_words_pkey']))
    expect(tablesReadWhole(nodes)).not.toContain('content_items')
    expect(tablesReadWhole(nodes)).not.toContain('content_words')
  })

  it.each([
    ['a curator', () => curator],
    ['a contributor', () => contributor],
  ])('for %s, candidates come from the full-text index, never from reading every item', async (_who, actor) => {
    const nodes = await planOf(await queryFor(actor()))
    expect(indexesIn(nodes)).toContain('content_items_search_idx')
    expect(tablesReadWhole(nodes)).not.toContain('content_items')
  })

  it('still answers with similar items from among them, never the item itself', async () => {
    const found = await rows<{ id: string; title: string }>(app.db, await queryFor(curator))
    expect(found.length).toBe(10)
    expect(found.map((row) => row.id)).not.toContain(source.id)
  })
})
