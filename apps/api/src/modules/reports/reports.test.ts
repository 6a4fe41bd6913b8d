import type { AdoptionReport, PipelineReport, Site } from '@learnonce/contracts'
import { parse } from 'csv-parse/sync'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { type TestApp, testApp } from '../../test/app.js'
import { makeSite, type SignedIn, signIn } from '../../test/factories.js'
import { createItem, type MadeItem, walk } from '../../test/workflow.js'
import { expectProblem, validBody } from '../content/content-fixtures.js'

describe('reports for programme teams', () => {
  let t: TestApp
  let app: App
  let london: Site
  let northWest: Site
  let origin: Site
  let curator: SignedIn
  let admin: SignedIn
  let contributor: SignedIn
  let solution: MadeItem

  const get = (who: SignedIn, url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers: { ...who.headers, ...headers } })
  /** Places an item's transitions at known times: `at` is hours after `start` for each action, in order. */
  const placeTransitions = async (item: MadeItem, start: string, at: Record<string, number>) => {
    for (const [action, hours] of Object.entries(at)) {
      await app.db.execute(sql`update content_transitions set created_at = ${start}::timestamptz + make_interval(hours => ${hours})
        where item_id = ${item.id}::uuid and action = ${action}`)
    }
  }

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    ;[london, northWest, origin] = await Promise.all([
      makeSite(app, { name: 'A London practice', region: 'london' }),
      makeSite(app, { name: 'B North West trust', region: 'north_west' }),
      makeSite(app, { region: 'midlands' }),
    ])
    curator = await signIn(app, 'curator')
    admin = await signIn(app, 'admin')
    contributor = await signIn(app, 'contributor', [london.id])

    // The pipeline: two lessons first submitted in March (one decided), one in April; all through the workflow.
    const lesson = () => createItem(app, curator, 'lesson', validBody.lesson(origin.id))
    const decided = await walk(app, await lesson(), [
      [curator, 'submit'],
      [curator, 'claim'],
      [curator, 'publish'],
    ])
    const claimed = await walk(app, await lesson(), [
      [curator, 'submit'],
      [curator, 'claim'],
    ])
    const waiting = await walk(app, await lesson(), [[curator, 'submit']])
    // The workflow stamps each transition with now; the report's figures need them spread over weeks.
    await placeTransitions(decided, '2026-03-02T00:00:00Z', { submit: 0, claim: 2, publish: 10 })
    await placeTransitions(claimed, '2026-03-05T00:00:00Z', { submit: 0, claim: 4 })
    await placeTransitions(waiting, '2026-04-01T09:00:00Z', { submit: 0 })

    solution = await createItem(app, curator, 'solution', { ...validBody.solution(origin.id), title: '=Shared records template' })
    await walk(app, solution, [
      [curator, 'submit'],
      [curator, 'claim'],
      [curator, 'publish'],
    ])
    await placeTransitions(solution, '2026-02-01T00:00:00Z', { submit: 0, claim: 1, publish: 1 })
    const adopt = async (who: SignedIn, payload: object) => {
      const res = await app.inject({ method: 'POST', url: `/v1/solutions/${solution.id}/adoptions`, headers: who.headers, payload })
      expect(res.statusCode, res.body).toBe(201)
    }
    await adopt(contributor, { siteId: london.id, mode: 'replicate', status: 'live', startedAt: '2026-03-10T10:00:00Z' })
    await adopt(curator, { siteId: northWest.id, mode: 'customise', status: 'planned', startedAt: '2026-03-31T23:30:00Z' })
    await adopt(curator, { siteId: northWest.id, mode: 'customise', status: 'live', startedAt: '2026-04-02T08:00:00Z' })
    // Outside the period: before it, and after it.
    await adopt(curator, { siteId: london.id, mode: 'enhance', startedAt: '2025-12-31T23:59:00Z' })
    await adopt(curator, { siteId: london.id, mode: 'enhance', startedAt: '2026-05-01T00:00:00Z' })
  })
  afterAll(async () => t?.close())

  it('counts adoptions by solution, mode and site in the period, with each site’s region', async () => {
    const res = await get(curator, '/v1/reports/adoptions?from=2026-01-01&to=2026-04-30')
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json<AdoptionReport>()).toEqual({
      from: '2026-01-01',
      to: '2026-04-30',
      rows: [
        {
          solutionId: solution.id,
          solutionTitle: '=Shared records template',
          mode: 'customise',
          siteId: northWest.id,
          siteName: 'B North West trust',
          region: 'north_west',
          adoptions: 2,
          live: 1,
        },
        {
          solutionId: solution.id,
          solutionTitle: '=Shared records template',
          mode: 'replicate',
          siteId: london.id,
          siteName: 'A London practice',
          region: 'london',
          adoptions: 1,
          live: 1,
        },
      ],
    })
    const march = await get(admin, '/v1/reports/adoptions?from=2026-03-01&to=2026-03-31')
    expect(march.json<AdoptionReport>().rows.map((row) => [row.mode, row.adoptions])).toEqual([
      ['customise', 1],
      ['replicate', 1],
    ])
  })

  it('measures the pipeline by kind and month: submissions, and the hours to first review and to decision', async () => {
    const res = await get(curator, '/v1/reports/pipeline?from=2026-03-01&to=2026-04-30')
    expect(res.statusCode, res.body).toBe(200)
    const report = res.json<PipelineReport>()
    expect(report.rows.map((row) => `${row.month} ${row.type}`)).toEqual([
      '2026-03 lesson',
      '2026-03 case_study',
      '2026-03 solution',
      '2026-04 lesson',
      '2026-04 case_study',
      '2026-04 solution',
    ])
    expect(report.rows[0]).toEqual({
      type: 'lesson',
      month: '2026-03',
      submissions: 2,
      firstSubmissions: 2,
      reviewed: 2,
      decided: 1,
      medianHoursToFirstReview: 3,
      p90HoursToFirstReview: 3.8,
      medianHoursToDecision: 10,
      p90HoursToDecision: 10,
    })
    expect(report.rows[3]).toMatchObject({ submissions: 1, firstSubmissions: 1, reviewed: 0, decided: 0, medianHoursToFirstReview: null })
    expect(report.rows[2]).toMatchObject({ type: 'solution', submissions: 0, firstSubmissions: 0, p90HoursToDecision: null })
  })

  it('answers CSV for format=csv or Accept: text/csv, escaping formulas', async () => {
    const byFormat = await get(curator, '/v1/reports/adoptions?from=2026-01-01&to=2026-04-30&format=csv')
    const byAccept = await get(curator, '/v1/reports/adoptions?from=2026-01-01&to=2026-04-30', { accept: 'text/csv' })
    for (const res of [byFormat, byAccept]) {
      expect(res.statusCode, res.body).toBe(200)
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
      expect(res.headers['content-disposition']).toBe('attachment; filename="adoptions-2026-01-01-to-2026-04-30.csv"')
      const rows = parse(res.body, { columns: true }) as Record<string, string>[]
      expect(rows.map((row) => [row.solutionTitle, row.mode, row.region, row.adoptions])).toEqual([
        ["'=Shared records template", 'customise', 'north_west', '2'],
        ["'=Shared records template", 'replicate', 'london', '1'],
      ])
    }
    const pipeline = await get(curator, '/v1/reports/pipeline?from=2026-03-01&to=2026-03-31&format=csv')
    const [lessons] = parse(pipeline.body, { columns: true }) as Record<string, string>[]
    expect(lessons).toMatchObject({ type: 'lesson', month: '2026-03', medianHoursToFirstReview: '3', p90HoursToFirstReview: '3.8' })
  })

  it('covers the last twelve months when no period is given, and refuses a period that ends before it starts', async () => {
    const report = (await get(curator, '/v1/reports/pipeline')).json<PipelineReport>()
    expect(report.rows).toHaveLength(12 * 3)
    expect(report.to).toBe(new Date().toISOString().slice(0, 10))
    expectProblem(await get(curator, '/v1/reports/adoptions?from=2026-04-01&to=2026-03-01'), 400, '/to')
  })

  it('is for curators and admins only', async () => {
    expectProblem(await get(contributor, '/v1/reports/adoptions'), 403)
    expectProblem(await get(contributor, '/v1/reports/pipeline'), 403)
  })
})
