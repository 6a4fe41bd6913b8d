import { randomBytes, randomUUID } from 'node:crypto'
import type { Page, TokenPair, User } from '@learnonce/contracts'
import type { LightMyRequestResponse } from 'fastify'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { type TestApp, testApp } from '../../test/app.js'
import { makeSite, type SignedIn, signIn, TEST_PASSWORD } from '../../test/factories.js'
import { expectProblem } from '../../test/problems.js'

const uniqueToken = () => randomBytes(4).toString('hex')

/** No response ever carries a password, in any form. */
function expectNoPassword(res: LightMyRequestResponse, password: string) {
  expect(res.body).not.toContain(password)
  expect(res.body).not.toMatch(/password/i)
  expect(res.body).not.toContain('$argon2')
}

const headersOf = (token: string) => ({ authorization: `Bearer ${token}` })

function api(app: App) {
  return {
    create: (payload: Record<string, unknown>, who: SignedIn) =>
      app.inject({ method: 'POST', url: '/v1/users', headers: who.headers, payload }),
    patch: (id: string, payload: Record<string, unknown>, who: SignedIn) =>
      app.inject({ method: 'PATCH', url: `/v1/users/${id}`, headers: who.headers, payload }),
    read: async (id: string, who: SignedIn) => {
      const res = await app.inject({ method: 'GET', url: `/v1/users/${id}`, headers: who.headers })
      expect(res.statusCode, res.body).toBe(200)
      return res.json<User>()
    },
    list: async (query: Record<string, string>, who: SignedIn) => {
      const res = await app.inject({ method: 'GET', url: `/v1/users?${new URLSearchParams(query)}`, headers: who.headers })
      expect(res.statusCode, res.body).toBe(200)
      return res.json<Page<User>>()
    },
    login: (email: string, password: string) => app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password } }),
  }
}

