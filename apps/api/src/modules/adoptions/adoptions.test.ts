import type { Adoption, AuditEvent, ContentStatus, Page, Site, Solution, SolutionLineage } from '@learnonce/contracts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { type TestApp, testApp } from '../../test/app.js'
import { makeSite, type SignedIn, setStatus, signIn } from '../../test/factories.js'
import { expectProblem } from '../../test/problems.js'

const UNKNOWN_ID = '01890000-0000-7000-8000-000000000000'

describe('adoptions', () => {
  let t: TestApp
  let app: App
  let admin: SignedIn
  let curator: SignedIn
  /** Origin is where the solutions come from; A and B adopt them. */
  let origin: Site
  let siteA: Site
  let siteB: Site
  let archived: Site
  let memberOfA: SignedIn
  let memberOfB: SignedIn
  let memberOfOrigin: SignedIn
  let published: Solution

  async function solution(site: Site, status: ContentStatus = 'published', extra: Record<string, unknown> = {}) {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/solutions',
      headers: curator.headers,
      payload: { title: 'Virtual ward onboarding kit', problem: 'Wards start slowly', siteId: site.id, ...extra },
    })
    expect(res.statusCode, res.body).toBe(201)
    const created = res.json<Solution>()
    await setStatus(app, created.id, status)
    return { ...created, status }
  }

  const adoptionsUrl = (solutionId: string) => `/v1/solutions/${solutionId}/adoptions`
  const post = (solutionId: string, payload: Record<string, unknown>, who: SignedIn, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: adoptionsUrl(solutionId), headers: { ...who.headers, ...headers }, payload })
  async function adopt(solutionId: string, payload: Record<string, unknown>, who: SignedIn = curator) {
    const res = await post(solutionId, payload, who)
    expect(res.statusCode, res.body).toBe(201)
    return res.json<Adoption>()
  }
  const readAdoption = (solutionId: string, adoptionId: string, who: SignedIn) =>
    app.inject({ method: 'GET', url: `${adoptionsUrl(solutionId)}/${adoptionId}`, headers: who.headers })
  const patch = (adoption: Adoption, payload: Record<string, unknown>, who: SignedIn, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'PATCH',
      url: `${adoptionsUrl(adoption.solutionId)}/${adoption.id}`,
      headers: { ...who.headers, ...headers },
      payload,
    })
  const remove = (adoption: Adoption, who: SignedIn, headers: Record<string, string> = {}) =>
    app.inject({ method: 'DELETE', url: `${adoptionsUrl(adoption.solutionId)}/${adoption.id}`, headers: { ...who.headers, ...headers } })
  async function list(solutionId: string, query: Record<string, string> = {}, who: SignedIn = curator) {
    const res = await app.inject({ method: 'GET', url: `${adoptionsUrl(solutionId)}?${new URLSearchParams(query)}`, headers: who.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Page<Adoption>>()
  }
  async function readSolution(id: string) {
    const res = await app.inject({ method: 'GET', url: `/v1/solutions/${id}`, headers: curator.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Solution>()
  }
  async function auditOf(subjectId: string) {
    const res = await app.inject({ method: 'GET', url: `/v1/audit-events?subjectId=${subjectId}`, headers: admin.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Page<AuditEvent>>().data
  }

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    admin = await signIn(app, 'admin')
    curator = await signIn(app, 'curator')
    origin = await makeSite(app)
    siteA = await makeSite(app, { name: 'Riverside Primary Care Network' })
    siteB = await makeSite(app, { name: 'Hilltop Community Trust' })
    archived = await makeSite(app)
    const archiving = await app.inject({ method: 'POST', url: `/v1/sites/${archived.id}/archive`, headers: admin.headers })
    expect(archiving.statusCode, archiving.body).toBe(200)
    memberOfA = await signIn(app, 'contributor', [siteA.id])
    memberOfB = await signIn(app, 'contributor', [siteB.id])
    memberOfOrigin = await signIn(app, 'contributor', [origin.id])
    published = await solution(origin)
  })
  afterAll(() => t.close())

  describe('who may call', () => {
    type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
    const routes: [Method, string][] = [
      ['GET', '/v1/solutions/:id/adoptions'],
      ['POST', '/v1/solutions/:id/adoptions'],
      ['GET', '/v1/solutions/:id/adoptions/:adoptionId'],
      ['PATCH', '/v1/solutions/:id/adoptions/:adoptionId'],
      ['DELETE', '/v1/solutions/:id/adoptions/:adoptionId'],
    ]

    it.each(routes)('%s %s answers 401 to a caller who has not signed in, and nothing changes', async (method, route) => {
      const adoption = await adopt(published.id, { siteId: siteA.id, mode: 'replicate' })
      const url = route.replace(':id', published.id).replace(':adoptionId', adoption.id)
      const payload = method === 'POST' ? { siteId: siteA.id, mode: 'replicate' } : method === 'PATCH' ? { status: 'live' } : undefined
      expectProblem(await app.inject({ method, url, ...(payload ? { payload } : {}) }), 401)
      const after = await readAdoption(published.id, adoption.id, curator)
      expect(after.json()).toEqual(adoption)
    })

    it.each([
      ['a curator', () => curator],
      ['an admin', () => admin],
    ])('%s records, changes and deletes adoptions for any site', async (_, who) => {
      const adoption = await adopt(published.id, { siteId: siteB.id, mode: 'customise' }, who())
      expect((await patch(adoption, { status: 'live' }, who())).statusCode).toBe(200)
      expect((await remove(adoption, who())).statusCode).toBe(204)
    })

    it('a contributor records an adoption for their own site', async () => {
      const adoption = await adopt(published.id, { siteId: siteA.id, mode: 'replicate' }, memberOfA)
      expect(adoption).toMatchObject({ siteId: siteA.id, recordedById: memberOfA.user.id })
    })

    it('a contributor cannot record an adoption for another site (403 naming it), and none is recorded', async () => {
      const before = await list(published.id, { siteId: siteB.id })
      const problem = expectProblem(await post(published.id, { siteId: siteB.id, mode: 'replicate' }, memberOfA), 403)
      expect(problem.detail).toContain('Hilltop Community Trust')
      expect(problem.detail).toContain(siteB.id)
      expect(await list(published.id, { siteId: siteB.id })).toEqual(before)
    })

    it("a contributor cannot change or delete another site's adoption (403), though they can read it", async () => {
      const adoption = await adopt(published.id, { siteId: siteB.id, mode: 'replicate' }, memberOfB)
      expect(expectProblem(await patch(adoption, { status: 'stopped' }, memberOfA), 403).detail).toContain('Hilltop Community Trust')
      expectProblem(await remove(adoption, memberOfA), 403)
      const read = await readAdoption(published.id, adoption.id, memberOfA)
      expect(read.statusCode).toBe(200)
      expect(read.json()).toEqual(adoption)
    })

    it("a contributor does not see adoptions of another site's draft solution: every route answers 404", async () => {
      const draft = await solution(origin, 'draft')
      // A curator sees the draft, so learns why it cannot be adopted; the contributor must not learn it exists.
      expectProblem(await post(draft.id, { siteId: siteA.id, mode: 'replicate' }, curator), 409)
      const fake = { id: UNKNOWN_ID, solutionId: draft.id } as Adoption
      for (const res of [
        await app.inject({ method: 'GET', url: adoptionsUrl(draft.id), headers: memberOfA.headers }),
        await post(draft.id, { siteId: siteA.id, mode: 'replicate' }, memberOfA),
        await readAdoption(draft.id, UNKNOWN_ID, memberOfA),
        await patch(fake, { status: 'live' }, memberOfA),
        await remove(fake, memberOfA),
      ]) {
        expect(expectProblem(res, 404).detail).toBe('Solution was not found.')
      }
    })

    it('a contributor stops seeing adoptions of a solution that leaves their view (404), while its site still sees them', async () => {
      const solutionOfB = await solution(siteB)
      const adoption = await adopt(solutionOfB.id, { siteId: siteA.id, mode: 'replicate' }, memberOfA)
      await setStatus(app, solutionOfB.id, 'archived')
      expectProblem(await readAdoption(solutionOfB.id, adoption.id, memberOfA), 404)
      expectProblem(await app.inject({ method: 'GET', url: adoptionsUrl(solutionOfB.id), headers: memberOfA.headers }), 404)
      expect((await list(solutionOfB.id, {}, memberOfB)).data).toEqual([adoption])
    })
  })

  describe('recording, reading, changing and deleting', () => {
    it('a contributor records an adoption, reads it at its Location, changes it and deletes it; each step is audited', async () => {
      const res = await post(
        published.id,
        { siteId: siteA.id, mode: 'customise', notes: 'Adapted the *consent leaflet*.', startedAt: '2025-03-01T09:00:00.000Z' },
        memberOfA,
      )
      expect(res.statusCode, res.body).toBe(201)
      const created = res.json<Adoption>()
      expect(created).toEqual({
        id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/),
        version: 1,
        createdAt: expect.any(String),
        updatedAt: created.createdAt,
        solutionId: published.id,
        siteId: siteA.id,
        mode: 'customise',
        status: 'planned',
        notes: 'Adapted the *consent leaflet*.',
        startedAt: '2025-03-01T09:00:00.000Z',
        producedSolutionId: null,
        recordedById: memberOfA.user.id,
      })
      expect(res.headers.location).toBe(`/v1/solutions/${published.id}/adoptions/${created.id}`)

      const read = await app.inject({ method: 'GET', url: res.headers.location as string, headers: memberOfA.headers })
      expect(read.statusCode).toBe(200)
      expect(read.json()).toEqual(created)
      expect(read.headers.etag).toMatch(/^"1-/)
      const unchanged = await app.inject({
        method: 'GET',
        url: res.headers.location as string,
        headers: { ...memberOfA.headers, 'if-none-match': String(read.headers.etag) },
      })
      expect(unchanged.statusCode).toBe(304)

      const changed = await patch(created, { status: 'live', notes: 'Live on three wards.', startedAt: null }, memberOfA, {
        'if-match': '"1"',
      })
      expect(changed.statusCode, changed.body).toBe(200)
      expect(changed.headers.etag).toMatch(/^"2-/)
      expect(changed.json()).toMatchObject({
        version: 2,
        status: 'live',
        notes: 'Live on three wards.',
        startedAt: null,
        mode: 'customise',
      })

      const deleted = await remove(created, memberOfA, { 'if-match': '"2"' })
      expect(deleted.statusCode, deleted.body).toBe(204)
      expect(expectProblem(await readAdoption(published.id, created.id, memberOfA), 404).detail).toBe('Adoption was not found.')
      expectProblem(await remove(created, memberOfA), 404)

      const actions = (await auditOf(created.id)).map((event) => [event.action, event.actorId])
      expect(actions).toEqual([
        ['adoption.deleted', memberOfA.user.id],
        ['adoption.updated', memberOfA.user.id],
        ['adoption.created', memberOfA.user.id],
      ])
    })

    it('an adoption is found only under its own solution', async () => {
      const other = await solution(origin)
      const adoption = await adopt(published.id, { siteId: siteB.id, mode: 'replicate' })
      expectProblem(await readAdoption(other.id, adoption.id, curator), 404)
      expectProblem(await patch({ ...adoption, solutionId: other.id }, { status: 'live' }, curator), 404)
      expectProblem(await remove({ ...adoption, solutionId: other.id }, curator), 404)
      expect((await readAdoption(published.id, adoption.id, curator)).json()).toEqual(adoption)
    })

    it('a change sent with a stale If-Match is refused with 412 and the adoption is left as it was', async () => {
      const adoption = await adopt(published.id, { siteId: siteA.id, mode: 'replicate' })
      expect((await patch(adoption, { status: 'in_progress' }, curator, { 'if-match': '"1"' })).statusCode).toBe(200)
      const stale = expectProblem(await patch(adoption, { status: 'stopped' }, curator, { 'if-match': '"1"' }), 412)
      expect(stale.detail).toContain('version 2')
      expectProblem(await remove(adoption, curator, { 'if-match': '"1"' }), 412)
      expect((await readAdoption(published.id, adoption.id, curator)).json()).toMatchObject({ version: 2, status: 'in_progress' })
    })

    it('retrying a create with the same Idempotency-Key records the adoption once and replays the first answer', async () => {
      const solutionOnce = await solution(origin)
      const key = { 'idempotency-key': `adopt-${solutionOnce.id}` }
      const first = await post(solutionOnce.id, { siteId: siteA.id, mode: 'enhance' }, memberOfA, key)
      expect(first.statusCode, first.body).toBe(201)
      const again = await post(solutionOnce.id, { siteId: siteA.id, mode: 'enhance' }, memberOfA, key)
      expect(again.statusCode).toBe(201)
      expect(again.headers['idempotent-replayed']).toBe('true')
      expect(again.headers.location).toBe(first.headers.location)
      expect(again.json()).toEqual(first.json())
      expect((await list(solutionOnce.id)).data).toHaveLength(1)
      expectProblem(await post(solutionOnce.id, { siteId: siteA.id, mode: 'replicate' }, memberOfA, key), 422)
    })
  })

  describe("a solution's reuse counts", () => {
    it('count every mode, in the item and in lists, and drop when an adoption is deleted', async () => {
      const counted = await solution(origin)
      expect(await readSolution(counted.id)).toMatchObject({
        adoptionCount: 0,
        adoptionsByMode: { replicate: 0, customise: 0, enhance: 0 },
      })
      await adopt(counted.id, { siteId: siteA.id, mode: 'replicate' }, memberOfA)
      const customised = await adopt(counted.id, { siteId: siteB.id, mode: 'customise' }, memberOfB)
      await adopt(counted.id, { siteId: siteA.id, mode: 'enhance', status: 'live' })
      await adopt(counted.id, { siteId: siteB.id, mode: 'enhance' })

      expect(await readSolution(counted.id)).toMatchObject({
        adoptionCount: 4,
        adoptionsByMode: { replicate: 1, customise: 1, enhance: 2 },
      })
      const listed = await app.inject({ method: 'GET', url: `/v1/solutions?siteId=${origin.id}&limit=100`, headers: memberOfA.headers })
      expect(listed.statusCode, listed.body).toBe(200)
      expect(listed.json<Page<Solution>>().data.find((item) => item.id === counted.id)).toMatchObject({
        adoptionCount: 4,
        adoptionsByMode: { replicate: 1, customise: 1, enhance: 2 },
      })

      expect((await patch(customised, { mode: 'replicate' }, memberOfB)).statusCode).toBe(200)
      expect((await readSolution(counted.id)).adoptionsByMode).toEqual({ replicate: 2, customise: 0, enhance: 2 })
      expect((await remove(customised, memberOfB)).statusCode).toBe(204)
      expect(await readSolution(counted.id)).toMatchObject({
        adoptionCount: 3,
        adoptionsByMode: { replicate: 1, customise: 0, enhance: 2 },
      })
    })
  })

  it("recording an adoption changes the solution's ETag, so a cached copy never shows stale counts", async () => {
    const cached = await solution(origin)
    const first = await app.inject({ method: 'GET', url: `/v1/solutions/${cached.id}`, headers: memberOfA.headers })
    const etag = String(first.headers.etag)
    await adopt(cached.id, { siteId: siteA.id, mode: 'replicate' }, memberOfA)
    const revalidated = await app.inject({
      method: 'GET',
      url: `/v1/solutions/${cached.id}`,
      headers: { ...memberOfA.headers, 'if-none-match': etag },
    })
    expect(revalidated.statusCode).toBe(200)
    expect(revalidated.headers.etag).not.toBe(etag)
    expect(revalidated.json<Solution>().adoptionCount).toBe(1)
  })

  describe('what can be adopted, and by whom', () => {
    const unpublished: ContentStatus[] = ['draft', 'submitted', 'in_review', 'changes_requested', 'rejected', 'duplicate', 'archived']

    it.each(unpublished)('a %s solution cannot be adopted (409 saying why)', async (status) => {
      const notYet = await solution(origin, status)
      const problem = expectProblem(await post(notYet.id, { siteId: siteA.id, mode: 'replicate' }, curator), 409)
      expect(problem.detail).toBe(`Only published solutions can be adopted; this one is ${status.replace('_', ' ')}.`)
      expect((await list(notYet.id)).data).toEqual([])
    })

    it('a site cannot adopt its own solution (400 saying why), even through a curator', async () => {
      for (const who of [memberOfOrigin, curator]) {
        const problem = expectProblem(await post(published.id, { siteId: origin.id, mode: 'customise' }, who), 400, '/siteId')
        expect(problem.detail).toMatch(/does not adopt its own solution/)
      }
    })

    it('an archived site cannot record a new adoption', async () => {
      const problem = expectProblem(await post(published.id, { siteId: archived.id, mode: 'replicate' }, curator), 400, '/siteId')
      expect(problem.detail).toMatch(/archived/)
    })

    it('a live adoption can still be marked stopped after the solution is archived', async () => {
      const retiring = await solution(origin)
      const adoption = await adopt(retiring.id, { siteId: siteA.id, mode: 'replicate', status: 'live' }, memberOfA)
      await setStatus(app, retiring.id, 'archived')
      const stopped = await patch(adoption, { status: 'stopped' }, curator)
      expect(stopped.statusCode, stopped.body).toBe(200)
      expect(stopped.json()).toMatchObject({ status: 'stopped', version: 2 })
    })
  })

  describe('enhancements and lineage', () => {
    async function lineageOf(id: string) {
      const res = await app.inject({ method: 'GET', url: `/v1/solutions/${id}/lineage`, headers: curator.headers })
      expect(res.statusCode, res.body).toBe(200)
      return res.json<SolutionLineage>()
    }

    it('an enhancement names the new solution the site produced, which becomes derived from the adopted one', async () => {
      const adopted = await solution(origin)
      const produced = await solution(siteA, 'draft')
      const adoption = await adopt(adopted.id, { siteId: siteA.id, mode: 'enhance', producedSolutionId: produced.id }, memberOfA)
      expect(adoption.producedSolutionId).toBe(produced.id)
      const producedNow = await readSolution(produced.id)
      expect(producedNow).toMatchObject({ derivedFromId: adopted.id, version: produced.version + 1 })
      expect((await lineageOf(adopted.id)).descendants).toEqual([
        { id: produced.id, title: produced.title, status: 'draft', siteId: siteA.id, derivedFromId: adopted.id, depth: 1 },
      ])
      const [created] = await auditOf(adoption.id)
      expect(created).toMatchObject({ action: 'adoption.created', data: { producedSolutionId: produced.id, derivedFromLinked: true } })
    })

    it('a produced solution that already says what it was derived from keeps that', async () => {
      const adopted = await solution(origin)
      const earlier = await solution(siteB)
      const produced = await solution(siteA, 'published', { derivedFromId: earlier.id })
      await adopt(adopted.id, { siteId: siteA.id, mode: 'enhance', producedSolutionId: produced.id })
      expect(await readSolution(produced.id)).toMatchObject({ derivedFromId: earlier.id, version: produced.version })
      expect((await lineageOf(adopted.id)).descendants).toEqual([])
    })

    it('naming the produced solution later, by a change, links the lineage too', async () => {
      const adopted = await solution(origin)
      const adoption = await adopt(adopted.id, { siteId: siteB.id, mode: 'enhance' }, memberOfB)
      const produced = await solution(siteB, 'draft')
      const named = await patch(adoption, { producedSolutionId: produced.id, status: 'live' }, memberOfB)
      expect(named.statusCode, named.body).toBe(200)
      expect((await readSolution(produced.id)).derivedFromId).toBe(adopted.id)
      const cleared = await patch(named.json<Adoption>(), { producedSolutionId: null, mode: 'customise' }, memberOfB)
      expect(cleared.statusCode, cleared.body).toBe(200)
      expect(cleared.json()).toMatchObject({ producedSolutionId: null, mode: 'customise' })
      expect((await readSolution(produced.id)).derivedFromId).toBe(adopted.id)
    })

    it('the produced solution must be one the adopting site made, and not one the adopted solution came from', async () => {
      const ancestor = await solution(siteA)
      const adopted = await solution(origin, 'published', { derivedFromId: ancestor.id })
      const ofAnotherSite = await solution(siteB)
      const attempts: [string, RegExp][] = [
        [ofAnotherSite.id, /adopting site/],
        [ancestor.id, /derived from/],
        [adopted.id, /solution being adopted/],
      ]
      for (const [producedSolutionId, reason] of attempts) {
        const res = await post(adopted.id, { siteId: siteA.id, mode: 'enhance', producedSolutionId }, curator)
        expect(expectProblem(res, 400, '/producedSolutionId').detail).toMatch(reason)
      }
      expect((await readSolution(ofAnotherSite.id)).derivedFromId).toBeNull()
      expect((await list(adopted.id)).data).toEqual([])
    })

    it("a contributor cannot name another site's draft they cannot see as what they produced", async () => {
      const hidden = await solution(siteB, 'draft')
      const res = await post(published.id, { siteId: siteA.id, mode: 'enhance', producedSolutionId: hidden.id }, memberOfA)
      expect(expectProblem(res, 400, '/producedSolutionId').detail).toMatch(/not a known solution/)
    })

    it('leaving enhance while the adoption names a produced solution is refused, naming /mode', async () => {
      const produced = await solution(siteA, 'draft')
      const adoption = await adopt(published.id, { siteId: siteA.id, mode: 'enhance', producedSolutionId: produced.id })
      expectProblem(await patch(adoption, { mode: 'replicate' }, curator), 400, '/mode')
      expectProblem(await patch(adoption, { mode: 'customise', producedSolutionId: produced.id }, curator), 400, '/producedSolutionId')
      expect((await readAdoption(published.id, adoption.id, curator)).json()).toEqual(adoption)
    })
  })

  describe('bad input', () => {
    const creates: [string, Record<string, unknown>, string][] = [
      ['a missing siteId', { mode: 'replicate' }, '/siteId'],
      ['a missing mode', { siteId: 'SITE_A' }, '/mode'],
      ['an unknown mode', { siteId: 'SITE_A', mode: 'borrow' }, '/mode'],
      ['an unknown status', { siteId: 'SITE_A', mode: 'replicate', status: 'finished' }, '/status'],
      ['an unknown property', { siteId: 'SITE_A', mode: 'replicate', colour: 'blue' }, '/colour'],
      ['a siteId that is not a UUID', { siteId: 'riverside', mode: 'replicate' }, '/siteId'],
      ['an unknown site', { siteId: UNKNOWN_ID, mode: 'replicate' }, '/siteId'],
      ['a startedAt that is not a timestamp', { siteId: 'SITE_A', mode: 'replicate', startedAt: 'last spring' }, '/startedAt'],
      ['notes that are not text', { siteId: 'SITE_A', mode: 'replicate', notes: 42 }, '/notes'],
      ['an unknown producedSolutionId', { siteId: 'SITE_A', mode: 'enhance', producedSolutionId: UNKNOWN_ID }, '/producedSolutionId'],
      ['a producedSolutionId that is not a UUID', { siteId: 'SITE_A', mode: 'enhance', producedSolutionId: 'x' }, '/producedSolutionId'],
      [
        'a producedSolutionId with mode replicate',
        { siteId: 'SITE_A', mode: 'replicate', producedSolutionId: 'PRODUCED' },
        '/producedSolutionId',
      ],
      [
        'a producedSolutionId with mode customise',
        { siteId: 'SITE_A', mode: 'customise', producedSolutionId: 'PRODUCED' },
        '/producedSolutionId',
      ],
    ]

    it.each(creates)('recording an adoption with %s is a 400 naming the field, and records nothing', async (_, body, pointer) => {
      const target = await solution(origin)
      const produced = await solution(siteA)
      const payload = Object.fromEntries(
        Object.entries(body).map(([key, value]) => [key, value === 'SITE_A' ? siteA.id : value === 'PRODUCED' ? produced.id : value]),
      )
      expectProblem(await post(target.id, payload, memberOfA), 400, pointer)
      expect((await list(target.id)).data).toEqual([])
      expect((await readSolution(produced.id)).derivedFromId).toBeNull()
    })

    const changes: [string, Record<string, unknown>, string][] = [
      ['an empty change', {}, '/'],
      ['an unknown mode', { mode: 'borrow' }, '/mode'],
      ['an unknown status', { status: 'finished' }, '/status'],
      ['a change of site', { siteId: UNKNOWN_ID }, '/siteId'],
      ['an unknown property', { colour: 'blue' }, '/colour'],
      ['a producedSolutionId on a replicate', { producedSolutionId: UNKNOWN_ID }, '/producedSolutionId'],
    ]

    it.each(changes)('changing an adoption with %s is a 400 naming the field, and changes nothing', async (_, payload, pointer) => {
      const adoption = await adopt(published.id, { siteId: siteA.id, mode: 'replicate' }, memberOfA)
      expectProblem(await patch(adoption, payload, memberOfA), 400, pointer)
      expect((await readAdoption(published.id, adoption.id, memberOfA)).json()).toEqual(adoption)
    })

    it.each([
      ['limit', { limit: '0' }],
      ['limit', { limit: '101' }],
      ['mode', { mode: 'borrow' }],
      ['status', { status: 'finished' }],
      ['siteId', { siteId: 'riverside' }],
      ['cursor', { cursor: 'not-a-cursor' }],
      ['colour', { colour: 'blue' }],
    ])('listing with a bad %s is a 400 naming it', async (name, query) => {
      const res = await app.inject({
        method: 'GET',
        url: `${adoptionsUrl(published.id)}?${new URLSearchParams(query)}`,
        headers: curator.headers,
      })
      expectProblem(res, 400, `/${name}`)
    })

    it('ids in the path that are not UUIDs are a 400 naming them', async () => {
      expectProblem(await app.inject({ method: 'GET', url: '/v1/solutions/nope/adoptions', headers: curator.headers }), 400, '/id')
      expectProblem(await readAdoption(published.id, 'nope', curator), 400, '/adoptionId')
    })
  })

  describe('listing', () => {
    let busy: Solution
    const recorded: Adoption[] = []

    beforeAll(async () => {
      busy = await solution(origin)
      const plan: [Site, 'replicate' | 'customise' | 'enhance', 'planned' | 'in_progress' | 'live' | 'stopped'][] = [
        [siteA, 'replicate', 'planned'],
        [siteB, 'customise', 'live'],
        [siteA, 'enhance', 'in_progress'],
        [siteB, 'replicate', 'stopped'],
        [siteA, 'customise', 'live'],
        [siteB, 'enhance', 'planned'],
        [siteA, 'replicate', 'live'],
      ]
      for (const [site, mode, status] of plan) recorded.push(await adopt(busy.id, { siteId: site.id, mode, status }))
    })

    it('pages through every adoption exactly once, newest first, following nextCursor and the Link header', async () => {
      const seen: Adoption[] = []
      let cursor: string | null = null
      let pages = 0
      do {
        const query: Record<string, string> = cursor ? { limit: '3', cursor } : { limit: '3' }
        const res = await app.inject({
          method: 'GET',
          url: `${adoptionsUrl(busy.id)}?${new URLSearchParams(query)}`,
          headers: memberOfB.headers,
        })
        expect(res.statusCode, res.body).toBe(200)
        const page = res.json<Page<Adoption>>()
        if (page.nextCursor) expect(res.headers.link).toContain(`rel="next"`)
        else expect(res.headers.link).toBeUndefined()
        seen.push(...page.data)
        cursor = page.nextCursor
        pages++
      } while (cursor)
      expect(pages).toBe(3)
      expect(seen).toEqual([...recorded].reverse())
    })

    it.each([
      [{ siteId: 'A' }, (adoption: Adoption, ids: Record<string, string>) => adoption.siteId === ids.A],
      [{ mode: 'replicate' }, (adoption: Adoption) => adoption.mode === 'replicate'],
      [{ status: 'live' }, (adoption: Adoption) => adoption.status === 'live'],
      [
        { siteId: 'B', mode: 'enhance' },
        (adoption: Adoption, ids: Record<string, string>) => adoption.siteId === ids.B && adoption.mode === 'enhance',
      ],
    ])('filters by %o', async (filter, matches) => {
      const ids = { A: siteA.id, B: siteB.id }
      const query = Object.fromEntries(
        Object.entries(filter).map(([key, value]) => [key, key === 'siteId' ? ids[value as 'A' | 'B'] : value]),
      )
      const expected = [...recorded].reverse().filter((adoption) => matches(adoption, ids))
      expect(expected.length).toBeGreaterThan(0)
      expect((await list(busy.id, query as Record<string, string>)).data).toEqual(expected)
    })
  })
})
