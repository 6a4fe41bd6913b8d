import type { ImportWithReport, Lesson, Site } from '@learnonce/contracts'
import { eq } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentItems, importRows } from '../../db/schema/index.js'
import { type TestApp, testApp } from '../../test/app.js'
import { makeSite, type SignedIn, signIn } from '../../test/factories.js'

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const headers = ['Title', 'Summary', 'Site', 'What went well', 'What did not go well', 'Themes', 'Journey stage']

let t: TestApp
let curator: SignedIn
let contributor: SignedIn
let admin: SignedIn
let north: Site
let south: Site
let existing: Lesson

/** The rows every file in this suite carries, by what each should show in the report. */
function sheetRows(): string[][] {
  return [
    // row 2: good
    [
      'Virtual ward discharge letters',
      'Letters reached GPs the same day',
      north.slug,
      'Same-day letters',
      'Printing',
      'interoperability',
      'implementation',
    ],
    // row 3: bad — no summary, and a journey stage that does not exist
    ['Consent forms in the portal', '', north.slug, '', '', '', 'somewhere'],
    // row 4: an unknown site, close to a known one, and an unknown theme
    ['Shared care record rollout', 'Rolled out to 12 practices', 'Nroth Practise', '', '', 'interoprability', ''],
    // row 5: a duplicate of an existing lesson
    [existing.title, 'The same story told again', south.slug, '', '', '', ''],
    // row 6: a duplicate of row 2 in this file
    ['Virtual ward discharge letters', 'Told twice in one file', north.slug, '', '', '', ''],
    // row 7: formula-like text is kept as written
    ['=HYPERLINK("http://evil.example")', '+1 more practice signed up', south.name, '@mention the team', '-', '', ''],
  ]
}

