import type { Lesson, TokenPair } from '@learnonce/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { demoPassword, demoUsers, startStack } from './stack'

const stack = startStack()

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

async function call<T>(who: ApiUser, method: string, path: string, body?: unknown) {
  const response = await fetch(`${stack.apiUrl}/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${who.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T }
}

const lessonTitle = 'Hand-over notes between volunteers belong in the practice system, not in email'
/** Made up, with a valid Modulus 11 check digit. */
const nhsNumber = '943 476 5919'

describe('the personal data check in the browser', { timeout: 180_000 }, () => {
  let lessonId: string
  let draftId: string

  beforeAll(async () => {
    const contributor = await apiSignIn(demoUsers.contributor)
    const curator = await apiSignIn(demoUsers.curator)
    const created = await call<Lesson>(contributor, 'POST', '/lessons', {
      title: lessonTitle,
      summary: 'Volunteers passed residents’ details around by email until the practice gave them a shared task list.',
      siteId: contributor.user.siteIds[0],
      wentWell: '- A shared task list in the practice system.',
      didNotGoWell: `- A note for the resident with NHS number ${nhsNumber} went to the whole group.`,
    })
    expect(created.status).toBe(201)
    lessonId = created.body.id
    expect(created.body.openFindings).toBe(1)
    expect((await call(contributor, 'POST', `/lessons/${lessonId}/submit`)).status).toBe(200)
    expect((await call(curator, 'POST', `/lessons/${lessonId}/claim`)).status).toBe(200)
    const draft = await call<Lesson>(contributor, 'POST', '/lessons', {
      title: 'A draft that names a resident’s phone number',
      summary: 'Written in a hurry after a busy clinic.',
      siteId: contributor.user.siteIds[0],
      wentWell: 'Her daughter rang from 07700 900123 to say thank you.',
    })
    expect(draft.status).toBe(201)
    draftId = draft.body.id
  })

  it('a contributor sees what to take out of their draft, and cannot judge it themselves', async () => {
    await stack.withPage(async (page) => {
      await stack.signInAs(page, demoUsers.contributor)
      await page.goto(`${stack.adminUrl}/lessons/${draftId}/edit`)
      const check = page.getByRole('region', { name: 'Personal data check' })
      const finding = check.getByRole('article', { name: 'phone number in What went well?' })
      await finding.getByText('***** ***123').waitFor()
      await check.getByText(/Take these out of the text and save again/).waitFor()
      expect(await finding.getByRole('button').count()).toBe(0)
    })
  })

  it('a curator cannot publish a lesson with an NHS number until they resolve the finding as not personal', async () => {
    await stack.withPage(async (page) => {
      await page.setViewportSize({ width: 1280, height: 900 })
      await stack.signInAs(page, demoUsers.curator)
      await page.goto(`${stack.adminUrl}/review/lesson/${lessonId}`)
      await page.getByRole('heading', { level: 1, name: lessonTitle }).waitFor()

      // The finding, masked and highlighted in the words around it; the number itself is not repeated.
      const check = page.getByRole('region', { name: 'Personal data check' })
      const finding = check.getByRole('article', { name: 'NHS number in What did not go well?' })
      await finding.getByText('*** *** 5919').waitFor()
      expect(await finding.textContent()).not.toContain(nhsNumber)
      await check.getByText('1 open').waitFor()

      // Publishing is refused, and the screen says why.
      const toolbar = page.getByRole('toolbar', { name: 'Workflow actions' })
      await toolbar.getByRole('button', { name: 'Publish' }).click()
      const refusal = page.getByRole('alert').filter({ hasText: 'Not published: personal data check' })
      await refusal.getByText(/1 open information-governance finding/).waitFor()

      // Resolved as not personal, with a note.
      await finding.getByRole('button', { name: 'Mark not personal…' }).click()
      const dialog = page.getByRole('dialog', { name: 'Mark as not personal' })
      await dialog.getByLabel('Why it is not personal').fill('A made-up number from the training pack.')
      await dialog.getByRole('button', { name: 'Mark not personal' }).click()
      await dialog.waitFor({ state: 'hidden' })
      await check.getByText('Not personal', { exact: true }).waitFor()
      await page
        .getByRole('region', { name: 'History' })
        .getByText(/resolved as not personal: A made-up number from the training pack\./)
        .waitFor()

      await toolbar.getByRole('button', { name: 'Publish' }).click()
      await page.getByText('Publish: done').waitFor()
      await page.getByText('Published', { exact: true }).first().waitFor()
    })
  })
})
