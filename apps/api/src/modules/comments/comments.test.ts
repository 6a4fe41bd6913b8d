import type { AuditEvent, Comment, Lesson, Page, Transition } from '@learnonce/contracts'
import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { type TestApp, testApp } from '../../test/app.js'
import { auditActionsFor, type SignedIn, signIn } from '../../test/factories.js'
import { type Cast, castFor, expectProblem, validBody } from '../content/content-fixtures.js'

/*
 * The review thread of an item: who takes part, what contributors never see (internal notes), the
 * order and pages of the thread, bad input, If-Match and the audit trail. The rules are the same for
 * every kind, so the role tables run on lessons and the other kinds get one round trip each.
 */

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
interface Item {
  id: string
}

let t: TestApp
let app: App
let cast: Cast
/** Another contributor of the lesson's site (siteA), whose comments the others try to change. */
let colleague: SignedIn
/** A second curator, whose internal notes the others try to read and change. */
let otherCurator: SignedIn

beforeAll(async () => {
  t = await testApp()
  app = t.app
  cast = await castFor(app)
  colleague = await signIn(app, 'contributor', [cast.siteA.id])
  otherCurator = await signIn(app, 'curator')
})
afterAll(() => t.close())

function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`)
  return value
}

const call = (who: SignedIn, method: Method, url: string, payload?: object, headers: Record<string, string> = {}) =>
  app.inject({ method, url, headers: { ...who.headers, ...headers }, ...(payload ? { payload } : {}) })

const threadOf = (item: Item, path = '/v1/lessons') => `${path}/${item.id}/comments`
const commentUrl = (item: Item, commentId: string, path = '/v1/lessons') => `${threadOf(item, path)}/${commentId}`

function expectStatus(res: LightMyRequestResponse, status: number, what: string) {
  expect(res.statusCode, `${what}: ${res.body}`).toBe(status)
  if (status >= 400) expectProblem(res, status)
}

/** A lesson of siteA written by its contributor; published through the workflow routes when asked. */
async function lesson(state: 'draft' | 'published' = 'draft'): Promise<Lesson> {
  const created = await call(cast.contributor, 'POST', '/v1/lessons', validBody.lesson(cast.siteA.id))
  expect(created.statusCode, created.body).toBe(201)
  const item = created.json<Lesson>()
  if (state === 'published') {
    for (const [who, action] of [
      [cast.contributor, 'submit'],
      [cast.curator, 'claim'],
      [cast.curator, 'publish'],
    ] as const) {
      const res = await call(who, 'POST', `/v1/lessons/${item.id}/${action}`)
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200)
    }
  }
  return item
}

async function post(who: SignedIn, item: Item, body: string, internal = false, path = '/v1/lessons'): Promise<Comment> {
  const res = await call(who, 'POST', threadOf(item, path), { body, internal })
  expect(res.statusCode, res.body).toBe(201)
  return res.json<Comment>()
}

async function listPage(who: SignedIn, url: string) {
  const res = await call(who, 'GET', url)
  expect(res.statusCode, res.body).toBe(200)
  return { page: res.json<Page<Comment>>(), link: res.headers.link as string | undefined }
}

/** Every page of a thread, following nextCursor: the pages' comment ids, in order. */
async function pagesOf(who: SignedIn, item: Item, limit: number, path = '/v1/lessons'): Promise<string[][]> {
  const pages: string[][] = []
  let cursor: string | null = null
  do {
    if (pages.length > 50) throw new Error('the thread never ended')
    const query: string = `?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`
    const { page }: { page: Page<Comment> } = await listPage(who, `${threadOf(item, path)}${query}`)
    pages.push(page.data.map((comment) => comment.id))
    cursor = page.nextCursor
  } while (cursor)
  return pages
}

const allOf = async (who: SignedIn, item: Item, path = '/v1/lessons') => (await pagesOf(who, item, 100, path)).flat()

// ---------------------------------------------------------------------------------------------
// Who may do what: role × item state × internal or not

const roles = [
  ['an admin', 'admin'],
  ['a curator', 'curator'],
  ['a contributor of its site', 'contributor'],
  ['a contributor of another site', 'otherContributor'],
] as const
type RoleKey = (typeof roles)[number][1]
const states = ['draft', 'published'] as const
type State = (typeof states)[number]

const curates = (role: RoleKey) => role === 'admin' || role === 'curator'
/** SPEC: a hidden item is a 404; an item someone sees but whose thread they are not part of, a 403. */
const refusal = (role: RoleKey, state: State): 403 | 404 | null => (role !== 'otherContributor' ? null : state === 'published' ? 403 : 404)

describe('who takes part in the review thread', () => {
  const items = {} as Record<State, Lesson>
  beforeAll(async () => {
    for (const state of states) items[state] = await lesson(state)
  })

  const threadCases = roles.flatMap(([person, role]) =>
    states.map((state) => {
      const refused = refusal(role, state)
      const outcome = refused
        ? `is refused the thread (${refused}) of`
        : curates(role)
          ? 'reads, comments and writes internal notes on'
          : 'reads and comments, but cannot write internal notes, on'
      return { name: `${person} ${outcome} a ${state} lesson`, role, state, refused }
    }),
  )

  // Plain loops rather than it.each: vitest shortens a long $name, and these names are the point.
  for (const { name, role, state, refused } of threadCases)
    it(name, async () => {
      const who = cast[role]
      const item = items[state]
      expectStatus(await call(who, 'GET', threadOf(item)), refused ?? 200, 'read the thread')
      const posted = await call(who, 'POST', threadOf(item), { body: `From ${role}` })
      expectStatus(posted, refused ?? 201, 'comment')
      const note = await call(who, 'POST', threadOf(item), { body: `Note from ${role}`, internal: true })
      expectStatus(note, refused ?? (curates(role) ? 201 : 403), 'post an internal note')
      if (refused) return
      // Their own comment is theirs to change and to take back.
      const own = posted.json<Comment>()
      expect(own).toMatchObject({ body: `From ${role}`, internal: false, authorId: who.user.id, authorName: who.user.name, version: 1 })
      expectStatus(await call(who, 'PATCH', commentUrl(item, own.id), { body: 'Reworded' }), 200, 'edit own')
      expectStatus(await call(who, 'DELETE', commentUrl(item, own.id)), 204, 'delete own')
    })

  const commentCases = roles.flatMap(([person, role]) =>
    states.flatMap((state) =>
      [false, true].map((internal) => {
        const refused = refusal(role, state)
        const hidden = internal && !curates(role)
        const outcome = refused
          ? `is refused (${refused})`
          : hidden
            ? 'finds no such comment (404)'
            : role === 'admin'
              ? 'reads it, cannot edit it, and may delete it to moderate'
              : 'reads it but can neither edit nor delete it'
        const whose = internal ? "another curator's internal note" : "a colleague's comment"
        return { name: `${person}, given ${whose} on a ${state} lesson, ${outcome}`, role, state, internal, refused, hidden }
      }),
    ),
  )

  for (const { name, role, state, internal, refused, hidden } of commentCases)
    it(name, async () => {
      const who = cast[role]
      const item = items[state]
      const comment = await post(internal ? otherCurator : colleague, item, 'Someone else’s words', internal)
      const url = commentUrl(item, comment.id)
      expectStatus(await call(who, 'GET', url), refused ?? (hidden ? 404 : 200), 'read it')
      expectStatus(await call(who, 'PATCH', url, { body: 'Not yours' }), refused ?? (hidden ? 404 : 403), 'edit it')
      expectStatus(await call(who, 'DELETE', url), refused ?? (hidden ? 404 : role === 'admin' ? 204 : 403), 'delete it')
      if (!refused) expect((await allOf(who, item)).includes(comment.id), 'listed').toBe(!hidden && role !== 'admin')
      // Whatever they tried, the words are the author's: unchanged, and gone only if an admin removed them.
      const after = await call(otherCurator, 'GET', url)
      if (role === 'admin' && !refused) expect(after.statusCode).toBe(404)
      else expect(after.json<Comment>()).toMatchObject({ body: 'Someone else’s words', version: 1 })
    })

  it('the API reference documents the thread of every kind', async () => {
    const res = await app.inject({ method: 'GET', url: '/openapi.json' })
    const paths = res.json<{ paths: Record<string, Record<string, unknown>> }>().paths
    for (const path of ['/v1/lessons', '/v1/case-studies', '/v1/solutions']) {
      expect(Object.keys(paths[`${path}/{id}/comments`] ?? {}).sort()).toEqual(['get', 'post'])
      expect(Object.keys(paths[`${path}/{id}/comments/{commentId}`] ?? {}).sort()).toEqual(['delete', 'get', 'patch'])
    }
  })

  it('a caller without a token cannot read a thread (401)', async () => {
    const res = await app.inject({ method: 'GET', url: threadOf(items.published) })
    expectProblem(res, 401)
  })
})

// ---------------------------------------------------------------------------------------------
// The thread itself

describe('a thread reads oldest first, a page at a time', () => {
  let item: Lesson
  let everything: Comment[]
  let shared: Comment[]

  beforeAll(async () => {
    item = await lesson()
    // Internal notes in the middle and at the very end, where a careless page would show a gap or an empty page.
    everything = [
      await post(cast.contributor, item, 'We used the regional template.'),
      await post(cast.curator, item, 'Looks like the 2022 lesson from siteB.', true),
      await post(cast.curator, item, 'Could you say what went wrong with the pilot?'),
      await post(cast.contributor, item, 'Added it to "did not go well".'),
      await post(cast.curator, item, 'Checked: not a duplicate.', true),
      await post(cast.admin, item, 'Agreed.', true),
    ]
    shared = everything.filter((comment) => !comment.internal)
  })

  it('a curator pages through every comment and note in the order they were written, following Link', async () => {
    const ids = everything.map((comment) => comment.id)
    expect(await pagesOf(cast.curator, item, 2)).toEqual([ids.slice(0, 2), ids.slice(2, 4), ids.slice(4, 6)])
    let url: string | undefined = `${threadOf(item)}?limit=4`
    const followed: string[] = []
    while (url) {
      const { page, link }: { page: Page<Comment>; link: string | undefined } = await listPage(cast.curator, url)
      followed.push(...page.data.map((comment) => comment.id))
      if (page.nextCursor) expect(link).toBe(`<${threadOf(item)}?limit=4&cursor=${page.nextCursor}>; rel="next"`)
      else expect(link).toBeUndefined()
      url = link ? must(/^<([^>]+)>; rel="next"$/.exec(link)?.[1], 'next link') : undefined
    }
    expect(followed).toEqual(ids)
  })

  it('a contributor pages through the shared comments only, with full pages and no trailing empty page', async () => {
    const ids = shared.map((comment) => comment.id)
    expect(await pagesOf(cast.contributor, item, 2)).toEqual([ids.slice(0, 2), ids.slice(2)])
    // The last shared comment ends the thread for them, though notes were written after it.
    const { page, link } = await listPage(cast.contributor, `${threadOf(item)}?limit=3`)
    expect(page).toMatchObject({ data: shared, nextCursor: null })
    expect(link).toBeUndefined()
  })

  it('an item without comments has an empty thread', async () => {
    const { page } = await listPage(cast.contributor, threadOf(await lesson()))
    expect(page).toEqual({ data: [], nextCursor: null })
  })

  it('a comment is kept exactly as written (Markdown, spacing and all) and answered with where it lives', async () => {
    const body = '  ## What changed\n\n* the **template**\n* <b>not</b> the form\n\n```\nkeep   spacing\n```\n'
    const res = await call(cast.curator, 'POST', threadOf(item), { body })
    expect(res.statusCode, res.body).toBe(201)
    const comment = res.json<Comment>()
    expect(res.headers.location).toBe(commentUrl(item, comment.id))
    expect(res.headers.etag).toMatch(/^"1-/)
    expect(comment).toMatchObject({ body, internal: false, authorId: cast.curator.user.id, authorName: cast.curator.user.name })
    expect((await call(cast.contributor, 'GET', commentUrl(item, comment.id))).json<Comment>().body).toBe(body)
    await call(cast.curator, 'DELETE', commentUrl(item, comment.id))
  })

  it('a 10,000-character comment is accepted', async () => {
    const comment = await post(cast.contributor, item, 'x'.repeat(10_000))
    await call(cast.contributor, 'DELETE', commentUrl(item, comment.id))
  })
})

describe.each([
  ['case study', '/v1/case-studies', () => validBody.caseStudy([cast.siteA.id])],
  ['solution', '/v1/solutions', () => validBody.solution(cast.siteA.id)],
])('a %s has the same thread', (noun, path, body) => {
  it(`its contributor and a curator talk on a ${noun}, and the curator's note stays between curators`, async () => {
    const created = await call(cast.contributor, 'POST', path, body())
    expect(created.statusCode, created.body).toBe(201)
    const item = created.json<Item>()
    const question = await post(cast.curator, item, 'Which wards?', false, path)
    const note = await post(cast.curator, item, 'Overlaps a lesson.', true, path)
    const answer = await post(cast.contributor, item, 'All of them.', false, path)
    expect(await allOf(cast.contributor, item, path)).toEqual([question.id, answer.id])
    expect(await allOf(cast.admin, item, path)).toEqual([question.id, note.id, answer.id])
    expectProblem(await call(cast.contributor, 'GET', commentUrl(item, note.id, path)), 404)
    expectProblem(await call(cast.otherContributor, 'GET', threadOf(item, path)), 404)
    // A thread belongs to its item and its kind: the same ids under a lesson are not found.
    expectProblem(await call(cast.curator, 'GET', threadOf(item)), 404)
    const lessonItem = await lesson()
    expectProblem(await call(cast.curator, 'GET', commentUrl(lessonItem, question.id)), 404)
  })
})

