import type { Page, SearchHit } from '@learnonce/contracts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { type TestApp, testApp } from '../../test/app.js'
import { makeSite, type SignedIn, signIn } from '../../test/factories.js'
import { expectProblem } from '../../test/problems.js'
import { createItem, driveTo, type MadeItem } from '../../test/workflow.js'
import { kindOf } from '../content/kinds.js'

let test: TestApp
let app: App
let curator: SignedIn
let contributor: SignedIn
let outsider: SignedIn
const made: Record<string, MadeItem> = {}

const searchAs = (who: SignedIn | null, query: string) =>
  app.inject({ method: 'GET', url: `/v1/search?${query}`, headers: who ? who.headers : {} })
const hitsFor = async (who: SignedIn, query: string) => {
  const res = await searchAs(who, query)
  expect(res.statusCode, res.body).toBe(200)
  return res.json<Page<SearchHit>>()
}

beforeAll(async () => {
  test = await testApp()
  app = test.app
  const [home, elsewhere] = await Promise.all([makeSite(app), makeSite(app)])
  curator = await signIn(app, 'curator')
  contributor = await signIn(app, 'contributor', [home.id])
  outsider = await signIn(app, 'contributor', [elsewhere.id])
  const publish = async (item: MadeItem) => driveTo(app, kindOf(item.type).path, item.id, 'published', { contributor, curator })

  // "kestrel" is in one lesson's title, the text of three other items and a network's name.
  made.titled = await createItem(app, contributor, 'lesson', {
    title: 'Kestrel rollout across wards',
    summary: 'A shared rota.',
    siteId: home.id,
  })
  made.inBody = await createItem(app, contributor, 'lesson', {
    title: 'Discharge letters',
    summary: 'Letters go out the same day.',
    wentWell: 'The kestrel team helped. <script>alert(1)</script> & more',
    siteId: home.id,
  })
  made.caseStudy = await createItem(app, contributor, 'case_study', {
    title: 'Three practices, one team',
    summary: 'Shared records staff, with kestrel scheduling.',
    siteIds: [home.id],
  })
  made.solution = await createItem(app, contributor, 'solution', {
    title: 'Referral inbox',
    problem: 'Faxes nobody can search; kestrel replaces them.',
    siteId: home.id,
  })
  for (const item of Object.values(made)) await publish(item)
  const network = await app.inject({
    method: 'POST',
    url: '/v1/networks',
    headers: curator.headers,
    payload: { name: 'Kestrel network', purpose: 'Sites spreading kestrel rotas.' },
  })
  expect(network.statusCode, network.body).toBe(201)
  made.network = { id: network.json<{ id: string }>().id, type: 'lesson', title: 'Kestrel network' }
  // A draft of the contributor's site, which nobody from another site may find.
  made.draft = await createItem(app, contributor, 'lesson', { title: 'Osprey pilot notes', summary: 'Early days.', siteId: home.id })
})
afterAll(() => test.close())

describe('GET /v1/search', () => {
  it('spans lessons, case studies, solutions and networks, title matches first', async () => {
    const page = await hitsFor(contributor, 'q=kestrel')
    expect(page.data.map((hit) => hit.type).sort()).toEqual(['case_study', 'lesson', 'lesson', 'network', 'solution'])
    const titleHits = page.data.slice(0, 2).map((hit) => hit.id)
    expect(titleHits.sort()).toEqual([made.titled?.id, made.network?.id].sort())
    const ranks = page.data.map((hit) => hit.rank)
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a))
    expect(page.data.find((hit) => hit.id === made.caseStudy?.id)).toMatchObject({ title: 'Three practices, one team' })
  })

  it('keeps to the types asked for', async () => {
    const page = await hitsFor(contributor, 'q=kestrel&types=solution,network')
    expect(page.data.map((hit) => hit.type).sort()).toEqual(['network', 'solution'])
  })

  it('pages with a cursor, never repeating or skipping a hit', async () => {
    const all = await hitsFor(contributor, 'q=kestrel')
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: Page<SearchHit> = await hitsFor(contributor, `q=kestrel&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      expect(page.data.length).toBeLessThanOrEqual(2)
      seen.push(...page.data.map((hit) => hit.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toEqual(all.data.map((hit) => hit.id))
  })

  it('highlights matches in an HTML-escaped snippet', async () => {
    const page = await hitsFor(contributor, 'q=kestrel&types=lesson')
    const hit = page.data.find((candidate) => candidate.id === made.inBody?.id)
    expect(hit?.snippet).toContain('<mark>kestrel</mark>')
    expect(hit?.snippet).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more')
    expect(hit?.snippet).not.toContain('<script>')
  })

  it('a contributor never finds another site’s draft; its own contributors and curators do', async () => {
    expect((await hitsFor(outsider, 'q=osprey')).data).toEqual([])
    expect((await hitsFor(contributor, 'q=osprey')).data.map((hit) => hit.id)).toEqual([made.draft?.id])
    expect((await hitsFor(curator, 'q=osprey')).data.map((hit) => hit.id)).toEqual([made.draft?.id])
  })

  it.each([
    ['an empty q', 'q=', '/q'],
    ['a blank q', 'q=%20%20', '/q'],
    ['no q', 'types=lesson', '/q'],
    ['an unknown type', 'q=kestrel&types=lesson,podcast', '/types'],
    ['a tampered cursor', 'q=kestrel&cursor=bm90LWEtY3Vyc29y', '/cursor'],
  ])('refuses %s with a 400', async (_case, query, pointer) => {
    expectProblem(await searchAs(contributor, query), 400, pointer)
  })

  it('needs a signed-in caller', async () => {
    expectProblem(await searchAs(null, 'q=kestrel'), 401)
  })
})
