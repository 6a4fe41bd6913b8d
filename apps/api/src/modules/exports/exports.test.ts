import type { Lesson, Site, Solution } from '@learnonce/contracts'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { type TestApp, testApp } from '../../test/app.js'
import { makeSite, type SignedIn, setStatus, signIn } from '../../test/factories.js'
import { expectProblem, validBody } from '../content/content-fixtures.js'

type Row = Record<string, string>

/** The rows of an export, read back by the parser a user's tools would use for its format. */
async function rowsOf(res: LightMyRequestResponse, format: 'csv' | 'xlsx' | 'json'): Promise<Row[]> {
  if (format === 'json') return res.json<Row[]>()
  if (format === 'csv') return parse(res.body, { columns: true, bom: true, skip_empty_lines: true }) as Row[]
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new Error('no worksheet')
  const table: string[][] = []
  // row.values is sparse (index 0 is unused, empty cells are holes): Array.from fills the holes.
  sheet.eachRow((row) => table.push(Array.from(row.values as ExcelJS.CellValue[], (value) => String(value ?? '')).slice(1)))
  const [names = [], ...rest] = table
  return rest.map((cells) => Object.fromEntries(names.map((name, index) => [name, cells[index] ?? ''])) as Row)
}

describe('exporting lessons, case studies and solutions', () => {
  let t: TestApp
  let app: App
  let london: Site
  let northWest: Site
  let curator: SignedIn
  let admin: SignedIn
  let contributor: SignedIn
  let keyHeaders: Record<string, string>
  let published: Lesson
  let draft: Lesson
  let solution: Solution

  const exportOf = (who: Record<string, string>, path: string, query: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url: `${path}/export?${new URLSearchParams(query)}`, headers: who })
  const titles = (rows: Row[]) => rows.map((row) => row.title).sort()

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    london = await makeSite(app, { region: 'london' })
    northWest = await makeSite(app, { region: 'north_west' })
    curator = await signIn(app, 'curator')
    admin = await signIn(app, 'admin')
    contributor = await signIn(app, 'contributor', [london.id])
    const key = await app.inject({
      method: 'POST',
      url: '/v1/api-keys',
      headers: admin.headers,
      payload: { name: 'Reporting portal', scopes: ['content:read'] },
    })
    expect(key.statusCode, key.body).toBe(201)
    keyHeaders = { authorization: `Bearer ${key.json<{ secret: string }>().secret}` }
    const create = async <T>(path: string, payload: object): Promise<T> => {
      const res = await app.inject({ method: 'POST', url: path, headers: curator.headers, payload })
      expect(res.statusCode, res.body).toBe(201)
      return res.json<T>()
    }
    published = await create<Lesson>('/v1/lessons', {
      ...validBody.lesson(london.id),
      title: '=HYPERLINK("https://attacker.example","Click")',
      summary: '+44 is how the numbers began, "quoted", with commas',
      context: 'Line one,\r\nline two\nand "three"',
      wentWell: '-the pharmacists joined early',
      didNotGoWell: '@SUM(A1:A2)',
      doDifferently: '\tstart with the data',
      themes: ['interoperability', 'data-quality'],
      tags: ['discharge', 'letters'],
      links: [{ title: 'The template', url: 'https://example.org/template', kind: 'template' }],
    })
    await setStatus(app, published.id, 'published')
    draft = await create<Lesson>('/v1/lessons', {
      ...validBody.lesson(northWest.id),
      title: 'Shared care records in the north west',
      summary: 'Drafted about pharmacy access',
      themes: ['workforce-and-training'],
    })
    solution = await create<Solution>('/v1/solutions', { ...validBody.solution(london.id), description: '## How\n\nIt works.' })
    await create('/v1/case-studies', { ...validBody.caseStudy([london.id, northWest.id]), body: 'The body' })
  })
  afterAll(async () => t?.close())

  describe.each(['csv', 'xlsx', 'json'] as const)('as %s', (format) => {
    it('gives a curator every lesson in every state, each with every field', async () => {
      const res = await exportOf(curator.headers, '/v1/lessons', { format })
      expect(res.statusCode, res.body).toBe(200)
      const today = new Date().toISOString().slice(0, 10)
      expect(res.headers['content-disposition']).toBe(`attachment; filename="lessons-${today}.${format}"`)
      const rows = await rowsOf(res, format)
      expect(titles(rows)).toHaveLength(2)
      const draftRow = rows.find((row) => row.id === draft.id)
      expect(draftRow?.status).toBe('draft')
      expect(draftRow?.summary).toBe('Drafted about pharmacy access')
      const columns = Object.keys(rows[0] ?? {})
      for (const field of [
        'id',
        'title',
        'summary',
        'context',
        'wentWell',
        'didNotGoWell',
        'doDifferently',
        'themes',
        'siteId',
        'status',
      ]) {
        expect(columns).toContain(field)
      }
    })

    it('keeps only the rows the filters choose, as the list would', async () => {
      const cases: [Record<string, string>, string[]][] = [
        [{ status: 'published' }, [published.id]],
        [{ status: 'draft' }, [draft.id]],
        [{ theme: 'data-quality' }, [published.id]],
        [{ region: 'north_west' }, [draft.id]],
        [{ siteId: london.id }, [published.id]],
        [{ q: 'pharmacy' }, [draft.id]],
        [{ tag: 'letters' }, [published.id]],
        [{ theme: 'evaluation' }, []],
      ]
      for (const [filters, ids] of cases) {
        const res = await exportOf(curator.headers, '/v1/lessons', { format, ...filters })
        expect(res.statusCode, JSON.stringify(filters)).toBe(200)
        expect((await rowsOf(res, format)).map((row) => row.id).sort(), JSON.stringify(filters)).toEqual(ids)
      }
    })

    it('gives an API key published content only', async () => {
      const rows = await rowsOf(await exportOf(keyHeaders, '/v1/lessons', { format }), format)
      expect(rows.map((row) => row.id)).toEqual([published.id])
    })
  })

  it('starts every spreadsheet cell that would run as a formula with a quote, in CSV and XLSX alike', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const [row] = await rowsOf(await exportOf(admin.headers, '/v1/lessons', { format, status: 'published' }), format)
      expect(row?.title).toBe(`'=HYPERLINK("https://attacker.example","Click")`)
      expect(row?.summary).toBe(`'+44 is how the numbers began, "quoted", with commas`)
      expect(row?.wentWell).toBe(`'-the pharmacists joined early`)
      expect(row?.didNotGoWell).toBe(`'@SUM(A1:A2)`)
      expect(row?.doDifferently).toBe(`'\tstart with the data`)
      // XML (so XLSX) reads a CR LF line break back as LF, as Excel writes one; CSV keeps it as stored.
      expect(row?.context).toBe(format === 'csv' ? published.context : published.context.replaceAll('\r\n', '\n'))
      expect(row?.themes).toBe('interoperability; data-quality')
      expect(row?.links).toBe('The template <https://example.org/template>')
    }
  })

  it('writes the text as it is in JSON, where nothing runs', async () => {
    const [item] = (await exportOf(admin.headers, '/v1/lessons', { format: 'json', status: 'published' })).json<Lesson[]>()
    expect(item).toMatchObject({ title: published.title, didNotGoWell: '@SUM(A1:A2)', themes: ['interoperability', 'data-quality'] })
    expect(item?.links).toEqual(published.links)
  })

  it('exports case studies and solutions with their own fields', async () => {
    const solutions = await rowsOf(await exportOf(curator.headers, '/v1/solutions', { format: 'csv' }), 'csv')
    expect(solutions.map((row) => [row.id, row.description, row.adoptionsByMode])).toEqual([
      [solution.id, '## How\n\nIt works.', 'replicate: 0; customise: 0; enhance: 0'],
    ])
    const caseStudies = await rowsOf(await exportOf(curator.headers, '/v1/case-studies', { format: 'csv', region: 'north_west' }), 'csv')
    expect(caseStudies.map((row) => [row.body, row.siteIds])).toEqual([['The body', `${london.id}; ${northWest.id}`]])
  })

  it('answers CSV by default, with a header even when nothing matches', async () => {
    const res = await exportOf(curator.headers, '/v1/lessons', { theme: 'evaluation' })
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(res.body.startsWith('\uFEFFid,version,createdAt,updatedAt,title,summary,')).toBe(true)
    expect(res.body.split('\r\n').filter(Boolean)).toHaveLength(1)
  })

  it('refuses contributors, and an API key asking for drafts', async () => {
    expectProblem(await exportOf(contributor.headers, '/v1/lessons'), 403)
    expectProblem(await exportOf(keyHeaders, '/v1/lessons', { status: 'draft' }), 400, '/status')
    expectProblem(await exportOf({}, '/v1/lessons'), 401)
    expectProblem(await exportOf(curator.headers, '/v1/lessons', { format: 'pdf' }), 400, '/format')
  })
})
