import type { FindingList, Lesson, Site } from '@learnonce/contracts'
import { eq } from 'drizzle-orm'
import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../app.js'
import { contentItems } from '../db/schema/index.js'
import { expectProblem, validBody } from '../modules/content/content-fixtures.js'
import { type TestApp, testApp } from '../test/app.js'
import { makeSite, type SignedIn, setStatus, signIn } from '../test/factories.js'

describe('ETags on content items', () => {
  let t: TestApp
  let app: App
  let site: Site
  let author: SignedIn
  let curator: SignedIn
  let outsider: SignedIn

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    site = await makeSite(app)
    author = await signIn(app, 'contributor', [site.id])
    curator = await signIn(app, 'curator')
    outsider = await signIn(app, 'contributor', [(await makeSite(app)).id])
  })
  afterAll(() => t.close())

  const kinds = [
    ['/v1/lessons', () => validBody.lesson(site.id)],
    ['/v1/case-studies', () => validBody.caseStudy([site.id])],
    ['/v1/solutions', () => validBody.solution(site.id)],
  ] as const

  async function createLesson(): Promise<Lesson> {
    const res = await app.inject({ method: 'POST', url: '/v1/lessons', headers: author.headers, payload: validBody.lesson(site.id) })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<Lesson>()
  }
  const get = (id: string, headers: Record<string, string> = {}, who: SignedIn = author) =>
    app.inject({ method: 'GET', url: `/v1/lessons/${id}`, headers: { ...who.headers, ...headers } })
  const patch = (id: string, payload: object, headers: Record<string, string> = {}, who: SignedIn = author) =>
    app.inject({ method: 'PATCH', url: `/v1/lessons/${id}`, headers: { ...who.headers, ...headers }, payload })
  const remove = (id: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'DELETE', url: `/v1/lessons/${id}`, headers: { ...author.headers, ...headers } })
  const expectNotModified = (res: LightMyRequestResponse, etag: string) => {
    expect(res.statusCode, res.body).toBe(304)
    expect(res.body).toBe('')
    expect(res.headers.etag).toBe(etag)
  }

  it.each(kinds)(
    'POST and GET %s/:id carry an ETag of version 1, and sending it back as If-None-Match answers 304 with no body',
    async (path, body) => {
      const created = await app.inject({ method: 'POST', url: path, headers: author.headers, payload: body() })
      expect(created.statusCode, created.body).toBe(201)
      expect(created.headers.etag).toMatch(/^"1-/)
      const { id } = created.json<{ id: string }>()
      const first = await app.inject({ method: 'GET', url: `${path}/${id}`, headers: author.headers })
      expect(first.statusCode).toBe(200)
      expect(first.headers.etag).toBe(created.headers.etag)
      const etag = String(first.headers.etag)
      const again = await app.inject({ method: 'GET', url: `${path}/${id}`, headers: { ...author.headers, 'if-none-match': etag } })
      expectNotModified(again, etag)
    },
  )

  it.each([
    ['a weak ETag', (etag: string) => `W/${etag}`],
    ['a list holding it', (etag: string) => `"7-elsewhere", ${etag}`],
    ['*', () => '*'],
  ])('an If-None-Match of %s also answers 304', async (_case, header) => {
    const lesson = await createLesson()
    const etag = String((await get(lesson.id)).headers.etag)
    expectNotModified(await get(lesson.id, { 'if-none-match': header(etag) }), etag)
  })

  it('a large item (written as a Buffer) keeps its ETag, its 304 and a Content-Length that counts bytes, not characters', async () => {
    // Past http.ts's LARGE_BODY, with characters of two and three bytes in UTF-8.
    const context = `Café notes — “shared care” … ${'Δ'.repeat(3000)}`
    const res = await app.inject({
      method: 'POST',
      url: '/v1/lessons',
      headers: author.headers,
      payload: { ...validBody.lesson(site.id), context },
    })
    expect(res.statusCode, res.body).toBe(201)
    const first = await get(res.json<Lesson>().id)
    expect(first.statusCode).toBe(200)
    expect(first.json<Lesson>().context).toBe(context)
    expect(Number(first.headers['content-length'])).toBe(Buffer.byteLength(first.body))
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(first.headers.etag).toBe(res.headers.etag)
    expectNotModified(await get(res.json<Lesson>().id, { 'if-none-match': String(first.headers.etag) }), String(first.headers.etag))
  })

  it('an If-None-Match naming another version gets the item', async () => {
    const lesson = await createLesson()
    const res = await get(lesson.id, { 'if-none-match': '"2"' })
    expect(res.statusCode).toBe(200)
    expect(res.json<Lesson>()).toEqual(lesson)
  })

  it.each([
    ['empty', ''],
    ['unquoted', 'abc'],
    ['only commas', ', ,'],
    ['a tag of ours with its digest cut', '"1-"'],
    ['very long', `"${'x'.repeat(4000)}"`],
  ])('an If-None-Match that is %s gets the item with its ETag, never a 304 or an error', async (_case, header) => {
    const lesson = await createLesson()
    const etag = (await get(lesson.id)).headers.etag
    const res = await get(lesson.id, { 'if-none-match': header })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json<Lesson>()).toEqual(lesson)
    expect(res.headers.etag).toBe(etag)
  })

  it('an If-None-Match on an item that does not exist is a 404, even `*`', async () => {
    expectProblem(await get('01900000-0000-7000-8000-000000000000', { 'if-none-match': '*' }), 404)
    expectProblem(await get('01900000-0000-7000-8000-000000000000', { 'if-none-match': '"1-abc"' }), 404)
  })

  it('after a change the ETag moves on, and the old one no longer answers 304', async () => {
    const lesson = await createLesson()
    const before = String((await get(lesson.id)).headers.etag)
    const changed = await patch(lesson.id, { title: 'Retitled after review' })
    expect(changed.statusCode, changed.body).toBe(200)
    expect(changed.headers.etag).toMatch(/^"2-/)
    expect(changed.json<Lesson>().version).toBe(2)
    const stale = await get(lesson.id, { 'if-none-match': before })
    expect(stale.statusCode).toBe(200)
    expect(stale.headers.etag).toBe(changed.headers.etag)
    expect(stale.json<Lesson>().title).toBe('Retitled after review')
    expectNotModified(await get(lesson.id, { 'if-none-match': String(changed.headers.etag) }), String(changed.headers.etag))
  })

  /** A curator's lesson on the author's site, related to a draft solution of another site (which the author cannot see). */
  async function lessonWithHiddenSolution(): Promise<{ lesson: Lesson; solutionId: string }> {
    const elsewhere = await makeSite(app)
    const solution = await app.inject({
      method: 'POST',
      url: '/v1/solutions',
      headers: curator.headers,
      payload: validBody.solution(elsewhere.id),
    })
    const solutionId = solution.json<{ id: string }>().id
    const created = await app.inject({
      method: 'POST',
      url: '/v1/lessons',
      headers: curator.headers,
      payload: { ...validBody.lesson(site.id), relatedSolutionIds: [solutionId] },
    })
    return { lesson: created.json<Lesson>(), solutionId }
  }

  it('the ETag moves on when only what the item shows changes: a related solution becoming visible', async () => {
    const { lesson, solutionId } = await lessonWithHiddenSolution()
    // The author cannot see the other site's draft solution yet, so it is not among the lesson's related ids.
    const before = await get(lesson.id)
    expect(before.json<Lesson>().relatedSolutionIds).toEqual([])
    await setStatus(app, solutionId, 'published')
    const after = await get(lesson.id, { 'if-none-match': String(before.headers.etag) })
    expect(after.statusCode).toBe(200)
    expect(after.json<Lesson>()).toMatchObject({ version: 1, relatedSolutionIds: [solutionId] })
  })

  it('someone who may not see an item gets 404 even with its ETag, never 304', async () => {
    const lesson = await createLesson()
    const etag = String((await get(lesson.id)).headers.etag)
    expectProblem(await get(lesson.id, { 'if-none-match': etag }, outsider), 404)
    expectProblem(await get(lesson.id, { 'if-none-match': '"1"' }, outsider), 404)
    expectProblem(await get(lesson.id, { 'if-none-match': '*' }, outsider), 404)
  })

  it('a 304 carries what a cache needs to keep its copy: the ETag, Cache-Control and Vary', async () => {
    const lesson = await createLesson()
    const first = await get(lesson.id)
    const again = await get(lesson.id, { 'if-none-match': String(first.headers.etag) })
    expectNotModified(again, String(first.headers.etag))
    expect(again.headers['cache-control']).toBe(first.headers['cache-control'])
    expect(again.headers.vary).toBe(first.headers.vary)
  })

  it('a workflow action answers with the ETag GET then gives, and it revalidates', async () => {
    const lesson = await createLesson()
    const submitted = await app.inject({ method: 'POST', url: `/v1/lessons/${lesson.id}/submit`, headers: author.headers })
    expect(submitted.statusCode, submitted.body).toBe(200)
    expect(submitted.headers.etag).toMatch(/^"2-/)
    expect((await get(lesson.id)).headers.etag).toBe(submitted.headers.etag)
    expectNotModified(await get(lesson.id, { 'if-none-match': String(submitted.headers.etag) }), String(submitted.headers.etag))
  })

  it('text changed in the database, around the API and its versions, moves the ETag on', async () => {
    const lesson = await createLesson()
    const before = await get(lesson.id)
    await app.db.update(contentItems).set({ wentWell: 'Corrected by an import.' }).where(eq(contentItems.id, lesson.id))
    const after = await get(lesson.id, { 'if-none-match': String(before.headers.etag) })
    expect(after.statusCode).toBe(200)
    expect(after.json<Lesson>()).toMatchObject({ version: 1, wentWell: 'Corrected by an import.' })
    expect(after.headers.etag).toMatch(/^"1-/)
    expect(after.headers.etag).not.toBe(before.headers.etag)
  })

  it('resolving a finding moves the ETag on: the item shows how many are open', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/lessons',
      headers: author.headers,
      payload: { ...validBody.lesson(site.id), wentWell: 'An example 943 476 5919 in the notes.' },
    })
    const lesson = res.json<Lesson>()
    expect(lesson.openFindings).toBe(1)
    const findings = await app.inject({ method: 'GET', url: `/v1/lessons/${lesson.id}/findings`, headers: curator.headers })
    const [finding] = findings.json<FindingList>().data
    const resolved = await app.inject({
      method: 'POST',
      url: `/v1/lessons/${lesson.id}/findings/${finding?.id}/resolve`,
      headers: curator.headers,
      payload: { resolution: 'not_personal', note: 'A test number.' },
    })
    expect(resolved.statusCode, resolved.body).toBe(200)
    const after = await get(lesson.id, { 'if-none-match': String(res.headers.etag) })
    expect(after.statusCode).toBe(200)
    expect(after.json<Lesson>()).toMatchObject({ version: 1, openFindings: 0 })
  })

  it('two people shown different related items get different ETags, and neither revalidates the other’s copy', async () => {
    const { id } = (await lessonWithHiddenSolution()).lesson
    const asCurator = await get(id, {}, curator)
    const asAuthor = await get(id)
    expect(asCurator.json<Lesson>().relatedSolutionIds).toHaveLength(1)
    expect(asAuthor.json<Lesson>().relatedSolutionIds).toEqual([])
    expect(asAuthor.headers.etag).not.toBe(asCurator.headers.etag)
    const authorWithCuratorsTag = await get(id, { 'if-none-match': String(asCurator.headers.etag) })
    expect(authorWithCuratorsTag.statusCode).toBe(200)
    expect(authorWithCuratorsTag.headers.etag).toBe(asAuthor.headers.etag)
    expectNotModified(await get(id, { 'if-none-match': String(asCurator.headers.etag) }, curator), String(asCurator.headers.etag))
  })

  it('a list has no ETag', async () => {
    await createLesson()
    const res = await app.inject({ method: 'GET', url: '/v1/lessons', headers: author.headers })
    expect(res.statusCode).toBe(200)
    expect(res.headers.etag).toBeUndefined()
  })

  it('If-Match takes the full ETag as read, or a list of ETags any of which may be current', async () => {
    const lesson = await createLesson()
    const read = String((await get(lesson.id)).headers.etag)
    const first = await patch(lesson.id, { summary: 'Saved with the ETag as read.' }, { 'if-match': read })
    expect(first.statusCode, first.body).toBe(200)
    const listed = await patch(lesson.id, { summary: 'Saved with a list.' }, { 'if-match': `${read}, ${String(first.headers.etag)}` })
    expect(listed.statusCode, listed.body).toBe(200)
    expectProblem(await patch(lesson.id, { summary: 'Stale list.' }, { 'if-match': `${read}, "7"` }), 412)
  })

  it('a change sent with the ETag it was read at is saved', async () => {
    const lesson = await createLesson()
    const res = await patch(lesson.id, { summary: 'Checked before saving.' }, { 'if-match': '"1"' })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json<Lesson>()).toMatchObject({ version: 2, summary: 'Checked before saving.' })
  })

  it('two curators editing the same version: the second is refused with 412 and the first one’s change stays', async () => {
    const lesson = await createLesson()
    const second = await signIn(app, 'curator')
    expect((await patch(lesson.id, { title: 'First curator wins' }, { 'if-match': '"1"' }, curator)).statusCode).toBe(200)
    const refused = await patch(lesson.id, { title: 'Second curator loses' }, { 'if-match': '"1"' }, second)
    expect(expectProblem(refused, 412).detail).toMatch(/changed since you read it.*version 2/)
    const now = await get(lesson.id)
    expect(now.json<Lesson>()).toMatchObject({ title: 'First curator wins', version: 2 })
    expect(now.headers.etag).toMatch(/^"2-/)
  })

  it.each([
    ['a bare number', '1'],
    ['not a version', '"one"'],
    ['a negative version', '"-1"'],
    ['empty', '""'],
  ])('a change whose If-Match is %s is refused with 412 and the item is unchanged', async (_case, header) => {
    const lesson = await createLesson()
    expectProblem(await patch(lesson.id, { title: 'Should not land' }, { 'if-match': header }), 412)
    expect((await get(lesson.id)).json<Lesson>()).toEqual(lesson)
  })

  it('If-Match: * means "whatever version is current"', async () => {
    const lesson = await createLesson()
    const res = await patch(lesson.id, { title: 'Any version will do' }, { 'if-match': '*' })
    expect(res.statusCode, res.body).toBe(200)
  })

  it('a stale If-Match on an item the caller may not see is a 404, not a 412', async () => {
    const lesson = await createLesson()
    expectProblem(await patch(lesson.id, { title: 'Probe' }, { 'if-match': '"9"' }, outsider), 404)
  })

  it('a change refused for another reason (403) does not depend on If-Match', async () => {
    const lesson = await createLesson()
    await setStatus(app, lesson.id, 'submitted')
    expectProblem(await patch(lesson.id, { title: 'Too late' }, { 'if-match': '"1"' }), 403)
    expect((await get(lesson.id)).json<Lesson>().title).toBe(lesson.title)
  })

  it('deleting with a stale If-Match is refused with 412 and the draft stays; with the current one it is deleted', async () => {
    const lesson = await createLesson()
    expect((await patch(lesson.id, { title: 'Edited once' })).statusCode).toBe(200)
    expectProblem(await remove(lesson.id, { 'if-match': '"1"' }), 412)
    expect((await get(lesson.id)).statusCode).toBe(200)
    expectProblem(await remove(lesson.id, { 'if-match': 'version 2' }), 412)
    expect((await get(lesson.id)).statusCode).toBe(200)
    const deleted = await remove(lesson.id, { 'if-match': '"2"' })
    expect(deleted.statusCode, deleted.body).toBe(204)
    expectProblem(await get(lesson.id), 404)
  })
})