// ---------------------------------------------------------------------------------------------
// Internal notes never leak

describe('a contributor never learns of an internal note', () => {
  let item: Lesson
  let note: Comment
  let missingId: string

  beforeAll(async () => {
    item = await lesson('published')
    await post(cast.contributor, item, 'Ready for review.')
    // An id shaped like a real comment's, of a comment that was never written.
    const gone = await post(cast.curator, item, 'Written and taken back.')
    await call(cast.curator, 'DELETE', commentUrl(item, gone.id))
    missingId = gone.id
  })

  it('the lesson, its ETag, its history and the lesson list look the same to everyone before and after a note', async () => {
    const readers = [cast.contributor, cast.otherContributor, cast.curator]
    const lessonUrl = `/v1/lessons/${item.id}`
    const snapshot = async () =>
      Promise.all(
        readers.map(async (who) => {
          const res = await call(who, 'GET', lessonUrl)
          const history = await call(who, 'GET', `${lessonUrl}/history`)
          const list = await call(who, 'GET', `/v1/lessons?limit=100`)
          const listed = list.json<Page<Lesson>>().data.find((row) => row.id === item.id)
          return { body: res.json<Lesson>(), etag: res.headers.etag, history: history.json<{ data: Transition[] }>(), listed }
        }),
      )
    const before = await snapshot()
    note = await post(cast.curator, item, 'The outcome figures look too good; checking with the ICB.', true)
    await post(cast.curator, item, 'Thanks, reading it now.')
    expect(await snapshot()).toEqual(before)
    const cached = await call(cast.contributor, 'GET', lessonUrl, undefined, { 'if-none-match': must(before[0]?.etag) })
    expect(cached.statusCode).toBe(304)
  })

  it("the contributor's thread skips the note, whatever the page size", async () => {
    for (const limit of [1, 2, 100]) {
      const ids = (await pagesOf(cast.contributor, item, limit)).flat()
      expect(ids).not.toContain(note.id)
      expect(ids).toHaveLength(2)
    }
    expect(await allOf(cast.curator, item)).toContain(note.id)
  })

  it('reading, editing or deleting the note answers exactly as for a comment that does not exist', async () => {
    const attempts: [Method, object | undefined, Record<string, string>][] = [
      ['GET', undefined, {}],
      ['GET', undefined, { 'if-none-match': '"1"' }],
      ['PATCH', { body: 'Let me see' }, {}],
      ['PATCH', { body: 'Let me see' }, { 'if-match': '"7"' }],
      ['PATCH', { body: ' ' }, {}],
      ['DELETE', undefined, {}],
      ['DELETE', undefined, { 'if-match': '"1"' }],
    ]
    for (const [method, payload, headers] of attempts) {
      const onNote = await call(cast.contributor, method, commentUrl(item, note.id), payload, headers)
      const onNothing = await call(cast.contributor, method, commentUrl(item, missingId), payload, headers)
      expect(onNote.statusCode, `${method} ${JSON.stringify(headers)}`).toBe(onNothing.statusCode)
      expect(onNote.body).toBe(onNothing.body)
      expect(onNote.headers.etag).toBeUndefined()
      expect(onNote.body).not.toContain(note.id)
    }
    expect((await call(cast.curator, 'GET', commentUrl(item, note.id))).json<Comment>()).toMatchObject({ body: note.body, version: 1 })
  })

  it('a contributor who tries to post an internal note is refused, and nothing is written', async () => {
    const before = await allOf(cast.curator, item)
    const res = await call(cast.contributor, 'POST', threadOf(item), { body: 'Secret?', internal: true })
    expect(expectProblem(res, 403).detail).toBe('Only curators and admins can post internal notes.')
    expect(await allOf(cast.curator, item)).toEqual(before)
  })

  it("the note's audit event is for admins only", async () => {
    expectProblem(await call(cast.contributor, 'GET', `/v1/audit-events?subjectId=${note.id}`), 403)
    const res = await call(cast.admin, 'GET', `/v1/audit-events?subjectId=${note.id}`)
    expect(res.json<Page<AuditEvent>>().data).toEqual([
      expect.objectContaining({
        action: 'comment.created',
        actorId: cast.curator.user.id,
        subjectType: 'comment',
        data: { itemType: 'lesson', itemId: item.id, internal: true },
      }),
    ])
  })
})

