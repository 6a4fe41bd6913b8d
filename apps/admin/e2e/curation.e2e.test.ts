import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Lesson, TokenPair, TriageEntry } from '@learnonce/contracts'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { demoPassword, demoUsers, startStack } from './stack'

const stack = startStack()

/** A person signed in through the API, for the set-up a test does around the browser. */
interface ApiUser {
  token: string
  user: TokenPair['user']
}

async function apiSignIn(email: string): Promise<ApiUser> {
  const response = await fetch(`${stack.apiUrl}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: demoPassword }),
  })
  expect(response.status).toBe(200)
  const pair = (await response.json()) as TokenPair
  return { token: pair.accessToken, user: pair.user }
}

async function call<T>(who: ApiUser, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${stack.apiUrl}/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${who.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  return { status: response.status, etag: response.headers.get('etag'), body: (text ? JSON.parse(text) : null) as T }
}

// A re-telling of the demo's queued Wessex Coast lesson, so the review shows it among the similar items.
const lessonTitle = 'Clinicians only opened the shared care record once it launched in context from their GP system'

let screenshots: string

describe('a curator reviews a submission in the browser', { timeout: 180_000 }, () => {
  let contributor: ApiUser
  let lessonId: string

  beforeAll(async () => {
    screenshots = await mkdtemp(join(tmpdir(), 'learnonce-curation-'))
    contributor = await apiSignIn(demoUsers.contributor)
    // The demo queue holds older submissions: another curator (the admin) takes them first, so the
    // oldest one waiting is the lesson submitted below. They stay in the queue, in review.
    const admin = await apiSignIn(demoUsers.admin)
    for (let claimed = 0; claimed < 50; claimed++) {
      const next = await call<TriageEntry | null>(admin, 'POST', '/triage/next')
      if (next.status === 204) break
      expect(next.status).toBe(200)
    }
    const siteId = contributor.user.siteIds[0]
    expect(siteId).toBeDefined()
    const created = await call<Lesson>(contributor, 'POST', '/lessons', {
      title: lessonTitle,
      summary:
        'Record use grew once practices could open the shared care record with one click from the patient already open, with single sign-on.',
      siteId,
      themes: ['interoperability'],
      wentWell: '- In-context launch with **single sign-on** from the GP system.\n- Use grew fastest in urgent care.',
      didNotGoWell: '- Each clinical system supplier needed its own integration.',
      doDifferently: '- Make in-context launch a condition of connecting.',
      context: 'We launched the shared care record as a separate web portal with its own login.',
    })
    expect(created.status).toBe(201)
    lessonId = created.body.id
    expect((await call(contributor, 'POST', `/lessons/${lessonId}/submit`)).status).toBe(200)
  })

  async function look(page: Page, name: string) {
    const path = join(screenshots, `${name}.png`)
    await page.screenshot({ path, fullPage: true })
    console.info(`screenshot: ${path}`)
  }

  it('takes the lesson with "Review next", sees its similar items, requests changes with a comment, then publishes the resubmission', async () => {
    await stack.withPage(async (page) => {
      await page.setViewportSize({ width: 1280, height: 900 })
      await stack.signInAs(page, demoUsers.curator)
      await page.goto(`${stack.adminUrl}/triage`)
      await page.getByRole('table', { name: 'Submissions waiting for review' }).waitFor()
      await page.getByRole('link', { name: lessonTitle }).waitFor()
      await look(page, 'triage')

      await page.getByRole('button', { name: 'Review next' }).click()
      await page.waitForURL(`${stack.adminUrl}/review/lesson/${lessonId}`)
      await page.getByRole('heading', { level: 1, name: lessonTitle }).waitFor()
      await page.getByText('In review', { exact: true }).first().waitFor()
      // The three reflection questions come before the context.
      const headings = await page.getByRole('article', { name: lessonTitle }).getByRole('heading').allTextContents()
      expect(headings).toEqual(['What went well?', 'What did not go well?', 'What would you do differently?', 'Context'])

      // Similar items, each with its score; the Wessex Coast lesson it re-tells among them.
      const similar = page.getByRole('region', { name: 'Similar items' }).getByRole('button', { name: /^Compare with/ })
      await similar.first().waitFor()
      expect(await similar.count()).toBeGreaterThan(0)
      await page.getByRole('button', { name: /Compare with GPs only used our shared care record/ }).waitFor()
      await look(page, 'review')
      await page.getByRole('button', { name: /Compare with GPs only used our shared care record/ }).click()
      const compare = page.getByRole('dialog', { name: 'Compare side by side' })
      await compare.getByRole('heading', { name: /GPs only used our shared care record/ }).waitFor()
      await compare.getByRole('button', { name: 'Mark as duplicate of this' }).waitFor()
      await look(page, 'compare')
      await page.keyboard.press('Escape')
      await compare.waitFor({ state: 'hidden' })

      // Only what the API allows the curator holding it.
      const toolbar = page.getByRole('toolbar', { name: 'Workflow actions' })
      expect(await toolbar.getByRole('button').allTextContents()).toEqual([
        'Release',
        'Request changes…',
        'Publish',
        'Reject…',
        'Mark as duplicate…',
      ])

      // A comment for the contributor, and an internal note they will never see.
      await page.getByLabel('Comment', { exact: true }).fill('Could you say how many practices were connected by the end?')
      await page.getByRole('button', { name: 'Post comment' }).click()
      await page
        .getByRole('article', { name: /^Comment by/ })
        .getByText('how many practices')
        .waitFor()
      await page.getByRole('switch', { name: 'Internal note' }).check()
      await page
        .getByLabel('Internal note', { exact: true })
        .and(page.getByRole('textbox'))
        .fill('Looks like a re-telling of the Wessex Coast lesson.')
      await page.getByRole('button', { name: 'Add internal note' }).click()
      const note = page.getByRole('article', { name: /^Internal note by/ })
      await note.getByText('re-telling of the Wessex Coast').waitFor()
      await note.getByText('Internal note', { exact: true }).waitFor()
      await note.scrollIntoViewIfNeeded()
      await page.screenshot({ path: join(screenshots, 'thread.png') })

      // Request changes needs a note: the dialog says so before anything is sent.
      await toolbar.getByRole('button', { name: 'Request changes…' }).click()
      const dialog = page.getByRole('dialog', { name: 'Request changes' })
      await dialog.getByRole('button', { name: 'Request changes' }).click()
      await dialog.getByText('Is required').waitFor()
      await dialog.getByLabel('Note for the contributor').fill('Please add how many practices were connected, and by when.')
      await dialog.getByRole('button', { name: 'Request changes' }).click()
      await dialog.waitFor({ state: 'hidden' })
      await page.getByText('Request changes: done').waitFor()
      await page.getByText('Changes requested', { exact: true }).first().waitFor()
      await page.getByRole('region', { name: 'History' }).getByText('Please add how many practices were connected').waitFor()
      // Sent back, it is the contributor's to resubmit (a curator may too, as the workflow allows).
      await toolbar.getByRole('button', { name: 'Submit for review' }).waitFor()
      expect(await toolbar.getByRole('button').allTextContents()).toEqual(['Submit for review'])

      // The contributor edits and resubmits through the API, with the ETag they read.
      const read = await call<Lesson>(contributor, 'GET', `/lessons/${lessonId}`)
      const edited = await call<Lesson>(
        contributor,
        'PATCH',
        `/lessons/${lessonId}`,
        { context: 'We launched as a portal; by March 41 practices opened the record in context.' },
        { 'if-match': read.etag ?? '' },
      )
      expect(edited.status).toBe(200)
      expect((await call(contributor, 'POST', `/lessons/${lessonId}/submit`)).status).toBe(200)

      await page.reload()
      await page.getByText('41 practices').waitFor()
      await toolbar.getByRole('button', { name: 'Claim' }).click()
      await page.getByText('Claim: done').waitFor()
      await toolbar.getByRole('button', { name: 'Publish' }).click()
      await page.getByText('Publish: done').waitFor()
      await page.getByText('Published', { exact: true }).first().waitFor()
      expect(await toolbar.getByRole('button').allTextContents()).toEqual(['Archive', 'Reaffirm…'])
      const published = await call<Lesson>(contributor, 'GET', `/lessons/${lessonId}`)
      expect(published.body.status).toBe('published')
    })
  })

  it('when the item moved on under the curator, the action says what happened and Reload shows where it is now', async () => {
    const curator = await apiSignIn(demoUsers.curator)
    const admin = await apiSignIn(demoUsers.admin)
    const created = await call<Lesson>(contributor, 'POST', '/lessons', {
      title: 'Night-time falls dropped once ward huddles named who checks the sensor alerts',
      summary: 'Naming one person per shift to check bed sensor alerts halved night-time falls on two wards.',
      siteId: contributor.user.siteIds[0],
    })
    expect(created.status).toBe(201)
    const id = created.body.id
    expect((await call(contributor, 'POST', `/lessons/${id}/submit`)).status).toBe(200)
    expect((await call(curator, 'POST', `/lessons/${id}/claim`)).status).toBe(200)

    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.curator)
      await page.goto(`${stack.adminUrl}/review/lesson/${id}`)
      const toolbar = page.getByRole('toolbar', { name: 'Workflow actions' })
      await toolbar.getByRole('button', { name: 'Publish' }).waitFor()
      // An admin releases it back to the queue while the curator reads.
      expect((await call(admin, 'POST', `/lessons/${id}/release`)).status).toBe(200)
      await toolbar.getByRole('button', { name: 'Publish' }).click()
      const alert = page.getByRole('alert').filter({ hasText: 'This can’t be done any more' })
      await alert.getByText('Reload to see the latest version').waitFor()
      await alert.getByRole('button', { name: 'Reload' }).click()
      await alert.waitFor({ state: 'hidden' })
      await page.getByText('Submitted', { exact: true }).first().waitFor()
      await toolbar.getByRole('button', { name: 'Claim' }).waitFor()
      expect(await toolbar.getByRole('button').allTextContents()).toEqual(['Claim'])
    })
  })

  it('j and k move through the triage table and Enter opens the review of the active row', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.curator)
      await page.goto(`${stack.adminUrl}/triage`)
      const rows = page.getByRole('table', { name: 'Submissions waiting for review' }).locator('tbody tr')
      await rows.nth(1).waitFor()
      await page.keyboard.press('j')
      await page.keyboard.press('j')
      await page.keyboard.press('j')
      await page.keyboard.press('k')
      expect(await rows.nth(1).getAttribute('aria-selected')).toBe('true')
      expect(await rows.nth(0).getAttribute('aria-selected')).toBe('false')
      const href = await rows.nth(1).getByRole('link').getAttribute('href')
      expect(href).toMatch(/^\/review\/(lesson|case_study|solution)\//)
      await page.keyboard.press('Enter')
      await page.waitForURL(`${stack.adminUrl}${href}`)
      await page.getByRole('toolbar', { name: 'Workflow actions' }).or(page.getByText('No workflow action is open')).first().waitFor()
    })
  })

  it('keeps the filters in the link and counts what each would show', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.curator)
      await page.goto(`${stack.adminUrl}/triage`)
      await page.getByRole('table', { name: 'Submissions waiting for review' }).waitFor()
      await page.getByText(/^Lessons \(\d+\)$/).click()
      await page.waitForURL(/\/triage\?type=lesson$/)
      const kinds = page.getByRole('table').locator('tbody tr td:first-child')
      await expect.poll(async () => new Set(await kinds.allTextContents())).toEqual(new Set(['Lesson']))
      await page.goto(`${stack.adminUrl}/triage?type=solution&assignee=me`)
      await page.getByText('Nothing waiting with these filters').waitFor()
      await page.getByRole('button', { name: 'Clear filters' }).click()
      await page.waitForURL(`${stack.adminUrl}/triage`)
      await page.getByRole('table', { name: 'Submissions waiting for review' }).waitFor()
    })
  })
})
