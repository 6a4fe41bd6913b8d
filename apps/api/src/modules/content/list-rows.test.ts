import type { CaseStudy, Lesson, Page, Site, Solution } from '@learnonce/contracts'
import { LISTED_SUMMARY_LENGTH } from '@learnonce/contracts'
import type { TObject } from 'typebox'
import { Value } from 'typebox/value'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { type TestApp, testApp } from '../../test/app.js'
import { makeSite, type SignedIn, signIn } from '../../test/factories.js'
import { expectProblem, validBody } from './content-fixtures.js'
import { contentKinds } from './kinds.js'

/** About 1 KB of Markdown with the newlines and quotes that make JSON escaping work. */
const markdown = (what: string) => `## ${what}\n\n${'- a "quoted" point, with a [link](https://example.org/page)\n'.repeat(18)}`

describe('a list row carries what a list shows, and fields brings the rest', () => {
  let t: TestApp
  let app: App
  let site: Site
  let curator: SignedIn
  let lesson: Lesson
  let caseStudy: CaseStudy
  let solution: Solution

  const create = async <T>(path: string, payload: object): Promise<T> => {
    const res = await app.inject({ method: 'POST', url: path, headers: curator.headers, payload })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<T>()
  }
  const list = async (path: string, query: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url: `${path}?${new URLSearchParams({ siteId: site.id, ...query })}`, headers: curator.headers })
  const onlyRow = async <T>(path: string, query: Record<string, string> = {}) => {
    const res = await list(path, query)
    expect(res.statusCode, res.body).toBe(200)
    const page = res.json<Page<T>>()
    expect(page.data).toHaveLength(1)
    return { row: page.data[0] as T, size: JSON.stringify(page.data[0]).length }
  }

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    site = await makeSite(app)
    curator = await signIn(app, 'curator')
    const links = [{ title: 'The template', url: 'https://example.org/template', kind: 'template' }]
    lesson = await create<Lesson>('/v1/lessons', {
      ...validBody.lesson(site.id),
      summary: 'Why the discharge letters stalled. '.repeat(20),
      context: markdown('Context'),
      wentWell: markdown('Went well'),
      didNotGoWell: markdown('Did not go well'),
      doDifferently: markdown('Do differently'),
      links,
    })
    caseStudy = await create<CaseStudy>('/v1/case-studies', {
      ...validBody.caseStudy([site.id]),
      body: markdown('Body').repeat(3),
      outcomes: markdown('Outcomes'),
    })
    solution = await create<Solution>('/v1/solutions', {
      ...validBody.solution(site.id),
      description: markdown('Description'),
      howToAdopt: markdown('How to adopt'),
      artefacts: links,
    })
  })
  afterAll(() => t.close())

  it('a lesson with 4 KB of Markdown lists in under 1.5 KB, without its Markdown, its summary trimmed', async () => {
    const { row, size } = await onlyRow<Record<string, unknown>>('/v1/lessons')
    expect(size).toBeLessThan(1500)
    for (const field of ['context', 'wentWell', 'didNotGoWell', 'doDifferently', 'links', 'relatedSolutionIds'])
      expect(row).not.toHaveProperty(field)
    expect(row).toMatchObject({ id: lesson.id, title: lesson.title, siteId: site.id, status: 'draft', version: 1 })
    expect(row.summary).toHaveLength(LISTED_SUMMARY_LENGTH)
    expect(String(row.summary).endsWith('…')).toBe(true)
    expect(lesson.summary.startsWith(String(row.summary).slice(0, -1))).toBe(true)
  })

  it('a case study and a solution list without their Markdown; a solution keeps its adoption counts', async () => {
    const listedCaseStudy = await onlyRow<Record<string, unknown>>('/v1/case-studies')
    expect(listedCaseStudy.row).not.toHaveProperty('body')
    expect(listedCaseStudy.row).toMatchObject({ id: caseStudy.id, siteIds: [site.id] })
    const listedSolution = await onlyRow<Record<string, unknown>>('/v1/solutions')
    for (const field of ['description', 'howToAdopt', 'artefacts']) expect(listedSolution.row).not.toHaveProperty(field)
    expect(listedSolution.row).toMatchObject({ id: solution.id, adoptionCount: 0, maturity: 'idea', problem: solution.problem })
    expect(listedSolution.size).toBeLessThan(1500)
  })

  it('fields brings the named fields back, exactly as the item has them', async () => {
    const { row } = await onlyRow<Record<string, unknown>>('/v1/lessons', { fields: 'context,wentWell,summary,links' })
    expect(row).toMatchObject({ context: lesson.context, wentWell: lesson.wentWell, summary: lesson.summary, links: lesson.links })
    expect(row).not.toHaveProperty('didNotGoWell')
    const listedSolution = await onlyRow<Record<string, unknown>>('/v1/solutions', { fields: 'howToAdopt,artefacts' })
    expect(listedSolution.row).toMatchObject({ howToAdopt: solution.howToAdopt, artefacts: solution.artefacts })
    const listedCaseStudy = await onlyRow<Record<string, unknown>>('/v1/case-studies', { fields: 'body,relatedLessonIds' })
    expect(listedCaseStudy.row).toMatchObject({ body: caseStudy.body, relatedLessonIds: [] })
  })

  // The lists are written with JSON.stringify (serialization.ts builtToShape), which keeps whatever the
  // handler returns: every row must have its schema's properties and nothing else.
  it.each(contentKinds.map((kind) => [kind.path, kind] as const))(
    '%s rows hold exactly what the list schema declares, with and without every field',
    async (path, kind) => {
      const schema = kind.schemas.listItem as TObject
      for (const query of [{}, { fields: Object.keys(kind.listFields).join(',') }] as Record<string, string>[]) {
        const { row } = await onlyRow<Record<string, unknown>>(path, query)
        expect(Value.Errors(schema, row)).toEqual([])
        expect(Object.keys(row).filter((name) => !(name in schema.properties))).toEqual([])
        const required = schema.required ?? []
        expect(required.filter((name) => !(name in row))).toEqual([])
      }
      const { row } = await onlyRow<Record<string, unknown>>(path, { fields: Object.keys(kind.listFields).join(',') })
      expect(Object.keys(row).sort()).toEqual(Object.keys(schema.properties).sort())
    },
  )

  it.each([
    ['/v1/lessons', 'body'],
    ['/v1/case-studies', 'context'],
    ['/v1/solutions', 'summary'],
    ['/v1/lessons', 'context,nonsense'],
  ])('%s?fields=%s is a 400 naming /fields', async (path, fields) => {
    const problem = expectProblem(await list(path, { fields }), 400)
    expect(problem.errors?.[0]).toMatchObject({ pointer: '/fields', in: 'query' })
  })

  it('the OpenAPI document names the list rows and the items apart', async () => {
    const document = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<{ paths: Record<string, unknown> }>()
    const text = JSON.stringify(document.paths['/v1/lessons'])
    expect(text).toContain('A lesson as a list shows it')
    expect(text).toContain('Extra fields for each list row')
  })
})
