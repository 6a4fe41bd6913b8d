import { readFile } from 'node:fs/promises'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { expectNoSeriousViolations } from './axe'
import { demoUsers, startStack } from './stack'

const stack = startStack()

describe('exporting a list', { timeout: 120_000 }, () => {
  it('a curator exports the published lessons as CSV and gets a file of exactly those lessons', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.curator)
      await page.goto(`${stack.adminUrl}/lessons?status=published`)
      await page.getByRole('heading', { name: 'Lessons', level: 1 }).waitFor()
      await page.getByRole('button', { name: 'Export' }).click()
      const [download, answer] = await Promise.all([
        page.waitForEvent('download'),
        page.waitForResponse((response) => new URL(response.url()).pathname === '/v1/lessons/export'),
        page.getByRole('menuitem', { name: 'CSV (spreadsheets, any tool)' }).click(),
      ])
      // The list's filter went with the request, and the file is named after the day.
      expect(new URL(answer.url()).searchParams.get('status')).toBe('published')
      expect(download.suggestedFilename()).toBe(`lessons-${new Date().toISOString().slice(0, 10)}.csv`)
      const path = await download.path()
      const rows = parse(await readFile(path, 'utf8'), { columns: true, bom: true }) as Record<string, string>[]
      expect(rows.length).toBeGreaterThan(0)
      expect(new Set(rows.map((row) => row.status))).toEqual(new Set(['published']))
      for (const field of ['id', 'title', 'summary', 'context', 'wentWell', 'didNotGoWell', 'doDifferently', 'themes']) {
        expect(Object.keys(rows[0] ?? {})).toContain(field)
      }
      // Every lesson the list shows is in the file.
      const shown = await page.getByRole('list', { name: 'Lessons' }).getByRole('listitem').getByRole('link').allTextContents()
      const titles = new Set(rows.map((row) => (row.title ?? '').replace(/^'/, '')))
      for (const title of shown) expect(titles.has(title)).toBe(true)
      await page.getByText(`Saved ${download.suggestedFilename()}.`).waitFor()
    })
  })
  it('a curator reads both reports for a period, drawn and tabled, and downloads one as CSV', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.curator)
      await page.getByRole('link', { name: 'Reports' }).click()
      await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor()
      await page.getByRole('heading', { name: 'Submissions per month' }).waitFor()
      await page.getByLabel('From').fill('2020-01-01')
      await page.waitForURL(/from=2020-01-01/)
      await page.getByRole('heading', { name: 'Review pipeline' }).waitFor()
      await expectNoSeriousViolations(page, 'the reports screen')
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download CSV of the pipeline report' }).click(),
      ])
      expect(download.suggestedFilename()).toMatch(/^pipeline-2020-01-01-to-\d{4}-\d{2}-\d{2}\.csv$/)
      const rows = parse(await readFile(await download.path(), 'utf8'), { columns: true }) as Record<string, string>[]
      expect(rows[0]).toMatchObject({ type: 'lesson', month: '2020-01' })
    })
  })
})
