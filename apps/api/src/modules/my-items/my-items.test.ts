import type { MyItem, Page, Site, WorkflowAction } from '@learnonce/contracts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { encodeCursor } from '../../pagination.js'
import { type TestApp, testApp } from '../../test/app.js'
import { makeSite, type SignedIn, signIn } from '../../test/factories.js'
import { expectProblem } from '../../test/problems.js'
import { recordQueries } from '../../test/queries.js'
import { createItem, type MadeItem, walk } from '../../test/workflow.js'
import { validBody } from '../content/content-fixtures.js'
import { kindOf } from '../content/kinds.js'

type Query = Record<string, string>

async function myItems(app: App, who: SignedIn, query: Query = {}) {
  const search = new URLSearchParams(query).toString()
  const res = await app.inject({ method: 'GET', url: `/v1/me/items${search ? `?${search}` : ''}`, headers: who.headers })
  expect(res.statusCode, res.body).toBe(200)
  return { page: res.json<Page<MyItem>>(), link: res.headers.link }
}

const idsOf = (items: { id: string }[]) => items.map((item) => item.id)

describe("a contributor's own items", () => {
  let t: TestApp
  let app: App
  let siteA: Site
  let siteB: Site
  let curator: SignedIn
  let memberA: SignedIn
  let memberB: SignedIn
  /** Site A's items, one per state that matters to its contributor; filled in beforeAll. */
  const a = {} as Record<'draft' | 'submitted' | 'inReview' | 'sentBack' | 'sharedPublished' | 'rejected', MadeItem>
  const b = {} as Record<'draft' | 'published', MadeItem>

  beforeAll(async () => {
    // Every request looks its caller up, so query counts cannot depend on what the actor cache holds.
    t = await testApp({ ACTOR_CACHE_SECONDS: '0' })
    app = t.app
    siteA = await makeSite(app)
    siteB = await makeSite(app)
    curator = await signIn(app, 'curator')
    memberA = await signIn(app, 'contributor', [siteA.id])
    memberB = await signIn(app, 'contributor', [siteB.id])

    const lessonAtA = () => createItem(app, memberA, 'lesson', validBody.lesson(siteA.id))
    a.draft = await lessonAtA()
    a.submitted = await walk(app, await createItem(app, memberA, 'solution', validBody.solution(siteA.id)), [[memberA, 'submit']])
    a.inReview = await walk(app, await lessonAtA(), [
      [memberA, 'submit'],
      [curator, 'claim'],
    ])
    a.sentBack = await walk(app, await lessonAtA(), [
      [memberA, 'submit'],
      [curator, 'claim'],
      [curator, 'request-changes', { note: 'Name the DPIA you used.' }],
    ])
    a.sharedPublished = await walk(app, await createItem(app, curator, 'case_study', validBody.caseStudy([siteA.id, siteB.id])), [
      [memberA, 'submit'],
      [curator, 'claim'],
      [curator, 'publish'],
    ])
    a.rejected = await walk(app, await createItem(app, memberA, 'solution', validBody.solution(siteA.id)), [
      [memberA, 'submit'],
      [curator, 'claim'],
      [curator, 'reject', { note: 'Not a solution yet: nothing to adopt.' }],
    ])
    b.draft = await createItem(app, memberB, 'lesson', validBody.lesson(siteB.id))
    b.published = await walk(app, await createItem(app, memberB, 'solution', validBody.solution(siteB.id)), [
      [memberB, 'submit'],
      [curator, 'claim'],
      [curator, 'publish'],
    ])
    // The oldest item changes last, so it leads the list.
    const edit = await app.inject({
      method: 'PATCH',
      url: `/v1/lessons/${a.draft.id}`,
      headers: memberA.headers,
      payload: { title: 'Renamed draft' },
    })
    expect(edit.statusCode, edit.body).toBe(200)
  })
  afterAll(() => t.close())

  it('a contributor sees every item of their sites in every state, most recently changed first', async () => {
    const { page } = await myItems(app, memberA)
    expect(idsOf(page.data)).toEqual(idsOf([a.draft, a.rejected, a.sharedPublished, a.sentBack, a.inReview, a.submitted]))
    expect(page.data.map((item) => item.status)).toEqual(['draft', 'rejected', 'published', 'changes_requested', 'in_review', 'submitted'])
    expect(page.data[0]?.title).toBe('Renamed draft')
    expect(page.nextCursor).toBeNull()
  })

  it("a contributor never sees another site's items here, not even published ones", async () => {
    const { page } = await myItems(app, memberA, { limit: '100' })
    expect(idsOf(page.data)).not.toContain(b.draft.id)
    expect(idsOf(page.data)).not.toContain(b.published.id)
  })

  it('a case study of two sites shows for the members of either', async () => {
    const { page } = await myItems(app, memberB)
    expect(idsOf(page.data)).toEqual(idsOf([b.published, b.draft, a.sharedPublished]))
    expect(page.data[2]?.siteIds).toEqual([siteA.id, siteB.id])
  })

  const states: [string, () => MadeItem, boolean, boolean, WorkflowAction[], string | null][] = [
    ['a draft', () => a.draft, true, true, ['submit'], null],
    ['a submission waiting for a curator', () => a.submitted, false, false, [], null],
    ['a submission in review', () => a.inReview, false, false, [], null],
    ['an item sent back for changes', () => a.sentBack, true, true, ['submit'], 'Name the DPIA you used.'],
    ['a published item', () => a.sharedPublished, false, false, [], null],
    ['a rejected item', () => a.rejected, false, false, [], 'Not a solution yet: nothing to adopt.'],
  ]
  it.each(states)(
    '%s says whether its contributor can edit or submit it now, and shows the decision note',
    async (_what, item, canEdit, canSubmit, actions, note) => {
      const { page } = await myItems(app, memberA)
      const row = page.data.find((candidate) => candidate.id === item().id)
      expect(row).toMatchObject({ canEdit, canSubmit, allowedActions: actions, decisionNote: note })
    },
  )

  it('shows an item sent back with its kind, sites, version and dates as the item itself does', async () => {
    const read = await app.inject({ method: 'GET', url: `/v1/lessons/${a.sentBack.id}`, headers: memberA.headers })
    const lesson = read.json<{ updatedAt: string; submittedAt: string; version: number }>()
    const { page } = await myItems(app, memberA, { status: 'changes_requested' })
    expect(page.data).toEqual([
      {
        id: a.sentBack.id,
        type: 'lesson',
        title: a.sentBack.title,
        status: 'changes_requested',
        siteIds: [siteA.id],
        version: lesson.version,
        updatedAt: lesson.updatedAt,
        submittedAt: lesson.submittedAt,
        publishedAt: null,
        decisionNote: 'Name the DPIA you used.',
        canEdit: true,
        canSubmit: true,
        allowedActions: ['submit'],
      },
    ])
    expect(lesson.version).toBe(4)
  })

  const filters: [string, () => Query, () => MadeItem[]][] = [
    ['drafts', () => ({ status: 'draft' }), () => [a.draft]],
    ['items sent back', () => ({ status: 'changes_requested' }), () => [a.sentBack]],
    ['a state with nothing in it', () => ({ status: 'archived' }), () => []],
    ['solutions', () => ({ type: 'solution' }), () => [a.rejected, a.submitted]],
    ['case studies', () => ({ type: 'case_study' }), () => [a.sharedPublished]],
    ['lessons in review', () => ({ type: 'lesson', status: 'in_review' }), () => [a.inReview]],
  ]
  it.each(filters)('a contributor can narrow their items to %s', async (_what, query, expected) => {
    const { page } = await myItems(app, memberA, query())
    expect(idsOf(page.data)).toEqual(idsOf(expected()))
  })

  it('pages by cursor with a Link to the next page, keeping the filters', async () => {
    const seen: string[] = []
    let query: Query = { limit: '2' }
    for (let pages = 0; pages < 10; pages++) {
      const { page, link } = await myItems(app, memberA, query)
      seen.push(...idsOf(page.data))
      if (!page.nextCursor) {
        expect(link).toBeUndefined()
        break
      }
      expect(link).toBe(`</v1/me/items?limit=2&cursor=${page.nextCursor}>; rel="next"`)
      query = { limit: '2', cursor: page.nextCursor }
    }
    expect(seen).toEqual(idsOf([a.draft, a.rejected, a.sharedPublished, a.sentBack, a.inReview, a.submitted]))
    const first = await myItems(app, memberA, { type: 'solution', limit: '1' })
    expect(first.link).toContain('type=solution')
    const second = await myItems(app, memberA, { type: 'solution', limit: '1', cursor: first.page.nextCursor ?? '' })
    expect(idsOf([...first.page.data, ...second.page.data])).toEqual(idsOf([a.rejected, a.submitted]))
  })

  it.each([
    ['not a cursor at all', '%%%'],
    ['a lone id', encodeCursor(['01a212e9-2be1-752e-be9c-b04f09e5b2f1'])],
    ['a time PostgreSQL cannot read', encodeCursor(['2026-02-30T10:00:00Z', '01a212e9-2be1-752e-be9c-b04f09e5b2f1'])],
  ])('a tampered cursor (%s) is a 400 naming /cursor, also for someone with no sites', async (_what, cursor) => {
    const url = `/v1/me/items?cursor=${encodeURIComponent(cursor)}`
    expectProblem(await app.inject({ method: 'GET', url, headers: memberA.headers }), 400, '/cursor')
    expectProblem(await app.inject({ method: 'GET', url, headers: curator.headers }), 400, '/cursor')
  })

  it('someone with no sites gets an empty page, and nobody gets one without signing in', async () => {
    const loner = await signIn(app, 'contributor', [])
    expect((await myItems(app, loner)).page).toEqual({ data: [], nextCursor: null })
    expect((await myItems(app, curator)).page).toEqual({ data: [], nextCursor: null })
    expectProblem(await app.inject({ method: 'GET', url: '/v1/me/items' }), 401)
  })

  it('a page of six takes as many queries as a page of two', async () => {
    const queries = recordQueries(app)
    try {
      const count = async (limit: number) =>
        (await queries.during(async () => expect((await myItems(app, memberA, { limit: String(limit) })).page.data).toHaveLength(limit)))
          .length
      expect(await count(6)).toBe(await count(2))
      // Looking the caller up, then the page itself.
      expect(await count(2)).toBe(2)
    } finally {
      queries.restore()
    }
  })

  // Last: it changes the order the tests above rely on.
  it('after a resubmission the note stays to read, the item leads the list and is no longer editable', async () => {
    const path = kindOf('lesson').path
    const patch = await app.inject({
      method: 'PATCH',
      url: `${path}/${a.sentBack.id}`,
      headers: memberA.headers,
      payload: { summary: 'Now with the DPIA.' },
    })
    expect(patch.statusCode, patch.body).toBe(200)
    const beforeResubmitting = (await myItems(app, memberA, { limit: '1' })).page.data[0]
    expect(beforeResubmitting).toMatchObject({ id: a.sentBack.id, status: 'changes_requested', canEdit: true, canSubmit: true })
    await walk(app, a.sentBack, [[memberA, 'submit']])
    const afterResubmitting = (await myItems(app, memberA, { limit: '1' })).page.data[0]
    expect(afterResubmitting).toMatchObject({
      id: a.sentBack.id,
      status: 'submitted',
      decisionNote: 'Name the DPIA you used.',
      canEdit: false,
      canSubmit: false,
      allowedActions: [],
    })
  })
})
