import { describe, expect, it } from 'vitest'
import { demoUsers, startStack } from './stack'

const stack = startStack()

describe('signing in to the admin', { timeout: 120_000 }, () => {
  it('a visit to the admin root goes to the sign-in page', async () => {
    await stack.withPage(async (page) => {
      await page.goto(`${stack.adminUrl}/`)
      await page.waitForURL(/\/sign-in$/)
      await page.getByRole('heading', { name: 'Sign in to Learn Once' }).waitFor()
    })
  })

  it("a wrong password shows the API's explanation and stays on sign-in", async () => {
    await stack.withPage(async (page) => {
      await page.goto(`${stack.adminUrl}/sign-in`)
      const answer = await stack.submitSignIn(page, demoUsers.admin, 'not-the-demo-password')
      // 429 once an account has had five failures in 15 minutes (a long-lived PostgreSQL test database).
      expect([401, 429]).toContain(answer.status)
      const problem = answer.body as { detail?: unknown }
      expect(typeof problem.detail).toBe('string')
      await page
        .getByRole('alert')
        .filter({ hasText: String(problem.detail) })
        .waitFor()
      expect(new URL(page.url()).pathname).toBe('/sign-in')
    })
  })

  it('a contributor who signs in sees their name and role', async () => {
    await stack.withPage(async (page) => {
      const user = await stack.signInAs(page, demoUsers.contributor)
      expect(user.name).not.toBe('')
      await page.getByRole('heading', { name: `Signed in as ${user.name}` }).waitFor()
      await page.getByText('contributor', { exact: true }).waitFor()
      await page.getByText(demoUsers.contributor, { exact: true }).waitFor()
      expect(new URL(page.url()).pathname).toBe('/')
    })
  })

  it('signing out returns to the sign-in page and ends the session', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.contributor)
      await page.getByRole('button', { name: 'Sign out' }).click()
      await page.waitForURL(/\/sign-in$/)
      await page.getByRole('heading', { name: 'Sign in to Learn Once' }).waitFor()

      await page.goto(`${stack.adminUrl}/`)
      await page.waitForURL(/\/sign-in$/)
    })
  })

  it('a signed-out visit to a filtered list goes to sign-in, and signing in comes back to it', async () => {
    await stack.withPage(async (page) => {
      await page.goto(`${stack.adminUrl}/lessons?q=falls&theme=medicines`)
      await page.waitForURL(/\/sign-in\?redirectTo=/)
      await stack.submitSignIn(page, demoUsers.curator, 'learn-once-demo')
      await page.waitForURL(`${stack.adminUrl}/lessons?q=falls&theme=medicines`)
      await page.getByRole('heading', { name: 'Lessons', level: 1 }).waitFor()
    })
  })

  it('a session the API has ended (its refresh refused) goes back to sign-in, and then to where the person was', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.curator)
      // The session ends elsewhere (signed out on another device) and the access token has expired.
      const ended = await page.evaluate(async () => {
        const session = JSON.parse(localStorage.getItem('learnonce.session') ?? 'null') as { refreshToken: string }
        const response = await fetch('/v1/auth/logout', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ refreshToken: session.refreshToken }),
        })
        localStorage.setItem('learnonce.session', JSON.stringify({ ...session, accessToken: 'expired' }))
        return response.status
      })
      expect(ended).toBe(204)

      await page.goto(`${stack.adminUrl}/triage?type=lesson`)
      await page.waitForURL(/\/sign-in\?redirectTo=/)
      await stack.submitSignIn(page, demoUsers.curator, 'learn-once-demo')
      await page.waitForURL(`${stack.adminUrl}/triage?type=lesson`)
      await page.getByRole('heading', { name: 'Triage', level: 1 }).waitFor()
    })
  })
})
