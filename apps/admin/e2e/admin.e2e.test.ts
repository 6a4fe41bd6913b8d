import { mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { demoUsers, startStack } from './stack'

const stack = startStack()

// Screenshots of each admin screen, for a person to look at; never in the repository.
const shots = join(tmpdir(), 'learnonce-admin-screens')
mkdirSync(shots, { recursive: true })
async function screenshot(page: Page, name: string) {
  // Drawers and dialogs slide in: let them settle so the picture shows what a person sees.
  await page.waitForTimeout(400)
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true })
}

describe('the admin’s own screens', { timeout: 120_000 }, () => {
  it('an admin creates an API key, sees its secret once and never again, then revokes it', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.admin)
      await page.goto(`${stack.adminUrl}/admin/api-keys`)
      await page.getByRole('heading', { name: 'API keys', level: 1 }).waitFor()
      await page.getByRole('button', { name: 'New key' }).first().click()
      const drawer = page.getByRole('dialog', { name: 'New API key' })
      await drawer.getByLabel('Name').fill('Trust portal (e2e)')
      await screenshot(page, 'api-keys-new')
      const [created] = await Promise.all([
        page.waitForResponse((response) => new URL(response.url()).pathname === '/v1/api-keys' && response.request().method() === 'POST'),
        drawer.getByRole('button', { name: 'Create key' }).click(),
      ])
      expect(created.status()).toBe(201)
      const { secret } = (await created.json()) as { secret: string }
      expect(secret).toMatch(/^lo_live_/)

      const dialog = page.getByRole('dialog', { name: 'Copy the new key’s secret now' })
      await dialog.getByText(secret).waitFor()
      await dialog.getByText('You will not see this secret again').waitFor()
      await dialog.getByRole('button', { name: 'Copy secret' }).waitFor()
      await screenshot(page, 'api-keys-secret')
      await dialog.getByRole('button', { name: 'I have stored it — close' }).click()
      await dialog.waitFor({ state: 'detached' })

      const row = page.getByRole('row').filter({ hasText: 'Trust portal (e2e)' })
      await row.waitFor()
      expect(await page.content()).not.toContain(secret)
      await page.reload()
      await row.waitFor()
      expect(await page.content()).not.toContain(secret)
      // The side panel of the key says what it may do, never its secret.
      await row.getByRole('button', { name: 'Trust portal (e2e)', exact: true }).click()
      await page.getByRole('dialog', { name: 'API key' }).getByText('The secret was shown once').waitFor()
      expect(await page.content()).not.toContain(secret)
      await screenshot(page, 'api-keys-detail')
      await page.keyboard.press('Escape')
      await screenshot(page, 'api-keys')

      await row.getByRole('button', { name: 'Revoke Trust portal (e2e)' }).click()
      const confirm = page.getByRole('dialog', { name: 'Revoke Trust portal (e2e)?' })
      await confirm.getByRole('button', { name: 'Revoke key' }).click()
      await page.getByText('Key revoked').waitFor()
      await row.getByText('Revoked').waitFor()
      expect(await row.getByRole('button', { name: 'Revoke Trust portal (e2e)' }).count()).toBe(0)

      const reached = await fetch(`${stack.apiUrl}/v1/taxonomy`, { headers: { authorization: `Bearer ${secret}` } })
      expect(reached.status).toBe(401)
    })
  })

  it('an admin disables a user, who can then no longer sign in', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.admin)
      await page.goto(`${stack.adminUrl}/admin/users?q=joy`)
      const row = page.getByRole('row').filter({ hasText: 'Joy Ellis' })
      await row.waitFor()
      expect(new URL(page.url()).searchParams.get('q')).toBe('joy')
      await screenshot(page, 'users')
      await row.getByRole('button', { name: 'Disable Joy Ellis' }).click()
      await page.getByRole('dialog', { name: 'Disable Joy Ellis?' }).getByRole('button', { name: 'Disable user' }).click()
      await page.getByText('User disabled').waitFor()
      await row.getByText('Disabled').waitFor()
      await row.getByRole('button', { name: 'Enable Joy Ellis' }).waitFor()

      await row.getByRole('button', { name: 'Joy Ellis' }).first().click()
      await page.getByRole('dialog', { name: 'Joy Ellis' }).getByLabel('Site memberships').waitFor()
      await screenshot(page, 'users-edit')

      const login = await fetch(`${stack.apiUrl}/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'joy.ellis@demo.learnonce.dev', password: 'learn-once-demo' }),
      })
      expect(login.status).toBe(401)
    })
  })

  it('the audit log filters by action, and the filter is in the link', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.admin)
      await page.goto(`${stack.adminUrl}/admin/audit`)
      await page.getByRole('table', { name: 'Audit events' }).waitFor()
      await screenshot(page, 'audit')
      await page.getByRole('textbox', { name: 'Action' }).fill('auth.login')
      await page.getByRole('option', { name: 'auth.login', exact: true }).click()
      await page.waitForURL(/action=auth\.login/)
      const actions = page.getByRole('table', { name: 'Audit events' }).locator('tbody tr td:nth-child(2)')
      await expect.poll(async () => new Set(await actions.allTextContents())).toEqual(new Set(['auth.login']))
      await screenshot(page, 'audit-filtered')

      await page.reload()
      await expect.poll(async () => new Set(await actions.allTextContents())).toEqual(new Set(['auth.login']))
      expect(await page.getByRole('textbox', { name: 'Action' }).inputValue()).toBe('auth.login')

      // Today alone, picked as a range in the calendar: the sign-ins of this run are all today.
      const today = new Date()
      const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`
      await page.getByRole('button', { name: 'Between' }).click()
      const todayButton = page.locator(`button[data-today="true"]`).first()
      await todayButton.click()
      await todayButton.click()
      await page.waitForURL((url) => url.searchParams.get('from') === day && url.searchParams.get('to') === day)
      await expect.poll(async () => new Set(await actions.allTextContents())).toEqual(new Set(['auth.login']))
      await screenshot(page, 'audit-dates')
    })
  })

  it('the inbound log shows what each email became, filters by outcome in the link, and leads to the draft', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.admin)
      await page.getByRole('link', { name: 'Lessons by email' }).click()
      const table = page.getByRole('table', { name: 'Inbound messages' })
      await table.waitFor()
      const outcomes = table.locator('tbody tr td:nth-child(4)')
      await expect.poll(async () => new Set(await outcomes.allTextContents())).toEqual(new Set(['Draft created', 'Refused']))
      await screenshot(page, 'inbound-mail')

      const outcome = page.getByRole('radiogroup', { name: 'Outcome' })
      await outcome.getByText('Refused', { exact: true }).click()
      await page.waitForURL(/outcome=refused/)
      await expect.poll(async () => await outcomes.allTextContents()).toEqual(['Refused'])
      await page.reload()
      await expect.poll(async () => await outcomes.allTextContents()).toEqual(['Refused'])

      await outcome.getByText('Draft created', { exact: true }).click()
      await page.waitForURL(/outcome=draft_created/)
      await expect.poll(async () => await outcomes.allTextContents()).toEqual(['Draft created'])
      const subject = (await table.getByRole('link').first().textContent()) ?? ''
      await table.getByRole('link').first().click()
      await page.waitForURL(/\/lessons\/[0-9a-f-]{36}$/)
      await page.getByRole('heading', { name: subject }).first().waitFor()
    })
  })

  it('shows the sites screen with its side panel', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.admin)
      await page.goto(`${stack.adminUrl}/admin/sites`)
      await page.getByRole('table', { name: 'Sites' }).waitFor()
      await screenshot(page, 'sites')
      await page.getByRole('button', { name: 'New site' }).click()
      await page.getByRole('dialog', { name: 'New site' }).getByLabel('Name').waitFor()
      await screenshot(page, 'sites-new')
    })
  })

  it('an admin moves a theme down, is told so, and finds it there after a reload', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.admin)
      await page.goto(`${stack.adminUrl}/admin/themes`)
      const themes = page.getByRole('table', { name: 'Themes' })
      await themes.waitFor()
      const nameIn = async (row: number) => (await themes.locator('tbody tr').nth(row).locator('td').first().textContent()) ?? ''
      const first = await nameIn(0)
      const second = await nameIn(1)
      const moveDown = themes.getByRole('button', { name: `Move ${first} down` })
      // Keyboard-usable: focus the button and press Space, as a keyboard user would. (Enter is taken by
      // the list's "open the active row" shortcut, which swallows it on buttons in the row too.)
      await moveDown.focus()
      await page.keyboard.press('Space')
      await page.getByText('Order saved').waitFor()
      await themes.locator('tbody tr').nth(1).getByRole('button', { name: first, exact: true }).waitFor()
      await screenshot(page, 'themes-moved')
      await page.reload()
      await themes.locator('tbody tr').nth(1).getByRole('button', { name: first, exact: true }).waitFor()
      expect(await nameIn(0)).toBe(second)
      expect(await nameIn(1)).toBe(first)
      await expect(themes.getByRole('button', { name: `Move ${second} up` }).isDisabled()).resolves.toBe(true)
    })
  })

  it('shows themes, webhooks and network management, each with its side panel', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.admin)
      await page.goto(`${stack.adminUrl}/admin/themes`)
      const themes = page.getByRole('table', { name: 'Themes' })
      await themes.waitFor()
      await screenshot(page, 'themes')
      const first = themes.locator('tbody tr').first()
      const name = (await first.locator('td').first().textContent()) ?? ''
      await first.getByRole('button', { name: `Retire ${name}` }).click()
      await page
        .getByRole('dialog', { name: `Retire ${name}?` })
        .getByRole('button', { name: 'Retire theme' })
        .click()
      await page.getByText('Theme retired').waitFor()
      await page
        .locator('label')
        .filter({ hasText: /^Retired$/ })
        .click()
      await page.waitForURL(/retired=true/)
      await page
        .getByRole('table', { name: 'Themes' })
        .getByRole('button', { name: `Restore ${name}` })
        .waitFor()

      await page.goto(`${stack.adminUrl}/admin/webhooks`)
      await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor()
      await page.getByRole('button', { name: 'New endpoint' }).first().click()
      const drawer = page.getByRole('dialog', { name: 'New endpoint' })
      // An address, not a name: the test machine resolves no public names, and the API checks where a URL leads.
      await drawer.getByLabel('URL').fill('https://93.184.215.14/hooks')
      await drawer.getByRole('button', { name: 'Register endpoint' }).click()
      const secret = page.getByRole('dialog', { name: 'Copy the endpoint’s signing secret now' })
      await secret.getByText(/^whsec_/).waitFor()
      await screenshot(page, 'webhooks-secret')
      await secret.getByRole('button', { name: 'I have stored it — close' }).click()
      await page.getByRole('tab', { name: 'Deliveries' }).waitFor()
      await page.getByRole('button', { name: 'Ping', exact: true }).click()
      await page.getByText('Ping queued').waitFor()
      await page.getByRole('table', { name: 'Deliveries' }).getByText('ping').waitFor()
      await screenshot(page, 'webhooks-deliveries')

      await page.goto(`${stack.adminUrl}/admin/networks`)
      const networks = page.getByRole('table', { name: 'Networks' })
      await networks.waitFor()
      await screenshot(page, 'networks')
      await networks.locator('tbody tr').first().getByRole('button').first().click()
      await page.getByRole('textbox', { name: 'Lead sites' }).waitFor()
      await screenshot(page, 'networks-edit')
      await page.getByRole('tab', { name: 'Events' }).click()
      await page.getByRole('button', { name: 'New event' }).click()
      await page.getByRole('button', { name: 'Starts' }).waitFor()
      await screenshot(page, 'networks-event')
    })
  })

  it('a contributor following a link to /admin/api-keys sees "Not for your role"', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.contributor)
      await page.goto(`${stack.adminUrl}/admin/api-keys`)
      await page.getByRole('heading', { name: 'Not for your role' }).waitFor()
      expect(await page.getByRole('button', { name: 'New key' }).count()).toBe(0)
    })
  })
})
