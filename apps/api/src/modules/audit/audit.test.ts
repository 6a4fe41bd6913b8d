import { randomBytes, randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import type { AuditEvent, Page, Site, User } from '@learnonce/contracts'
import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { type TestApp, testApp } from '../../test/app.js'
import { type SignedIn, signIn, TEST_PASSWORD } from '../../test/factories.js'
import { expectProblem } from '../../test/problems.js'

const uniqueToken = () => randomBytes(4).toString('hex')

/** A moment halfway between two recorded events, so a filter on it cannot depend on rounding. */
const between = (earlier: AuditEvent, later: AuditEvent) =>
  new Date((Date.parse(earlier.createdAt) + Date.parse(later.createdAt)) / 2).toISOString()

describe('the audit log', () => {
  let t: TestApp
  let app: App
  let admin: SignedIn
  let curator: SignedIn
  let contributor: SignedIn

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    admin = await signIn(app, 'admin')
    curator = await signIn(app, 'curator')
    contributor = await signIn(app, 'contributor')
  })
  afterAll(() => t.close())

  const events = async (query: Record<string, string>) => {
    const res = await app.inject({
      method: 'GET',
      url: `/v1/audit-events?${new URLSearchParams({ limit: '100', ...query })}`,
      headers: admin.headers,
    })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Page<AuditEvent>>().data
  }
  const send = async (who: SignedIn, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: Record<string, unknown>) => {
    const res = await app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) })
    expect(res.statusCode, res.body).toBeLessThan(300)
    return res
  }
  const createSite = async (who: SignedIn = admin) =>
    (await send(who, 'POST', '/v1/sites', { name: `Audited ${uniqueToken()}`, kind: 'gp_practice', region: 'london' })).json<Site>()

  describe('who may read it', () => {
    it('answers 401 to a caller who has not signed in', async () => {
      expectProblem(await app.inject({ method: 'GET', url: '/v1/audit-events' }), 401)
    })

    it.each(['curator', 'contributor'] as const)('a %s cannot read the audit log (403)', async (role) => {
      const who = { curator, contributor }[role]
      expect(expectProblem(await app.inject({ method: 'GET', url: '/v1/audit-events', headers: who.headers }), 403).detail).toMatch(/admin/)
    })

    it('an admin reads it', async () => {
      const res = await app.inject({ method: 'GET', url: '/v1/audit-events', headers: admin.headers })
      expect(res.statusCode).toBe(200)
      expect(res.json<Page<AuditEvent>>().data.length).toBeGreaterThan(0)
    })
  })

  describe('what it records', () => {
    it('records each change to a site, with the admin who made it, newest first', async () => {
      const site = await createSite()
      const url = `/v1/sites/${site.id}`
      await send(admin, 'PATCH', url, { region: 'south_east' })
      await send(admin, 'POST', `${url}/archive`)
      await send(admin, 'POST', `${url}/restore`)
      await send(admin, 'DELETE', url)

      const recorded = await events({ subjectId: site.id })
      expect(recorded.map((event) => event.action)).toEqual([
        'site.deleted',
        'site.restored',
        'site.archived',
        'site.updated',
        'site.created',
      ])
      for (const event of recorded) expect(event).toMatchObject({ actorId: admin.user.id, subjectType: 'site', subjectId: site.id })
      expect(recorded.find((event) => event.action === 'site.created')?.data).toMatchObject({ name: site.name, slug: site.slug })
      expect(recorded.find((event) => event.action === 'site.updated')?.data).toEqual({ region: 'south_east' })
    })

    it('records users created and changed by an admin, never with a password', async () => {
      const password = 'an-audited-password-1'
      const newPassword = 'an-audited-password-2'
      const created = (
        await send(admin, 'POST', '/v1/users', {
          email: `audited-${uniqueToken()}@test.learnonce.dev`,
          name: 'Audited',
          role: 'contributor',
          password,
        })
      ).json<User>()
      await send(admin, 'PATCH', `/v1/users/${created.id}`, { role: 'curator', status: 'disabled' })
      await send(admin, 'PATCH', `/v1/users/${created.id}`, { password: newPassword })

      const res = await app.inject({ method: 'GET', url: `/v1/audit-events?subjectId=${created.id}`, headers: admin.headers })
      expect(res.body).not.toContain(password)
      expect(res.body).not.toContain(newPassword)
      const [reset, changed, creation] = res.json<Page<AuditEvent>>().data
      expect(creation).toMatchObject({
        action: 'user.created',
        actorId: admin.user.id,
        subjectType: 'user',
        subjectId: created.id,
        data: { email: created.email, role: 'contributor', siteIds: [] },
      })
      expect(changed).toMatchObject({
        action: 'user.updated',
        actorId: admin.user.id,
        subjectId: created.id,
        data: { role: 'curator', status: 'disabled' },
      })
      expect(reset).toMatchObject({ action: 'user.updated', actorId: admin.user.id, subjectId: created.id, data: { passwordReset: true } })
      expect(reset?.data).not.toHaveProperty('password')
    })

    it('records sign-ins and failed sign-ins, with the account they were for', async () => {
      const person = await signIn(app, 'contributor')
      const login = (email: string, password: string) => app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password } })
      expect((await login(person.user.email, 'not-the-password')).statusCode).toBe(401)
      expect((await login(person.user.email, TEST_PASSWORD)).statusCode).toBe(200)

      const [success] = await events({ subjectId: person.user.id, action: 'auth.login' })
      const [failure] = await events({ subjectId: person.user.id, action: 'auth.login_failed' })
      expect(success).toMatchObject({
        action: 'auth.login',
        actorId: person.user.id,
        subjectType: 'user',
        subjectId: person.user.id,
        ip: expect.any(String),
      })
      expect(failure).toMatchObject({
        action: 'auth.login_failed',
        subjectType: 'user',
        subjectId: person.user.id,
        data: { email: person.user.email },
      })

      const stranger = `nobody-${uniqueToken()}@test.learnonce.dev`
      expect((await login(stranger, 'whatever-it-is')).statusCode).toBe(401)
      const [unknown] = (await events({ action: 'auth.login_failed' })).filter((event) => event.data.email === stranger)
      expect(unknown).toMatchObject({ actorId: null, subjectId: null, data: { email: stranger } })
    })

    it('records nothing for a change that was refused', async () => {
      const site = await createSite()
      const before = await events({ subjectId: site.id })
      const refused = [
        app.inject({
          method: 'POST',
          url: '/v1/sites',
          headers: admin.headers,
          payload: { name: site.name, kind: 'other', region: 'london' },
        }),
        app.inject({ method: 'PATCH', url: `/v1/sites/${site.id}`, headers: curator.headers, payload: { name: 'Curated' } }),
        app.inject({ method: 'PATCH', url: `/v1/sites/${site.id}`, headers: admin.headers, payload: { kind: 'hospital' } }),
        app.inject({ method: 'POST', url: `/v1/sites/${site.id}/archive`, headers: contributor.headers }),
      ]
      for (const res of await Promise.all(refused)) expect(res.statusCode).toBeGreaterThanOrEqual(400)
      expect(await events({ subjectId: site.id })).toEqual(before)
      expect((await events({ action: 'site.created' })).filter((event) => event.data.slug === site.slug)).toHaveLength(1)

      const user = await signIn(app, 'contributor')
      const badMembership = await app.inject({
        method: 'PATCH',
        url: `/v1/users/${user.user.id}`,
        headers: admin.headers,
        payload: { name: 'Changed', siteIds: [randomUUID()] },
      })
      expectProblem(badMembership, 400, '/siteIds/0')
      expect((await events({ subjectId: user.user.id })).map((event) => event.action)).toEqual(['user.created'])
    })
  })

  describe('filters', () => {
    it('by actorId shows only what that admin did, and by action only that kind of change', async () => {
      const other = await signIn(app, 'admin')
      const theirs = await createSite(other)
      await send(other, 'POST', `/v1/sites/${theirs.id}/archive`)
      const mine = await createSite(admin)
      await send(admin, 'POST', `/v1/sites/${mine.id}/archive`)

      const byOther = await events({ actorId: other.user.id })
      expect(byOther.map((event) => [event.action, event.subjectId])).toEqual([
        ['site.archived', theirs.id],
        ['site.created', theirs.id],
      ])
      expect((await events({ actorId: other.user.id, action: 'site.archived' })).map((event) => event.subjectId)).toEqual([theirs.id])
      const archived = await events({ action: 'site.archived' })
      expect(archived.every((event) => event.action === 'site.archived')).toBe(true)
      expect(archived.map((event) => event.subjectId)).toEqual(expect.arrayContaining([theirs.id, mine.id]))
      expect(await events({ actorId: randomUUID() })).toEqual([])
    })

    it('by since and until keeps the events recorded in that window, both ends included', async () => {
      const site = await createSite()
      // PostgreSQL stamps an event with its transaction's start; leave a clear gap between them.
      await sleep(25)
      await send(admin, 'PATCH', `/v1/sites/${site.id}`, { name: `${site.name} renamed` })
      await sleep(25)
      await send(admin, 'POST', `/v1/sites/${site.id}/archive`)
      const [archived, updated, created] = await events({ subjectId: site.id })
      if (!archived || !updated || !created) throw new Error('expected three events')
      const window = { subjectId: site.id, since: between(created, updated), until: between(updated, archived) }
      const actions = async (query: Record<string, string>) => (await events(query)).map((event) => event.action)

      expect(await actions({ subjectId: site.id, since: window.since })).toEqual(['site.archived', 'site.updated'])
      expect(await actions({ subjectId: site.id, until: window.until })).toEqual(['site.updated', 'site.created'])
      expect(await actions(window)).toEqual(['site.updated'])
      expect(await actions({ subjectId: site.id, since: window.until, until: window.since })).toEqual([])
      // Both ends are inclusive: an event's own timestamp, as the API gave it, finds it from either side.
      expect(await actions({ subjectId: site.id, since: updated.createdAt, until: updated.createdAt })).toEqual(['site.updated'])
      expect(await actions({ subjectId: site.id, until: updated.createdAt })).toEqual(['site.updated', 'site.created'])
    })
  })

  describe('paging', () => {
    it('pages with limit=2 visit every event once, newest first, and Link points at the next page', async () => {
      const site = await createSite()
      for (const region of ['midlands', 'north_west', 'south_west']) await send(admin, 'PATCH', `/v1/sites/${site.id}`, { region })
      await send(admin, 'POST', `/v1/sites/${site.id}/archive`)
      const all = await events({ subjectId: site.id })
      expect(all.map((event) => event.action)).toEqual(['site.archived', 'site.updated', 'site.updated', 'site.updated', 'site.created'])
      expect(all.map((event) => event.data.region ?? null)).toEqual([null, 'south_west', 'north_west', 'midlands', null])

      const seen: AuditEvent[] = []
      let url: string | null = `/v1/audit-events?${new URLSearchParams({ subjectId: site.id, limit: '2' })}`
      let pages = 0
      while (url) {
        const res: LightMyRequestResponse = await app.inject({ method: 'GET', url, headers: admin.headers })
        expect(res.statusCode, res.body).toBe(200)
        const page = res.json<Page<AuditEvent>>()
        pages++
        seen.push(...page.data)
        if (page.nextCursor) {
          const match = /^<([^>]+)>; rel="next"$/.exec(String(res.headers.link))
          const next = new URL(match?.[1] ?? 'http://missing.link', 'http://api.test')
          expect(next.pathname).toBe('/v1/audit-events')
          expect(next.searchParams.get('cursor')).toBe(page.nextCursor)
          expect(next.searchParams.get('subjectId')).toBe(site.id)
          url = `${next.pathname}${next.search}`
        } else {
          expect(res.headers.link).toBeUndefined()
          url = null
        }
      }
      expect(pages).toBe(3)
      expect(seen).toEqual(all)
      const times = seen.map((event) => Date.parse(event.createdAt))
      expect(times).toEqual([...times].sort((a, b) => b - a))
    })

    it('answers 20 events by default', async () => {
      const site = await createSite()
      for (let i = 0; i < 20; i++) await send(admin, 'PATCH', `/v1/sites/${site.id}`, { name: `${site.name} ${i}` })
      const res = await app.inject({ method: 'GET', url: `/v1/audit-events?subjectId=${site.id}`, headers: admin.headers })
      const page = res.json<Page<AuditEvent>>()
      expect(page.data).toHaveLength(20)
      expect(page.data[0]?.data).toEqual({ name: `${site.name} 19` })
      expect(page.nextCursor).toEqual(expect.any(String))
    })

    const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
    it.each([
      ['limit is above 100', { limit: '101' }, '/limit'],
      ['limit is 0', { limit: '0' }, '/limit'],
      ['the cursor is garbage', { cursor: '%%%' }, '/cursor'],
      ['the cursor is from another list', { cursor: cursorOf(['Some Site', randomUUID()]) }, '/cursor'],
      ['actorId is not a UUID', { actorId: 'admin' }, '/actorId'],
      ['since is not a timestamp', { since: 'yesterday' }, '/since'],
      ['until is not a timestamp', { until: '2024-13-45' }, '/until'],
      ['the action is empty', { action: '' }, '/action'],
      ['a filter is not one we know', { subjectType: 'site' }, '/subjectType'],
    ])('the log answers 400 naming the parameter when %s', async (_case, query, pointer) => {
      const res = await app.inject({ method: 'GET', url: `/v1/audit-events?${new URLSearchParams(query)}`, headers: admin.headers })
      expect(expectProblem(res, 400, pointer).errors).toContainEqual(expect.objectContaining({ in: 'query', pointer }))
    })

    it('a forged cursor naming an event that cannot exist is a 400, not a server error', async () => {
      const res = await app.inject({ method: 'GET', url: `/v1/audit-events?cursor=${cursorOf(['not-a-uuid'])}`, headers: admin.headers })
      expectProblem(res, 400)
    })
  })
})