describe('users', () => {
  let t: TestApp
  let app: App
  let admin: SignedIn
  let curator: SignedIn
  let contributor: SignedIn
  let call: ReturnType<typeof api>
  const callers = () => ({ curator, contributor })
  const emailFor = (label: string) => `${label}-${uniqueToken()}@test.learnonce.dev`
  const createOk = async (payload: Record<string, unknown>) => {
    const res = await call.create({ name: 'New Person', role: 'contributor', password: TEST_PASSWORD, ...payload }, admin)
    expect(res.statusCode, res.body).toBe(201)
    return res.json<User>()
  }

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    call = api(app)
    admin = await signIn(app, 'admin')
    curator = await signIn(app, 'curator')
    contributor = await signIn(app, 'contributor')
  })
  afterAll(() => t.close())

  describe('who may call', () => {
    type Method = 'GET' | 'POST' | 'PATCH'
    const routes: [Method, string][] = [
      ['GET', '/v1/users'],
      ['POST', '/v1/users'],
      ['GET', '/v1/users/:id'],
      ['PATCH', '/v1/users/:id'],
    ]
    const payloadFor = (method: Method, email: string) =>
      method === 'POST'
        ? { payload: { email, name: 'Sneaky', role: 'admin', password: TEST_PASSWORD } }
        : method === 'PATCH'
          ? { payload: { role: 'admin' } }
          : {}

    it.each(routes)('%s %s answers 401 to a caller who has not signed in', async (method, route) => {
      const target = await signIn(app, 'contributor')
      const email = emailFor('anonymous')
      expectProblem(await app.inject({ method, url: route.replace(':id', target.user.id), ...payloadFor(method, email) }), 401)
      expect(await call.read(target.user.id, admin)).toEqual(target.user)
      expect((await call.list({ q: email }, admin)).data).toEqual([])
    })

    const attempts = (['curator', 'contributor'] as const).flatMap((role) =>
      routes.map(([method, route]) => [role, method, route] as const),
    )
    it.each(attempts)('a %s cannot %s %s (403), so cannot make anyone an admin', async (role, method, route) => {
      const who = callers()[role]
      const email = emailFor('escalation')
      const res = await app.inject({ method, url: route.replace(':id', who.user.id), headers: who.headers, ...payloadFor(method, email) })
      expect(expectProblem(res, 403).detail).toMatch(/admin/)
      expect(await call.read(who.user.id, admin)).toEqual(who.user)
      expect((await call.list({ q: email }, admin)).data).toEqual([])
    })
  })

  describe('creating a user', () => {
    it('an admin creates a user: 201 with Location, their memberships, and never their password', async () => {
      const [first, second] = [await makeSite(app), await makeSite(app)]
      const email = emailFor('Jo.Bloggs')
      const password = 'a-new-users-own-password'
      const res = await call.create({ email, name: 'Jo Bloggs', role: 'contributor', password, siteIds: [second.id, first.id] }, admin)
      expect(res.statusCode, res.body).toBe(201)
      expectNoPassword(res, password)
      const user = res.json<User>()
      expect(user).toEqual({
        id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/),
        email,
        name: 'Jo Bloggs',
        role: 'contributor',
        status: 'active',
        siteIds: [first.id, second.id].sort(),
        lastLoginAt: null,
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      })
      expect(res.headers.location).toBe(`/v1/users/${user.id}`)

      const fetched = await app.inject({ method: 'GET', url: String(res.headers.location), headers: admin.headers })
      expect(fetched.json()).toEqual(user)
      expectNoPassword(fetched, password)
      const listed = await app.inject({ method: 'GET', url: `/v1/users?q=${encodeURIComponent(email)}`, headers: admin.headers })
      expect(listed.json<Page<User>>().data).toEqual([user])
      expectNoPassword(listed, password)

      const signedIn = await call.login(email, password)
      expect(signedIn.statusCode, signedIn.body).toBe(200)
      expect(signedIn.body).not.toContain(password)
      expect(signedIn.body).not.toContain('$argon2')
      expect(signedIn.json<TokenPair>().user).toMatchObject({ id: user.id, lastLoginAt: expect.any(String) })
    })

    it('a user created without siteIds belongs to no site', async () => {
      const user = await createOk({ email: emailFor('curator'), role: 'curator' })
      expect(user.siteIds).toEqual([])
    })

    it('an email already in use, in any letter case, is refused with 409 and no second user appears', async () => {
      const token = uniqueToken()
      const first = await createOk({ email: `Ann.Lee-${token}@Example.org` })
      for (const email of [`ann.lee-${token}@example.org`, `ANN.LEE-${token}@EXAMPLE.ORG`, `Ann.Lee-${token}@Example.org`]) {
        expect(
          expectProblem(await call.create({ email, name: 'Ann Again', role: 'curator', password: TEST_PASSWORD }, admin), 409).detail,
        ).toMatch(/already exists/)
      }
      expect((await call.list({ q: token }, admin)).data.map((user) => user.id)).toEqual([first.id])
    })

    it('two admins creating the same email at the same moment, in different case, get one user and one 409', async () => {
      const token = uniqueToken()
      const second = await signIn(app, 'admin')
      const body = (email: string) => ({ email, name: 'Twin', role: 'curator', password: TEST_PASSWORD })
      const outcomes = await Promise.all([
        call.create(body(`twin-${token}@test.learnonce.dev`), admin),
        call.create(body(`TWIN-${token}@test.learnonce.dev`), second),
      ])
      expect(outcomes.map((res) => res.statusCode).sort()).toEqual([201, 409])
      for (const res of outcomes) if (res.statusCode === 409) expectProblem(res, 409)
      expect((await call.list({ q: token }, admin)).data).toHaveLength(1)
    })

    it('a siteId that is not a known site is a 400 naming its index, and nothing is created', async () => {
      const site = await makeSite(app)
      const email = emailFor('orphan')
      const res = await call.create(
        { email, name: 'Orphan', role: 'contributor', password: TEST_PASSWORD, siteIds: [site.id, randomUUID()] },
        admin,
      )
      expect(expectProblem(res, 400, '/siteIds/1').errors).toEqual([{ in: 'body', pointer: '/siteIds/1', detail: expect.any(String) }])
      expect((await call.list({ q: email }, admin)).data).toEqual([])
      expect((await createOk({ email, siteIds: [site.id] })).siteIds).toEqual([site.id])
    })

    const valid = { email: 'valid@test.learnonce.dev', name: 'Valid', role: 'contributor', password: TEST_PASSWORD }
    it.each([
      ['the email is missing', { ...valid, email: undefined }, '/email'],
      ['the email is not an email', { ...valid, email: 'not-an-email' }, '/email'],
      ['the name is missing', { ...valid, name: undefined }, '/name'],
      ['the name is empty', { ...valid, name: '' }, '/name'],
      ['the name is longer than 200 characters', { ...valid, name: 'n'.repeat(201) }, '/name'],
      ['the name is not a string', { ...valid, name: ['Jo'] }, '/name'],
      ['the role is missing', { ...valid, role: undefined }, '/role'],
      ['the role is not one we know', { ...valid, role: 'owner' }, '/role'],
      ['the password is missing', { ...valid, password: undefined }, '/password'],
      ['the password is shorter than 10 characters', { ...valid, password: 'short-pw1' }, '/password'],
      ['the password is not a string', { ...valid, password: 1234567890123 }, '/password'],
      ['siteIds is not a list', { ...valid, siteIds: 'all' }, '/siteIds'],
      ['a siteId is not a UUID', { ...valid, siteIds: ['not-a-uuid'] }, '/siteIds/0'],
      ['a siteId is repeated', { ...valid, siteIds: [randomUUID(), randomUUID()].flatMap((id) => [id, id]) }, '/siteIds'],
      ['it tries to set the status', { ...valid, status: 'disabled' }, '/status'],
      ['it has a property users do not have', { ...valid, isSuperuser: true }, '/isSuperuser'],
    ])('creating a user is refused with 400 when %s', async (_case, payload, pointer) => {
      const res = await call.create(payload, admin)
      expect(expectProblem(res, 400, pointer).errors).toContainEqual(expect.objectContaining({ in: 'body', pointer }))
    })
  })

  describe('changing a user', () => {
    it("an admin changes a user's name, role and memberships; each change bumps the version", async () => {
      const [first, second, third] = [await makeSite(app), await makeSite(app), await makeSite(app)]
      const user = await createOk({ email: emailFor('mover'), siteIds: [first.id, second.id] })
      const res = await call.patch(user.id, { name: 'Moved On', siteIds: [third.id, second.id] }, admin)
      expect(res.statusCode, res.body).toBe(200)
      const moved = res.json<User>()
      expect(moved).toEqual({ ...user, name: 'Moved On', siteIds: [second.id, third.id].sort(), version: 2, updatedAt: expect.any(String) })
      expect(await call.read(user.id, admin)).toEqual(moved)

      const promoted = await call.patch(user.id, { role: 'curator', siteIds: [] }, admin)
      expect(promoted.json()).toMatchObject({ role: 'curator', siteIds: [], version: 3 })
      const named = await call.patch(user.id, { name: 'Only The Name' }, admin)
      expect(named.json()).toMatchObject({ name: 'Only The Name', role: 'curator', siteIds: [], version: 4 })
    })

    it('a stale If-Match is a 412 and changes nothing; the ETag read, or its version alone, is accepted', async () => {
      const user = await createOk({ email: emailFor('contested') })
      const read = await app.inject({ method: 'GET', url: `/v1/users/${user.id}`, headers: admin.headers })
      const etag = String(read.headers.etag)
      expect(etag).toMatch(/^"1-/)
      const first = await app.inject({
        method: 'PATCH',
        url: `/v1/users/${user.id}`,
        headers: { ...admin.headers, 'if-match': etag },
        payload: { role: 'curator' },
      })
      expect(first.statusCode, first.body).toBe(200)
      const stale = await app.inject({
        method: 'PATCH',
        url: `/v1/users/${user.id}`,
        headers: { ...admin.headers, 'if-match': '"1"' },
        payload: { status: 'disabled' },
      })
      expect(expectProblem(stale, 412).detail).toContain('version 2')
      expect(await call.read(user.id, admin)).toMatchObject({ role: 'curator', status: 'active', version: 2 })
      const current = await app.inject({
        method: 'PATCH',
        url: `/v1/users/${user.id}`,
        headers: { ...admin.headers, 'if-match': '"2"' },
        payload: { status: 'disabled' },
      })
      expect(current.json()).toMatchObject({ status: 'disabled', version: 3 })
    })

    it('a changed role takes effect at the next request, without signing in again', async () => {
      const person = await signIn(app, 'contributor')
      const listUsers = () => app.inject({ method: 'GET', url: '/v1/users', headers: person.headers })
      expectProblem(await listUsers(), 403)
      expect((await call.patch(person.user.id, { role: 'admin' }, admin)).statusCode).toBe(200)
      expect((await listUsers()).statusCode).toBe(200)
      expect((await call.patch(person.user.id, { role: 'curator' }, admin)).statusCode).toBe(200)
      expectProblem(await listUsers(), 403)
    })

    it('a disabled user is stopped at their next request, cannot sign in or refresh, and is let back in when enabled', async () => {
      const person = await signIn(app, 'contributor')
      const session = await call.login(person.user.email, TEST_PASSWORD)
      expect(session.statusCode).toBe(200)
      const { accessToken, refreshToken } = session.json<TokenPair>()
      expect((await app.inject({ method: 'GET', url: '/v1/sites', headers: headersOf(accessToken) })).statusCode).toBe(200)

      const disabled = await call.patch(person.user.id, { status: 'disabled' }, admin)
      expect(disabled.statusCode, disabled.body).toBe(200)
      expect(disabled.json()).toMatchObject({ status: 'disabled', version: person.user.version + 1 })

      for (const token of [accessToken, person.token]) {
        const res = await app.inject({ method: 'GET', url: '/v1/sites', headers: headersOf(token) })
        expect(expectProblem(res, 401).detail).toMatch(/disabled/)
      }
      expectProblem(await call.login(person.user.email, TEST_PASSWORD), 401)
      expectProblem(await app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken } }), 401)

      expect((await call.patch(person.user.id, { status: 'active' }, admin)).statusCode).toBe(200)
      expect((await call.login(person.user.email, TEST_PASSWORD)).statusCode).toBe(200)
      // Enabling the account does not bring back the sessions that disabling ended.
      expectProblem(await app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken } }), 401)
    })

    it("an admin's password reset ends the user's sessions: only the new password signs in", async () => {
      const person = await signIn(app, 'curator')
      const session = (await call.login(person.user.email, TEST_PASSWORD)).json<TokenPair>()
      const newPassword = 'reset-by-an-admin-2024'
      const res = await call.patch(person.user.id, { password: newPassword }, admin)
      expect(res.statusCode, res.body).toBe(200)
      expectNoPassword(res, newPassword)
      expectProblem(await call.login(person.user.email, TEST_PASSWORD), 401)
      expect((await call.login(person.user.email, newPassword)).statusCode).toBe(200)
      expectProblem(await app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken: session.refreshToken } }), 401)
    })

    it('a siteId that is not a known site is a 400 naming its index, and the user is unchanged', async () => {
      const site = await makeSite(app)
      const user = await createOk({ email: emailFor('steady'), siteIds: [site.id] })
      const res = await call.patch(user.id, { siteIds: [randomUUID()], role: 'curator' }, admin)
      expectProblem(res, 400, '/siteIds/0')
      expect(await call.read(user.id, admin)).toEqual(user)
    })

    it.each([
      ['it changes nothing', {}, '/'],
      ['it tries to change the email', { email: 'new@test.learnonce.dev' }, '/email'],
      ['the name is empty', { name: '' }, '/name'],
      ['the role is not one we know', { role: 'owner' }, '/role'],
      ['the status is not one we know', { status: 'banned' }, '/status'],
      ['the password is too short', { password: 'short' }, '/password'],
      ['a siteId is not a UUID', { siteIds: ['x'] }, '/siteIds/0'],
      ['siteIds is null', { siteIds: null }, '/siteIds'],
      ['it tries to set the version', { version: 1 }, '/version'],
      ['it has a property users do not have', { isSuperuser: true }, '/isSuperuser'],
    ])('a change is refused with 400 when %s, and the user is unchanged', async (_case, payload, pointer) => {
      const user = await createOk({ email: emailFor('unchanged') })
      expectProblem(await call.patch(user.id, payload, admin), 400, pointer)
      expect(await call.read(user.id, admin)).toEqual(user)
    })
  })

  describe('ids in the path', () => {
    it.each(['GET', 'PATCH'] as const)('%s /v1/users/{id} answers 404 as a problem for a user that does not exist', async (method) => {
      const res = await app.inject({
        method,
        url: `/v1/users/${randomUUID()}`,
        headers: admin.headers,
        ...(method === 'PATCH' ? { payload: { name: 'Nobody' } } : {}),
      })
      expect(expectProblem(res, 404).detail).toMatch(/user/i)
    })

    it.each(['GET', 'PATCH'] as const)('%s /v1/users/{id} answers 400 naming /id when the id is not a UUID', async (method) => {
      const res = await app.inject({
        method,
        url: '/v1/users/42',
        headers: admin.headers,
        ...(method === 'PATCH' ? { payload: { name: 'Nobody' } } : {}),
      })
      expect(expectProblem(res, 400, '/id').errors).toContainEqual(expect.objectContaining({ in: 'params', pointer: '/id' }))
    })
  })

  describe('listing users', () => {
    it('filters by role, status, site membership and a search of name or email, ordered by email whatever its case', async () => {
      const token = uniqueToken()
      const [north, south] = [await makeSite(app), await makeSite(app)]
      const northContributor = await createOk({ email: `b-north-${token}@test.learnonce.dev`, siteIds: [north.id] })
      const bothContributor = await createOk({ email: `C-Both-${token}@test.learnonce.dev`, siteIds: [north.id, south.id] })
      const reviewer = await createOk({ email: `a-reviewer-${token}@test.learnonce.dev`, role: 'curator' })
      const leaver = await createOk({ email: `d-leaver-${token}@test.learnonce.dev`, siteIds: [south.id] })
      await call.patch(leaver.id, { status: 'disabled' }, admin)
      const byName = await createOk({ email: emailFor('e-by-name'), name: `Named ${token}`, role: 'admin' })
      const ids = (page: Page<User>) => page.data.map((user) => user.id)

      expect(ids(await call.list({ q: token }, admin))).toEqual([
        reviewer.id,
        northContributor.id,
        bothContributor.id,
        leaver.id,
        byName.id,
      ])
      expect(ids(await call.list({ q: token.toUpperCase() }, admin))).toHaveLength(5)
      expect(ids(await call.list({ q: token, role: 'contributor' }, admin))).toEqual([northContributor.id, bothContributor.id, leaver.id])
      expect(ids(await call.list({ q: token, role: 'admin' }, admin))).toEqual([byName.id])
      expect(ids(await call.list({ q: token, status: 'disabled' }, admin))).toEqual([leaver.id])
      expect(ids(await call.list({ q: token, status: 'active', role: 'contributor' }, admin))).toEqual([
        northContributor.id,
        bothContributor.id,
      ])
      expect(ids(await call.list({ siteId: north.id }, admin))).toEqual([northContributor.id, bothContributor.id])
      expect(ids(await call.list({ siteId: south.id, status: 'active' }, admin))).toEqual([bothContributor.id])
      expect(ids(await call.list({ q: `Named ${token}` }, admin))).toEqual([byName.id])
      expect(ids(await call.list({ q: `${token}%` }, admin))).toEqual([])
    })

    it('pages with limit=2 visit every user exactly once, in email order, and Link points at the next page', async () => {
      const token = uniqueToken()
      const users: User[] = []
      for (const label of ['e', 'B', 'a', 'D', 'c']) users.push(await createOk({ email: `${label}-paging-${token}@test.learnonce.dev` }))
      const expected = [...users].sort((x, y) => x.email.toLowerCase().localeCompare(y.email.toLowerCase())).map((user) => user.id)

      const seen: string[] = []
      let url: string | null = `/v1/users?${new URLSearchParams({ q: `paging-${token}`, limit: '2' })}`
      let pages = 0
      while (url) {
        const res: LightMyRequestResponse = await app.inject({ method: 'GET', url, headers: admin.headers })
        expect(res.statusCode, res.body).toBe(200)
        expect(res.body).not.toMatch(/password/i)
        const page = res.json<Page<User>>()
        pages++
        seen.push(...page.data.map((user) => user.id))
        if (page.nextCursor) {
          const match = /^<([^>]+)>; rel="next"$/.exec(String(res.headers.link))
          const next = new URL(match?.[1] ?? 'http://missing.link', 'http://api.test')
          expect(next.pathname).toBe('/v1/users')
          expect(next.searchParams.get('cursor')).toBe(page.nextCursor)
          expect(next.searchParams.get('q')).toBe(`paging-${token}`)
          expect(next.searchParams.get('limit')).toBe('2')
          url = `${next.pathname}${next.search}`
        } else {
          expect(res.headers.link).toBeUndefined()
          url = null
        }
      }
      expect(pages).toBe(3)
      expect(seen).toEqual(expected)
    })

    it.each([
      ['limit is above 100', { limit: '101' }, '/limit'],
      ['limit is 0', { limit: '0' }, '/limit'],
      ['the cursor is garbage', { cursor: 'garbage' }, '/cursor'],
      ['the role is not one we know', { role: 'owner' }, '/role'],
      ['the status is not one we know', { status: 'banned' }, '/status'],
      ['the siteId is not a UUID', { siteId: 'north' }, '/siteId'],
      ['a filter is not one we know', { email: 'x@y.z' }, '/email'],
    ])('the list answers 400 naming the parameter when %s', async (_case, query, pointer) => {
      const res = await app.inject({ method: 'GET', url: `/v1/users?${new URLSearchParams(query)}`, headers: admin.headers })
      expect(expectProblem(res, 400, pointer).errors).toContainEqual(expect.objectContaining({ in: 'query', pointer }))
    })
  })
})

