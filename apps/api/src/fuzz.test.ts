import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from './seed/demo.js'
import { type TestApp, testApp } from './test/app.js'
import { testDriver } from './test/database.js'
import { makeSite, type SignedIn, signIn } from './test/factories.js'
import { type FuzzRequest, type IdPools, type OpenApiDocument, operationsOf, requestsFor, violation } from './test/fuzz.js'
import { expectProblem } from './test/problems.js'

/** Change it to explore; a failure names the seed and the request, so any run can be repeated. */
const seed = Number(process.env.FUZZ_SEED ?? 20_261_204)
// The bulk runs on PGlite (over 10,000 requests); the PostgreSQL run is a smaller sample of the same streams.
const perOperation = Number(process.env.FUZZ_PER_OPERATION ?? (testDriver() === 'pglite' ? 80 : 12))

/** Ids of what exists, by the list that returned them, for path parameters that hit real rows. */
async function idPools(t: TestApp, admin: SignedIn, document: OpenApiDocument): Promise<IdPools> {
  const byList = new Map<string, string[]>()
  const idsIn = (value: unknown, into: Set<string>) => {
    if (Array.isArray(value)) for (const item of value) idsIn(item, into)
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>
      if (typeof record.id === 'string') into.add(record.id)
      if (typeof record.slug === 'string') into.add(record.slug)
      for (const child of Object.values(record)) if (typeof child === 'object') idsIn(child, into)
    }
  }
  const lists = Object.entries(document.paths).filter(([, methods]) => 'get' in methods)
  // Top-level lists first, then lists under one of their ids (comments, deliveries, adoptions…).
  for (const nestedLevel of [0, 1]) {
    for (const [path] of lists) {
      const parameters = [...path.matchAll(/\{([^}]+)\}/g)]
      if (parameters.length !== nestedLevel) continue
      const found = new Set<string>()
      const parents = nestedLevel === 0 ? [''] : (byList.get(path.split('/{')[0] ?? '') ?? []).slice(0, 4)
      for (const parent of parents) {
        const url = path.replace(/\{[^}]+\}/, parent)
        const res = await t.app.inject({ method: 'GET', url: `${url}${url.includes('?') ? '&' : '?'}limit=50`, headers: admin.headers })
        if (res.statusCode === 200 && String(res.headers['content-type']).includes('json')) idsIn(res.json(), found)
      }
      if (found.size > 0) byList.set(path, [...found])
    }
  }
  const all = [...new Set([...byList.values()].flat())]
  return { byList, all }
}

describe('generated requests for every operation never answer 5xx, and every error is a problem document', () => {
  let t: TestApp
  let admin: SignedIn
  let document: OpenApiDocument
  beforeAll(async () => {
    t = await testApp()
    await seedDemo(t.app.db)
    admin = await signIn(t.app, 'admin')
    await t.app.ready()
    document = t.app.swagger() as unknown as OpenApiDocument
  }, 120_000)
  afterAll(() => t.close())

  it(`sends ${perOperation} generated requests to each operation (seed ${seed})`, { timeout: 300_000 }, async () => {
    const operations = operationsOf(document)
    expect(operations.length).toBeGreaterThan(100)
    const pools = await idPools(t, admin, document)
    expect(pools.all.length).toBeGreaterThan(50)

    const failures: { request: FuzzRequest; problem: string }[] = []
    const statuses = new Map<number, number>()
    let sent = 0
    const started = Date.now()
    for (const [index, operation] of operations.entries()) {
      // Each operation its own seeded stream: adding a route does not change what others receive.
      const requests = fc.sample(requestsFor(operation, pools), { seed: seed + index, numRuns: perOperation })
      for (const request of requests) {
        const headers = request.as === 'admin' ? { ...request.headers, authorization: admin.headers.authorization } : request.headers
        const res = await t.app.inject({
          method: request.method as 'GET',
          url: request.url,
          headers,
          ...(request.payload !== undefined ? { payload: request.payload } : {}),
        })
        sent++
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1)
        const problem = violation(res)
        if (problem) failures.push({ request: { ...request, payload: request.payload?.slice(0, 300) }, problem })
      }
    }
    const seconds = (Date.now() - started) / 1000
    console.info(`fuzz: ${sent} requests in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries(statuses))}`)

    // One example per operation and kind of failure, so a report stays readable.
    const examples = new Map<string, { request: FuzzRequest; problem: string }>()
    for (const failure of failures) {
      const key = `${failure.request.operation} ${failure.problem.slice(0, 40)}`
      if (!examples.has(key)) examples.set(key, failure)
    }
    expect([...examples.values()], `seed ${seed}: ${failures.length} failures`).toEqual([])
    expect(sent).toBeGreaterThanOrEqual(operations.length * perOperation)
    if (testDriver() === 'pglite' && process.env.FUZZ_PER_OPERATION === undefined) expect(sent).toBeGreaterThanOrEqual(10_000)
    // A success as well as errors for most operations would show the generator reaches past validation.
    expect([...statuses.keys()].some((status) => status < 300)).toBe(true)
  })
})

describe('text the database cannot hold', () => {
  let t: TestApp
  let admin: SignedIn
  beforeAll(async () => {
    t = await testApp()
    admin = await signIn(t.app, 'admin')
  })
  afterAll(() => t.close())

  it('refuses a NUL character or half a surrogate pair anywhere in a body, query or key with a 400 naming where', async () => {
    const site = await makeSite(t.app)
    const cases: [string, string, object | undefined, string, string][] = [
      ['POST', '/v1/lessons', { title: 'a\u0000b', summary: 'ok', siteId: site.id }, 'body', '/title'],
      ['POST', '/v1/lessons', { title: 'ok', summary: 'ok', siteId: site.id, context: 'x\uD800y' }, 'body', '/context'],
      [
        'POST',
        '/v1/lessons',
        { title: 'ok', summary: 'ok', siteId: site.id, links: [{ url: 'https://a.example', label: '\uDC00' }] },
        'body',
        '/links/0/label',
      ],
      ['POST', '/v1/lessons', { title: 'ok', summary: 'ok', siteId: site.id, 'k\u0000': 1 }, 'body', '/k\u0000'],
      ['GET', '/v1/search?q=a%00b', undefined, 'query', '/q'],
      ['GET', '/v1/lessons?q=%00', undefined, 'query', '/q'],
    ]
    for (const [method, url, payload, location, pointer] of cases) {
      const res = await t.app.inject({ method: method as 'GET', url, headers: admin.headers, ...(payload ? { payload } : {}) })
      const problem = expectProblem(res, 400)
      expect(problem.errors, url).toEqual([{ in: location, pointer, detail: expect.stringMatching(/NUL character|valid Unicode/) }])
    }
    // Right-to-left marks and whole emoji are text like any other: stored and returned as sent.
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/lessons',
      headers: admin.headers,
      payload: { title: '\u202Eevil\u202C 😀', summary: 'e\u0301', siteId: site.id },
    })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json()).toMatchObject({ title: '\u202Eevil\u202C 😀', summary: 'e\u0301' })
  })
})
