import { mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page as ApiPage, Lesson, SolutionListItem, TokenPair } from '@learnonce/contracts'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { demoPassword, demoUsers, startStack } from './stack'

const stack = startStack()

// Screenshots of each main screen, to look at after a run; never committed.
const shots = join(tmpdir(), 'learnonce-admin-contributor')
mkdirSync(shots, { recursive: true })
const shoot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true })

/** The API as a person signed in with `email` (for setting a scene up, not for what is under test). */
async function apiAs(email: string) {
  const login = await fetch(`${stack.apiUrl}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: demoPassword }),
  })
  expect(login.status).toBe(200)
  const { accessToken, user } = (await login.json()) as TokenPair
  async function call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const response = await fetch(`${stack.apiUrl}/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${accessToken}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? null : JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
    return (await response.json()) as T
  }
  return { user, call }
}

describe('a contributor writes, answers a review, and browses', { timeout: 180_000 }, () => {
  it('writes a lesson with the reflection questions, previews it, saves and submits it', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.contributor)
      await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'My items' }).click()
      await page.getByRole('heading', { name: 'My items', level: 1 }).waitFor()
      await page.getByRole('table', { name: 'My items' }).waitFor()
      await shoot(page, 'my-items')
      await page.getByRole('link', { name: 'New lesson' }).click()
      await page.waitForURL(`${stack.adminUrl}/lessons/new`)

      // A blank title is stopped in the browser.
      await page.getByRole('button', { name: 'Save draft' }).click()
      await page.getByText('Is required').first().waitFor()
      expect(await page.getByRole('textbox', { name: 'Title', exact: true }).getAttribute('aria-invalid')).toBe('true')

      await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Night handovers cut falls on the ward')
      await page.getByRole('textbox', { name: 'What went well?' }).fill('The **night team** owned the huddle.')
      await page.getByRole('textbox', { name: 'What did not go so well?' }).fill('Agency staff missed the first weeks.')
      await page.getByRole('textbox', { name: 'What would you do differently?' }).fill('Brief agency staff at the door.')
      await page
        .getByRole('textbox', { name: 'Summary', exact: true })
        .fill('A five-minute falls huddle at night handover halved falls in three months.')
      await page.getByRole('tab', { name: 'Preview' }).first().click()
      const preview = page.getByRole('region', { name: 'What went well? preview' })
      expect(await preview.locator('strong').textContent()).toBe('night team')
      await page.getByRole('textbox', { name: 'Site', exact: true }).click()
      await page.getByRole('option', { name: 'Riverside Medical Practice' }).click()
      await shoot(page, 'lesson-editor')

      const [created] = await Promise.all([
        page.waitForResponse((response) => new URL(response.url()).pathname === '/v1/lessons' && response.request().method() === 'POST'),
        page.getByRole('button', { name: 'Save draft' }).click(),
      ])
      expect(created.status()).toBe(201)
      const lesson = (await created.json()) as Lesson
      await page.waitForURL(`${stack.adminUrl}/lessons/${lesson.id}/edit`)
      await page.getByText('Draft saved').waitFor()

      await page.getByRole('button', { name: 'Submit for review' }).click()
      const dialog = page.getByRole('dialog', { name: 'Submit this lesson for review?' })
      await dialog.getByText('a curator picks it up from the review queue', { exact: false }).waitFor()
      await dialog.getByRole('button', { name: 'Submit', exact: true }).click()
      await page.waitForURL(`${stack.adminUrl}/my-items`)
      const row = page.getByRole('row').filter({ hasText: 'Night handovers cut falls on the ward' })
      await row.getByText('Submitted', { exact: true }).waitFor()
    })
  })

  it('edits a lesson a curator sent back, replies, and submits it again', async () => {
    // The scene: a submitted lesson of the contributor's, claimed by the curator, who asks for changes.
    const contributor = await apiAs(demoUsers.contributor)
    const siteId = contributor.user.siteIds[0] ?? ''
    const draft = await contributor.call<Lesson>('POST', '/lessons', {
      title: 'Text reminders need the practice name first',
      summary: 'Patients ignored reminders that did not say who sent them.',
      siteId,
    })
    const submitted = await contributor.call<Lesson>('POST', `/lessons/${draft.id}/submit`, {}, { 'if-match': `"${draft.version}"` })
    const curator = await apiAs(demoUsers.curator)
    const claimed = await curator.call<Lesson>('POST', `/lessons/${draft.id}/claim`, {}, { 'if-match': `"${submitted.version}"` })
    await curator.call<Lesson>(
      'POST',
      `/lessons/${draft.id}/request-changes`,
      { note: 'Please say what the reminder said before and after.' },
      { 'if-match': `"${claimed.version}"` },
    )

    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.contributor)
      await page.goto(`${stack.adminUrl}/my-items?status=changes_requested`)
      const row = page.getByRole('row').filter({ hasText: 'Text reminders need the practice name first' })
      await row.getByText('Curator’s note: Please say what the reminder said before and after.').waitFor()
      await row.getByRole('link', { name: 'Edit' }).click()
      await page.waitForURL(`${stack.adminUrl}/lessons/${draft.id}/edit`)
      await page.getByText('A curator asked for changes').waitFor()
      await page.getByText('Please say what the reminder said before and after.').first().waitFor()
      await page.getByRole('heading', { name: 'Review conversation' }).waitFor()

      await page
        .getByRole('textbox', { name: 'What went well?' })
        .fill('Before: "Appointment tomorrow". After: "Riverside Medical Practice: your appointment is tomorrow".')
      await page.getByRole('textbox', { name: 'Reply to the review' }).fill('Added the before and after wording.')
      await page.getByRole('button', { name: 'Send reply' }).click()
      await page.getByText('Reply sent').waitFor()
      await page.getByText('Added the before and after wording.').last().waitFor()
      await shoot(page, 'lesson-sent-back')

      await page.getByRole('button', { name: 'Submit for review' }).click()
      const [patched] = await Promise.all([
        page.waitForResponse((response) => response.url().endsWith(`/v1/lessons/${draft.id}`) && response.request().method() === 'PATCH'),
        page.getByRole('dialog').getByRole('button', { name: 'Submit', exact: true }).click(),
      ])
      expect(patched.status()).toBe(200)
      await page.waitForURL(`${stack.adminUrl}/my-items`)
    })
    const after = await contributor.call<Lesson>('GET', `/lessons/${draft.id}`)
    expect(after.status).toBe('submitted')
    expect(after.wentWell).toContain('Riverside Medical Practice: your appointment is tomorrow')
  })

  it('finds a demo lesson by searching the list, with the matched word highlighted', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.contributor)
      await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Lessons' }).click()
      await page.getByRole('list', { name: 'Lessons' }).getByRole('listitem').first().waitFor()
      await shoot(page, 'lessons')
      await page.getByRole('textbox', { name: 'Search lessons' }).fill('carers')
      await page.waitForURL(/\/lessons\?q=carers$/)
      const card = page.getByRole('listitem').filter({ hasText: 'Carers need their own information prescription' })
      await card.locator('mark').first().waitFor()
      expect((await card.locator('mark').first().textContent())?.toLowerCase()).toContain('carer')
      await shoot(page, 'lessons-search')

      await card.getByRole('link', { name: 'Carers need their own information prescription' }).click()
      await page.getByRole('heading', { name: 'Carers need their own information prescription', level: 1 }).waitFor()
      await page.getByRole('heading', { name: 'What went well?' }).waitFor()
      await shoot(page, 'lesson')
    })
  })

  it('shows a solution’s lineage as a tree, with its adoptions by mode', async () => {
    const reader = await apiAs(demoUsers.contributor)
    const found = await reader.call<ApiPage<SolutionListItem>>(
      'GET',
      '/solutions?q=information%20prescription%20templates&status=published',
    )
    const templates = found.data.find((solution) => solution.title === 'Information prescription templates for GP clinical systems')
    if (!templates?.derivedFromId) throw new Error('the demo’s derived solution is missing')
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.contributor)
      await page.goto(`${stack.adminUrl}/solutions/${templates.derivedFromId}`)
      const lineage = page.getByRole('tree', { name: 'Lineage' })
      await lineage.waitFor()
      await lineage.getByText('(this solution)').waitFor()
      await lineage.getByRole('link', { name: 'Information prescription templates for GP clinical systems' }).waitFor()
      const byMode = page.getByRole('group', { name: 'Adoptions by mode' })
      await byMode.getByText('Replicate:').waitFor()
      await shoot(page, 'solution')

      // Recording an adoption: the library is Riverside's, so only the contributor's other site may adopt it.
      const customised = Number((await byMode.getByText(/^Customise: \d+$/).textContent())?.split(': ')[1])
      await page.getByRole('button', { name: 'Record an adoption' }).click()
      const dialog = page.getByRole('dialog')
      await dialog.getByRole('textbox', { name: 'Adopting site' }).waitFor()
      expect(await dialog.getByRole('textbox', { name: 'Adopting site' }).inputValue()).toBe('Mersey Vale Primary Care Network')
      await dialog.getByText('Customise', { exact: true }).click()
      await dialog.getByText('Changed to fit the site').waitFor()
      await shoot(page, 'record-adoption')
      const [recorded] = await Promise.all([
        page.waitForResponse(
          (response) =>
            response.url().endsWith(`/v1/solutions/${templates.derivedFromId}/adoptions`) && response.request().method() === 'POST',
        ),
        dialog.getByRole('button', { name: 'Record adoption' }).click(),
      ])
      expect(recorded.status()).toBe(201)
      await page.getByText('Adoption recorded').waitFor()
      await byMode.getByText(`Customise: ${customised + 1}`).waitFor()

      await lineage.getByRole('link', { name: 'Information prescription templates for GP clinical systems' }).click()
      await page.waitForURL(`${stack.adminUrl}/solutions/${templates.id}`)
      await page
        .getByRole('tree', { name: 'Lineage' })
        .getByText('Information prescription templates for GP clinical systems (this solution)')
        .waitFor()
    })
  })

  it('shows a network with its sites, linked content and the calendar link; and the events list', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.contributor)
      await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Networks' }).click()
      const first = page.getByRole('list', { name: 'Networks' }).getByRole('listitem').first()
      await first.waitFor()
      await shoot(page, 'networks')
      await first.getByRole('link').first().click()
      await page.getByRole('heading', { name: /Member sites/ }).waitFor()
      const subscribe = page.getByRole('link', { name: 'Subscribe (.ics)' })
      const href = (await subscribe.getAttribute('href')) ?? ''
      expect(href).toMatch(/\/v1\/networks\/[0-9a-f-]+\/events\.ics$/)
      const calendar = await fetch(href)
      expect(calendar.headers.get('content-type')).toContain('text/calendar')
      await shoot(page, 'network')

      await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Events' }).click()
      await page.getByRole('heading', { name: 'Events', level: 1 }).waitFor()
      await page.getByRole('list', { name: 'Upcoming events' }).or(page.getByText('Nothing coming up')).first().waitFor()
      await shoot(page, 'events')
    })
  })
  it('opens a case study with its journey stage first, a solution with "derived from", and searches everything', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.contributor)
      await page.goto(`${stack.adminUrl}/case-studies/new`)
      await page.getByRole('heading', { name: 'New case study', level: 1 }).waitFor()
      const firstField = page.locator('form label').first()
      expect(await firstField.textContent()).toBe('Journey stage')
      await shoot(page, 'case-study-editor')

      await page.goto(`${stack.adminUrl}/solutions/new`)
      await page.getByRole('heading', { name: 'New solution', level: 1 }).waitFor()
      await page.getByRole('button', { name: 'Add artefact' }).click()
      await page.getByRole('textbox', { name: 'Artefact 1 title' }).fill('Checklist')
      const derivedFrom = page.getByRole('textbox', { name: 'Derived from' })
      await derivedFrom.fill('condition library')
      await page.getByRole('option', { name: 'Curated condition library for information prescriptions in general practice' }).click()
      expect(await derivedFrom.inputValue()).toBe('Curated condition library for information prescriptions in general practice')
      await shoot(page, 'solution-editor')

      await page.goto(`${stack.adminUrl}/search?q=consent`)
      const hits = page.getByRole('list', { name: 'Search results' })
      await hits.locator('mark').first().waitFor()
      expect((await hits.locator('mark').first().textContent())?.toLowerCase()).toContain('consent')
      await shoot(page, 'search')

      await page.goto(`${stack.adminUrl}/solutions?theme=patient-and-public-engagement`)
      await page.getByRole('group', { name: 'Active filters' }).waitFor()
      await page.getByRole('list', { name: 'Solutions' }).getByRole('listitem').first().waitFor()
      await shoot(page, 'solutions')
      await page.goto(`${stack.adminUrl}/case-studies`)
      await page.getByRole('list', { name: 'Case studies' }).getByRole('listitem').first().waitFor()
      await shoot(page, 'case-studies')
    })
  })
})
