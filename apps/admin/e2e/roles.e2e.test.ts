import { describe, expect, it } from 'vitest'
import { demoUsers, startStack } from './stack'

const stack = startStack()

const browse = ['Lessons', 'Case studies', 'Solutions', 'Networks', 'Events']
const files = ['Imports']
const admin = ['Sites', 'Users', 'Themes', 'API keys', 'Webhooks', 'Audit log', 'Lessons by email', 'Manage networks', 'Settings']

describe('what each role may use', { timeout: 120_000 }, () => {
  it.each([
    ['contributor', ['Home', 'My items', 'Following', ...browse, ...files]],
    ['curator', ['Home', 'Triage', 'Reports', 'Review due', 'Following', ...browse, ...files]],
    ['admin', ['Home', 'Triage', 'Reports', 'Review due', 'Following', ...browse, ...files, ...admin]],
  ] as const)('the navigation of a signed-in %s shows only its sections', async (role, expected) => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers[role])
      const links = page.getByRole('navigation', { name: 'Sections' }).getByRole('link')
      await links.first().waitFor()
      expect(await links.allTextContents()).toEqual(expected)
    })
  })

  it('a contributor following a link to an admin screen sees "Not for your role"', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.contributor)
      for (const screen of ['/admin/api-keys', '/admin/users', '/triage']) {
        await page.goto(`${stack.adminUrl}${screen}`)
        await page.getByRole('heading', { name: 'Not for your role' }).waitFor()
        expect(new URL(page.url()).pathname).toBe(screen)
      }
      await page.getByRole('link', { name: 'Go to your home page' }).click()
      await page.waitForURL(`${stack.adminUrl}/`)
    })
  })

  it('an admin reaches the admin screens by the navigation', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.admin)
      await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'API keys' }).click()
      await page.waitForURL(`${stack.adminUrl}/admin/api-keys`)
      await page.getByRole('heading', { name: 'API keys', level: 1 }).waitFor()
    })
  })
})
