import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Page, Webhook, WebhookDelivery, WebhookWithSecret } from '@learnonce/contracts'
import { eq, sql } from 'drizzle-orm'
import { Webhook as StandardWebhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type App, buildApp } from '../../app.js'
import { webhookDeliveries } from '../../db/schema/index.js'
import { deliverDue, MAX_ATTEMPTS } from '../../jobs/webhook-delivery.js'
import { type TestApp, testApp } from '../../test/app.js'
import { itOnPostgres } from '../../test/drivers.js'
import { driveTo } from '../../test/workflow.js'
import { type Cast, castFor, expectProblem, validBody } from '../content/content-fixtures.js'

interface Received {
  headers: Record<string, string>
  body: string
}

/** A real HTTP receiver on 127.0.0.1 that answers with the queued statuses, then 200. */
async function startReceiver() {
  const received: Received[] = []
  const statuses: number[] = []
  const flatten = (headers: IncomingHttpHeaders) =>
    Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]))
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      received.push({ headers: flatten(request.headers), body: Buffer.concat(chunks).toString('utf8') })
      response.statusCode = statuses.shift() ?? 200
      response.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    statuses,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

describe('webhooks', () => {
  let t: TestApp
  let app: App
  let cast: Cast
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  const people = () => ({ contributor: cast.contributor, curator: cast.curator })

  beforeAll(async () => {
    t = await testApp({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' })
    app = t.app
    cast = await castFor(app)
    receiver = await startReceiver()
  })
  afterAll(async () => {
    await receiver.close()
    await t.close()
  })

  const register = async (events: string[], url = receiver.url) => {
    const res = await app.inject({ method: 'POST', url: '/v1/webhooks', headers: cast.admin.headers, payload: { url, events } })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<WebhookWithSecret>()
  }
  const deliveries = async (webhookId: string) => {
    const res = await app.inject({ method: 'GET', url: `/v1/webhooks/${webhookId}/deliveries`, headers: cast.admin.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Page<WebhookDelivery>>().data
  }
  /** Makes every pending delivery due now, as if its backoff had passed. */
  const skipBackoff = () =>
    app.db.update(webhookDeliveries).set({ nextAttemptAt: sql`now()` }).where(eq(webhookDeliveries.status, 'pending'))
  const publishLesson = async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/lessons',
      headers: cast.contributor.headers,
      payload: validBody.lesson(cast.siteA.id),
    })
    const { id, title } = res.json<{ id: string; title: string }>()
    await driveTo(app, '/v1/lessons', id, 'published', people())
    return { id, title }
  }
  const drain = async (instance: App) => {
    while ((await deliverDue(instance)) > 0);
  }

  it('shows the signing secret once, at creation', async () => {
    const created = await register(['ping'])
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/)
    const read = await app.inject({ method: 'GET', url: `/v1/webhooks/${created.id}`, headers: cast.admin.headers })
    expect(read.statusCode).toBe(200)
    expect(read.json()).not.toHaveProperty('secret')
    expect(read.body).not.toContain(created.secret.slice(6))
    const list = await app.inject({ method: 'GET', url: '/v1/webhooks', headers: cast.admin.headers })
    expect(list.body).not.toContain(created.secret.slice(6))
  })

  it('retries a delivery the receiver failed, signs it as Standard Webhooks says, and logs both attempts', async () => {
    const hook = await register(['lesson.published'])
    receiver.received.length = 0
    receiver.statuses.push(503)
    const lesson = await publishLesson()

    await deliverDue(app)
    let [delivery] = await deliveries(hook.id)
    expect(delivery).toMatchObject({ eventType: 'lesson.published', status: 'pending', attempts: [{ statusCode: 503, error: null }] })
    expect(Date.parse(delivery?.nextAttemptAt ?? '')).toBeGreaterThan(Date.now())

    await skipBackoff()
    await deliverDue(app)
    ;[delivery] = await deliveries(hook.id)
    expect(delivery?.status).toBe('delivered')
    expect(delivery?.attempts.map((attempt) => attempt.statusCode)).toEqual([503, 200])
    expect(delivery?.attempts.every((attempt) => attempt.durationMs >= 0 && attempt.attemptedAt)).toBe(true)

    expect(receiver.received).toHaveLength(2)
    const [first, second] = receiver.received
    expect(second?.headers['webhook-id']).toBe(first?.headers['webhook-id'])
    for (const request of receiver.received) {
      const verified = new StandardWebhook(hook.secret).verify(request.body, request.headers)
      expect(verified).toMatchObject({ type: 'lesson.published', data: { id: lesson.id, item: { title: lesson.title } } })
    }
  })

  it('signs with both secrets while a rotation overlaps, and the old one stops after it', async () => {
    const hook = await register(['ping'])
    const rotated = await app.inject({
      method: 'POST',
      url: `/v1/webhooks/${hook.id}/rotate-secret`,
      headers: cast.admin.headers,
      payload: { overlapSeconds: 3600 },
    })
    expect(rotated.statusCode, rotated.body).toBe(200)
    const { secret } = rotated.json<WebhookWithSecret>()
    expect(secret).not.toBe(hook.secret)

    receiver.received.length = 0
    const pinged = await app.inject({ method: 'POST', url: `/v1/webhooks/${hook.id}/ping`, headers: cast.admin.headers })
    expect(pinged.statusCode, pinged.body).toBe(202)
    await drain(app)
    const [request] = receiver.received
    if (!request) throw new Error('no ping arrived')
    expect(request.headers['webhook-signature']?.split(' ')).toHaveLength(2)
    expect(new StandardWebhook(secret).verify(request.body, request.headers)).toMatchObject({ type: 'ping' })
    expect(new StandardWebhook(hook.secret).verify(request.body, request.headers)).toMatchObject({ type: 'ping' })

    const again = await app.inject({
      method: 'POST',
      url: `/v1/webhooks/${hook.id}/rotate-secret`,
      headers: cast.admin.headers,
      payload: { overlapSeconds: 0 },
    })
    const latest = again.json<WebhookWithSecret>().secret
    receiver.received.length = 0
    await app.inject({ method: 'POST', url: `/v1/webhooks/${hook.id}/ping`, headers: cast.admin.headers })
    await drain(app)
    const [alone] = receiver.received
    if (!alone) throw new Error('no ping arrived')
    expect(alone.headers['webhook-signature']?.split(' ')).toHaveLength(1)
    expect(new StandardWebhook(latest).verify(alone.body, alone.headers)).toMatchObject({ type: 'ping' })
  })

  it('re-sends a delivery on request, with the same webhook-id', async () => {
    const hook = await register(['ping'])
    const pinged = (
      await app.inject({ method: 'POST', url: `/v1/webhooks/${hook.id}/ping`, headers: cast.admin.headers })
    ).json<WebhookDelivery>()
    await drain(app)
    receiver.received.length = 0
    const resent = await app.inject({
      method: 'POST',
      url: `/v1/webhooks/${hook.id}/deliveries/${pinged.id}/resend`,
      headers: cast.admin.headers,
    })
    expect(resent.statusCode, resent.body).toBe(202)
    await drain(app)
    expect(receiver.received.map((request) => request.headers['webhook-id'])).toEqual([`msg_${pinged.id}`])
    const [delivery] = await deliveries(hook.id)
    expect(delivery?.attempts.map((attempt) => attempt.statusCode)).toEqual([200, 200])
  })

  it('switches off an endpoint that failed for about a day, saying why', async () => {
    const hook = await register(['ping'])
    await app.inject({ method: 'POST', url: `/v1/webhooks/${hook.id}/ping`, headers: cast.admin.headers })
    // As if every earlier retry had failed: the next failure is the last.
    await app.db
      .update(webhookDeliveries)
      .set({ attemptCount: MAX_ATTEMPTS - 1 })
      .where(eq(webhookDeliveries.webhookId, hook.id))
    receiver.statuses.push(503)
    await drain(app)
    const read = (await app.inject({ method: 'GET', url: `/v1/webhooks/${hook.id}`, headers: cast.admin.headers })).json<Webhook>()
    expect(read.active).toBe(false)
    expect(read.disabledReason).toContain('HTTP 503')
    const [delivery] = await deliveries(hook.id)
    expect(delivery?.status).toBe('failed')
  })

  it('puts a new adoption and the solution it changed in the outbox of endpoints that asked for them', async () => {
    const hook = await register(['adoption.created', 'solution.updated'])
    const solution = await app.inject({
      method: 'POST',
      url: '/v1/solutions',
      headers: cast.contributor.headers,
      payload: validBody.solution(cast.siteA.id),
    })
    const solutionId = solution.json<{ id: string }>().id
    await driveTo(app, '/v1/solutions', solutionId, 'published', people())
    const adopted = await app.inject({
      method: 'POST',
      url: `/v1/solutions/${solutionId}/adoptions`,
      headers: cast.contributor.headers,
      payload: { siteId: cast.siteC.id, mode: 'replicate' },
    })
    expect(adopted.statusCode, adopted.body).toBe(201)
    const events = (await deliveries(hook.id)).map((delivery) => delivery.eventType).sort()
    expect(events).toEqual(['adoption.created', 'solution.updated'])
  })

  it('announces a network event when it is scheduled and when it changes, without its outputs', async () => {
    const hook = await register(['event.created', 'event.updated'])
    const network = await app.inject({
      method: 'POST',
      url: '/v1/networks',
      headers: cast.curator.headers,
      payload: { name: `Webhook Network ${Date.now()}`, purpose: 'Learn together.' },
    })
    expect(network.statusCode, network.body).toBe(201)
    const created = await app.inject({
      method: 'POST',
      url: `/v1/networks/${network.json<{ id: string }>().id}/events`,
      headers: cast.curator.headers,
      payload: {
        title: 'Webhook workshop',
        kind: 'workshop',
        startsAt: '2031-03-04T09:30:00Z',
        endsAt: '2031-03-04T12:00:00Z',
        location: 'Leeds',
      },
    })
    expect(created.statusCode, created.body).toBe(201)
    const eventId = created.json<{ id: string }>().id
    const updated = await app.inject({
      method: 'PATCH',
      url: `/v1/events/${eventId}`,
      headers: cast.curator.headers,
      payload: { title: 'Renamed workshop' },
    })
    expect(updated.statusCode, updated.body).toBe(200)
    const sent = (await deliveries(hook.id)).reverse()
    expect(sent.map((delivery) => [delivery.eventType, delivery.payload.data.title])).toEqual([
      ['event.created', 'Webhook workshop'],
      ['event.updated', 'Renamed workshop'],
    ])
    expect(sent[0]?.payload.data).not.toHaveProperty('outputs')
  })

  it('keeps the old secret signing for a day when a rotation names no overlap', async () => {
    const hook = await register(['ping'])
    const rotated = await app.inject({ method: 'POST', url: `/v1/webhooks/${hook.id}/rotate-secret`, headers: cast.admin.headers })
    expect(rotated.statusCode, rotated.body).toBe(200)
    const expires = Date.parse(rotated.json<WebhookWithSecret>().previousSecretExpiresAt ?? '')
    expect(Math.abs(expires - (Date.now() + 86_400_000))).toBeLessThan(60_000)
  })

  it('refuses a private target when private networks are not allowed, at registration and at delivery', async () => {
    const guarded = await testApp()
    try {
      const admin = await castFor(guarded.app)
      for (const url of ['http://127.0.0.1:9/hooks', 'http://[::1]/hooks', 'http://169.254.169.254/latest', 'ftp://example.org/hooks']) {
        const res = await guarded.app.inject({
          method: 'POST',
          url: '/v1/webhooks',
          headers: admin.admin.headers,
          payload: { url, events: ['ping'] },
        })
        expectProblem(res, 400, '/url')
      }
    } finally {
      await guarded.close()
    }
    // Registered while allowed; delivered by a worker that does not allow it.
    const hook = await register(['ping'])
    await app.inject({ method: 'POST', url: `/v1/webhooks/${hook.id}/ping`, headers: cast.admin.headers })
    receiver.received.length = 0
    await deliverDue({ db: app.db, log: app.log, config: { webhookAllowPrivateNetworks: false } })
    expect(receiver.received).toHaveLength(0)
    const [delivery] = await deliveries(hook.id)
    expect(delivery?.attempts[0]?.error).toMatch(/^refused/)
  })

  it('lets only admins manage webhooks', async () => {
    const hook = await register(['ping'])
    const routes = [
      { method: 'GET', url: '/v1/webhooks' },
      { method: 'POST', url: '/v1/webhooks', payload: { url: receiver.url, events: ['ping'] } },
      { method: 'GET', url: `/v1/webhooks/${hook.id}` },
      { method: 'PATCH', url: `/v1/webhooks/${hook.id}`, payload: { active: false } },
      { method: 'DELETE', url: `/v1/webhooks/${hook.id}` },
      { method: 'POST', url: `/v1/webhooks/${hook.id}/rotate-secret`, payload: {} },
      { method: 'GET', url: `/v1/webhooks/${hook.id}/deliveries` },
      { method: 'POST', url: `/v1/webhooks/${hook.id}/ping` },
    ] as const
    for (const route of routes) {
      for (const who of [cast.curator, cast.contributor]) {
        expectProblem(await app.inject({ ...route, headers: who.headers }), 403)
      }
      expectProblem(await app.inject(route), 401)
    }
  })

  it('is delivered by the worker that runs with the server, without being asked', async () => {
    const running = await testApp({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' }, {}, { jobs: true })
    try {
      await running.app.ready()
      const admin = (await castFor(running.app)).admin
      const created = await running.app.inject({
        method: 'POST',
        url: '/v1/webhooks',
        headers: admin.headers,
        payload: { url: receiver.url, events: ['ping'] },
      })
      const hook = created.json<WebhookWithSecret>()
      receiver.received.length = 0
      await running.app.inject({ method: 'POST', url: `/v1/webhooks/${hook.id}/ping`, headers: admin.headers })
      await expect.poll(() => receiver.received.length, { timeout: 5_000 }).toBe(1)
    } finally {
      await running.close()
    }
  })

  itOnPostgres('delivers each event exactly once when two API processes share the database', async () => {
    const second = await buildApp(app.config)
    try {
      const hook = await register(['ping'])
      await drain(app) // what earlier tests left queued
      receiver.received.length = 0
      for (let n = 0; n < 30; n++) await app.inject({ method: 'POST', url: `/v1/webhooks/${hook.id}/ping`, headers: cast.admin.headers })
      await Promise.all([drain(app), drain(second), drain(app), drain(second)])
      // Only this endpoint's pings: retries that earlier tests scheduled may come due meanwhile.
      const ids = receiver.received
        .filter((request) => JSON.parse(request.body).data?.webhookId === hook.id)
        .map((request) => request.headers['webhook-id'])
      expect(ids).toHaveLength(30)
      expect(new Set(ids).size).toBe(30)
    } finally {
      await second.close()
    }
  })
})
