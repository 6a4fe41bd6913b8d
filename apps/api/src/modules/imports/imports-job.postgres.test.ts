import type { ImportWithReport } from '@learnonce/contracts'
import { and, eq, isNotNull, like, sql } from 'drizzle-orm'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'
import { type App, buildApp } from '../../app.js'
import { contentItems, importRows } from '../../db/schema/index.js'
import { type TestApp, testApp } from '../../test/app.js'
import { makeSite, signIn } from '../../test/factories.js'

const rowCount = 20_000
let first: TestApp
let second: App | null = null

beforeAll(async () => {
  first = await testApp({}, {}, { jobs: true })
})
afterAll(async () => {
  await second?.close()
  await first.close()
})

it('imports 20,000 rows as a job with progress, and an API restarted half-way resumes without creating a row twice', async () => {
  const site = await makeSite(first.app)
  const curator = await signIn(first.app, 'curator')
  const lines = ['title,summary,siteId']
  for (let row = 1; row <= rowCount; row++) lines.push(`Bulk lesson ${row},What bulk row ${row} taught us,${site.slug}`)
  const uploaded = await first.app.inject({
    method: 'POST',
    url: '/v1/imports?kind=lessons&fileName=bulk.csv',
    headers: { ...curator.headers, 'content-type': 'text/csv' },
    payload: lines.join('\n'),
  })
  expect(uploaded.statusCode).toBe(201)
  const dry: ImportWithReport = uploaded.json()
  expect(dry).toMatchObject({ rowsTotal: rowCount, rowsValid: rowCount, report: { truncated: true } })

  const commit = await first.app.inject({ method: 'POST', url: `/v1/imports/${dry.id}/commit`, headers: curator.headers })
  expect(commit.statusCode).toBe(202)
  expect(commit.json().status).toMatch(/queued|running/)

  const progress = async (app: App) =>
    (await app.inject({ url: `/v1/imports/${dry.id}`, headers: curator.headers })).json() as ImportWithReport
  await vi.waitFor(async () => expect((await progress(first.app)).rowsDone).toBeGreaterThanOrEqual(1_000), {
    timeout: 120_000,
    interval: 50,
  })

  // The first API stops (as on a deploy): the batch in flight finishes, the claim is handed back.
  const config = first.app.config
  await first.app.close()
  second = await buildApp(config, { jobs: true })
  await second.ready()
  const halfway = await progress(second)
  expect(halfway.rowsDone).toBeGreaterThan(0)
  expect(halfway.rowsDone).toBeLessThan(rowCount)
  expect(halfway.rowsDone % 500).toBe(0)

  const app = second
  await vi.waitFor(async () => expect((await progress(app)).status).toBe('committed'), { timeout: 300_000, interval: 200 })
  expect(await progress(app)).toMatchObject({ rowsDone: rowCount, rowsValid: rowCount })
  const [created] = await app.db
    .select({ items: sql<number>`count(*)::int`, titles: sql<number>`count(distinct ${contentItems.title})::int` })
    .from(contentItems)
    .where(like(contentItems.title, 'Bulk lesson %'))
  expect(created).toEqual({ items: rowCount, titles: rowCount })
  expect(await app.db.$count(importRows, and(eq(importRows.importId, dry.id), isNotNull(importRows.itemId)))).toBe(rowCount)
}, 600_000)
