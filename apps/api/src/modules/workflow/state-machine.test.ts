import {
  type ContentStatus,
  contentStatuses,
  type Lesson,
  type WorkflowAction,
  type WorkflowRole,
  type WorkflowRule,
  workflow,
  workflowActions,
} from '@learnonce/contracts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { type TestApp, testApp } from '../../test/app.js'
import { type SignedIn, signIn } from '../../test/factories.js'
import { actAt, bodyFor, driveTo } from '../../test/workflow.js'
import { type Cast, castFor, expectProblem, validBody } from '../content/content-fixtures.js'

/*
 * The whole state machine, generated from the declared table: every action from every state by
 * every kind of caller. A new action or state in the table is tested here without a line changed.
 */

/** The people who may call an action, as the item sees them. */
const callers = ['admin', 'assignee', 'otherCurator', 'siteContributor', 'otherContributor'] as const
type Caller = (typeof callers)[number]

/** Which of the table's roles each caller plays towards an item held (when in review) by the assignee. */
const rolesOf: Record<Caller, readonly WorkflowRole[]> = {
  admin: ['curator', 'admin'],
  assignee: ['curator', 'assignee'],
  otherCurator: ['curator'],
  siteContributor: ['siteContributor'],
  otherContributor: [],
}
/** Roles a caller could play towards some item: what a 403 "never for you" turns on. */
const couldPlay: Record<Caller, readonly WorkflowRole[]> = {
  admin: ['curator', 'assignee', 'admin'],
  assignee: ['curator', 'assignee'],
  otherCurator: ['curator', 'assignee'],
  siteContributor: ['siteContributor'],
  otherContributor: ['siteContributor'],
}

/** What SPEC implies: hidden → 404, never your action → 403, wrong state → 409, not yours here → 403, else 200. */
function expected(caller: Caller, status: ContentStatus, action: WorkflowAction): number {
  const rule: WorkflowRule = workflow[action]
  const sees = caller !== 'otherContributor' || status === 'published'
  if (!sees) return 404
  if (!rule.by.some((role) => couldPlay[caller].includes(role))) return 403
  if (!rule.from.includes(status)) return 409
  // Only an item in review has an assignee; outside review nobody plays that role.
  const held = rolesOf[caller].filter((role) => role !== 'assignee' || status === 'in_review')
  return rule.by.some((role) => held.includes(role)) ? 200 : 403
}

const cases = workflowActions.flatMap((action) =>
  contentStatuses.flatMap((status) => callers.map((caller) => ({ action, status, caller, code: expected(caller, status, action) }))),
)

describe('the curation workflow, every action from every state by every caller', () => {
  let t: TestApp
  let app: App
  let cast: Cast
  let people: Record<Caller, SignedIn>
  let original: Lesson

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    cast = await castFor(app)
    people = {
      admin: cast.admin,
      assignee: cast.curator,
      otherCurator: await signIn(app, 'curator'),
      siteContributor: cast.contributor,
      otherContributor: cast.otherContributor,
    }
    original = await newLesson()
    await driveTo(app, '/v1/lessons', original.id, 'published', { contributor: cast.contributor, curator: cast.curator })
  })
  afterAll(() => t.close())

  const newLesson = async (): Promise<Lesson> => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/lessons',
      headers: cast.contributor.headers,
      payload: validBody.lesson(cast.siteA.id),
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<Lesson>()
  }
  const read = async (id: string): Promise<Lesson> =>
    (await app.inject({ method: 'GET', url: `/v1/lessons/${id}`, headers: cast.admin.headers })).json<Lesson>()

  it('the table covers every state: each state is reachable and each has a way on or is an end', () => {
    const reachable = new Set<ContentStatus>(['draft'])
    for (let grew = true; grew; ) {
      grew = false
      for (const action of workflowActions) {
        const rule: WorkflowRule = workflow[action]
        if (rule.from.some((status) => reachable.has(status)) && !reachable.has(rule.to)) {
          reachable.add(rule.to)
          grew = true
        }
      }
    }
    expect([...reachable].sort()).toEqual([...contentStatuses].sort())
  })

  /** A lesson driven to `status`; refusals change nothing (asserted below), so they share one per state. */
  const shared = new Map<ContentStatus, Promise<Lesson>>()
  const lessonIn = async (status: ContentStatus, fresh: boolean): Promise<Lesson> => {
    const make = async () => {
      const lesson = await newLesson()
      await driveTo(app, '/v1/lessons', lesson.id, status, { contributor: cast.contributor, curator: cast.curator }, original.id)
      return lesson
    }
    if (fresh) return make()
    const made = shared.get(status) ?? make()
    shared.set(status, made)
    return made
  }

  it.each(cases)('$caller → $action from $status answers $code', async ({ action, status, caller, code }) => {
    const lesson = await lessonIn(status, code === 200)
    const before = await read(lesson.id)
    const res = await actAt(app, '/v1/lessons', lesson.id, action, people[caller], bodyFor(action, original.id))
    if (code === 200) {
      expect(res.statusCode, res.body).toBe(200)
      const after = res.json<Lesson>()
      expect(after.status).toBe(workflow[action].to)
      expect(after.version).toBe(before.version + 1)
      expect(res.headers.etag).toMatch(new RegExp(`^"${after.version}-`))
      expect(after.assigneeId).toBe(workflow[action].to === 'in_review' ? people[caller].user.id : null)
      return
    }
    const problem = expectProblem(res, code)
    if (code === 409) {
      // It names the state the item is in and what that state allows.
      expect(problem.detail).toMatch(
        /^This lesson is .+; .+ needs it to be .+(Actions it allows now: .+|No action can move it on from there)\.$/,
      )
    }
    // A refused action changes nothing.
    expect(await read(lesson.id)).toEqual(before)
  })
})
