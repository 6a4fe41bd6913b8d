import type { ContentStatus, Site, Solution, SolutionLineage, SolutionNode } from '@learnonce/contracts'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { contentItems } from '../../db/schema/index.js'
import { type TestApp, testApp } from '../../test/app.js'
import { makeSite, type SignedIn, setStatus, signIn } from '../../test/factories.js'
import { expectProblem } from '../../test/problems.js'

const node = (solution: Solution, depth: number): SolutionNode => ({
  id: solution.id,
  title: solution.title,
  status: solution.status,
  siteId: solution.siteId,
  derivedFromId: solution.derivedFromId,
  depth,
})

describe('solution lineage', () => {
  let t: TestApp
  let app: App
  let curator: SignedIn
  let siteA: Site
  let siteB: Site
  let outsider: SignedIn
  let memberOfB: SignedIn

  /** A solution made by a curator, in the given state (published unless told). */
  async function solution(title: string, site: Site, derivedFrom: Solution | null, status: ContentStatus = 'published') {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/solutions',
      headers: curator.headers,
      payload: {
        title,
        problem: `The problem ${title} solves`,
        siteId: site.id,
        ...(derivedFrom ? { derivedFromId: derivedFrom.id } : {}),
      },
    })
    expect(res.statusCode, res.body).toBe(201)
    const created = res.json<Solution>()
    await setStatus(app, created.id, status)
    return { ...created, status }
  }

  const lineageOf = (id: string, who: SignedIn | null) =>
    app.inject({ method: 'GET', url: `/v1/solutions/${id}/lineage`, ...(who ? { headers: who.headers } : {}) })
  const lineage = async (id: string, who: SignedIn = curator) => {
    const res = await lineageOf(id, who)
    expect(res.statusCode, res.body).toBe(200)
    return res.json<SolutionLineage>()
  }

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    curator = await signIn(app, 'curator')
    siteA = await makeSite(app)
    siteB = await makeSite(app)
    outsider = await signIn(app, 'contributor', [(await makeSite(app)).id])
    memberOfB = await signIn(app, 'contributor', [siteB.id])
  })
  afterAll(() => t.close())

  describe('a three-level chain with a sibling branch', () => {
    let root: Solution
    let child: Solution
    let grandchild: Solution
    let sibling: Solution
    let nephew: Solution

    beforeAll(async () => {
      root = await solution('Shared care record consent model', siteA, null)
      child = await solution('Consent model for social care', siteB, root)
      sibling = await solution('Consent model for hospices', siteA, root)
      grandchild = await solution('Consent model for care homes', siteB, child)
      nephew = await solution('Consent model for children’s hospices', siteA, sibling)
    })

    it('the newest enhancement lists what it came from, nearest first', async () => {
      expect(await lineage(grandchild.id)).toEqual({ ancestors: [node(child, 1), node(root, 2)], descendants: [] })
    })

    it('the original lists everything derived from it, breadth first with depths', async () => {
      expect(await lineage(root.id)).toEqual({
        ancestors: [],
        descendants: [node(child, 1), node(sibling, 1), node(grandchild, 2), node(nephew, 2)],
      })
    })

    it('a solution in the middle sees both directions but not its sibling branch', async () => {
      expect(await lineage(child.id)).toEqual({ ancestors: [node(root, 1)], descendants: [node(grandchild, 1)] })
    })

    it('a solution nobody derived from or enhanced has an empty lineage', async () => {
      const alone = await solution('Stand-alone rota tool', siteA, null)
      expect(await lineage(alone.id)).toEqual({ ancestors: [], descendants: [] })
    })

    it('every signed-in role may read the lineage of a published solution', async () => {
      for (const who of [outsider, memberOfB, await signIn(app, 'admin')]) {
        expect((await lineage(grandchild.id, who)).ancestors.map((item) => item.id)).toEqual([child.id, root.id])
      }
    })
  })

  describe('only what the caller may see', () => {
    let root: Solution
    let hiddenDraft: Solution
    let publishedBeyond: Solution
    let otherDraft: Solution

    beforeAll(async () => {
      root = await solution('Discharge summary template', siteA, null)
      hiddenDraft = await solution('Discharge summary for mental health (draft)', siteB, root, 'draft')
      publishedBeyond = await solution('Discharge summary for crisis teams', siteB, hiddenDraft)
      otherDraft = await solution('Discharge summary, unfinished', siteA, root, 'in_review')
    })

    it('a contributor of another site does not see drafts, but sees what lies beyond them at its true depth', async () => {
      expect(await lineage(root.id, outsider)).toEqual({ ancestors: [], descendants: [node(publishedBeyond, 2)] })
      expect(await lineage(publishedBeyond.id, outsider)).toEqual({ ancestors: [node(root, 2)], descendants: [] })
    })

    it("a contributor sees their own site's draft in the chain, and nobody else's", async () => {
      expect(await lineage(root.id, memberOfB)).toEqual({
        ancestors: [],
        descendants: [node(hiddenDraft, 1), node(publishedBeyond, 2)],
      })
    })

    it('a curator sees every solution in the chain, whatever its state', async () => {
      expect(await lineage(root.id)).toEqual({
        ancestors: [],
        descendants: [node(hiddenDraft, 1), node(otherDraft, 1), node(publishedBeyond, 2)],
      })
    })

    it("a contributor asking for the lineage of another site's draft gets 404, as if it did not exist", async () => {
      expect(expectProblem(await lineageOf(hiddenDraft.id, outsider), 404).detail).toBe('Solution was not found.')
      expect((await lineage(hiddenDraft.id, memberOfB)).ancestors).toEqual([node(root, 1)])
    })

    it('an unknown id, or the id of a lesson, is a 404', async () => {
      expectProblem(await lineageOf('01890000-0000-7000-8000-000000000000', curator), 404)
      const lesson = await app.inject({
        method: 'POST',
        url: '/v1/lessons',
        headers: curator.headers,
        payload: { title: 'Not a solution', summary: 'A lesson', siteId: siteA.id },
      })
      expect(lesson.statusCode, lesson.body).toBe(201)
      expectProblem(await lineageOf(lesson.json<{ id: string }>().id, curator), 404)
    })

    it('an id that is not a UUID is a 400 naming it', async () => {
      expectProblem(await lineageOf('not-a-uuid', curator), 400, '/id')
    })

    it('a caller who has not signed in gets 401', async () => {
      expectProblem(await lineageOf(root.id, null), 401)
    })
  })

  describe('odd data', () => {
    it('the API refuses to close a derived-from loop', async () => {
      const first = await solution('Loop start', siteA, null, 'draft')
      const second = await solution('Loop middle', siteA, first, 'draft')
      const third = await solution('Loop end', siteA, second, 'draft')
      const closing = await app.inject({
        method: 'PATCH',
        url: `/v1/solutions/${first.id}`,
        headers: curator.headers,
        payload: { derivedFromId: third.id },
      })
      expect(expectProblem(closing, 400, '/derivedFromId').detail).toMatch(/derived from this solution/)
    })

    it('a derived-from cycle that reached the database some other way is walked once and does not loop', async () => {
      const first = await solution('Cycle start', siteA, null, 'draft')
      const second = await solution('Cycle end', siteA, first, 'draft')
      // Data loaded around the API (an import, a restore): the API itself refuses to close a loop.
      await app.db.update(contentItems).set({ derivedFromId: second.id }).where(eq(contentItems.id, first.id))
      const firstNow = (await app.inject({ method: 'GET', url: `/v1/solutions/${first.id}`, headers: curator.headers })).json<Solution>()
      expect(await lineage(first.id)).toEqual({ ancestors: [node(second, 1)], descendants: [node(second, 1)] })
      expect(await lineage(second.id)).toEqual({ ancestors: [node(firstNow, 1)], descendants: [node(firstNow, 1)] })
    })

    it('a very long chain is shown to 20 steps in each direction', async () => {
      const chain: Solution[] = [await solution('Generation 0', siteA, null)]
      for (let generation = 1; generation <= 24; generation++) {
        chain.push(await solution(`Generation ${generation}`, siteA, chain[generation - 1] ?? null))
      }
      const [first] = chain
      const last = chain[chain.length - 1]
      if (!first || !last) throw new Error('chain not built')
      const upwards = (await lineage(last.id)).ancestors
      expect(upwards.map((item) => item.depth)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1))
      expect(upwards.map((item) => item.id)).toEqual(
        chain
          .slice(4, 24)
          .reverse()
          .map((item) => item.id),
      )
      const downwards = (await lineage(first.id)).descendants
      expect(downwards.map((item) => item.id)).toEqual(chain.slice(1, 21).map((item) => item.id))
    })
  })
})
