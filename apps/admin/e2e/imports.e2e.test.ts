import type { Page as ApiPage, Site, TokenPair } from '@learnonce/contracts'
import { describe, expect, it } from 'vitest'
import { demoPassword, demoUsers, startStack } from './stack'

const stack = startStack()

/** A site of the demo hub, read through the API as the curator (setting the scene, not under test). */
async function demoSite(): Promise<Site> {
  const login = await fetch(`${stack.apiUrl}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: demoUsers.curator, password: demoPassword }),
  })
  const { accessToken } = (await login.json()) as TokenPair
  const sites = await fetch(`${stack.apiUrl}/v1/sites?limit=1`, { headers: { authorization: `Bearer ${accessToken}` } })
  const [site] = ((await sites.json()) as ApiPage<Site>).data
  if (!site) throw new Error('the demo hub has no site')
  return site
}

describe('a curator imports lessons from a spreadsheet', { timeout: 180_000 }, () => {
  it('uploads a CSV, reads the dry run row by row, commits it and sees the rows created', async () => {
    const site = await demoSite()
    const csv = [
      'Title,Summary,Site,What went well',
      `Imported in the browser ${Date.now()},A lesson from a spreadsheet,${site.slug},The upload worked`,
      `A row without a summary,,${site.slug},`,
    ].join('\n')
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.curator)
      await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Imports' }).click()
      await page.getByRole('heading', { name: 'Imports', level: 1 }).waitFor()
      await page.locator('input[type="file"]').setInputFiles({ name: 'lessons.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
      await page.getByRole('button', { name: 'Check the file' }).click()

      const report = page.getByRole('table', { name: 'Dry-run report' })
      await report.waitFor()
      expect(await page.getByText('1 would be created').count()).toBe(1)
      const rows = report.locator('tbody tr')
      expect(await rows.count()).toBe(2)
      expect(await rows.nth(0).textContent()).toContain('Create')
      expect(await rows.nth(1).textContent()).toContain('Summary is required')

      await page.getByRole('button', { name: 'Import 1 row as drafts' }).click()
      await page.getByText('1 of 1 rows created').waitFor()
      await page.getByText('Status: committed').waitFor()
    })
  })
})
