import {
  type AvailableActionList,
  type CaseStudy,
  type ContentType,
  type Lesson,
  type Solution,
  type Transition,
  type TransitionList,
  workflow,
  workflowActions,
} from '@learnonce/contracts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { type TestApp, testApp } from '../../test/app.js'
import { auditActionsFor, type SignedIn, signIn } from '../../test/factories.js'
import { actAt, driveTo } from '../../test/workflow.js'
import { type Cast, castFor, expectProblem, validBody } from '../content/content-fixtures.js'
import { contentKinds } from '../content/kinds.js'

type Item = Lesson | CaseStudy | Solution

const bodies: Record<ContentType, (cast: Cast) => object> = {
  lesson: (cast) => validBody.lesson(cast.siteA.id),
  case_study: (cast) => validBody.caseStudy([cast.siteA.id]),
  solution: (cast) => validBody.solution(cast.siteA.id),
}

describe('the curation workflow', () => {
  let t: TestApp
  let app: App
  let cast: Cast
  let otherCurator: SignedIn
  const people = () => ({ contributor: cast.contributor, curator: cast.curator })

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    cast = await castFor(app)
    otherCurator = await signIn(app, 'curator', [], 'Morgan Other-Curator')
  })
  afterAll(() => t.close())

  const create = async (path = '/v1/lessons', payload: object = validBody.lesson(cast.siteA.id), who = cast.contributor) => {
    const res = await app.inject({ method: 'POST', url: path, headers: who.headers, payload })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<Item>()
  }
  const read = async (id: string, path = '/v1/lessons', who = cast.curator) => {
    const res = await app.inject({ method: 'GET', url: `${path}/${id}`, headers: who.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Item>()
  }
  const history = async (id: string, path = '/v1/lessons', who: SignedIn = cast.contributor) => {
    const res = await app.inject({ method: 'GET', url: `${path}/${id}/history`, headers: who.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<TransitionList>().data
  }
  const step = async (id: string, action: (typeof workflowActions)[number], who: SignedIn, payload?: object) => {
    const res = await actAt(app, '/v1/lessons', id, action, who, payload)
    expect(res.statusCode, `${action}: ${res.body}`).toBe(200)
    return res.json<Lesson>()
  }

  describe.each(contentKinds.map((kind) => ({ type: kind.type, path: kind.path })))('for $type', ({ type, path }) => {
    it('every action in the table works through its route and is recorded in the history and the audit log', async () => {
      const item = await create(path, bodies[type](cast))
      const original = await create(path, bodies[type](cast))
      await driveTo(app, path, original.id, 'published', people())
      // submit, claim, release, claim, request changes, submit, claim, publish, archive, restore, reaffirm
      const done: string[] = []
      const run = async (action: (typeof workflowActions)[number], who: SignedIn, payload?: object) => {
        const res = await actAt(app, path, item.id, action, who, payload)
        expect(res.statusCode, `${action}: ${res.body}`).toBe(200)
        expect(res.json<Item>().status).toBe(workflow[action].to)
        done.push(action)
      }
      await run('submit', cast.contributor)
      await run('claim', cast.curator)
      await run('release', cast.curator)
      await run('claim', cast.curator)
      await run('request-changes', cast.curator, { note: 'Say what the pilot measured.' })
      await run('submit', cast.contributor)
      await run('claim', cast.curator)
      await run('publish', cast.curator)
      await run('archive', cast.curator)
      await run('restore', cast.curator)
      await run('reaffirm', cast.curator, { note: 'Still how we would do it.' })
      const second = await create(path, bodies[type](cast))
      await driveTo(app, path, second.id, 'in_review', people())
      expect((await actAt(app, path, second.id, 'reject', cast.curator, { note: 'Out of scope for the hub.' })).statusCode).toBe(200)
      const third = await create(path, bodies[type](cast))
      await driveTo(app, path, third.id, 'in_review', people())
      expect((await actAt(app, path, third.id, 'mark-duplicate', cast.curator, { duplicateOfId: original.id })).statusCode).toBe(200)

      expect((await history(item.id, path)).map((row) => row.action)).toEqual(done)
      const every = new Set([...done, 'reject', 'mark-duplicate'])
      expect([...every].sort()).toEqual([...workflowActions].sort())
      const audited = [
        ...(await auditActionsFor(app, item.id)),
        ...(await auditActionsFor(app, second.id)),
        ...(await auditActionsFor(app, third.id)),
      ]
      for (const action of workflowActions) expect(audited).toContain(`${type}.${workflow[action].done}`)
    })
  })

  it('a full round trip is in the history: who, when, from, to and the note, oldest first', async () => {
    const lesson = await create()
    await step(lesson.id, 'submit', cast.contributor)
    await step(lesson.id, 'claim', cast.curator)
    await step(lesson.id, 'request-changes', cast.curator, { note: 'Add what you would do differently.' })
    const edited = await app.inject({
      method: 'PATCH',
      url: `/v1/lessons/${lesson.id}`,
      headers: cast.contributor.headers,
      payload: { doDifferently: 'Agree the data-sharing agreement first.' },
    })
    expect(edited.statusCode, edited.body).toBe(200)
    // Editing while sent back does not move it on: only submitting again does.
    expect(edited.json<Lesson>().status).toBe('changes_requested')
    await step(lesson.id, 'submit', cast.contributor, { note: 'Added the reflection.' })
    await step(lesson.id, 'claim', otherCurator)
    const published = await step(lesson.id, 'publish', otherCurator)
    await step(lesson.id, 'archive', cast.curator)
    const restored = await step(lesson.id, 'restore', cast.curator)

    const rows = await history(lesson.id)
    expect(
      rows.map(({ action, fromStatus, toStatus, actorId, actorName, note }) => ({
        action,
        fromStatus,
        toStatus,
        actorId,
        actorName,
        note,
      })),
    ).toEqual([
      {
        action: 'submit',
        fromStatus: 'draft',
        toStatus: 'submitted',
        actorId: cast.contributor.user.id,
        actorName: cast.contributor.user.name,
        note: null,
      },
      {
        action: 'claim',
        fromStatus: 'submitted',
        toStatus: 'in_review',
        actorId: cast.curator.user.id,
        actorName: cast.curator.user.name,
        note: null,
      },
      {
        action: 'request-changes',
        fromStatus: 'in_review',
        toStatus: 'changes_requested',
        actorId: cast.curator.user.id,
        actorName: cast.curator.user.name,
        note: 'Add what you would do differently.',
      },
      {
        action: 'submit',
        fromStatus: 'changes_requested',
        toStatus: 'submitted',
        actorId: cast.contributor.user.id,
        actorName: cast.contributor.user.name,
        note: 'Added the reflection.',
      },
      {
        action: 'claim',
        fromStatus: 'submitted',
        toStatus: 'in_review',
        actorId: otherCurator.user.id,
        actorName: 'Morgan Other-Curator',
        note: null,
      },
      {
        action: 'publish',
        fromStatus: 'in_review',
        toStatus: 'published',
        actorId: otherCurator.user.id,
        actorName: 'Morgan Other-Curator',
        note: null,
      },
      {
        action: 'archive',
        fromStatus: 'published',
        toStatus: 'archived',
        actorId: cast.curator.user.id,
        actorName: cast.curator.user.name,
        note: null,
      },
      {
        action: 'restore',
        fromStatus: 'archived',
        toStatus: 'published',
        actorId: cast.curator.user.id,
        actorName: cast.curator.user.name,
        note: null,
      },
    ])
    const times = rows.map((row) => Date.parse(row.createdAt))
    expect(times).toEqual([...times].sort((a, b) => a - b))
    // Published once: restoring keeps the first publication date.
    expect(published.publishedAt).not.toBeNull()
    expect(restored.publishedAt).toBe(published.publishedAt)
    expect(restored.decisionNote).toBeNull()
  })

  it('the contributor reads the decision note and who holds the item while it is in review', async () => {
    const lesson = await create()
    await step(lesson.id, 'submit', cast.contributor)
    const submitted = await read(lesson.id, '/v1/lessons', cast.contributor)
    expect(submitted).toMatchObject({ status: 'submitted', assigneeId: null, submittedAt: expect.any(String) })
    const claimed = await step(lesson.id, 'claim', cast.curator)
    expect(claimed.assigneeId).toBe(cast.curator.user.id)
    const sentBack = await step(lesson.id, 'request-changes', cast.curator, { note: 'Name the EPR supplier.' })
    expect(sentBack).toMatchObject({ status: 'changes_requested', assigneeId: null, decisionNote: 'Name the EPR supplier.' })
    const resubmitted = await step(lesson.id, 'submit', cast.contributor)
    expect(Date.parse(resubmitted.submittedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(submitted.submittedAt ?? ''))
  })

  it('two curators never hold one item: the second claim is a 409 naming who holds it', async () => {
    const lesson = await create()
    await step(lesson.id, 'submit', cast.contributor)
    await step(lesson.id, 'claim', otherCurator)
    const problem = expectProblem(await actAt(app, '/v1/lessons', lesson.id, 'claim', cast.curator), 409)
    expect(problem.detail).toContain('Morgan Other-Curator holds it')
    const publish = expectProblem(await actAt(app, '/v1/lessons', lesson.id, 'publish', cast.curator), 403)
    expect(publish.detail).toContain('held by Morgan Other-Curator')
  })

  it('an admin may publish, reject or release an item another curator holds; request-changes stays the assignee’s', async () => {
    const lesson = await create()
    await driveTo(app, '/v1/lessons', lesson.id, 'in_review', people())
    expectProblem(await actAt(app, '/v1/lessons', lesson.id, 'request-changes', cast.admin, { note: 'x' }), 403)
    const published = await step(lesson.id, 'publish', cast.admin)
    expect(published.status).toBe('published')
    const [, , last] = await history(lesson.id)
    expect(last).toMatchObject({ action: 'publish', actorId: cast.admin.user.id })
  })

  describe('marking a duplicate', () => {
    let original: Lesson
    beforeAll(async () => {
      original = (await create()) as Lesson
      await driveTo(app, '/v1/lessons', original.id, 'published', people())
    })
    const inReview = async () => {
      const lesson = await create()
      await driveTo(app, '/v1/lessons', lesson.id, 'in_review', people())
      return lesson
    }

    it('points the duplicate at its original and keeps the curator’s note', async () => {
      const lesson = await inReview()
      const marked = await step(lesson.id, 'mark-duplicate', cast.curator, { duplicateOfId: original.id, note: 'Told before by site A.' })
      expect(marked).toMatchObject({
        status: 'duplicate',
        duplicateOfId: original.id,
        decisionNote: 'Told before by site A.',
        assigneeId: null,
      })
    })

    const another = async (path: string, payload: object) => ({ duplicateOfId: (await create(path, payload)).id })
    it.each([
      { what: 'without an original', body: async () => ({}), detail: /duplicateOfId/ },
      { what: 'naming itself', body: async (id: string) => ({ duplicateOfId: id }), detail: /itself/ },
      {
        what: 'naming an item that does not exist',
        body: async () => ({ duplicateOfId: '01900000-0000-7000-8000-000000000001' }),
        detail: /not a known lesson/,
      },
      {
        what: 'naming a solution for a lesson',
        body: () => another('/v1/solutions', validBody.solution(cast.siteA.id)),
        detail: /not a known lesson/,
      },
      {
        what: 'naming a case study for a lesson',
        body: () => another('/v1/case-studies', validBody.caseStudy([cast.siteA.id])),
        detail: /not a known lesson/,
      },
      { what: 'with an id that is not a UUID', body: async () => ({ duplicateOfId: 'lesson-7' }), detail: /duplicateOfId/ },
    ])('is refused $what with a 400 naming /duplicateOfId, and nothing changes', async ({ body: bodyOf, detail }) => {
      const lesson = await inReview()
      const body = await bodyOf(lesson.id)
      const before = await read(lesson.id)
      const problem = expectProblem(await actAt(app, '/v1/lessons', lesson.id, 'mark-duplicate', cast.curator, body), 400, '/duplicateOfId')
      expect(problem.detail).toMatch(detail)
      // Nothing half-done: the item, its history and the audit log are as they were.
      expect(await read(lesson.id)).toEqual(before)
      expect((await history(lesson.id)).map((row) => row.action)).toEqual(['submit', 'claim'])
      expect(await auditActionsFor(app, lesson.id)).not.toContain('lesson.marked_duplicate')
    })

    it('refuses to make two items duplicates of each other', async () => {
      const first = await inReview()
      const second = await inReview()
      await step(first.id, 'mark-duplicate', cast.curator, { duplicateOfId: second.id })
      const problem = expectProblem(
        await actAt(app, '/v1/lessons', second.id, 'mark-duplicate', cast.curator, { duplicateOfId: first.id }),
        400,
        '/duplicateOfId',
      )
      expect(problem.detail).toContain('itself marked as a duplicate of this lesson')
    })

    it('a contributor who cannot see the original cannot learn about it through mark-duplicate (they cannot mark at all)', async () => {
      const lesson = await inReview()
      expectProblem(await actAt(app, '/v1/lessons', lesson.id, 'mark-duplicate', cast.contributor, { duplicateOfId: original.id }), 403)
    })
  })

  describe('notes', () => {
    it.each(['request-changes', 'reject'] as const)('%s needs a note: a 400 naming /note, and the item stays in review', async (action) => {
      const lesson = await create()
      await driveTo(app, '/v1/lessons', lesson.id, 'in_review', people())
      expectProblem(await actAt(app, '/v1/lessons', lesson.id, action, cast.curator), 400, '/note')
      expectProblem(await actAt(app, '/v1/lessons', lesson.id, action, cast.curator, { note: '   ' }), 400, '/note')
      expect((await read(lesson.id)).status).toBe('in_review')
    })

    it('refuses unknown fields and notes that are too long', async () => {
      const lesson = await create()
      expectProblem(await actAt(app, '/v1/lessons', lesson.id, 'submit', cast.contributor, { status: 'published' }), 400)
      expectProblem(await actAt(app, '/v1/lessons', lesson.id, 'submit', cast.contributor, { note: 'x'.repeat(5001) }), 400, '/note')
      expect((await read(lesson.id)).status).toBe('draft')
    })
  })

  describe('preconditions and identity', () => {
    it('honours If-Match: the ETag just read works once, and a stale one is a 412 that changes nothing', async () => {
      const lesson = await create()
      const got = await app.inject({ method: 'GET', url: `/v1/lessons/${lesson.id}`, headers: cast.contributor.headers })
      const tag = String(got.headers.etag)
      const submitted = await actAt(app, '/v1/lessons', lesson.id, 'submit', cast.contributor, undefined, { 'if-match': tag })
      expect(submitted.statusCode, submitted.body).toBe(200)
      expect(submitted.headers.etag).not.toBe(tag)
      expectProblem(await actAt(app, '/v1/lessons', lesson.id, 'claim', cast.curator, undefined, { 'if-match': tag }), 412)
      expect((await read(lesson.id)).status).toBe('submitted')
      const fresh = String(submitted.headers.etag)
      expect((await actAt(app, '/v1/lessons', lesson.id, 'claim', cast.curator, undefined, { 'if-match': fresh })).statusCode).toBe(200)
    })

    it('answers 404 for an item that does not exist or is of another kind, 400 for an id that is not a UUID, 401 without a token', async () => {
      const solution = await create('/v1/solutions', validBody.solution(cast.siteA.id))
      expectProblem(await actAt(app, '/v1/lessons', solution.id, 'submit', cast.curator), 404)
      expectProblem(await actAt(app, '/v1/lessons', '01900000-0000-7000-8000-000000000000', 'submit', cast.curator), 404)
      expectProblem(await actAt(app, '/v1/lessons', 'not-an-id', 'submit', cast.curator), 400)
      const anonymous = await app.inject({ method: 'POST', url: `/v1/solutions/${solution.id}/submit` })
      expectProblem(anonymous, 401)
      expectProblem(await app.inject({ method: 'GET', url: `/v1/solutions/${solution.id}/history` }), 401)
    })

    it('a contributor of another site gets 404 for a draft’s actions and history, as if it did not exist', async () => {
      const lesson = await create()
      expectProblem(await actAt(app, '/v1/lessons', lesson.id, 'submit', cast.otherContributor), 404)
      expectProblem(
        await app.inject({ method: 'GET', url: `/v1/lessons/${lesson.id}/history`, headers: cast.otherContributor.headers }),
        404,
      )
    })

    it('the published history is readable by anyone who can see the item', async () => {
      const lesson = await create()
      await driveTo(app, '/v1/lessons', lesson.id, 'published', people())
      const rows: Transition[] = await history(lesson.id, '/v1/lessons', cast.otherContributor)
      expect(rows.map((row) => row.toStatus)).toEqual(['submitted', 'in_review', 'published'])
    })
  })

  describe('what each person may do now (GET /{id}/actions)', () => {
    const actionsOf = async (id: string, who: SignedIn, path = '/v1/lessons') => {
      const res = await app.inject({ method: 'GET', url: `${path}/${id}/actions`, headers: who.headers })
      return { status: res.statusCode, body: res.json<AvailableActionList>() }
    }
    const names = async (id: string, who: SignedIn) => (await actionsOf(id, who)).body.data.map((entry) => entry.action)

    it('answers the actions each role may take in each state, following the item as it moves', async () => {
      const lesson = await create()
      expect(await names(lesson.id, cast.contributor)).toEqual(['submit'])
      expect(await names(lesson.id, cast.curator)).toEqual(['submit'])
      await step(lesson.id, 'submit', cast.contributor)
      expect(await names(lesson.id, cast.contributor)).toEqual([])
      expect(await names(lesson.id, cast.curator)).toEqual(['claim'])
      await step(lesson.id, 'claim', cast.curator)
      expect(await names(lesson.id, cast.curator)).toEqual(['release', 'request-changes', 'publish', 'reject', 'mark-duplicate'])
      expect(await names(lesson.id, otherCurator)).toEqual([])
      expect(await names(lesson.id, cast.admin)).toEqual(['release', 'publish', 'reject', 'mark-duplicate'])
      await step(lesson.id, 'publish', cast.curator)
      expect(await names(lesson.id, cast.curator)).toEqual(['archive', 'reaffirm'])
      expect(await names(lesson.id, cast.contributor)).toEqual([])
    })

    it('says which need a note or an original, and the version they were decided for', async () => {
      const lesson = await create()
      await step(lesson.id, 'submit', cast.contributor)
      const claimed = await step(lesson.id, 'claim', cast.curator)
      const { body } = await actionsOf(lesson.id, cast.curator)
      expect(body.version).toBe(claimed.version)
      expect(body.data.find((entry) => entry.action === 'request-changes')).toEqual({
        action: 'request-changes',
        label: 'Request changes',
        to: 'changes_requested',
        note: 'required',
        needsDuplicateOf: false,
      })
      expect(body.data.find((entry) => entry.action === 'mark-duplicate')).toMatchObject({ needsDuplicateOf: true, note: 'optional' })
    })

    it('is a 404 to someone who cannot see the item, and offers a contributor of another site nothing once it is public', async () => {
      const lesson = await create()
      expect((await actionsOf(lesson.id, cast.otherContributor)).status).toBe(404)
      await driveTo(app, '/v1/lessons', lesson.id, 'published', people())
      expect(await actionsOf(lesson.id, cast.otherContributor)).toMatchObject({ status: 200, body: { data: [] } })
    })
  })

  it('the OpenAPI document lists every action of the table for every content type, with the note it requires', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<{
      paths: Record<string, { post?: { summary?: string; requestBody?: { content: Record<string, { schema: { required?: string[] } }> } } }>
    }>()
    for (const kind of contentKinds) {
      for (const action of workflowActions) {
        const operation = doc.paths[`${kind.path}/{id}/${action}`]?.post
        expect(operation?.summary, `${kind.path} ${action}`).toContain(workflow[action].label)
        const required = operation?.requestBody?.content['application/json']?.schema.required ?? []
        expect(required.includes('note')).toBe(workflow[action].note === 'required')
      }
      expect(doc.paths[`${kind.path}/{id}/history`]).toBeDefined()
    }
  })
})