describe('the last active admin', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await testApp()
  })
  afterEach(() => t.close())

  it('cannot be demoted or disabled, even by themselves (409), and stays an admin', async () => {
    const call = api(t.app)
    const only = await signIn(t.app, 'admin')
    await signIn(t.app, 'curator')
    for (const change of [{ role: 'curator' }, { role: 'contributor' }, { status: 'disabled' }, { role: 'curator', status: 'disabled' }]) {
      expect(expectProblem(await call.patch(only.user.id, change, only), 409).detail).toMatch(/last active admin/)
    }
    expect(await call.read(only.user.id, only)).toEqual(only.user)
    // Changes that keep them an active admin are fine.
    const renamed = await call.patch(only.user.id, { name: 'Still In Charge', role: 'admin', status: 'active' }, only)
    expect(renamed.statusCode, renamed.body).toBe(200)
  })

  it('can be demoted once another admin is active; a disabled admin does not count', async () => {
    const call = api(t.app)
    const first = await signIn(t.app, 'admin')
    const second = await signIn(t.app, 'admin')
    const third = await signIn(t.app, 'admin')

    expect((await call.patch(third.user.id, { status: 'disabled' }, first)).statusCode).toBe(200)
    expect((await call.patch(first.user.id, { role: 'curator' }, second)).json()).toMatchObject({ role: 'curator' })
    // `third` is an admin but disabled, so `second` is the last active one.
    expectProblem(await call.patch(second.user.id, { role: 'contributor' }, second), 409)
    expectProblem(await call.patch(second.user.id, { status: 'disabled' }, second), 409)
    // Changing an admin who is already disabled takes nothing away.
    expect((await call.patch(third.user.id, { role: 'curator' }, second)).statusCode).toBe(200)
    expect((await call.list({ role: 'admin', status: 'active' }, second)).data.map((user) => user.id)).toEqual([second.user.id])
  })

  it('two admins demoting each other at the same moment never leave the hub without an active admin', async () => {
    const call = api(t.app)
    const first = await signIn(t.app, 'admin')
    const second = await signIn(t.app, 'admin')
    // A race needs a few rounds to show itself on PostgreSQL; on PGlite requests are serialised anyway.
    for (let round = 0; round < 5; round++) {
      const outcomes = await Promise.all([
        call.patch(second.user.id, { role: 'curator' }, first),
        call.patch(first.user.id, { role: 'curator' }, second),
      ])
      const statuses = outcomes.map((res) => res.statusCode)
      expect(
        statuses.filter((status) => status === 200),
        `statuses ${statuses}`,
      ).toHaveLength(1)
      const [survivor, demoted] = outcomes[0]?.statusCode === 200 ? [first, second] : [second, first]
      const admins = await call.list({ role: 'admin', status: 'active' }, survivor)
      expect(admins.data.map((user) => user.id)).toEqual([survivor.user.id])
      expect((await call.patch(demoted.user.id, { role: 'admin' }, survivor)).statusCode).toBe(200)
    }
  })
})
