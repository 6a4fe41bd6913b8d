import { once } from 'node:events'
import { createServer } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deliverDue } from './jobs/webhook-delivery.js'
import { validBody } from './modules/content/content-fixtures.js'
import { type TestApp, testApp } from './test/app.js'
import { makeSite, signIn, TEST_PASSWORD } from './test/factories.js'
import { act, createItem } from './test/workflow.js'

describe('secrets never reach the logs', () => {
  let t: TestApp
  const lines: string[] = []
  beforeAll(async () => {
    // The most talkative level: what an operator debugging production would switch on.
    t = await testApp(
      { LOG_LEVEL: 'trace', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' },
      {},
      { logStream: { write: (line: string) => void lines.push(line) } },
    )
  })
  afterAll(() => t.close())

  it('logs requests, but no password, access or refresh token, API key secret or webhook secret', async () => {
    const { app } = t
    const admin = await signIn(app, 'admin')
    const secrets: string[] = [TEST_PASSWORD, admin.token]
    const send = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, token = admin.token) => {
      const res = await app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) })
      return res
    }

    // A person is created with a password, signs in, refreshes, reuses a rotated refresh token, changes password.
    const password = 'a-password-nobody-should-log-42'
    secrets.push(password)
    const created = await send('POST', '/v1/users', { email: 'logs@test.learnonce.dev', name: 'Log Reader', role: 'curator', password })
    expect(created.statusCode, created.body).toBe(201)
    const login = await app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: 'logs@test.learnonce.dev', password } })
    expect(login.statusCode).toBe(200)
    const first = login.json<{ accessToken: string; refreshToken: string }>()
    secrets.push(first.accessToken, first.refreshToken)
    const wrong = await app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { email: 'logs@test.learnonce.dev', password: `${password}-not` },
    })
    expect(wrong.statusCode).toBe(401)
    secrets.push(`${password}-not`)
    const refreshed = await app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken: first.refreshToken } })
    expect(refreshed.statusCode).toBe(200)
    const second = refreshed.json<{ accessToken: string; refreshToken: string }>()
    secrets.push(second.accessToken, second.refreshToken)
    const reused = await app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken: first.refreshToken } })
    expect(reused.statusCode).toBe(401)
    const newPassword = 'another-password-nobody-logs-7'
    secrets.push(newPassword)
    const changed = await send('PATCH', '/v1/me', { newPassword, currentPassword: password }, second.accessToken)
    expect(changed.statusCode, changed.body).toBe(200)

    // An API key is issued and used; a webhook is registered, its secret rotated, and a delivery fails.
    const key = await send('POST', '/v1/api-keys', { name: 'Log test', scopes: ['content:read'] })
    expect(key.statusCode, key.body).toBe(201)
    const keySecret = key.json<{ secret: string }>().secret
    secrets.push(keySecret)
    expect((await send('GET', '/v1/lessons', undefined, keySecret)).statusCode).toBe(200)
    expect((await send('GET', '/v1/lessons', undefined, `${keySecret}x`)).statusCode).toBe(401)

    const receiver = createServer((request, response) => {
      request.resume()
      request.on('end', () => response.writeHead(500).end(JSON.stringify({ echoed: request.headers['webhook-signature'] })))
    }).listen(0, '127.0.0.1')
    await once(receiver, 'listening')
    try {
      const address = receiver.address()
      if (address === null || typeof address === 'string') throw new Error('no receiver port')
      const hook = await send('POST', '/v1/webhooks', { url: `http://127.0.0.1:${address.port}/hook`, events: ['ping'] })
      expect(hook.statusCode, hook.body).toBe(201)
      const { id, secret } = hook.json<{ id: string; secret: string }>()
      secrets.push(secret)
      const rotated = await send('POST', `/v1/webhooks/${id}/rotate-secret`, {})
      expect(rotated.statusCode, rotated.body).toBe(200)
      secrets.push(rotated.json<{ secret: string }>().secret)
      expect((await send('POST', `/v1/webhooks/${id}/ping`)).statusCode).toBe(202)
      expect(await deliverDue(app)).toBe(1)
    } finally {
      receiver.close()
    }

    const log = lines.join('')
    expect(log).toMatch(/"msg":"incoming request"/)
    expect(log).toMatch(/webhook delivery failed/)
    for (const secret of secrets) {
      // The tail of a secret is what makes it secret (API keys and tokens share recognisable prefixes).
      expect(log.includes(secret.slice(-16)), `a secret ending …${secret.slice(-6)} is in the log`).toBe(false)
    }
  })
})

describe('Markdown is data, not markup', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await testApp()
  })
  afterAll(() => t.close())

  it('stores script, event handlers and javascript: links exactly as written and returns them verbatim', async () => {
    const { app } = t
    const site = await makeSite(app)
    const writer = await signIn(app, 'contributor', [site.id])
    const curator = await signIn(app, 'curator')
    const hostile =
      '# Heading\n\n<script>alert(document.cookie)</script>\n\n<img src=x onerror="alert(1)">\n\n[click](javascript:alert(1)) &lt;b&gt; \u202Eevil'
    const item = await createItem(app, writer, 'lesson', { ...validBody.lesson(site.id), context: hostile, wentWell: '<iframe src="//x">' })
    const read = await app.inject({ method: 'GET', url: `/v1/lessons/${item.id}`, headers: writer.headers })
    expect(read.headers['content-type']).toContain('application/json')
    expect(read.json()).toMatchObject({ context: hostile, wentWell: '<iframe src="//x">' })
    // Published, it reaches readers at other sites unchanged too: escaping is the renderer's job, not the store's.
    expect((await act(app, writer, item, 'submit')).statusCode).toBe(200)
    expect((await act(app, curator, item, 'claim')).statusCode).toBe(200)
    expect((await act(app, curator, item, 'publish')).statusCode).toBe(200)
    const reader = await signIn(app, 'contributor', [(await makeSite(app)).id])
    const published = await app.inject({ method: 'GET', url: `/v1/lessons/${item.id}`, headers: reader.headers })
    expect(published.statusCode).toBe(200)
    expect(published.json().context).toBe(hostile)
  })
})
