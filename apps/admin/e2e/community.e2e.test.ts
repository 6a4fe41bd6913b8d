import { describe, expect, it } from 'vitest'
import { expectNoSeriousViolations } from './axe'
import { pdf } from './samples'
import { demoUsers, startStack } from './stack'

const stack = startStack()

const networkName = 'Information Prescriptions Action Learning Network'

describe('a network’s discussions', { timeout: 180_000 }, () => {
  it('a member starts a discussion and replies, a coordinator locks it and the reply box goes, and the member captures it as a draft lesson', async () => {
    const title = `Recruiting practices ${Date.now().toString(36)}`
    let threadUrl = ''
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.contributor)
      await page.goto(`${stack.adminUrl}/networks`)
      await page.getByRole('link', { name: networkName }).first().click()
      await page.getByRole('tab', { name: 'Discussions' }).click()
      await page.getByLabel('Title').fill(title)
      await page.getByLabel('Your post').fill('Which practices did you approach first, and why?')
      await page.getByRole('button', { name: 'Start the discussion' }).click()
      await page.getByRole('link', { name: title }).click()
      await page.getByRole('heading', { name: title }).waitFor()
      threadUrl = page.url()
      await page.getByLabel('Your reply').fill('We started with the practices that already had a care navigator.')
      await page.getByRole('button', { name: 'Reply' }).click()
      const posts = page.getByRole('list', { name: 'Posts' })
      await posts.getByText('We started with the practices that already had a care navigator.').waitFor()
      await expect.poll(() => posts.getByRole('listitem').count()).toBe(2)
    })

    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.curator)
      await page.goto(threadUrl)
      await page.getByRole('button', { name: 'Lock' }).click()
      await page.getByRole('button', { name: 'Unlock' }).waitFor()
    })

    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.contributor)
      await page.goto(threadUrl)
      await page.getByText('This discussion is locked: it takes no new replies.').waitFor()
      expect(await page.getByLabel('Your reply').count()).toBe(0)

      const capture = page.getByRole('region', { name: 'Capture as a lesson' })
      await capture.getByLabel('For site').click()
      await page.getByRole('option').first().click()
      await capture.getByRole('button', { name: 'Capture as a lesson' }).click()
      await capture.getByRole('link', { name: 'Open the captured draft lesson' }).click()
      await page.waitForURL(/\/lessons\/[0-9a-f-]+$/)
      await page.getByRole('heading', { name: title }).waitFor()
    })
  })

  it('a member adds an uploaded PDF to the library, and it is listed as a file to open', async () => {
    const title = `Training session agenda ${Date.now().toString(36)}`
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.contributor)
      await page.goto(`${stack.adminUrl}/networks`)
      await page.getByRole('link', { name: networkName }).first().click()
      await page.getByRole('tab', { name: 'Library' }).click()
      await page.getByRole('textbox', { name: 'Title' }).fill(title)
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Or upload a file' }).click(),
      ])
      const [uploaded] = await Promise.all([
        page.waitForResponse((response) => new URL(response.url()).pathname === '/v1/files' && response.request().method() === 'POST'),
        chooser.setFiles({ name: 'Agenda.pdf', mimeType: 'application/pdf', buffer: pdf() }),
      ])
      expect(uploaded.status()).toBe(201)
      await page.getByText('File: Agenda.pdf').waitFor()
      const [created] = await Promise.all([
        page.waitForResponse(
          (response) =>
            /\/v1\/networks\/[^/]+\/resources$/.test(new URL(response.url()).pathname) && response.request().method() === 'POST',
        ),
        page.getByRole('button', { name: 'Add to the library' }).click(),
      ])
      expect(created.status()).toBe(201)
      const library = page.getByRole('list', { name: 'Library' })
      await library.getByRole('button', { name: new RegExp(`^${title} \\(Agenda\\.pdf, PDF`) }).waitFor()
    })
  })

  it('a curator publishes news with an evaluation report attached, members see the file, and the curator removes it', async () => {
    const headline = `Evaluation update ${Date.now().toString(36)}`
    await stack.withPage(async (page) => {
      const curator = await stack.signInAs(page, demoUsers.curator)
      await page.goto(`${stack.adminUrl}/networks`)
      await page.getByRole('link', { name: networkName }).first().click()
      await page.getByRole('tab', { name: 'News' }).click()
      await page.getByRole('textbox', { name: 'Headline' }).fill(headline)
      await page.getByRole('textbox', { name: 'Text' }).fill('The interim evaluation is attached.')
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Attach a file' }).click()])
      await Promise.all([
        page.waitForResponse((response) => new URL(response.url()).pathname === '/v1/files' && response.request().method() === 'POST'),
        chooser.setFiles({ name: 'Interim evaluation.pdf', mimeType: 'application/pdf', buffer: pdf() }),
      ])
      await page.getByText('Attached: Interim evaluation.pdf').waitFor()
      await page.getByRole('button', { name: 'Publish', exact: true }).click()
      const news = page.getByRole('list', { name: 'News' })
      await news.getByRole('heading', { name: headline }).waitFor()
      // The activity tab has it at the top, by the curator's name.
      await page.getByRole('tab', { name: 'Activity' }).click()
      const latest = page.getByRole('table', { name: 'Network activity' }).locator('tbody tr').first()
      await expect
        .poll(async () => (await latest.locator('td').allTextContents()).slice(1))
        .toEqual([curator.name, 'published news', headline])
      await expectNoSeriousViolations(page, 'the activity tab')
    })
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.contributor)
      await page.goto(`${stack.adminUrl}/networks`)
      await page.getByRole('link', { name: networkName }).first().click()
      await page.getByRole('tab', { name: 'News' }).click()
      const item = page.getByRole('listitem').filter({ hasText: headline })
      await item.getByRole('button', { name: /^Interim evaluation\.pdf \(Interim evaluation\.pdf, PDF/ }).waitFor()
      expect(await item.getByRole('button', { name: `Remove ${headline}` }).count()).toBe(0)
    })
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.curator)
      await page.goto(`${stack.adminUrl}/networks`)
      await page.getByRole('link', { name: networkName }).first().click()
      await page.getByRole('tab', { name: 'News' }).click()
      await page.getByRole('button', { name: `Remove ${headline}` }).click()
      await expect.poll(() => page.getByRole('heading', { name: headline }).count()).toBe(0)
    })
  })
})
