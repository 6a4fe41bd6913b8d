import type { Lesson, Page, Site } from '@learnonce/contracts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../app.js'
import { expectProblem, validBody } from '../modules/content/content-fixtures.js'
import { type TestApp, testApp } from '../test/app.js'
import { makeSite, type SignedIn, signIn } from '../test/factories.js'

let sequence = 0
const newKey = () => `retry-${Date.now().toString(36)}-${(sequence++).toString(36)}`

describe('Idempotency-Key on creates', () => {
  let t: TestApp
  let app: App
  let curator: SignedIn

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    curator = await signIn(app, 'curator')
  })
  afterAll(() => t.close())

  /** A site of its own for each test, so its list counts only what that test created. */
  const freshSite = () => makeSite(app)
  /** A contributor of `site`: each test gets its own, so keys never collide between tests. */
  const memberOf = (site: Site) => signIn(app, 'contributor', [site.id])

  const post = (who: SignedIn, key: string | undefined, payload: object, path = '/v1/lessons') =>
    app.inject({
      method: 'POST',
      url: path,
      headers: { ...who.headers, ...(key === undefined ? {} : { 'idempotency-key': key }) },
      payload,
    })

  /** Every item at `site`, as a curator (who sees drafts) lists them. */
  async function idsAt(site: Site, path = '/v1/lessons'): Promise<string[]> {
    const res = await app.inject({ method: 'GET', url: `${path}?siteId=${site.id}&limit=100`, headers: curator.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Page<{ id: string }>>().data.map((item) => item.id)
  }

  it.each([
    ['/v1/lessons', (site: Site) => validBody.lesson(site.id)],
    ['/v1/case-studies', (site: Site) => validBody.caseStudy([site.id])],
    ['/v1/solutions', (site: Site) => validBody.solution(site.id)],
  ])('retrying POST %s with the same key and body replays the first answer and creates one item', async (path, bodyFor) => {
    const site = await freshSite()
    const who = await memberOf(site)
    const key = newKey()
    const body = bodyFor(site)
    const first = await post(who, key, body, path)
    expect(first.statusCode, first.body).toBe(201)
    expect(first.headers['idempotent-replayed']).toBeUndefined()
    const retry = await post(who, key, body, path)
    expect(retry.statusCode, retry.body).toBe(201)
    expect(retry.headers['idempotent-replayed']).toBe('true')
    expect(retry.body).toBe(first.body)
    expect(retry.headers.location).toBe(first.headers.location)
    expect(retry.headers.etag).toMatch(/^"1-/)
    expect(retry.headers['content-type']).toBe(first.headers['content-type'])
    const created = first.json<{ id: string }>()
    expect(first.headers.location).toBe(`${path}/${created.id}`)
    expect(await idsAt(site, path)).toEqual([created.id])
  })

  it('a third and fourth retry still replay the same lesson', async () => {
    const site = await freshSite()
    const who = await memberOf(site)
    const key = newKey()
    const body = validBody.lesson(site.id)
    const answers = []
    for (let attempt = 0; attempt < 4; attempt++) answers.push(await post(who, key, body))
    expect(new Set(answers.map((res) => res.json<Lesson>().id)).size).toBe(1)
    expect(answers.map((res) => res.headers['idempotent-replayed'] ?? 'first')).toEqual(['first', 'true', 'true', 'true'])
    expect(await idsAt(site)).toHaveLength(1)
  })

  it('the same key with a different body is refused with 422 and creates nothing more', async () => {
    const site = await freshSite()
    const who = await memberOf(site)
    const key = newKey()
    const first = await post(who, key, validBody.lesson(site.id))
    expect(first.statusCode).toBe(201)
    const problem = expectProblem(await post(who, key, validBody.lesson(site.id)), 422)
    expect(problem.detail).toMatch(/different request/)
    expect(await idsAt(site)).toEqual([first.json<Lesson>().id])
  })

  it('the same key sent to another create route is refused with 422', async () => {
    const site = await freshSite()
    const who = await memberOf(site)
    const key = newKey()
    expect((await post(who, key, validBody.lesson(site.id))).statusCode).toBe(201)
    expectProblem(await post(who, key, validBody.solution(site.id), '/v1/solutions'), 422)
    expect(await idsAt(site, '/v1/solutions')).toEqual([])
  })

  it('two people may use the same key, each getting their own lesson', async () => {
    const site = await freshSite()
    const [first, second] = [await memberOf(site), await memberOf(site)]
    const key = newKey()
    const body = validBody.lesson(site.id)
    const mine = await post(first, key, body)
    const theirs = await post(second, key, body)
    expect([mine.statusCode, theirs.statusCode]).toEqual([201, 201])
    expect(theirs.headers['idempotent-replayed']).toBeUndefined()
    expect(theirs.json<Lesson>().id).not.toBe(mine.json<Lesson>().id)
    expect(theirs.json<Lesson>().authorId).toBe(second.user.id)
    expect((await idsAt(site)).sort()).toEqual([mine.json<Lesson>().id, theirs.json<Lesson>().id].sort())
  })

  it('without a key, two identical creates make two lessons', async () => {
    const site = await freshSite()
    const who = await memberOf(site)
    const body = validBody.lesson(site.id)
    expect((await post(who, undefined, body)).statusCode).toBe(201)
    expect((await post(who, undefined, body)).statusCode).toBe(201)
    expect(await idsAt(site)).toHaveLength(2)
  })

  describe('a failed first attempt is not remembered', () => {
    it('a create refused with 403 (not their site) can be corrected and retried with the same key', async () => {
      const site = await freshSite()
      const who = await memberOf(site)
      const elsewhere = await freshSite()
      const key = newKey()
      expectProblem(await post(who, key, validBody.lesson(elsewhere.id)), 403)
      const corrected = await post(who, key, validBody.lesson(site.id))
      expect(corrected.statusCode, corrected.body).toBe(201)
      expect(corrected.headers['idempotent-replayed']).toBeUndefined()
      expect(await idsAt(site)).toEqual([corrected.json<Lesson>().id])
      expect(await idsAt(elsewhere)).toEqual([])
    })

    it('a create refused with 400 by the checks behind the schema (an unknown related solution) can be retried', async () => {
      const site = await freshSite()
      const who = await memberOf(site)
      const key = newKey()
      const body = { ...validBody.lesson(site.id), relatedSolutionIds: ['01900000-0000-7000-8000-000000000000'] }
      expectProblem(await post(who, key, body), 400, '/relatedSolutionIds/0')
      // The same mistaken body fails the same way again: a failure is never replayed.
      expectProblem(await post(who, key, body), 400, '/relatedSolutionIds/0')
      const corrected = await post(who, key, { ...body, relatedSolutionIds: [] })
      expect(corrected.statusCode, corrected.body).toBe(201)
      expect(await idsAt(site)).toEqual([corrected.json<Lesson>().id])
    })

    it('a create refused by the schema (400) can be retried', async () => {
      const site = await freshSite()
      const who = await memberOf(site)
      const key = newKey()
      expectProblem(await post(who, key, { ...validBody.lesson(site.id), title: '' }), 400, '/title')
      expect((await post(who, key, validBody.lesson(site.id))).statusCode).toBe(201)
    })

    it('a caller who has not signed in gets 401, and the key stays free', async () => {
      const site = await freshSite()
      const who = await memberOf(site)
      const key = newKey()
      const body = validBody.lesson(site.id)
      const anonymous = await app.inject({ method: 'POST', url: '/v1/lessons', headers: { 'idempotency-key': key }, payload: body })
      expectProblem(anonymous, 401)
      const res = await post(who, key, body)
      expect(res.statusCode).toBe(201)
      expect(res.headers['idempotent-replayed']).toBeUndefined()
    })
  })

  it('two identical requests sent at the same moment create one lesson', async () => {
    const site = await freshSite()
    const who = await memberOf(site)
    const key = newKey()
    const body = validBody.lesson(site.id)
    const answers = await Promise.all([post(who, key, body), post(who, key, body)])
    const statuses = answers.map((res) => res.statusCode).sort()
    // The loser either waits for nothing (409: still in progress) or arrives late enough to get the replay.
    expect([
      [201, 201],
      [201, 409],
    ]).toContainEqual(statuses)
    expect(await idsAt(site)).toHaveLength(1)
    const retry = await post(who, key, body)
    expect(retry.headers['idempotent-replayed']).toBe('true')
  })

  it.each([
    ['longer than 255 characters', 'k'.repeat(256)],
    ['holding a space', 'two words'],
    ['holding non-ASCII characters', 'clé-unique'],
  ])('a key %s is refused with 400 naming the header, and nothing is created', async (_case, key) => {
    const site = await freshSite()
    const who = await memberOf(site)
    const problem = expectProblem(await post(who, key, validBody.lesson(site.id)), 400, '/idempotency-key')
    expect(problem.errors?.[0]?.in).toBe('headers')
    expect(await idsAt(site)).toEqual([])
  })

  it('a key of exactly 255 visible characters is accepted', async () => {
    const site = await freshSite()
    const who = await memberOf(site)
    const key = `${newKey()}-`.padEnd(255, 'x')
    const body = validBody.lesson(site.id)
    expect((await post(who, key, body)).statusCode).toBe(201)
    expect((await post(who, key, body)).headers['idempotent-replayed']).toBe('true')
  })

  it('a key on a request that is not a create is ignored', async () => {
    const site = await freshSite()
    const who = await memberOf(site)
    const lesson = (await post(who, undefined, validBody.lesson(site.id))).json<Lesson>()
    const key = newKey()
    const patch = () =>
      app.inject({
        method: 'PATCH',
        url: `/v1/lessons/${lesson.id}`,
        headers: { ...who.headers, 'idempotency-key': key },
        payload: { title: 'Same change twice' },
      })
    expect((await patch()).json<Lesson>().version).toBe(2)
    const again = await patch()
    expect(again.headers['idempotent-replayed']).toBeUndefined()
    expect(again.json<Lesson>().version).toBe(3)
  })
})