// ---------------------------------------------------------------------------------------------
// Bad input, preconditions and the audit trail

describe('a comment that cannot be taken is refused, naming what is wrong', () => {
  let item: Lesson
  let comment: Comment
  beforeAll(async () => {
    item = await lesson()
    comment = await post(cast.contributor, item, 'First thoughts.')
  })

  const tampered = Buffer.from(JSON.stringify(['not-an-id'])).toString('base64url')
  const cases: { name: string; method: Method; url: () => string; payload?: object; pointer: string }[] = [
    { name: 'a blank comment', method: 'POST', url: () => threadOf(item), payload: { body: ' \n\t ' }, pointer: '/body' },
    { name: 'an empty comment', method: 'POST', url: () => threadOf(item), payload: { body: '' }, pointer: '/body' },
    { name: 'a comment without a body', method: 'POST', url: () => threadOf(item), payload: { internal: false }, pointer: '/body' },
    {
      name: 'a comment over 10,000 characters',
      method: 'POST',
      url: () => threadOf(item),
      payload: { body: 'x'.repeat(10_001) },
      pointer: '/body',
    },
    {
      name: 'a field comments do not have',
      method: 'POST',
      url: () => threadOf(item),
      payload: { body: 'Hi', pinned: true },
      pointer: '/pinned',
    },
    {
      name: 'internal that is not true or false',
      method: 'POST',
      url: () => threadOf(item),
      payload: { body: 'Hi', internal: 'yes' },
      pointer: '/internal',
    },
    { name: 'a blank edit', method: 'PATCH', url: () => commentUrl(item, comment.id), payload: { body: '  ' }, pointer: '/body' },
    {
      name: 'an edit that tries to make a comment internal',
      method: 'PATCH',
      url: () => commentUrl(item, comment.id),
      payload: { body: 'Hi', internal: true },
      pointer: '/internal',
    },
    { name: 'a lesson id that is not a UUID', method: 'GET', url: () => '/v1/lessons/lesson-1/comments', pointer: '/id' },
    { name: 'a comment id that is not a UUID', method: 'DELETE', url: () => commentUrl(item, '42'), pointer: '/commentId' },
    { name: 'a cursor that is not base64 JSON', method: 'GET', url: () => `${threadOf(item)}?cursor=%25%25%25`, pointer: '/cursor' },
    {
      name: 'a cursor edited to hold something else',
      method: 'GET',
      url: () => `${threadOf(item)}?cursor=${tampered}`,
      pointer: '/cursor',
    },
    { name: 'a page size of 0', method: 'GET', url: () => `${threadOf(item)}?limit=0`, pointer: '/limit' },
  ]

  for (const { name, method, url, payload, pointer } of cases)
    it(`${name} is a 400 naming ${pointer}`, async () => {
      expectProblem(await call(cast.contributor, method, url(), payload), 400, pointer)
    })

  it('nothing refused was written or audited', async () => {
    expect(await allOf(cast.curator, item)).toEqual([comment.id])
    expect(await auditActionsFor(app, comment.id)).toEqual(['comment.created'])
    expect((await call(cast.curator, 'GET', commentUrl(item, comment.id))).json<Comment>()).toMatchObject({
      body: 'First thoughts.',
      version: 1,
    })
  })
})

