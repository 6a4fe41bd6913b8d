import type { Solution } from '@learnonce/contracts'
import { describe, expect, it } from 'vitest'
import { pdf } from './samples'
import { demoUsers, startStack } from './stack'

const stack = startStack()

describe('files in the admin', { timeout: 180_000 }, () => {
  it('a contributor uploads a PDF as a solution artefact, and the solution’s page links it', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.contributor)
      await page.goto(`${stack.adminUrl}/solutions/new`)
      await page.getByRole('heading', { name: 'New solution', level: 1 }).waitFor()
      await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Shared discharge checklist')
      await page.getByRole('textbox', { name: 'The problem it solves' }).fill('Every ward writes its own discharge checklist.')
      await page.getByRole('textbox', { name: 'Site', exact: true }).click()
      await page.getByRole('option', { name: 'Riverside Medical Practice' }).click()

      const bytes = pdf()
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Upload a file as an artefact' }).click(),
      ])
      const [uploaded] = await Promise.all([
        page.waitForResponse((response) => new URL(response.url()).pathname === '/v1/files' && response.request().method() === 'POST'),
        chooser.setFiles({ name: 'Discharge checklist.pdf', mimeType: 'application/pdf', buffer: bytes }),
      ])
      expect(uploaded.status()).toBe(201)
      await page.getByText(`Discharge checklist.pdf (PDF, ${bytes.length} bytes)`).waitFor()
      expect(await page.getByRole('textbox', { name: 'Artefact 1 title' }).inputValue()).toBe('Discharge checklist')

      const [created] = await Promise.all([
        page.waitForResponse((response) => new URL(response.url()).pathname === '/v1/solutions' && response.request().method() === 'POST'),
        page.getByRole('button', { name: 'Save draft' }).click(),
      ])
      expect(created.status()).toBe(201)
      const solution = (await created.json()) as Solution
      expect(solution.artefacts[0]).toMatchObject({ title: 'Discharge checklist', file: { name: 'Discharge checklist.pdf' } })

      await page.goto(`${stack.adminUrl}/solutions/${solution.id}`)
      const link = page.getByRole('button', { name: /^Discharge checklist \(Discharge checklist\.pdf, PDF/ })
      await link.waitFor()
      await page.getByText(`Discharge checklist.pdf · PDF, ${bytes.length} bytes`).waitFor()
      const [download] = await Promise.all([
        page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/content')),
        link.click(),
      ])
      expect(download.status()).toBe(200)
      expect(download.headers()['content-type']).toBe('application/pdf')
      expect(download.headers()['content-length']).toBe(String(bytes.length))
    })
  })
})
