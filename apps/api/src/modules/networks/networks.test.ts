import { randomBytes, randomUUID } from 'node:crypto'
import type { Lesson, Network, Page, Site } from '@learnonce/contracts'
import { and, count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { auditEvents, networks } from '../../db/schema/index.js'
import { type TestApp, testApp } from '../../test/app.js'
import { auditActionsFor, makeSite, type SignedIn, setStatus, signIn } from '../../test/factories.js'
import { expectProblem } from '../../test/problems.js'

const uniqueToken = () => randomBytes(4).toString('hex')

describe('networks', () => {
  let t: TestApp
  let app: App
  let admin: SignedIn
  let curator: SignedIn
  let siteA: Site
  let siteB: Site
  let archivedSite: Site
  /** A contributor at site A, and one at site B. */
  let contributorA: SignedIn
  let contributorB: SignedIn
  let disabledUser: SignedIn

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    admin = await signIn(app, 'admin')
    curator = await signIn(app, 'curator')
    siteA = await makeSite(app)
    siteB = await makeSite(app)
    archivedSite = await makeSite(app)
    const archived = await app.inject({ method: 'POST', url: `/v1/sites/${archivedSite.id}/archive`, headers: admin.headers })
    expect(archived.statusCode, archived.body).toBe(200)
    contributorA = await signIn(app, 'contributor', [siteA.id])
    contributorB = await signIn(app, 'contributor', [siteB.id])
    disabledUser = await signIn(app, 'contributor', [siteB.id])
    const disabled = await app.inject({
      method: 'PATCH',
      url: `/v1/users/${disabledUser.user.id}`,
      headers: admin.headers,
      payload: { status: 'disabled' },
    })
    expect(disabled.statusCode, disabled.body).toBe(200)
  })
  afterAll(() => t.close())

  const validNetwork = (overrides: Record<string, unknown> = {}) => ({
    name: `Discharge Network ${uniqueToken()}`,
    purpose: 'Share what works in getting people home from hospital sooner.',
    ...overrides,
  })
  const create = (payload: Record<string, unknown>, who: SignedIn = curator, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/v1/networks', headers: { ...who.headers, ...headers }, payload })
  const createNetwork = async (overrides: Record<string, unknown> = {}) => {
    const res = await create(validNetwork(overrides))
    expect(res.statusCode, res.body).toBe(201)
    return res.json<Network>()
  }
  const read = async (id: string, who: SignedIn = curator) => {
    const res = await app.inject({ method: 'GET', url: `/v1/networks/${id}`, headers: who.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Network>()
  }
  const patch = (id: string, payload: Record<string, unknown>, who: SignedIn = curator, headers: Record<string, string> = {}) =>
    app.inject({ method: 'PATCH', url: `/v1/networks/${id}`, headers: { ...who.headers, ...headers }, payload })
  const list = async (query: Record<string, string>, who: SignedIn = curator) => {
    const res = await app.inject({ method: 'GET', url: `/v1/networks?${new URLSearchParams(query)}`, headers: who.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Page<Network>>()
  }
  const makeLesson = async (siteId: string, title = `Lesson ${uniqueToken()}`) => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/lessons',
      headers: curator.headers,
      payload: { title, summary: 'What we learned.', siteId },
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<Lesson>()
  }
  const networkCount = async () => (await app.db.select({ rows: count() }).from(networks))[0]?.rows
  const auditActions = (subjectId: string) => auditActionsFor(app, subjectId)

  describe('who may call', () => {
    type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
    const routes: [Method, string, Record<string, unknown> | undefined][] = [
      ['GET', '/v1/networks', undefined],
      ['POST', '/v1/networks', validNetwork()],
      ['GET', '/v1/networks/:id', undefined],
      ['PATCH', '/v1/networks/:id', { name: 'Renamed by someone' }],
      ['DELETE', '/v1/networks/:id', undefined],
    ]

    it.each(routes)('%s %s answers 401 to a caller who has not signed in', async (method, route, payload) => {
      const network = await createNetwork()
      const res = await app.inject({ method, url: route.replace(':id', network.id), ...(payload ? { payload } : {}) })
      expectProblem(res, 401)
      expect(await read(network.id)).toEqual(network)
    })

    it.each(routes.filter(([method]) => method !== 'GET'))(
      'a contributor cannot %s %s (403) and nothing changes',
      async (method, route, payload) => {
        const network = await createNetwork()
        const res = await app.inject({
          method,
          url: route.replace(':id', network.id),
          headers: contributorA.headers,
          ...(payload ? { payload } : {}),
        })
        expect(expectProblem(res, 403).detail).toMatch(/curator/)
        expect(await read(network.id)).toEqual(network)
        if (method === 'POST') expect((await list({ q: String(payload?.name) })).data).toEqual([])
      },
    )

    it.each(['admin', 'curator', 'contributor'] as const)('a %s can list networks and read one', async (role) => {
      const network = await createNetwork()
      const who = { admin, curator, contributor: contributorA }[role]
      expect((await list({ q: network.name }, who)).data).toEqual([network])
      expect(await read(network.id, who)).toEqual(network)
    })

    it.each(['admin', 'curator'] as const)('a %s can create, change and delete a network', async (role) => {
      const who = role === 'admin' ? admin : curator
      const created = await create(validNetwork(), who)
      expect(created.statusCode, created.body).toBe(201)
      const id = created.json<Network>().id
      expect((await patch(id, { status: 'active' }, who)).statusCode).toBe(200)
      expect((await patch(id, { status: 'forming' }, who)).statusCode).toBe(200)
      expect((await app.inject({ method: 'DELETE', url: `/v1/networks/${id}`, headers: who.headers })).statusCode).toBe(204)
    })

    it.each([
      ['GET', undefined],
      ['PATCH', { name: 'Renamed' }],
      ['DELETE', undefined],
    ] as const)('%s of a network that does not exist is a 404', async (method, payload) => {
      const res = await app.inject({
        method,
        url: `/v1/networks/${randomUUID()}`,
        headers: curator.headers,
        ...(payload ? { payload } : {}),
      })
      expect(expectProblem(res, 404).detail).toBe('Network was not found.')
    })
  })

  describe('creating a network', () => {
    it('a curator creates a network with members, coordinators and content, and reads it at its Location', async () => {
      const lesson = await makeLesson(siteA.id)
      const token = uniqueToken()
      const res = await create({
        name: `Frailty & Falls — ${token}`,
        purpose: 'Reduce falls at home.',
        description: '## Why\nFalls are the commonest reason for admission.',
        status: 'active',
        members: [
          { siteId: siteB.id, role: 'lead' },
          { siteId: siteA.id, role: 'member' },
        ],
        coordinatorIds: [contributorA.user.id],
        contentIds: [lesson.id],
      })
      expect(res.statusCode, res.body).toBe(201)
      const network = res.json<Network>()
      expect(network).toEqual({
        id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7/),
        version: 1,
        createdAt: expect.any(String),
        updatedAt: network.createdAt,
        name: `Frailty & Falls — ${token}`,
        slug: `frailty-falls-${token}`,
        purpose: 'Reduce falls at home.',
        description: '## Why\nFalls are the commonest reason for admission.',
        status: 'active',
        access: 'open',
        members: [
          { siteId: siteB.id, role: 'lead' },
          { siteId: siteA.id, role: 'member' },
        ],
        coordinatorIds: [contributorA.user.id],
        contentIds: [lesson.id],
        content: [{ id: lesson.id, type: 'lesson', title: lesson.title, status: 'draft' }],
      })
      expect(res.headers.location).toBe(`/v1/networks/${network.id}`)
      expect(await read(network.id)).toEqual(network)
      expect(await auditActions(network.id)).toEqual(['network.created'])
    })

    it('a new network starts forming, with no members, coordinators or content', async () => {
      const network = await createNetwork()
      expect(network).toMatchObject({ status: 'forming', description: '', members: [], coordinatorIds: [], contentIds: [], content: [] })
    })

    it('links content of every type', async () => {
      const caseStudy = await app.inject({
        method: 'POST',
        url: '/v1/case-studies',
        headers: curator.headers,
        payload: { title: 'A case study', summary: 'What happened.', siteIds: [siteA.id] },
      })
      const solution = await app.inject({
        method: 'POST',
        url: '/v1/solutions',
        headers: curator.headers,
        payload: { title: 'A solution', problem: 'What it solves.', siteId: siteA.id },
      })
      const ids = [caseStudy.json<{ id: string }>().id, solution.json<{ id: string }>().id]
      const network = await createNetwork({ contentIds: ids })
      expect(network.content.map((item) => item.type).sort()).toEqual(['case_study', 'solution'])
    })

    it('a slug another network has is a 409, whether chosen or made from the name', async () => {
      const first = await createNetwork()
      const chosen = await create(validNetwork({ slug: first.slug }))
      expect(expectProblem(chosen, 409).detail).toContain(first.slug)
      const derived = await create(validNetwork({ name: first.name }))
      expect(expectProblem(derived, 409).detail).toContain(first.slug)
    })

    it('retrying with the same Idempotency-Key creates one network and answers the same', async () => {
      const body = validNetwork()
      const key = `create-${uniqueToken()}`
      const first = await create(body, curator, { 'idempotency-key': key })
      const again = await create(body, curator, { 'idempotency-key': key })
      expect(first.statusCode).toBe(201)
      expect(again.statusCode).toBe(201)
      expect(again.json()).toEqual(first.json())
      expect(again.headers.location).toBe(first.headers.location)
      expect((await list({ q: body.name })).data).toHaveLength(1)
    })

    const badInputs: [string, () => Record<string, unknown>, string][] = [
      ['no name', () => ({ purpose: 'x' }), '/name'],
      ['no purpose', () => ({ name: `N ${uniqueToken()}` }), '/purpose'],
      ['a name that is not a string', () => validNetwork({ name: 123 }), '/name'],
      ['an empty name', () => validNetwork({ name: '' }), '/name'],
      ['a name over 200 characters', () => validNetwork({ name: 'n'.repeat(201) }), '/name'],
      ['a purpose over 2000 characters', () => validNetwork({ purpose: 'p'.repeat(2001) }), '/purpose'],
      ['an unknown status', () => validNetwork({ status: 'dormant' }), '/status'],
      ['a slug that is not kebab-case', () => validNetwork({ slug: 'Not A Slug' }), '/slug'],
      ['a name with nothing to make a slug from, and no slug', () => validNetwork({ name: '—' }), '/slug'],
      ['members that are not a list', () => validNetwork({ members: 'everyone' }), '/members'],
      ['an unknown member role', () => validNetwork({ members: [{ siteId: siteA.id, role: 'boss' }] }), '/members/0/role'],
      ['a member site id that is not a UUID', () => validNetwork({ members: [{ siteId: 'site-a', role: 'lead' }] }), '/members/0/siteId'],
      ['a member site that does not exist', () => validNetwork({ members: [{ siteId: randomUUID(), role: 'lead' }] }), '/members/0/siteId'],
      [
        'an archived member site',
        () =>
          validNetwork({
            members: [
              { siteId: siteA.id, role: 'lead' },
              { siteId: archivedSite.id, role: 'member' },
            ],
          }),
        '/members/1/siteId',
      ],
      [
        'a site listed twice',
        () =>
          validNetwork({
            members: [
              { siteId: siteA.id, role: 'lead' },
              { siteId: siteB.id, role: 'member' },
              { siteId: siteA.id, role: 'member' },
            ],
          }),
        '/members/2/siteId',
      ],
      ['members without a lead', () => validNetwork({ members: [{ siteId: siteA.id, role: 'member' }] }), '/members'],
      ['a coordinator who does not exist', () => validNetwork({ coordinatorIds: [randomUUID()] }), '/coordinatorIds/0'],
      ['a disabled coordinator', () => validNetwork({ coordinatorIds: [curator.user.id, disabledUser.user.id] }), '/coordinatorIds/1'],
      ['a coordinator listed twice', () => validNetwork({ coordinatorIds: [curator.user.id, curator.user.id] }), '/coordinatorIds'],
      ['content that does not exist', () => validNetwork({ contentIds: [randomUUID()] }), '/contentIds/0'],
      ['a field networks do not have', () => validNetwork({ colour: 'green' }), '/colour'],
    ]

    it.each(badInputs)('%s is a 400 naming the field, and nothing is created', async (_label, body, pointer) => {
      const before = await networkCount()
      expectProblem(await create(body()), 400, pointer)
      expect(await networkCount()).toBe(before)
    })
  })

  describe('changing a network', () => {
    it('members, coordinators and content given replace the current sets; the rest stays', async () => {
      const [first, second] = [await makeLesson(siteA.id), await makeLesson(siteB.id)]
      const network = await createNetwork({
        members: [{ siteId: siteA.id, role: 'lead' }],
        coordinatorIds: [curator.user.id],
        contentIds: [first.id],
      })
      const res = await patch(network.id, {
        status: 'active',
        members: [
          { siteId: siteB.id, role: 'lead' },
          { siteId: siteA.id, role: 'member' },
        ],
        coordinatorIds: [contributorB.user.id],
        contentIds: [second.id],
      })
      expect(res.statusCode, res.body).toBe(200)
      const changed = res.json<Network>()
      expect(changed).toMatchObject({
        name: network.name,
        purpose: network.purpose,
        status: 'active',
        version: 2,
        members: [
          { siteId: siteB.id, role: 'lead' },
          { siteId: siteA.id, role: 'member' },
        ],
        coordinatorIds: [contributorB.user.id],
        contentIds: [second.id],
      })
      expect(res.headers.etag).toMatch(/^"2-/)
      expect(await read(network.id)).toEqual(changed)

      const renamed = await patch(network.id, { name: `${network.name} (renamed)` })
      expect(renamed.json<Network>()).toMatchObject({
        members: changed.members,
        coordinatorIds: changed.coordinatorIds,
        contentIds: [second.id],
      })
      expect(await auditActions(network.id)).toEqual(['network.created', 'network.updated', 'network.updated'])
    })

    it('empty lists remove every member, coordinator and linked item', async () => {
      const lesson = await makeLesson(siteA.id)
      const network = await createNetwork({
        members: [{ siteId: siteA.id, role: 'lead' }],
        coordinatorIds: [curator.user.id],
        contentIds: [lesson.id],
      })
      const res = await patch(network.id, { members: [], coordinatorIds: [], contentIds: [] })
      expect(res.json<Network>()).toMatchObject({ members: [], coordinatorIds: [], contentIds: [], content: [] })
    })

    it('a site archived after it joined may stay a member, but cannot be added anew', async () => {
      const leaving = await makeSite(app)
      const network = await createNetwork({
        members: [
          { siteId: siteA.id, role: 'lead' },
          { siteId: leaving.id, role: 'member' },
        ],
      })
      await app.inject({ method: 'POST', url: `/v1/sites/${leaving.id}/archive`, headers: admin.headers })
      const kept = await patch(network.id, {
        members: [
          { siteId: leaving.id, role: 'lead' },
          { siteId: siteA.id, role: 'member' },
        ],
      })
      expect(kept.statusCode, kept.body).toBe(200)
      const other = await createNetwork()
      expectProblem(await patch(other.id, { members: [{ siteId: leaving.id, role: 'lead' }] }), 400, '/members/0/siteId')
    })

    it('a stale If-Match is a 412 and changes nothing; the current one is accepted', async () => {
      const network = await createNetwork()
      const first = await patch(network.id, { purpose: 'First change.' }, curator, { 'if-match': '"1"' })
      expect(first.statusCode, first.body).toBe(200)
      const stale = await patch(network.id, { purpose: 'Second change.' }, admin, { 'if-match': '"1"' })
      expect(expectProblem(stale, 412).detail).toContain('version 2')
      expect((await read(network.id)).purpose).toBe('First change.')
    })

    it('a matching If-None-Match is a 304 until the network changes', async () => {
      const network = await createNetwork()
      const fetched = await app.inject({ method: 'GET', url: `/v1/networks/${network.id}`, headers: curator.headers })
      expect(fetched.headers.etag).toMatch(/^"1-/)
      const etag = String(fetched.headers.etag)
      const cached = await app.inject({
        method: 'GET',
        url: `/v1/networks/${network.id}`,
        headers: { ...curator.headers, 'if-none-match': etag },
      })
      expect(cached.statusCode).toBe(304)
      expect(cached.body).toBe('')
      await patch(network.id, { status: 'active' })
      const fresh = await app.inject({
        method: 'GET',
        url: `/v1/networks/${network.id}`,
        headers: { ...curator.headers, 'if-none-match': etag },
      })
      expect(fresh.statusCode).toBe(200)
      expect(fresh.headers.etag).toMatch(/^"2-/)
    })

    it('taking another network’s slug is a 409; keeping its own is fine', async () => {
      const [first, second] = [await createNetwork(), await createNetwork()]
      expectProblem(await patch(second.id, { slug: first.slug }), 409)
      expect((await patch(second.id, { slug: second.slug })).statusCode).toBe(200)
    })

    const badChanges: [string, () => Record<string, unknown>, string][] = [
      ['nothing to change', () => ({}), '/'],
      ['an empty name', () => ({ name: '' }), '/name'],
      ['an unknown status', () => ({ status: 'paused' }), '/status'],
      ['a member site that does not exist', () => ({ members: [{ siteId: randomUUID(), role: 'lead' }] }), '/members/0/siteId'],
      ['members without a lead', () => ({ members: [{ siteId: siteB.id, role: 'member' }] }), '/members'],
      ['a disabled coordinator', () => ({ coordinatorIds: [disabledUser.user.id] }), '/coordinatorIds/0'],
      ['content that does not exist', () => ({ contentIds: [randomUUID()] }), '/contentIds/0'],
      ['a field that cannot be written', () => ({ version: 9 }), '/version'],
    ]

    it.each(badChanges)('%s is a 400 naming the field, and the network stays as it was', async (_label, body, pointer) => {
      const network = await createNetwork()
      expectProblem(await patch(network.id, body()), 400, pointer)
      expect(await read(network.id)).toEqual(network)
    })
  })

  describe('deleting a network', () => {
    const remove = (id: string) => app.inject({ method: 'DELETE', url: `/v1/networks/${id}`, headers: curator.headers })

    it('a forming network with no events is deleted, and audited', async () => {
      const network = await createNetwork({ members: [{ siteId: siteA.id, role: 'lead' }] })
      const res = await remove(network.id)
      expect(res.statusCode).toBe(204)
      expectProblem(await app.inject({ method: 'GET', url: `/v1/networks/${network.id}`, headers: curator.headers }), 404)
      expect(await auditActions(network.id)).toEqual(['network.created', 'network.deleted'])
    })

    it.each([
      ['active', /close it instead/i],
      ['closed', /keeps it on record/i],
    ] as const)('a network that is %s cannot be deleted (409 saying why)', async (status, reason) => {
      const network = await createNetwork({ status })
      expect(expectProblem(await remove(network.id), 409).detail).toMatch(reason)
      expect(await read(network.id)).toEqual(network)
    })

    it('a forming network that has held an event is a 409 that says to close it instead', async () => {
      const network = await createNetwork()
      const event = await app.inject({
        method: 'POST',
        url: `/v1/networks/${network.id}/events`,
        headers: curator.headers,
        payload: {
          title: 'Kick-off',
          kind: 'meeting',
          startsAt: '2030-01-10T10:00:00Z',
          endsAt: '2030-01-10T11:00:00Z',
          location: 'Leeds',
        },
      })
      expect(event.statusCode, event.body).toBe(201)
      expect(expectProblem(await remove(network.id), 409).detail).toMatch(/close it instead/i)
      expect(await read(network.id)).toEqual(network)
    })

    it('a stale If-Match is a 412 and the network stays', async () => {
      const network = await createNetwork()
      await patch(network.id, { description: 'Changed.' })
      const res = await app.inject({
        method: 'DELETE',
        url: `/v1/networks/${network.id}`,
        headers: { ...curator.headers, 'if-match': '"1"' },
      })
      expectProblem(res, 412)
      expect((await read(network.id)).version).toBe(2)
    })
  })

  describe('listing networks', () => {
    it('lists by name and filters by status, member site and words in the name or purpose', async () => {
      const token = uniqueToken()
      const member = await makeSite(app)
      const charlie = await createNetwork({ name: `Charlie ${token}`, status: 'active' })
      const alpha = await createNetwork({ name: `Alpha ${token}`, members: [{ siteId: member.id, role: 'lead' }] })
      const bravo = await createNetwork({
        name: `Bravo ${token}`,
        status: 'active',
        members: [
          { siteId: siteA.id, role: 'lead' },
          { siteId: member.id, role: 'member' },
        ],
      })
      const purposeful = await createNetwork({ name: `Delta ${uniqueToken()}`, purpose: `Everything about ${token} and more` })

      const names = (page: Page<Network>) => page.data.map((network) => network.name)
      expect(names(await list({ q: token }))).toEqual([alpha.name, bravo.name, charlie.name, purposeful.name])
      expect(names(await list({ q: token, status: 'active' }))).toEqual([bravo.name, charlie.name])
      expect(names(await list({ siteId: member.id }))).toEqual([alpha.name, bravo.name])
      expect(names(await list({ q: `about ${token}` }))).toEqual([purposeful.name])
      expect((await list({ q: `no-such-${token}` })).data).toEqual([])
    })

    it('a search for % or _ matches those characters, not everything', async () => {
      const token = uniqueToken()
      const literal = await createNetwork({ name: `100% ${token}` })
      await createNetwork({ name: `1000 ${token}` })
      expect((await list({ q: `100% ${token}` })).data.map((network) => network.id)).toEqual([literal.id])
    })

    it('paging with nextCursor visits every network exactly once, and Link points at the next page', async () => {
      const token = uniqueToken()
      const created: Network[] = []
      for (const name of ['e', 'a', 'd', 'b', 'c']) created.push(await createNetwork({ name: `${name} paging ${token}` }))
      const seen: string[] = []
      let cursor: string | null = null
      let pages = 0
      do {
        const query: Record<string, string> = { q: `paging ${token}`, limit: '2', ...(cursor ? { cursor } : {}) }
        const res = await app.inject({ method: 'GET', url: `/v1/networks?${new URLSearchParams(query)}`, headers: curator.headers })
        const page = res.json<Page<Network>>()
        if (page.nextCursor) expect(res.headers.link).toContain(`cursor=${page.nextCursor}`)
        else expect(res.headers.link).toBeUndefined()
        seen.push(...page.data.map((network) => network.name))
        cursor = page.nextCursor
        pages++
      } while (cursor)
      expect(pages).toBe(3)
      expect(seen).toEqual(['a', 'b', 'c', 'd', 'e'].map((name) => `${name} paging ${token}`))
    })

    it.each([
      ['a cursor that is not one of ours', { cursor: 'not-a-cursor' }, '/cursor'],
      ['a tampered cursor', { cursor: Buffer.from(JSON.stringify(['Alpha', 'not-an-id'])).toString('base64url') }, '/cursor'],
      ['an unknown status', { status: 'dormant' }, '/status'],
      ['a site id that is not a UUID', { siteId: 'site-a' }, '/siteId'],
      ['a limit over 100', { limit: '101' }, '/limit'],
      ['an unknown filter', { colour: 'green' }, '/colour'],
    ])('%s is a 400 naming the query parameter', async (_label, query, pointer) => {
      const res = await app.inject({ method: 'GET', url: `/v1/networks?${new URLSearchParams(query)}`, headers: curator.headers })
      const problem = expectProblem(res, 400, pointer)
      expect(problem.errors?.[0]?.in).toBe('query')
    })
  })

  describe('linked content you may not see', () => {
    let network: Network
    let draftA: Lesson
    let draftB: Lesson
    let published: Lesson

    beforeAll(async () => {
      draftA = await makeLesson(siteA.id, 'Site A draft')
      draftB = await makeLesson(siteB.id, 'Site B draft')
      published = await makeLesson(siteA.id, 'Published lesson')
      await setStatus(app, published.id, 'published')
      network = await createNetwork({ contentIds: [draftA.id, draftB.id, published.id] })
    })

    const ids = (items: { id: string }[]) => items.map((item) => item.id).sort()

    it.each([
      ['a curator sees every linked item', () => curator, () => [draftA.id, draftB.id, published.id]],
      ['an admin sees every linked item', () => admin, () => [draftA.id, draftB.id, published.id]],
      ['a contributor sees their own site’s draft and what is published', () => contributorA, () => [draftA.id, published.id]],
      ['a contributor of another site does not see the draft', () => contributorB, () => [draftB.id, published.id]],
    ])('%s', async (_label, who, expected) => {
      const seen = await read(network.id, who())
      expect(ids(seen.content)).toEqual(expected().sort())
      expect([...seen.contentIds].sort()).toEqual(expected().sort())
      const listed = (await list({ q: network.name }, who())).data[0]
      expect(listed && ids(listed.content)).toEqual(expected().sort())
      expect(JSON.stringify(seen).includes(draftA.id)).toBe(expected().includes(draftA.id))
    })

    it('the content shows each item’s type, title and status', async () => {
      const seen = await read(network.id, contributorB)
      expect(seen.content.find((item) => item.id === published.id)).toEqual({
        id: published.id,
        type: 'lesson',
        title: 'Published lesson',
        status: 'published',
      })
    })
  })

  describe('lessons of a network', () => {
    it('GET /v1/lessons?networkId= lists the lessons linked to the network and the outputs of its events', async () => {
      const [linked, output, unrelated] = [await makeLesson(siteA.id), await makeLesson(siteA.id), await makeLesson(siteA.id)]
      const caseStudy = await app.inject({
        method: 'POST',
        url: '/v1/case-studies',
        headers: curator.headers,
        payload: { title: 'Linked case study', summary: 'Not a lesson.', siteIds: [siteA.id] },
      })
      const network = await createNetwork({ contentIds: [linked.id, caseStudy.json<{ id: string }>().id] })
      const other = await createNetwork({ contentIds: [unrelated.id] })
      const event = await app.inject({
        method: 'POST',
        url: `/v1/networks/${network.id}/events`,
        headers: curator.headers,
        payload: {
          title: 'Learning lunch',
          kind: 'learning_lunch',
          startsAt: '2030-02-01T12:00:00Z',
          endsAt: '2030-02-01T13:00:00Z',
          onlineUrl: 'https://meet.example.org/lunch',
          outputIds: [output.id],
        },
      })
      expect(event.statusCode, event.body).toBe(201)

      const lessonsOf = async (networkId: string, who: SignedIn = curator) => {
        const res = await app.inject({ method: 'GET', url: `/v1/lessons?networkId=${networkId}`, headers: who.headers })
        expect(res.statusCode, res.body).toBe(200)
        return res
          .json<Page<Lesson>>()
          .data.map((lesson) => lesson.id)
          .sort()
      }
      expect(await lessonsOf(network.id)).toEqual([linked.id, output.id].sort())
      expect(await lessonsOf(other.id)).toEqual([unrelated.id])
      expect(await lessonsOf(network.id, contributorB)).toEqual([])
      expect(await lessonsOf(randomUUID())).toEqual([])
    })
  })

  it('writes are audited with who made them', async () => {
    const network = await createNetwork()
    await patch(network.id, { status: 'active' })
    const [updated] = await app.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, network.id), eq(auditEvents.action, 'network.updated')))
    expect(updated).toMatchObject({
      actorId: curator.user.id,
      subjectType: 'network',
      data: { fields: ['status'], from: 'forming', to: 'active' },
    })
  })
})
