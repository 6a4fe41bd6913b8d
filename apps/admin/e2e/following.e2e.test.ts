import type { DigestSettings, Subscription } from '@learnonce/contracts'
import { describe, expect, it } from 'vitest'
import { demoUsers, startStack } from './stack'

const stack = startStack()

describe('the Following page', { timeout: 120_000 }, () => {
  it('a contributor follows a theme and switches to a daily digest, and both hold after a reload', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.contributor)
      await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Following' }).click()
      await page.getByRole('heading', { name: 'Following', level: 1 }).waitFor()

      const themes = page.getByRole('region', { name: 'Themes' })
      const [followed] = await Promise.all([
        page.waitForResponse(
          (response) => new URL(response.url()).pathname === '/v1/me/subscriptions' && response.request().method() === 'POST',
        ),
        themes.getByRole('button', { name: 'Follow Clinical safety' }).click(),
      ])
      expect(followed.status()).toBe(201)
      expect(((await followed.json()) as Subscription).target).toMatchObject({ type: 'theme', value: 'clinical-safety' })
      await themes.getByRole('button', { name: 'Unfollow Clinical safety' }).waitFor()
      await page.getByText('You follow Clinical safety now.').waitFor()

      // The first follow switched a weekly digest on; choose daily instead.
      const digest = page.getByRole('region', { name: 'Digest email' })
      await expect.poll(() => digest.getByRole('radio', { name: 'Weekly' }).isChecked()).toBe(true)
      const [saved] = await Promise.all([
        page.waitForResponse(
          (response) => new URL(response.url()).pathname === '/v1/me/digest-settings' && response.request().method() === 'PUT',
        ),
        digest.getByText('Daily').click(),
      ])
      expect(saved.status()).toBe(200)
      expect(((await saved.json()) as DigestSettings).frequency).toBe('daily')
      await page.getByText('You will get a daily digest.').waitFor()

      const [settings] = await Promise.all([
        page.waitForResponse((response) => new URL(response.url()).pathname === '/v1/me/digest-settings'),
        page.reload(),
      ])
      expect(((await settings.json()) as DigestSettings).frequency).toBe('daily')
      await expect
        .poll(() => page.getByRole('region', { name: 'Digest email' }).getByRole('radio', { name: 'Daily' }).isChecked())
        .toBe(true)
      await page.getByRole('region', { name: 'Themes' }).getByRole('button', { name: 'Unfollow Clinical safety' }).waitFor()
    })
  })
})
