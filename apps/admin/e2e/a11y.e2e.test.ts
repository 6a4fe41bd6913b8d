import { describe, it } from 'vitest'
import { expectNoSeriousViolations } from './axe'
import { demoUsers, startStack } from './stack'

const stack = startStack()

/** A screen to check, and what shows once it has loaded (so axe sees the content, not a skeleton). */
type Screen = [path: string, ready: string]

const screens: Record<keyof typeof demoUsers, Screen[]> = {
  curator: [
    ['/', 'Backlog by age'],
    ['/triage', 'Triage'],
    ['/review-due', 'Review due'],
    ['/lessons', 'Lessons'],
    ['/networks', 'Networks'],
    ['/my-items', 'Not for your role'],
  ],
  contributor: [
    ['/', 'Sent back to you'],
    ['/my-items', 'My items'],
    ['/lessons/new', 'New lesson'],
    ['/following', 'Private feed'],
    ['/solutions', 'Solutions'],
  ],
  admin: [
    ['/', 'Hub health'],
    ['/admin/users', 'Users'],
    ['/admin/api-keys', 'API keys'],
    ['/admin/webhooks', 'Webhooks'],
    ['/admin/audit', 'Audit log'],
    ['/admin/inbound-mail', 'Lessons by email'],
    ['/admin/settings', 'Review periods'],
  ],
}

describe('accessibility of the main screens (axe: no serious or critical violations)', { timeout: 120_000 }, () => {
  it('the sign-in page, empty and after a failed attempt', async () => {
    await stack.withPage(async (page) => {
      await page.goto(`${stack.adminUrl}/sign-in`)
      await page.getByRole('heading', { name: 'Sign in to Learn Once' }).waitFor()
      await expectNoSeriousViolations(page, 'the sign-in page')
      await stack.submitSignIn(page, demoUsers.contributor, 'not-the-password')
      await page.getByRole('alert').waitFor()
      await expectNoSeriousViolations(page, 'the sign-in page with an error')
    })
  })

  for (const role of Object.keys(screens) as (keyof typeof demoUsers)[]) {
    it(`every main screen a ${role} opens`, async () => {
      await stack.withPage(async (page) => {
        await stack.signInAs(page, demoUsers[role])
        for (const [path, ready] of screens[role]) {
          if (path !== '/') await page.goto(`${stack.adminUrl}${path}`)
          await page.getByRole('heading', { name: ready }).first().waitFor()
          // Nothing still loading: skeletons announce themselves as busy.
          await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' })
          await expectNoSeriousViolations(page, `${path} as ${role}`)
        }
      })
    })
  }
})
