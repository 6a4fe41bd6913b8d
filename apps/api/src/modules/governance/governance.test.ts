import type { Finding, FindingList, Lesson, Transition } from '@learnonce/contracts'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { contentFindings, contentItems } from '../../db/schema/index.js'
import { type TestApp, testApp } from '../../test/app.js'
import { auditActionsFor } from '../../test/factories.js'
import { act, createItem, type MadeItem, walk } from '../../test/workflow.js'
import { type Cast, castFor, expectProblem, validBody } from '../content/content-fixtures.js'

/** A made-up NHS number that passes Modulus 11 (999 numbers are never issued to patients). */
const nhsNumber = '943 476 5919'

describe('information-governance findings', () => {
  let t: TestApp
  let app: App
  let cast: Cast

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    cast = await castFor(app)
  })
  afterAll(() => t.close())

  const findingsOf = (item: MadeItem, who = cast.curator, path = '/v1/lessons') =>
    app.inject({ method: 'GET', url: `${path}/${item.id}/findings`, headers: who.headers })
  const openOf = async (item: MadeItem) => (await findingsOf(item)).json<FindingList>().data.filter((f) => f.status === 'open')
  const resolve = (item: MadeItem, finding: Finding, payload: object, who = cast.curator, headers = {}) =>
    app.inject({
      method: 'POST',
      url: `/v1/lessons/${item.id}/findings/${finding.id}/resolve`,
      headers: { ...who.headers, ...headers },
      payload,
    })
  const edit = (item: MadeItem, payload: object, who = cast.contributor) =>
    app.inject({ method: 'PATCH', url: `/v1/lessons/${item.id}`, headers: who.headers, payload })
  const lessonWith = (wentWell: string) => createItem(app, cast.contributor, 'lesson', { ...validBody.lesson(cast.siteA.id), wentWell })
  const inReview = async (wentWell: string) =>
    walk(app, await lessonWith(wentWell), [
      [cast.contributor, 'submit'],
      [cast.curator, 'claim'],
    ])

  it('a contributor sees the NHS number they saved as a masked finding, and the lesson counts it', async () => {
    const lesson = await lessonWith(`The letter carried the NHS number ${nhsNumber} in full.`)
    const res = await findingsOf(lesson, cast.contributor)
    expect(res.statusCode, res.body).toBe(200)
    const list = res.json<FindingList>()
    expect(list.open).toBe(1)
    expect(list.data).toEqual([
      expect.objectContaining({ field: '/wentWell', kind: 'nhs_number', start: 34, end: 46, preview: '*** *** 5919', status: 'open' }),
    ])
    expect(res.body).not.toContain(nhsNumber)
    const item = await app.inject({ method: 'GET', url: `/v1/lessons/${lesson.id}`, headers: cast.contributor.headers })
    expect(item.json<Lesson>().openFindings).toBe(1)
    const listed = await app.inject({ method: 'GET', url: `/v1/lessons?status=draft`, headers: cast.contributor.headers })
    expect(listed.json<{ data: Lesson[] }>().data.find((row) => row.id === lesson.id)?.openFindings).toBe(1)
    // The table never holds the value in clear.
    const [stored] = await app.db.select().from(contentFindings).where(eq(contentFindings.itemId, lesson.id))
    expect(JSON.stringify(stored)).not.toContain('9434765919')
    expect(JSON.stringify(stored)).not.toContain(nhsNumber)
  })

  it("another site's contributor is told the draft's findings do not exist", async () => {
    const lesson = await lessonWith(`NHS number ${nhsNumber}.`)
    expectProblem(await findingsOf(lesson, cast.otherContributor), 404)
  })

  it("another site's contributor may read a published lesson but not its review findings", async () => {
    const lesson = await inReview('Nothing personal here.')
    expect((await act(app, cast.curator, lesson, 'publish')).statusCode).toBe(200)
    expectProblem(await findingsOf(lesson, cast.otherContributor), 403)
  })

  it('an edit that removes the value fixes its finding by itself; a new value opens a new one', async () => {
    const lesson = await lessonWith(`Call 07700 900123 and write to jane.smith@nhs.net.`)
    expect((await openOf(lesson)).map((f) => f.kind)).toEqual(['phone', 'email'])
    const res = await edit(lesson, { wentWell: 'Write to jane.smith@nhs.net. She lives at LS1 4AP.' })
    expect(res.json<Lesson>().openFindings).toBe(2)
    const all = (await findingsOf(lesson)).json<FindingList>().data
    expect(all.map((f) => [f.kind, f.status])).toEqual([
      ['email', 'open'],
      ['postcode', 'open'],
      ['phone', 'fixed'],
    ])
    // The email moved in the text: same finding, new range.
    expect(all[0]).toMatchObject({ start: 9, end: 27 })
    expect(all[2]).toMatchObject({ resolvedById: cast.contributor.user.id, resolvedAt: expect.any(String) })
  })

  it('every text field is read: titles, summaries and link titles, named by their pointers', async () => {
    const lesson = await createItem(app, cast.contributor, 'lesson', {
      ...validBody.lesson(cast.siteA.id),
      title: 'What Mrs Smith taught us',
      summary: 'DOB: 03/04/1950 was on the form.',
      links: [{ title: 'Letter for 943-476-5919', url: 'https://example.org/letter', kind: 'document' }],
    })
    expect((await openOf(lesson)).map((f) => [f.field, f.kind])).toEqual([
      ['/links/0/title', 'nhs_number'],
      ['/summary', 'date_of_birth'],
      ['/title', 'titled_name'],
    ])
    const solution = await createItem(app, cast.contributor, 'solution', {
      ...validBody.solution(cast.siteA.id),
      problem: 'Ring (01632) 960123 for the booking.',
      artefacts: [{ title: 'Notes by Dr Okafor', url: 'https://example.org/notes', kind: 'template' }],
    })
    const found = (await findingsOf(solution, cast.curator, '/v1/solutions')).json<FindingList>()
    expect(found.data.map((f) => [f.field, f.kind])).toEqual([
      ['/artefacts/0/title', 'titled_name'],
      ['/problem', 'phone'],
    ])
  })

  it('submitting reads the text again, so text written around the API is found too', async () => {
    const lesson = await lessonWith('Nothing personal yet.')
    await app.db
      .update(contentItems)
      .set({ context: `Patient ${nhsNumber}.` })
      .where(eq(contentItems.id, lesson.id))
    expect(await openOf(lesson)).toEqual([])
    const res = await act(app, cast.contributor, lesson, 'submit')
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json<Lesson>().openFindings).toBe(1)
    expect((await openOf(lesson))[0]).toMatchObject({ field: '/context', kind: 'nhs_number' })
  })

  it('publishing is refused with a 409 listing each open finding until a curator resolves it', async () => {
    const lesson = await inReview(`The NHS number ${nhsNumber} and Mrs Smith.`)
    const refused = await act(app, cast.curator, lesson, 'publish')
    const problem = expectProblem(refused, 409, '/wentWell')
    expect(problem.type).toMatch(/open-findings$/)
    expect(problem.detail).toMatch(/2 open information-governance findings/)
    expect(problem.errors).toHaveLength(2)
    expect(problem.errors?.[0]?.detail).toMatch(/NHS number in \/wentWell at 15–27 \(\*\*\* \*\*\* 5919\)/)
    const item = await app.inject({ method: 'GET', url: `/v1/lessons/${lesson.id}`, headers: cast.curator.headers })
    expect(item.json<Lesson>()).toMatchObject({ status: 'in_review', openFindings: 2 })

    for (const finding of await openOf(lesson)) {
      const res = await resolve(lesson, finding, { resolution: 'not_personal', note: 'A made-up example for training.' })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json<Finding>()).toMatchObject({
        status: 'not_personal',
        note: 'A made-up example for training.',
        resolvedById: cast.curator.user.id,
      })
    }
    const published = await act(app, cast.curator, lesson, 'publish')
    expect(published.statusCode, published.body).toBe(200)
    expect(published.json<Lesson>()).toMatchObject({ status: 'published', openFindings: 0 })
  })

  it('a publish refused for a finding found only then keeps the finding for the curator to read', async () => {
    const lesson = await inReview('Nothing personal.')
    await app.db.update(contentItems).set({ doDifferently: 'Ring 0113 496 0000.' }).where(eq(contentItems.id, lesson.id))
    expectProblem(await act(app, cast.curator, lesson, 'publish'), 409, '/doDifferently')
    expect((await openOf(lesson)).map((f) => f.kind)).toEqual(['phone'])
  })

  it('resolving follows the rules: curators only, fixed only once it is gone, not personal only with a note', async () => {
    const lesson = await inReview(`NHS number ${nhsNumber}.`)
    const [finding] = await openOf(lesson)
    if (!finding) throw new Error('no finding')
    expectProblem(await resolve(lesson, finding, { resolution: 'not_personal', note: 'Mine.' }, cast.contributor), 403)
    expectProblem(await resolve(lesson, finding, { resolution: 'not_personal', note: 'Theirs.' }, cast.otherContributor), 404)
    expectProblem(await resolve(lesson, finding, { resolution: 'fixed' }), 409)
    expectProblem(await resolve(lesson, finding, { resolution: 'not_personal' }), 400, '/note')
    expectProblem(await resolve(lesson, finding, { resolution: 'not_personal', note: '   ' }), 400)
    expectProblem(await resolve(lesson, { ...finding, id: '01900000-0000-7000-8000-000000000000' }, { resolution: 'fixed' }), 404)
    const current = await app.inject({ method: 'GET', url: `/v1/lessons/${lesson.id}`, headers: cast.curator.headers })
    const stale = `"${current.json<Lesson>().version - 1}"`
    expectProblem(await resolve(lesson, finding, { resolution: 'not_personal', note: 'Fake.' }, cast.curator, { 'if-match': stale }), 412)
    const done = await resolve(lesson, finding, { resolution: 'not_personal', note: 'Fake.' }, cast.curator, {
      'if-match': current.headers.etag,
    })
    expect(done.statusCode, done.body).toBe(200)
    expectProblem(await resolve(lesson, finding, { resolution: 'not_personal', note: 'Again.' }), 409)
    // The item's version is what it was: a publish sent with the ETag read before still holds.
    const publish = await act(app, cast.curator, lesson, 'publish')
    expect(publish.statusCode, publish.body).toBe(200)
  })

  it('a curator marks a finding fixed after editing the value out of a legacy text', async () => {
    const lesson = await inReview('Nothing.')
    await app.db.update(contentItems).set({ wentWell: 'Ring 0113 496 0000.' }).where(eq(contentItems.id, lesson.id))
    expectProblem(await act(app, cast.curator, lesson, 'publish'), 409)
    const [finding] = await openOf(lesson)
    if (!finding) throw new Error('no finding')
    // Edited around the API (an import, a fix in the database): the finding is still open until someone says so.
    await app.db.update(contentItems).set({ wentWell: 'Ring the practice.' }).where(eq(contentItems.id, lesson.id))
    const fixed = await resolve(lesson, finding, { resolution: 'fixed' })
    expect(fixed.statusCode, fixed.body).toBe(200)
    expect(fixed.json<Finding>().status).toBe('fixed')
  })

  it('a value judged not personal stays resolved while it stays in its field, and opens again elsewhere', async () => {
    const lesson = await lessonWith(`Example ${nhsNumber}.`)
    const [finding] = await openOf(lesson)
    if (!finding) throw new Error('no finding')
    expect((await resolve(lesson, finding, { resolution: 'not_personal', note: 'Test number.' })).statusCode).toBe(200)
    expect((await edit(lesson, { wentWell: `An example ${nhsNumber} that moved.` })).json<Lesson>().openFindings).toBe(0)
    expect((await edit(lesson, { title: 'A new title' })).json<Lesson>().openFindings).toBe(0)
    const moved = await edit(lesson, { wentWell: 'Gone.', context: `Now here: ${nhsNumber}.` })
    expect(moved.json<Lesson>().openFindings).toBe(1)
    expect((await openOf(lesson))[0]).toMatchObject({ field: '/context' })
  })

  it('each resolution is in the history and the audit log', async () => {
    const lesson = await inReview(`NHS number ${nhsNumber}.`)
    const [finding] = await openOf(lesson)
    if (!finding) throw new Error('no finding')
    await resolve(lesson, finding, { resolution: 'not_personal', note: 'From the training pack.' })
    const history = await app.inject({ method: 'GET', url: `/v1/lessons/${lesson.id}/history`, headers: cast.contributor.headers })
    const last = history.json<{ data: Transition[] }>().data.at(-1)
    expect(last).toMatchObject({
      action: 'resolve-finding',
      fromStatus: 'in_review',
      toStatus: 'in_review',
      actorId: cast.curator.user.id,
      note: 'NHS number in /wentWell at 11–23 (*** *** 5919) resolved as not personal: From the training pack.',
    })
    expect(await auditActionsFor(app, lesson.id)).toContain('lesson.finding_resolved')
  })

  it('restoring an archived lesson is refused while a finding added since is open', async () => {
    const lesson = await inReview('Nothing.')
    await walk(app, lesson, [
      [cast.curator, 'publish'],
      [cast.curator, 'archive'],
    ])
    expect((await edit(lesson, { wentWell: 'Mr Jones rang.' }, cast.curator)).statusCode).toBe(200)
    expectProblem(await act(app, cast.curator, lesson, 'restore'), 409, '/wentWell')
  })
})