describe('editing and deleting a comment', () => {
  it('an edit from a stale read is a 412 and changes nothing; a fresh one bumps the version and the ETag', async () => {
    const item = await lesson()
    const created = await call(cast.curator, 'POST', threadOf(item), { body: 'Please add the dates.' })
    const comment = created.json<Comment>()
    const url = commentUrl(item, comment.id)
    const firstTag = must(created.headers.etag, 'ETag')
    expect((await call(cast.curator, 'GET', url)).headers.etag).toBe(firstTag)
    expect((await call(cast.curator, 'GET', url, undefined, { 'if-none-match': String(firstTag) })).statusCode).toBe(304)

    const edited = await call(cast.curator, 'PATCH', url, { body: 'Please add the go-live dates.' }, { 'if-match': String(firstTag) })
    expect(edited.statusCode, edited.body).toBe(200)
    expect(edited.json<Comment>()).toMatchObject({ body: 'Please add the go-live dates.', version: 2, createdAt: comment.createdAt })
    expect(edited.headers.etag).toMatch(/^"2-/)
    expect(Date.parse(edited.json<Comment>().updatedAt)).toBeGreaterThanOrEqual(Date.parse(comment.updatedAt))

    const stale = await call(cast.curator, 'PATCH', url, { body: 'Overwrite' }, { 'if-match': String(firstTag) })
    expect(expectProblem(stale, 412).detail).toMatch(/version 2/)
    expectProblem(await call(cast.curator, 'DELETE', url, undefined, { 'if-match': String(firstTag) }), 412)
    expect((await call(cast.curator, 'GET', url)).json<Comment>()).toMatchObject({ body: 'Please add the go-live dates.', version: 2 })

    const removed = await call(cast.curator, 'DELETE', url, undefined, { 'if-match': must(edited.headers.etag, 'ETag') as string })
    expect(removed.statusCode, removed.body).toBe(204)
    expectProblem(await call(cast.curator, 'GET', url), 404)
  })

  it('every change to a comment is in the audit log, and a moderator’s removal names whose comment it was', async () => {
    const item = await lesson('published')
    const comment = await post(cast.contributor, item, 'Our rollout plan.')
    await call(cast.contributor, 'PATCH', commentUrl(item, comment.id), { body: 'Our rollout plan, v2.' })
    expect((await call(cast.admin, 'DELETE', commentUrl(item, comment.id))).statusCode).toBe(204)
    expect((await auditActionsFor(app, comment.id)).sort()).toEqual(['comment.created', 'comment.deleted', 'comment.updated'])
    const res = await call(cast.admin, 'GET', `/v1/audit-events?subjectId=${comment.id}&action=comment.deleted`)
    expect(res.json<Page<AuditEvent>>().data).toEqual([
      expect.objectContaining({
        actorId: cast.admin.user.id,
        data: { itemType: 'lesson', itemId: item.id, internal: false, authorId: cast.contributor.user.id },
      }),
    ])
  })

  it('a comment lives in its own thread: under another lesson it is not found', async () => {
    const [first, second] = [await lesson(), await lesson()]
    const comment = await post(cast.contributor, first, 'Only here.')
    for (const method of ['GET', 'PATCH', 'DELETE'] as const) {
      const payload = method === 'PATCH' ? { body: 'Moved' } : undefined
      expectProblem(await call(cast.contributor, method, commentUrl(second, comment.id), payload), 404)
    }
    expect((await call(cast.contributor, 'GET', commentUrl(first, comment.id))).json<Comment>().body).toBe('Only here.')
  })
})
