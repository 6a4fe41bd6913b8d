import { randomBytes, randomUUID } from 'node:crypto'
import type { Lesson, Network, NetworkEvent, Page, Site } from '@learnonce/contracts'
import { and, count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { auditEvents, events } from '../../db/schema/index.js'
import { type TestApp, testApp } from '../../test/app.js'
import { auditActionsFor, makeSite, type SignedIn, setStatus, signIn } from '../../test/factories.js'
import { expectProblem } from '../../test/problems.js'
import { escapeText, fold } from './ical.js'

const uniqueToken = () => randomBytes(4).toString('hex')

/** A VEVENT or the VCALENDAR: its properties by name (unfolded, parameters dropped), each with every value it has. */
type Component = Map<string, string[]>

/** Parses an iCalendar body the way a calendar app does: unfold, split into lines, group into components. */
function parseCalendar(body: string): { calendar: Component; events: Component[] } {
  const lines = body.replace(/\r\n[ \t]/g, '').split('\r\n')
  expect(lines.pop()).toBe('')
  const calendar: Component = new Map()
  const parsed: Component[] = []
  let current: Component = calendar
  for (const line of lines) {
    const colon = line.indexOf(':')
    expect(colon, `a content line has a name and a value: ${line}`).toBeGreaterThan(0)
    const name = (line.slice(0, colon).split(';')[0] ?? '').toUpperCase()
    const value = line.slice(colon + 1)
    if (name === 'BEGIN' && value === 'VEVENT') {
      current = new Map()
      parsed.push(current)
    } else if (name === 'END' && value === 'VEVENT') {
      current = calendar
    } else {
      current.set(name, [...(current.get(name) ?? []), value])
    }
  }
  return { calendar, events: parsed }
}

const unescapeText = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_match, character: string) => (character.toLowerCase() === 'n' ? '\n' : character))
const only = (component: Component | undefined, name: string) => {
  const values = component?.get(name)
  expect(values, `${name} appears once`).toHaveLength(1)
  return values?.[0] ?? ''
}

