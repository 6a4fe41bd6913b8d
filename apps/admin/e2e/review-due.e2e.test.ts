import type { Lesson, ReviewDueEntry, TokenPair, Transition } from '@learnonce/contracts'
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

const title = 'Pharmacy referrals doubled once the discharge summary named the community pharmacy'
const DAY = 86_400_000

describe('a curator works through the items due for review in the browser', { timeout: 180_000 }, () => {
  let curator: ApiUser
  let lessonId: string

  beforeAll(async () => {
    const contributor = await apiSignIn(demoUsers.contributor)
    curator = await apiSignIn(demoUsers.curator)
    const created = await call<Lesson>(contributor, 'POST', '/lessons', {
      title,
      summary: 'Naming the patient’s community pharmacy on the discharge summary doubled referrals for a medicines review.',
      siteId: contributor.user.siteIds[0],
    })
    expect(created.status).toBe(201)
    lessonId = created.body.id
    expect((await call(contributor, 'POST', `/lessons/${lessonId}/submit`)).status).toBe(200)
    expect((await call(curator, 'POST', `/lessons/${lessonId}/claim`)).status).toBe(200)
    expect((await call(curator, 'POST', `/lessons/${lessonId}/publish`)).status).toBe(200)
    // Published long enough ago that its review is coming up in five days.
    const moved = await call<Lesson>(curator, 'PATCH', `/lessons/${lessonId}`, { reviewBy: new Date(Date.now() + 5 * DAY).toISOString() })
    expect(moved.status).toBe(200)
    expect(moved.body.stale).toBe(true)
  })

  it('opens Review due from the navigation, reaffirms the lesson with a note, and it leaves the queue', async () => {
    await stack.withPage(async (page) => {
      await page.setViewportSize({ width: 1280, height: 900 })
      await stack.signInAs(page, demoUsers.curator)
      await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Review due' }).click()
      await page.getByRole('heading', { level: 1, name: 'Review due' }).waitFor()
      const table = page.getByRole('table', { name: 'Items due for review' })
      const row = table.getByRole('row').filter({ hasText: title })
      await row.getByText('in 4 days').or(row.getByText('in 5 days')).waitFor()

      await row.getByRole('button', { name: `Reaffirm ${title}` }).click()
      const dialog = page.getByRole('dialog', { name: 'Reaffirm' })
      await dialog.getByRole('textbox', { name: /Note/ }).fill('Checked with the pharmacy leads: still how referrals work.')
      await dialog.getByRole('button', { name: 'Reaffirm' }).click()
      await dialog.waitFor({ state: 'hidden' })
      await page.getByText('Reaffirmed', { exact: true }).waitFor()
      await page.getByRole('link', { name: title }).waitFor({ state: 'detached' })

      const queue = await call<{ data: ReviewDueEntry[] }>(curator, 'GET', '/review-due?limit=100')
      expect(queue.body.data.map((entry) => entry.id)).not.toContain(lessonId)
      const lesson = await call<Lesson>(curator, 'GET', `/lessons/${lessonId}`)
      expect(lesson.body.stale).toBe(false)
      expect(Date.parse(lesson.body.reviewBy ?? '')).toBeGreaterThan(Date.now() + 300 * DAY)
      const history = await call<{ data: Transition[] }>(curator, 'GET', `/lessons/${lessonId}/history`)
      expect(history.body.data.at(-1)).toMatchObject({
        action: 'reaffirm',
        note: 'Checked with the pharmacy leads: still how referrals work.',
      })
    })
  })
})
