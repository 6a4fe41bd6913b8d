import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DashboardMine, DashboardPipeline } from '@learnonce/contracts'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { demoUsers, startStack } from './stack'

const stack = startStack()

/** Screenshots of each home, to look at after a run; never in the repository. */
let shots = ''
beforeAll(async () => {
  shots = await mkdtemp(join(tmpdir(), 'learnonce-home-'))
})

/**
 * Waits until the home drawn after sign-in shows its figure in the card with `label`, so its own summary
 * request has answered. Otherwise the response awaited around a reload can be that first page's, whose
 * body is gone once the reload navigates away.
 */
async function settled(page: Page, label: string) {
  await page.locator('.mantine-Card-root', { hasText: label }).locator('a').first().waitFor()
}

describe('the home page of each role', { timeout: 120_000 }, () => {
  it("a curator sees the queue's figures as the API counts them, and the charts", async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.curator)
      await settled(page, 'Waiting')
      const [answer] = await Promise.all([
        page.waitForResponse((response) => new URL(response.url()).pathname === '/v1/dashboard/pipeline'),
        page.reload(),
      ])
      const pipeline = (await answer.json()) as DashboardPipeline
      const figure = (label: string) => page.locator('.mantine-Card-root', { hasText: label }).locator('a').first()
      await expect.poll(() => figure('Waiting').textContent()).toBe(String(pipeline.waiting))
      expect(await figure('Mine in review').textContent()).toBe(String(pipeline.mineInReview))
      expect(await figure('Oldest waiting').textContent()).toMatch(/^\d+ days?$|^—$/)
      for (const chart of [
        'Submissions per week',
        'Backlog by age',
        'Published by theme',
        'Published by journey stage',
        'Most reused solutions',
      ]) {
        await page.getByRole('heading', { name: chart }).waitFor()
      }
      // Each chart is drawn (an SVG with bars), and its figures are there to read out.
      await expect.poll(() => page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(5)
      await page.getByText(/^Submissions per week, from the week of/).waitFor({ state: 'attached' })
      await page.getByRole('heading', { name: 'Upcoming events' }).waitFor()
      await page.screenshot({ path: join(shots, 'curator-home.png'), fullPage: true })

      // The weeks shown are in the URL, so a link reproduces the view.
      await page.getByText('26 weeks').click()
      await page.waitForURL(/\?weeks=26$/)
      await page.getByText(/^Submissions per week, from the week of/).waitFor({ state: 'attached' })

      await figure('Mine in review').click()
      await page.waitForURL(/\/triage\?assignee=me$/)
    })
  })

  it('a contributor sees their counts, what was sent back with the curator’s note, and what went out', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.contributor)
      await settled(page, 'Not sent yet')
      const [answer] = await Promise.all([
        page.waitForResponse((response) => new URL(response.url()).pathname === '/v1/dashboard/mine'),
        page.reload(),
      ])
      const mine = (await answer.json()) as DashboardMine
      const drafts = mine.byState.find((row) => row.status === 'draft')?.count ?? 0
      await expect
        .poll(() => page.locator('.mantine-Card-root', { hasText: 'Not sent yet' }).locator('a').first().textContent())
        .toBe(String(drafts))
      const sentBack = page.getByRole('region', { name: 'Sent back to you' })
      await sentBack.getByText("— the curator's note").first().waitFor()
      const published = page.getByRole('region', { name: 'Recently published from your sites' })
      const first = mine.recentlyPublished[0]
      if (first) await published.getByRole('link', { name: first.title }).waitFor()
      // No curator's charts or figures for a contributor.
      expect(await page.getByRole('heading', { name: 'Backlog by age' }).count()).toBe(0)
      expect(await page.getByRole('heading', { name: 'Hub health' }).count()).toBe(0)
      await page.screenshot({ path: join(shots, 'contributor-home.png'), fullPage: true })
    })
  })

  it('an admin sees hub health: people, sites, webhooks and keys', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.admin)
      await page.getByRole('heading', { name: 'Hub health' }).waitFor()
      for (const label of ['People', 'Sites', 'Failing webhooks', 'API keys in use']) {
        await page.locator('.mantine-Card-root', { hasText: label }).first().waitFor()
      }
      await page.getByRole('heading', { name: 'Key usage' }).waitFor()
      await page.getByRole('heading', { name: 'The queue' }).waitFor()
      await page.screenshot({ path: join(shots, 'admin-home.png'), fullPage: true })
    })
  })
})