describe('network events', () => {
  let t: TestApp
  let app: App
  let admin: SignedIn
  let curator: SignedIn
  let siteA: Site
  let siteB: Site
  let contributorA: SignedIn
  let contributorB: SignedIn
  let network: Network

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    admin = await signIn(app, 'admin')
    curator = await signIn(app, 'curator')
    siteA = await makeSite(app)
    siteB = await makeSite(app)
    contributorA = await signIn(app, 'contributor', [siteA.id])
    contributorB = await signIn(app, 'contributor', [siteB.id])
    network = await makeNetwork({ status: 'active' })
  })
  afterAll(() => t.close())

  async function makeNetwork(overrides: Record<string, unknown> = {}): Promise<Network> {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/networks',
      headers: curator.headers,
      payload: { name: `Events Network ${uniqueToken()}`, purpose: 'Learn together.', ...overrides },
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<Network>()
  }
  const validEvent = (overrides: Record<string, unknown> = {}) => ({
    title: `Workshop ${uniqueToken()}`,
    kind: 'workshop',
    startsAt: '2031-03-04T09:30:00Z',
    endsAt: '2031-03-04T12:00:00Z',
    location: 'Town Hall, Leeds',
    ...overrides,
  })
  const post = (networkId: string, payload: Record<string, unknown>, who: SignedIn = curator, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: `/v1/networks/${networkId}/events`, headers: { ...who.headers, ...headers }, payload })
  const makeEvent = async (overrides: Record<string, unknown> = {}, networkId = network.id) => {
    const res = await post(networkId, validEvent(overrides))
    expect(res.statusCode, res.body).toBe(201)
    return res.json<NetworkEvent>()
  }
  const read = async (id: string, who: SignedIn = curator) => {
    const res = await app.inject({ method: 'GET', url: `/v1/events/${id}`, headers: who.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<NetworkEvent>()
  }
  const patch = (id: string, payload: Record<string, unknown>, who: SignedIn = curator, headers: Record<string, string> = {}) =>
    app.inject({ method: 'PATCH', url: `/v1/events/${id}`, headers: { ...who.headers, ...headers }, payload })
  const listAt = async (url: string, query: Record<string, string>, who: SignedIn = curator) => {
    const res = await app.inject({ method: 'GET', url: `${url}?${new URLSearchParams(query)}`, headers: who.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Page<NetworkEvent>>()
  }
  const titles = (page: Page<NetworkEvent>) => page.data.map((event) => event.title)
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
  const eventCount = async () => (await app.db.select({ rows: count() }).from(events))[0]?.rows
  const auditActions = (subjectId: string) => auditActionsFor(app, subjectId)

  describe('who may call', () => {
    type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
    const routes: [Method, string, Record<string, unknown> | undefined][] = [
      ['GET', '/v1/networks/:networkId/events', undefined],
      ['POST', '/v1/networks/:networkId/events', validEvent()],
      ['GET', '/v1/events', undefined],
      ['GET', '/v1/events/:eventId', undefined],
      ['PATCH', '/v1/events/:eventId', { title: 'Renamed by someone' }],
      ['DELETE', '/v1/events/:eventId', undefined],
    ]
    const urlOf = (route: string, event: NetworkEvent) => route.replace(':networkId', event.networkId).replace(':eventId', event.id)

    it.each(routes)('%s %s answers 401 to a caller who has not signed in', async (method, route, payload) => {
      const event = await makeEvent()
      const before = await eventCount()
      expectProblem(await app.inject({ method, url: urlOf(route, event), ...(payload ? { payload } : {}) }), 401)
      expect(await read(event.id)).toEqual(event)
      expect(await eventCount()).toBe(before)
    })

    it.each(routes.filter(([method]) => method !== 'GET'))(
      'a contributor cannot %s %s (403) and nothing changes',
      async (method, route, payload) => {
        const event = await makeEvent()
        const before = await eventCount()
        const res = await app.inject({ method, url: urlOf(route, event), headers: contributorA.headers, ...(payload ? { payload } : {}) })
        expect(expectProblem(res, 403).detail).toMatch(/curator/)
        expect(await read(event.id)).toEqual(event)
        expect(await eventCount()).toBe(before)
      },
    )

    it.each(['admin', 'curator', 'contributor'] as const)('a %s can read an event and list events', async (role) => {
      const event = await makeEvent()
      const who = { admin, curator, contributor: contributorB }[role]
      expect(await read(event.id, who)).toEqual(event)
      expect((await listAt(`/v1/networks/${network.id}/events`, { limit: '100' }, who)).data).toContainEqual(event)
      expect((await listAt('/v1/events', { networkId: network.id, limit: '100' }, who)).data).toContainEqual(event)
    })

    it.each(['admin', 'curator'] as const)('a %s can add, change and delete an event', async (role) => {
      const who = role === 'admin' ? admin : curator
      const created = await post(network.id, validEvent(), who)
      expect(created.statusCode, created.body).toBe(201)
      const id = created.json<NetworkEvent>().id
      expect((await patch(id, { title: 'Changed' }, who)).statusCode).toBe(200)
      expect((await app.inject({ method: 'DELETE', url: `/v1/events/${id}`, headers: who.headers })).statusCode).toBe(204)
    })

    it.each([
      ['GET', '/v1/networks/:id/events', undefined, 'Network'],
      ['POST', '/v1/networks/:id/events', validEvent(), 'Network'],
      ['GET', '/v1/events/:id', undefined, 'Event'],
      ['PATCH', '/v1/events/:id', { title: 'Renamed' }, 'Event'],
      ['DELETE', '/v1/events/:id', undefined, 'Event'],
    ] as const)('%s %s of something that does not exist is a 404', async (method, route, payload, noun) => {
      const res = await app.inject({
        method,
        url: route.replace(':id', randomUUID()),
        headers: curator.headers,
        ...(payload ? { payload } : {}),
      })
      expect(expectProblem(res, 404).detail).toBe(`${noun} was not found.`)
    })
  })

  describe('adding an event', () => {
    it('a curator adds an event with outputs, and reads it at its Location', async () => {
      const lesson = await makeLesson(siteA.id)
      const res = await post(network.id, {
        title: 'Spring conference',
        kind: 'conference',
        startsAt: '2031-04-01T09:00:00+01:00',
        endsAt: '2031-04-01T17:00:00+01:00',
        location: 'Manchester Central',
        onlineUrl: 'https://stream.example.org/spring',
        description: 'Talks and **workshops**.',
        outputIds: [lesson.id],
      })
      expect(res.statusCode, res.body).toBe(201)
      const event = res.json<NetworkEvent>()
      expect(event).toEqual({
        id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7/),
        version: 1,
        createdAt: expect.any(String),
        updatedAt: event.createdAt,
        networkId: network.id,
        title: 'Spring conference',
        kind: 'conference',
        startsAt: '2031-04-01T08:00:00.000Z',
        endsAt: '2031-04-01T16:00:00.000Z',
        location: 'Manchester Central',
        onlineUrl: 'https://stream.example.org/spring',
        description: 'Talks and **workshops**.',
        outputIds: [lesson.id],
        outputs: [{ id: lesson.id, type: 'lesson', title: lesson.title, status: 'draft' }],
        fileIds: [],
        files: [],
      })
      expect(res.headers.location).toBe(`/v1/events/${event.id}`)
      expect(await read(event.id)).toEqual(event)
      expect(await auditActions(event.id)).toEqual(['event.created'])
    })

    it.each([
      ['only a location', { location: 'Room 1', onlineUrl: undefined }],
      ['only an online link', { location: undefined, onlineUrl: 'https://meet.example.org/abc' }],
    ])('an event may have %s', async (_label, where) => {
      const event = await makeEvent(where)
      expect(event).toMatchObject({ location: where.location ?? null, onlineUrl: where.onlineUrl ?? null, description: '', outputIds: [] })
    })

    it('a closed network takes no new events (409), but keeps the ones it has', async () => {
      const closing = await makeNetwork()
      const kept = await makeEvent({}, closing.id)
      await app.inject({ method: 'PATCH', url: `/v1/networks/${closing.id}`, headers: curator.headers, payload: { status: 'closed' } })
      expect(expectProblem(await post(closing.id, validEvent()), 409).detail).toMatch(/reopen/)
      expect(titles(await listAt(`/v1/networks/${closing.id}/events`, {}))).toEqual([kept.title])
      expect((await patch(kept.id, { description: 'What we learned' })).statusCode).toBe(200)
    })

    it('retrying with the same Idempotency-Key adds one event and answers the same', async () => {
      const body = validEvent()
      const key = `event-${uniqueToken()}`
      const first = await post(network.id, body, curator, { 'idempotency-key': key })
      const again = await post(network.id, body, curator, { 'idempotency-key': key })
      expect(first.statusCode).toBe(201)
      expect(again.json()).toEqual(first.json())
      const matching = (await listAt(`/v1/networks/${network.id}/events`, { limit: '100' })).data.filter(
        (event) => event.title === body.title,
      )
      expect(matching).toHaveLength(1)
    })

    const badInputs: [string, Record<string, unknown>, string[]][] = [
      ['no title', { title: undefined }, ['/title']],
      ['no kind', { kind: undefined }, ['/kind']],
      ['no start', { startsAt: undefined }, ['/startsAt']],
      ['no end', { endsAt: undefined }, ['/endsAt']],
      ['a title that is not a string', { title: 42 }, ['/title']],
      ['an empty title', { title: '' }, ['/title']],
      ['a title over 200 characters', { title: 't'.repeat(201) }, ['/title']],
      ['a location over 300 characters', { location: 'l'.repeat(301) }, ['/location']],
      ['an unknown kind', { kind: 'party' }, ['/kind']],
      ['a start that is not a date-time', { startsAt: 'next Tuesday' }, ['/startsAt']],
      ['a start without a time zone', { startsAt: '2031-03-04T09:30:00' }, ['/startsAt']],
      ['an online link that is not http(s)', { onlineUrl: 'javascript:alert(1)' }, ['/onlineUrl']],
      ['an end before the start', { endsAt: '2031-03-04T08:00:00Z' }, ['/endsAt']],
      ['an end equal to the start', { endsAt: '2031-03-04T09:30:00Z' }, ['/endsAt']],
      ['neither a location nor an online link', { location: undefined }, ['/location', '/onlineUrl']],
      ['a null location and no online link', { location: null }, ['/location', '/onlineUrl']],
      ['an output that does not exist', { outputIds: [randomUUID()] }, ['/outputIds/0']],
      [
        'an output listed twice',
        { outputIds: ['0190a5c2-0000-7000-8000-000000000001', '0190a5c2-0000-7000-8000-000000000001'] },
        ['/outputIds'],
      ],
      ['a field events do not have', { capacity: 40 }, ['/capacity']],
    ]

    it.each(badInputs)('%s is a 400 naming the field, and nothing is added', async (_label, overrides, pointers) => {
      const before = await eventCount()
      const payload = Object.fromEntries(Object.entries(validEvent(overrides)).filter(([, value]) => value !== undefined))
      const problem = expectProblem(await post(network.id, payload), 400)
      expect(problem.errors?.map((error) => error.pointer)).toEqual(expect.arrayContaining(pointers))
      expect(await eventCount()).toBe(before)
    })
  })

  describe('changing an event', () => {
    it('changes what it is given, keeps the rest, and replaces the outputs', async () => {
      const [first, second] = [await makeLesson(siteA.id), await makeLesson(siteA.id)]
      const event = await makeEvent({ outputIds: [first.id] })
      const res = await patch(event.id, { title: 'Renamed workshop', kind: 'webinar', outputIds: [second.id] })
      expect(res.statusCode, res.body).toBe(200)
      const changed = res.json<NetworkEvent>()
      expect(changed).toMatchObject({
        title: 'Renamed workshop',
        kind: 'webinar',
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        location: event.location,
        version: 2,
        outputIds: [second.id],
      })
      expect(res.headers.etag).toMatch(/^"2-/)
      expect(await read(event.id)).toEqual(changed)
      expect(await auditActions(event.id)).toEqual(['event.created', 'event.updated'])
    })

    it('moving an event to an online link clears its location', async () => {
      const event = await makeEvent()
      const res = await patch(event.id, { location: null, onlineUrl: 'https://meet.example.org/moved' })
      expect(res.json<NetworkEvent>()).toMatchObject({ location: null, onlineUrl: 'https://meet.example.org/moved' })
    })

    const badChanges: [string, Record<string, unknown>, string[]][] = [
      ['nothing to change', {}, ['/']],
      ['an unknown kind', { kind: 'party' }, ['/kind']],
      ['an end before the start it keeps', { endsAt: '2031-03-04T09:00:00Z' }, ['/endsAt']],
      ['a start after the end it keeps', { startsAt: '2031-03-04T13:00:00Z' }, ['/endsAt']],
      ['removing its only location', { location: null }, ['/location', '/onlineUrl']],
      ['an output that does not exist', { outputIds: [randomUUID()] }, ['/outputIds/0']],
      ['moving it to another network', { networkId: randomUUID() }, ['/networkId']],
    ]

    it.each(badChanges)('%s is a 400 naming the field, and the event stays as it was', async (_label, body, pointers) => {
      const event = await makeEvent()
      const problem = expectProblem(await patch(event.id, body), 400)
      expect(problem.errors?.map((error) => error.pointer)).toEqual(expect.arrayContaining(pointers))
      expect(await read(event.id)).toEqual(event)
    })

    it('a stale If-Match is a 412 and changes nothing; the current one is accepted', async () => {
      const event = await makeEvent()
      expect((await patch(event.id, { title: 'First' }, curator, { 'if-match': '"1"' })).statusCode).toBe(200)
      expect(expectProblem(await patch(event.id, { title: 'Second' }, admin, { 'if-match': '"1"' }), 412).detail).toContain('version 2')
      expect((await read(event.id)).title).toBe('First')
    })

    it('a matching If-None-Match is a 304 until the event changes', async () => {
      const event = await makeEvent()
      const get = (etag: string) =>
        app.inject({ method: 'GET', url: `/v1/events/${event.id}`, headers: { ...curator.headers, 'if-none-match': etag } })
      const etag = String((await app.inject({ method: 'GET', url: `/v1/events/${event.id}`, headers: curator.headers })).headers.etag)
      const cached = await get(etag)
      expect(cached.statusCode).toBe(304)
      expect(cached.body).toBe('')
      await patch(event.id, { title: 'Changed' })
      const fresh = await get(etag)
      expect(fresh.statusCode).toBe(200)
      expect(fresh.headers.etag).toMatch(/^"2-/)
    })
  })

  describe('deleting an event', () => {
    it('a curator deletes an event; it is gone and audited', async () => {
      const event = await makeEvent()
      expect((await app.inject({ method: 'DELETE', url: `/v1/events/${event.id}`, headers: curator.headers })).statusCode).toBe(204)
      expectProblem(await app.inject({ method: 'GET', url: `/v1/events/${event.id}`, headers: curator.headers }), 404)
      expect(await auditActions(event.id)).toEqual(['event.created', 'event.deleted'])
    })

    it('a stale If-Match is a 412 and the event stays', async () => {
      const event = await makeEvent()
      await patch(event.id, { title: 'Changed' })
      const res = await app.inject({ method: 'DELETE', url: `/v1/events/${event.id}`, headers: { ...curator.headers, 'if-match': '"1"' } })
      expectProblem(res, 412)
      expect((await read(event.id)).version).toBe(2)
    })
  })

  describe('outputs you may not see', () => {
    let event: NetworkEvent
    let draftA: Lesson
    let draftB: Lesson
    let published: Lesson

    beforeAll(async () => {
      draftA = await makeLesson(siteA.id, 'Site A draft')
      draftB = await makeLesson(siteB.id, 'Site B draft')
      published = await makeLesson(siteA.id, 'Published lesson')
      await setStatus(app, published.id, 'published')
      event = await makeEvent({ outputIds: [draftA.id, draftB.id, published.id] })
    })

    it.each([
      ['a curator sees every output', () => curator, () => [draftA.id, draftB.id, published.id]],
      ['a contributor sees their own site’s draft and what is published', () => contributorA, () => [draftA.id, published.id]],
      ['a contributor of another site does not see the draft', () => contributorB, () => [draftB.id, published.id]],
    ])('%s', async (_label, who, expected) => {
      const wanted = expected().sort()
      const seen = await read(event.id, who())
      expect(seen.outputs.map((item) => item.id).sort()).toEqual(wanted)
      expect([...seen.outputIds].sort()).toEqual(wanted)
      const listed = (await listAt('/v1/events', { networkId: network.id, limit: '100' }, who())).data.find((item) => item.id === event.id)
      expect(listed?.outputIds.slice().sort()).toEqual(wanted)
      expect(JSON.stringify(seen).includes(draftA.id)).toBe(wanted.includes(draftA.id))
    })

    it('a curator replacing the outputs keeps what they were given', async () => {
      const res = await patch(event.id, { outputIds: [published.id] })
      expect(res.json<NetworkEvent>().outputIds).toEqual([published.id])
      expect((await read(event.id, contributorA)).outputIds).toEqual([published.id])
    })
  })

  describe('listing events', () => {
    it('a network’s events come soonest first, filtered by window and kind, without other networks’ events', async () => {
      const own = await makeNetwork()
      const other = await makeNetwork()
      const at = (day: number, hours = 1) => ({
        startsAt: `2032-05-${String(day).padStart(2, '0')}T10:00:00Z`,
        endsAt: new Date(Date.parse(`2032-05-${String(day).padStart(2, '0')}T10:00:00Z`) + hours * 3_600_000).toISOString(),
      })
      await makeEvent({ title: 'third', kind: 'webinar', ...at(20) }, own.id)
      await makeEvent({ title: 'first', kind: 'meeting', ...at(1) }, own.id)
      await makeEvent({ title: 'second', kind: 'webinar', ...at(10) }, own.id)
      await makeEvent({ title: 'elsewhere', ...at(10) }, other.id)

      const url = `/v1/networks/${own.id}/events`
      expect(titles(await listAt(url, {}))).toEqual(['first', 'second', 'third'])
      expect(titles(await listAt(url, { kind: 'webinar' }))).toEqual(['second', 'third'])
      expect(titles(await listAt(url, { from: '2032-05-05T00:00:00Z' }))).toEqual(['second', 'third'])
      expect(titles(await listAt(url, { to: '2032-05-15T00:00:00Z' }))).toEqual(['first', 'second'])
      expect(titles(await listAt(url, { from: '2032-05-05T00:00:00Z', to: '2032-05-15T00:00:00Z' }))).toEqual(['second'])
    })

    it('events across networks are those overlapping [from, to], by start', async () => {
      const [north, south] = [await makeNetwork(), await makeNetwork()]
      const from = '2033-06-10T00:00:00.000Z'
      const to = '2033-06-20T00:00:00.000Z'
      const cases: [string, string, string, string][] = [
        ['ends before the window', '2033-06-01T09:00:00Z', '2033-06-09T23:59:59Z', north.id],
        ['ends as the window opens', '2033-06-09T22:00:00Z', from, south.id],
        ['runs into the window', '2033-06-09T09:00:00Z', '2033-06-11T09:00:00Z', north.id],
        ['inside the window', '2033-06-15T09:00:00Z', '2033-06-15T10:00:00Z', south.id],
        ['spans the whole window', '2033-06-05T09:00:00Z', '2033-06-25T09:00:00Z', north.id],
        ['runs out of the window', '2033-06-19T09:00:00Z', '2033-06-21T09:00:00Z', south.id],
        ['starts as the window closes', to, '2033-06-20T02:00:00Z', north.id],
        ['starts after the window', '2033-06-20T00:00:01Z', '2033-06-21T00:00:00Z', south.id],
      ]
      for (const [title, startsAt, endsAt, networkId] of cases) await makeEvent({ title, startsAt, endsAt }, networkId)

      expect(titles(await listAt('/v1/events', { from, to }))).toEqual([
        'spans the whole window',
        'runs into the window',
        'ends as the window opens',
        'inside the window',
        'runs out of the window',
        'starts as the window closes',
      ])
      expect(titles(await listAt('/v1/events', { from, to, networkId: south.id }))).toEqual([
        'ends as the window opens',
        'inside the window',
        'runs out of the window',
      ])
      expect(titles(await listAt('/v1/events', { from, to, kind: 'meeting' }))).toEqual([])
    })

    it('paging with nextCursor visits every event once, by start then id, and Link points at the next page', async () => {
      const paged = await makeNetwork()
      const starts = [
        '2034-01-03T10:00:00Z',
        '2034-01-01T10:00:00Z',
        '2034-01-02T10:00:00Z',
        '2034-01-02T10:00:00Z',
        '2034-01-01T10:00:00Z',
      ]
      const created: NetworkEvent[] = []
      for (const startsAt of starts) created.push(await makeEvent({ startsAt, endsAt: '2034-01-04T00:00:00Z' }, paged.id))
      const expected = created
        .slice()
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id))
        .map((event) => event.id)

      for (const url of ['/v1/events', `/v1/networks/${paged.id}/events`]) {
        const seen: string[] = []
        let cursor: string | null = null
        let pages = 0
        do {
          const query: Record<string, string> = { networkId: paged.id, limit: '2', ...(cursor ? { cursor } : {}) }
          if (url !== '/v1/events') delete query.networkId
          const res = await app.inject({ method: 'GET', url: `${url}?${new URLSearchParams(query)}`, headers: curator.headers })
          expect(res.statusCode, res.body).toBe(200)
          const page = res.json<Page<NetworkEvent>>()
          if (page.nextCursor) expect(res.headers.link).toContain(`cursor=${page.nextCursor}`)
          seen.push(...page.data.map((event) => event.id))
          cursor = page.nextCursor
          pages++
        } while (cursor)
        expect(pages).toBe(3)
        expect(seen).toEqual(expected)
      }
    })

    it.each([
      ['a window that ends before it starts', { from: '2030-02-01T00:00:00Z', to: '2030-01-01T00:00:00Z' }, '/to'],
      ['a from that is not a date-time', { from: 'yesterday' }, '/from'],
      ['an unknown kind', { kind: 'party' }, '/kind'],
      ['a network id that is not a UUID', { networkId: 'north' }, '/networkId'],
      ['a cursor that is not one of ours', { cursor: 'nope' }, '/cursor'],
      ['a tampered cursor', { cursor: Buffer.from(JSON.stringify(['soon', randomUUID()])).toString('base64url') }, '/cursor'],
    ])('%s is a 400 naming the query parameter', async (_label, query, pointer) => {
      const res = await app.inject({ method: 'GET', url: `/v1/events?${new URLSearchParams(query)}`, headers: curator.headers })
      expect(expectProblem(res, 400, pointer).errors?.[0]?.in).toBe('query')
    })

    it('a network’s event list does not take a networkId filter', async () => {
      const res = await app.inject({
        method: 'GET',
        url: `/v1/networks/${network.id}/events?networkId=${randomUUID()}`,
        headers: curator.headers,
      })
      expectProblem(res, 400, '/networkId')
    })
  })

  describe('the calendar feed', () => {
    const feed = (networkId: string) => app.inject({ method: 'GET', url: `/v1/networks/${networkId}/events.ics` })

    it('a calendar app subscribes without a token and gets one VEVENT per event, in UTC, escaped and folded', async () => {
      const calendarNetwork = await makeNetwork({ name: 'North, South; East\\West' })
      const long = `${'A long description that goes on and on, '.repeat(4)}with café and 🚑 near the fold.`
      const workshop = await makeEvent(
        {
          title: 'Falls, frailty; and \\ more',
          kind: 'learning_lunch',
          startsAt: '2035-03-04T09:30:00+01:00',
          endsAt: '2035-03-04T11:00:00+01:00',
          location: 'Room 2, Civic Centre',
          onlineUrl: 'https://meet.example.org/falls?x=1,2',
          description: `Agenda:\n1. Welcome\r\n2. ${long}`,
        },
        calendarNetwork.id,
      )
      const webinar = await makeEvent(
        {
          title: 'Webinar',
          kind: 'webinar',
          location: undefined,
          onlineUrl: 'https://meet.example.org/w',
          startsAt: '2035-01-01T10:00:00Z',
          endsAt: '2035-01-01T11:00:00Z',
        },
        calendarNetwork.id,
      )
      await makeEvent({ title: 'Not this network' })

      const res = await feed(calendarNetwork.id)
      expect(res.statusCode, res.body).toBe(200)
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8')
      expect(res.headers['cache-control']).toBe('public, max-age=300')
      const body = res.body
      expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
      expect(body.endsWith('END:VCALENDAR\r\n')).toBe(true)
      expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
      const physicalLines = body.split('\r\n').slice(0, -1)
      for (const line of physicalLines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75)
      expect(physicalLines.some((line) => line.startsWith(' '))).toBe(true)
      expect(body).not.toContain('\uFFFD')

      const { calendar, events: vevents } = parseCalendar(body)
      expect(only(calendar, 'VERSION')).toBe('2.0')
      expect(only(calendar, 'PRODID')).toMatch(/Learn Once/)
      expect(only(calendar, 'X-WR-CALNAME')).toBe('North\\, South\\; East\\\\West')
      expect(unescapeText(only(calendar, 'X-WR-CALNAME'))).toBe(calendarNetwork.name)
      expect(vevents.map((vevent) => only(vevent, 'UID'))).toEqual([`${webinar.id}@learnonce`, `${workshop.id}@learnonce`])

      const [online, inPerson] = vevents
      expect(only(inPerson, 'DTSTART')).toBe('20350304T083000Z')
      expect(only(inPerson, 'DTEND')).toBe('20350304T100000Z')
      expect(only(inPerson, 'DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/)
      expect(only(inPerson, 'SUMMARY')).toBe('Falls\\, frailty\\; and \\\\ more')
      expect(unescapeText(only(inPerson, 'SUMMARY'))).toBe(workshop.title)
      expect(only(inPerson, 'LOCATION')).toBe('Room 2\\, Civic Centre')
      expect(only(inPerson, 'URL')).toBe('https://meet.example.org/falls?x=1,2')
      expect(only(inPerson, 'DESCRIPTION')).toContain('Agenda:\\n1. Welcome\\n2. ')
      expect(unescapeText(only(inPerson, 'DESCRIPTION'))).toBe(`Agenda:\n1. Welcome\n2. ${long}`)
      expect(online?.has('LOCATION')).toBe(false)
      expect(only(online, 'URL')).toBe('https://meet.example.org/w')
    })

    it('a network with no events is an empty calendar', async () => {
      const quiet = await makeNetwork()
      const res = await feed(quiet.id)
      expect(res.statusCode).toBe(200)
      const { calendar, events: vevents } = parseCalendar(res.body)
      expect(only(calendar, 'X-WR-CALNAME')).toBe(escapeText(quiet.name))
      expect(vevents).toEqual([])
    })

    it('the feed shows changes to events, and no outputs', async () => {
      const lesson = await makeLesson(siteA.id, 'Secret draft title')
      const event = await makeEvent({ outputIds: [lesson.id] })
      await patch(event.id, { title: 'Moved workshop', startsAt: '2031-03-05T09:30:00Z', endsAt: '2031-03-05T12:00:00Z' })
      const res = await feed(network.id)
      const vevent = parseCalendar(res.body).events.find((item) => only(item, 'UID') === `${event.id}@learnonce`)
      expect(only(vevent, 'SUMMARY')).toBe('Moved workshop')
      expect(only(vevent, 'DTSTART')).toBe('20310305T093000Z')
      expect(only(vevent, 'SEQUENCE')).toBe('1')
      expect(res.body).not.toContain('Secret draft title')
    })

    it('an unknown network is a 404 problem, also without a token', async () => {
      expect(expectProblem(await feed(randomUUID()), 404).detail).toBe('Network was not found.')
      expectProblem(await feed('not-a-uuid'), 400, '/id')
    })
  })

  describe('iCalendar text', () => {
    it.each([
      ['a backslash', 'a\\b', 'a\\\\b'],
      ['a semicolon', 'a;b', 'a\\;b'],
      ['a comma', 'a,b', 'a\\,b'],
      ['newlines of every kind', 'a\nb\r\nc\rd', 'a\\nb\\nc\\nd'],
      ['a colon, which needs nothing', 'a:b', 'a:b'],
    ])('escapes %s', (_label, text, escaped) => {
      expect(escapeText(text)).toBe(escaped)
    })

    it('leaves a line of 75 octets alone and folds one of 76', () => {
      const exact = `SUMMARY:${'x'.repeat(67)}`
      expect(fold(exact)).toBe(exact)
      const over = `${exact}y`
      expect(fold(over)).toBe(`${exact}\r\n y`)
    })

    it('never splits a multi-byte character across lines', () => {
      const line = `SUMMARY:${'x'.repeat(66)}é and more`
      const folded = fold(line)
      const parts = folded.split('\r\n')
      expect(parts[0]).toBe(`SUMMARY:${'x'.repeat(66)}`)
      expect(parts[1]).toBe(' é and more')
      expect(folded.replace(/\r\n /g, '')).toBe(line)
    })

    it('folds long lines into continuation lines of at most 75 octets, spaces included', () => {
      const line = `DESCRIPTION:${'🚑'.repeat(60)}`
      const parts = fold(line).split('\r\n')
      expect(parts.length).toBeGreaterThan(3)
      for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75)
      for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true)
      expect(fold(line).replace(/\r\n /g, '')).toBe(line)
    })
  })

  it('event writes are audited with who made them and the network', async () => {
    const event = await makeEvent()
    await patch(event.id, { kind: 'meeting' }, admin)
    const [updated] = await app.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, event.id), eq(auditEvents.action, 'event.updated')))
    expect(updated).toMatchObject({ actorId: admin.user.id, subjectType: 'event', data: { networkId: network.id, fields: ['kind'] } })
  })
})