function csvOf(rows: string[][]): string {
  const quote = (cell: string) => (/[",\n;]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)
  return [headers, ...rows].map((row) => row.map(quote).join(',')).join('\r\n')
}

async function xlsxOf(rows: string[][], formulaRow?: { title: string; result: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Lessons')
  sheet.addRow(headers)
  for (const row of rows) sheet.addRow(row)
  if (formulaRow) {
    // A formula cell: the import takes its saved result and never evaluates the formula.
    const row = sheet.addRow(['', 'Computed title', north.slug, '', '', '', ''])
    row.getCell(1).value = { formula: formulaRow.title, result: formulaRow.result }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

async function upload(
  who: SignedIn,
  body: string | Buffer,
  contentType: string,
  query: Record<string, string> = {},
): Promise<{ statusCode: number; json: () => ImportWithReport & { detail?: string } }> {
  const search = new URLSearchParams({ kind: 'lessons', fileName: 'lessons.csv', ...query })
  const response = await t.app.inject({
    method: 'POST',
    url: `/v1/imports?${search}`,
    headers: { ...who.headers, 'content-type': contentType },
    payload: body,
  })
  return { statusCode: response.statusCode, json: () => response.json() }
}

const rowOf = (report: ImportWithReport, row: number) => {
  const found = report.report.rows.find((entry) => entry.row === row)
  if (!found) throw new Error(`no row ${row} in the report`)
  return found
}

beforeAll(async () => {
  t = await testApp()
  north = await makeSite(t.app, { name: 'North Practice', slug: 'north-practice' })
  south = await makeSite(t.app, { name: 'South Practice', slug: 'south-practice' })
  curator = await signIn(t.app, 'curator')
  admin = await signIn(t.app, 'admin')
  contributor = await signIn(t.app, 'contributor', [north.id])
  const created = await t.app.inject({
    method: 'POST',
    url: '/v1/lessons',
    headers: curator.headers,
    payload: { title: 'Electronic prescribing in care homes', summary: 'What we learnt', siteId: south.id },
  })
  existing = created.json()
})
afterAll(() => t.close())

describe('the dry run', () => {
  it('reports every row of a CSV: what would be created, errors by column, unknown names with suggestions, and duplicates', async () => {
    const response = await upload(curator, csvOf(sheetRows()), 'text/csv')
    expect(response.statusCode).toBe(201)
    const report = response.json()
    expect(report).toMatchObject({ status: 'ready', kind: 'lessons', rowsTotal: 6, rowsValid: 4, rowsDone: 0, mediaType: 'text/csv' })
    expect(report.mapping).toEqual({
      Title: 'title',
      Summary: 'summary',
      Site: 'siteId',
      'What went well': 'wentWell',
      'What did not go well': 'didNotGoWell',
      Themes: 'themes',
      'Journey stage': 'journeyStage',
    })
    expect(rowOf(report, 2)).toEqual({ row: 2, outcome: 'create', title: 'Virtual ward discharge letters', errors: [], duplicates: [] })
    const bad = rowOf(report, 3)
    expect(bad.outcome).toBe('error')
    expect(bad.errors).toEqual(
      expect.arrayContaining([
        { column: 'Summary', pointer: '/summary', detail: 'is required' },
        expect.objectContaining({
          column: 'Journey stage',
          pointer: '/journeyStage',
          detail: expect.stringMatching(/^must be one of: vision/),
        }),
      ]),
    )
    const unknown = rowOf(report, 4)
    expect(unknown.errors).toEqual([
      {
        column: 'Site',
        pointer: '/siteId',
        detail: 'is not a known site: "Nroth Practise"',
        suggestions: ['North Practice (north-practice)', 'South Practice (south-practice)'],
      },
      { column: 'Themes', pointer: '/themes/0', detail: 'is not a known theme: "interoprability"', suggestions: ['interoperability'] },
    ])
    const duplicateOfExisting = rowOf(report, 5)
    expect(duplicateOfExisting.outcome).toBe('create')
    expect(duplicateOfExisting.duplicates).toEqual([
      { item: { id: existing.id, type: 'lesson', title: existing.title, status: 'draft' }, score: 1, reason: 'Titles are 100% alike' },
    ])
    expect(rowOf(report, 6).duplicates).toEqual([expect.objectContaining({ row: 2, reason: 'Same title and site as row 2' })])
    expect(rowOf(report, 7)).toMatchObject({ outcome: 'create', title: '=HYPERLINK("http://evil.example")', errors: [] })
    // Nothing exists yet.
    expect(await t.app.db.$count(contentItems)).toBe(1)
  })

  it('reads an XLSX made by a spreadsheet library the same way, taking a formula cell’s saved value without evaluating it', async () => {
    const file = await xlsxOf(sheetRows(), { title: 'UPPER("ignored")', result: 'Saved result title' })
    const response = await upload(curator, file, xlsxType, { fileName: 'lessons.xlsx' })
    expect(response.statusCode).toBe(201)
    const report = response.json()
    expect(report).toMatchObject({ mediaType: xlsxType, rowsTotal: 7, rowsValid: 5 })
    expect(rowOf(report, 4).errors.map((error) => error.column)).toEqual(['Site', 'Themes'])
    expect(rowOf(report, 8)).toMatchObject({ outcome: 'create', title: 'Saved result title' })
  })

  it('maps columns as the caller says, and names a mapping to a column the file does not have', async () => {
    const csv = 'Lesson name,Short version\r\nA mapped title,A mapped summary'
    const mapped = await upload(curator, csv, 'text/csv', {
      mapping: JSON.stringify({ 'Lesson name': 'title', 'Short version': 'summary' }),
      siteId: north.id,
    })
    expect(mapped.statusCode).toBe(201)
    expect(mapped.json()).toMatchObject({ rowsValid: 1, report: { rows: [{ row: 2, outcome: 'create', title: 'A mapped title' }] } })
    const wrong = await upload(curator, csv, 'text/csv', { mapping: JSON.stringify({ Missing: 'title' }) })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json().detail).toMatch(/mapping\/Missing is not a column of the file/)
  })

  it('keeps the file an import read, and reads an uploaded file again by its fileId', async () => {
    const uploadedBody = await upload(curator, csvOf(sheetRows().slice(0, 1)), 'text/csv', { fileName: 'kept.csv' })
    const kept = uploadedBody.json()
    expect(kept.fileId).toEqual(expect.any(String))
    const content = await t.app.inject({ url: `/v1/files/${kept.fileId}/content`, headers: curator.headers })
    expect(content.body).toBe(csvOf(sheetRows().slice(0, 1)))
    const again = await t.app.inject({
      method: 'POST',
      url: `/v1/imports?kind=lessons&fileId=${kept.fileId}`,
      headers: curator.headers,
    })
    expect(again.statusCode).toBe(201)
    expect(again.json()).toMatchObject({ fileId: kept.fileId, fileName: 'kept.csv', sha256: kept.sha256, rowsValid: 1 })
    // Somebody else's unattached upload is as unknown to a contributor as any hidden file.
    const hidden = await t.app.inject({
      method: 'POST',
      url: `/v1/imports?kind=lessons&fileId=${kept.fileId}`,
      headers: contributor.headers,
    })
    expect(hidden.statusCode).toBe(404)
  })

  it('refuses a file that is neither CSV nor XLSX, and a request without a file', async () => {
    const binary = await upload(curator, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'application/octet-stream')
    expect(binary.statusCode).toBe(415)
    const none = await t.app.inject({
      method: 'POST',
      url: '/v1/imports?kind=lessons&fileName=x.csv',
      headers: curator.headers,
      payload: {},
    })
    expect(none.statusCode).toBe(415)
  })

  it('lets a contributor import only to their own sites: a row for another site is an error', async () => {
    const response = await upload(
      contributor,
      csvOf(
        sheetRows()
          .slice(0, 1)
          .concat([[`Other site lesson`, 'Summary', south.slug, '', '', '', '']]),
      ),
      'text/csv',
    )
    expect(response.statusCode).toBe(201)
    const report = response.json()
    expect(rowOf(report, 2).outcome).toBe('create')
    expect(rowOf(report, 3).errors).toEqual([
      { column: 'Site', pointer: '/siteId', detail: 'is South Practice, and you are not a member of it, so you cannot add content to it' },
    ])
  })
})

describe('committing', () => {
  it('creates every valid row once, in the target state, recorded against the import; committing again creates nothing', async () => {
    const dry = (await upload(admin, csvOf(sheetRows()), 'text/csv', { targetState: 'submitted', fileName: 'submitted.csv' })).json()
    const before = await t.app.db.$count(contentItems)
    const committed = await t.app.inject({ method: 'POST', url: `/v1/imports/${dry.id}/commit`, headers: admin.headers })
    expect(committed.statusCode).toBe(200)
    expect(committed.json()).toMatchObject({ status: 'committed', rowsDone: 4, rowsValid: 4, committedById: admin.user.id })
    expect((await t.app.db.$count(contentItems)) - before).toBe(4)
    const links = await t.app.db.select().from(importRows).where(eq(importRows.importId, dry.id))
    expect(links.map((link) => link.rowNumber).sort()).toEqual([2, 5, 6, 7])
    const [formula] = await t.app.db
      .select()
      .from(contentItems)
      .where(eq(contentItems.id, links.find((link) => link.rowNumber === 7)?.itemId ?? ''))
    expect(formula).toMatchObject({ title: '=HYPERLINK("http://evil.example")', wentWell: '@mention the team', status: 'submitted' })
    const lesson = await t.app.inject({ url: `/v1/lessons/${formula?.id}`, headers: curator.headers })
    expect(lesson.json()).toMatchObject({ siteId: south.id, status: 'submitted' })
    const history = await t.app.inject({ url: `/v1/lessons/${formula?.id}/history`, headers: curator.headers })
    expect(history.json().data ?? history.json()).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'submit' })]))

    const again = await t.app.inject({ method: 'POST', url: `/v1/imports/${dry.id}/commit`, headers: admin.headers })
    expect(again.statusCode).toBe(200)
    expect(again.json()).toMatchObject({ status: 'committed', rowsDone: 4 })
    const sameFile = (await upload(curator, csvOf(sheetRows()), 'text/csv', { targetState: 'submitted' })).json()
    expect(sameFile.alreadyImportedAs).toBe(dry.id)
    const twice = await t.app.inject({ method: 'POST', url: `/v1/imports/${sameFile.id}/commit`, headers: curator.headers })
    expect(twice.statusCode).toBe(409)
    expect((await t.app.db.$count(contentItems)) - before).toBe(4)
  })

  it('runs the personal data check on what it creates: an NHS number in a row is an open finding on the new lesson', async () => {
    const row = [
      'Discharge letters with patient details',
      'A letter named a patient',
      north.slug,
      'Patient 943 476 5919 got home',
      '',
      '',
      '',
    ]
    const dry = (await upload(curator, csvOf([row]), 'text/csv', { fileName: 'personal.csv', targetState: 'submitted' })).json()
    const committed = await t.app.inject({ method: 'POST', url: `/v1/imports/${dry.id}/commit`, headers: curator.headers })
    expect(committed.statusCode, committed.body).toBe(200)
    const [link] = await t.app.db.select().from(importRows).where(eq(importRows.importId, dry.id))
    const lesson = await t.app.inject({ url: `/v1/lessons/${link?.itemId}`, headers: curator.headers })
    expect(lesson.json()).toMatchObject({ openFindings: 1 })
    const findings = await t.app.inject({ url: `/v1/lessons/${link?.itemId}/findings`, headers: curator.headers })
    expect(findings.json().data).toEqual([
      expect.objectContaining({ kind: 'nhs_number', field: '/wentWell', status: 'open', preview: '*** *** 5919' }),
    ])
  })

  it('shows an import to its uploader and curators, and lists them newest first', async () => {
    const mine = (await upload(contributor, csvOf(sheetRows().slice(0, 1)), 'text/csv')).json()
    const other = await signIn(t.app, 'contributor', [north.id])
    expect((await t.app.inject({ url: `/v1/imports/${mine.id}`, headers: other.headers })).statusCode).toBe(404)
    expect((await t.app.inject({ method: 'POST', url: `/v1/imports/${mine.id}/commit`, headers: other.headers })).statusCode).toBe(404)
    expect((await t.app.inject({ url: `/v1/imports/${mine.id}`, headers: curator.headers })).statusCode).toBe(200)
    const listed = await t.app.inject({ url: '/v1/imports?limit=100', headers: other.headers })
    expect(listed.json().data).toEqual([])
    const all = await t.app.inject({ url: '/v1/imports?limit=2', headers: curator.headers })
    expect(all.json().data).toHaveLength(2)
    expect(all.json().data[0].id).toBe(mine.id)
    expect(all.json().nextCursor).toEqual(expect.any(String))
  })
})
