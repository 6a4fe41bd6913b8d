import type { Lesson, Page } from '@learnonce/contracts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { type TestApp, testApp } from '../../test/app.js'
import { makeSite, type SignedIn, signIn } from '../../test/factories.js'
import { validBody } from './content-fixtures.js'

/* An item keeps a copy of its sites' regions for the region filter; these are the writes that change them. */
describe('the region filter follows an item’s sites', () => {
  let t: TestApp
  let app: App
  let admin: SignedIn

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    admin = await signIn(app, 'admin')
  })
  afterAll(() => t.close())

  const inRegion = async (region: string) => {
    const res = await app.inject({ method: 'GET', url: `/v1/lessons?region=${region}&limit=100`, headers: admin.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Page<Lesson>>().data.map((lesson) => lesson.id)
  }

  it('a lesson moved to a site in another region is listed under the new region only', async () => {
    const [london, midlands] = [await makeSite(app, { region: 'london' }), await makeSite(app, { region: 'midlands' })]
    const res = await app.inject({ method: 'POST', url: '/v1/lessons', headers: admin.headers, payload: validBody.lesson(london.id) })
    const lesson = res.json<Lesson>()
    expect(await inRegion('london')).toContain(lesson.id)
    const moved = await app.inject({
      method: 'PATCH',
      url: `/v1/lessons/${lesson.id}`,
      headers: admin.headers,
      payload: { siteId: midlands.id },
    })
    expect(moved.statusCode, moved.body).toBe(200)
    expect(await inRegion('london')).not.toContain(lesson.id)
    expect(await inRegion('midlands')).toContain(lesson.id)
  })

  it('when a site changes region, its lessons are listed under the new region', async () => {
    const site = await makeSite(app, { region: 'south_west' })
    const res = await app.inject({ method: 'POST', url: '/v1/lessons', headers: admin.headers, payload: validBody.lesson(site.id) })
    const lesson = res.json<Lesson>()
    const changed = await app.inject({
      method: 'PATCH',
      url: `/v1/sites/${site.id}`,
      headers: admin.headers,
      payload: { region: 'north_west' },
    })
    expect(changed.statusCode, changed.body).toBe(200)
    expect(await inRegion('south_west')).not.toContain(lesson.id)
    expect(await inRegion('north_west')).toContain(lesson.id)
  })
})
