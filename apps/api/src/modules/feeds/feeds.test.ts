import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { type TestApp, testApp } from '../../test/app.js'
import { makeSite, type SignedIn, signIn } from '../../test/factories.js'
import { expectProblem } from '../../test/problems.js'
import { createItem, driveTo, type MadeItem } from '../../test/workflow.js'
import { kindOf } from '../content/kinds.js'

let test: TestApp
let app: App
let contributor: SignedIn
const made: Record<string, MadeItem> = {}

const readFeed = async (query = '') => {
  const res = await app.inject({ method: 'GET', url: `/v1/feed.atom${query}`, headers: { host: 'hub.example.org' } })
  expect(res.statusCode, res.body).toBe(200)
  expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8')
  return { res, feed: await new Parser().parseString(res.body) }
}
const idsIn = (feed: Awaited<ReturnType<Parser['parseString']>>) => feed.items.map((item) => item.id)

beforeAll(async () => {
  test = await testApp()
  app = test.app
  const site = await makeSite(app)
  const curator = await signIn(app, 'curator')
  contributor = await signIn(app, 'contributor', [site.id])
  const publish = (item: MadeItem) => driveTo(app, kindOf(item.type).path, item.id, 'published', { contributor, curator })
  made.lesson = await createItem(app, contributor, 'lesson', {
    title: 'Lesson on <consent> & sharing',
    summary: 'What we learned.',
    themes: ['information-governance'],
    journeyStage: 'implementation',
    siteId: site.id,
  })
  made.caseStudy = await createItem(app, contributor, 'case_study', {
    title: 'Case study on rotas',
    summary: 'Three practices.',
    themes: ['workforce-and-training'],
    journeyStage: 'vision',
    siteIds: [site.id],
  })
  made.solution = await createItem(app, contributor, 'solution', { title: 'Referral inbox', problem: 'Faxes.', siteId: site.id })
  for (const item of [made.lesson, made.caseStudy, made.solution]) if (item) await publish(item)
  made.draft = await createItem(app, contributor, 'lesson', { title: 'Unpublished draft', summary: 'Not yet.', siteId: site.id })
  made.submitted = await createItem(app, contributor, 'lesson', { title: 'Waiting for review', summary: 'Soon.', siteId: site.id })
  await driveTo(app, kindOf('lesson').path, made.submitted.id, 'submitted', { contributor, curator })
})
afterAll(() => test.close())

describe('GET /v1/feed.atom', () => {
  it('is a valid Atom feed of published content, newest first, read without a token', async () => {
    const { feed, res } = await readFeed()
    expect(res.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom"')
    // The same for everyone and published only: a CDN may keep it for a few minutes.
    expect(res.headers['cache-control']).toBe('public, max-age=300')
    expect(feed.title).toBe('Learn Once: newly published')
    expect(idsIn(feed)).toEqual([made.solution, made.caseStudy, made.lesson].map((item) => `urn:uuid:${item?.id}`))
    const lesson = feed.items.find((item) => item.id === `urn:uuid:${made.lesson?.id}`)
    expect(lesson?.title).toBe('Lesson on <consent> & sharing')
    expect(lesson?.link).toBe(`http://hub.example.org/v1/lessons/${made.lesson?.id}`)
    expect(feed.items.find((item) => item.id === `urn:uuid:${made.caseStudy?.id}`)?.link).toBe(
      `http://hub.example.org/v1/case-studies/${made.caseStudy?.id}`,
    )
  })

  it('never shows drafts or items waiting for review', async () => {
    const { feed } = await readFeed()
    expect(idsIn(feed)).not.toContain(`urn:uuid:${made.draft?.id}`)
    expect(idsIn(feed)).not.toContain(`urn:uuid:${made.submitted?.id}`)
  })

  it.each([
    ['type', '?type=case_study', 'caseStudy'],
    ['theme', '?theme=information-governance', 'lesson'],
    ['journey stage', '?journeyStage=vision', 'caseStudy'],
    ['type and theme together', '?type=lesson&theme=information-governance', 'lesson'],
  ])('filters by %s', async (_filter, query, expected) => {
    const { feed } = await readFeed(query)
    expect(idsIn(feed)).toEqual([`urn:uuid:${made[expected]?.id}`])
  })

  it('is still a valid feed when nothing matches', async () => {
    const { feed } = await readFeed('?type=solution&journeyStage=vision')
    expect(feed.items).toEqual([])
  })

  it('refuses an unknown type with a 400', async () => {
    expectProblem(await app.inject({ method: 'GET', url: '/v1/feed.atom?type=podcast' }), 400, '/type')
  })

  it('is declared in the OpenAPI document as application/atom+xml', async () => {
    const document = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<{
      paths: Record<string, { get?: { responses: Record<string, { content?: Record<string, unknown> }> } }>
    }>()
    expect(Object.keys(document.paths['/v1/feed.atom']?.get?.responses['200']?.content ?? {})).toEqual(['application/atom+xml'])
  })
})
