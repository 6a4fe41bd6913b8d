import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, expect } from 'vitest'
import { type App, buildApp } from '../app.js'
import { digestDeliveries, digestSettings } from '../db/schema/index.js'
import { type TestApp, testApp } from '../test/app.js'
import { itOnPostgres } from '../test/drivers.js'
import { makeSite, signIn } from '../test/factories.js'
import { type SmtpSink, startSmtpSink } from '../test/smtp.js'
import { createItem, driveTo } from '../test/workflow.js'
import { sendDueDigests } from './digests.js'

/** Two app instances on one PostgreSQL database, as two replicas run the digest job side by side. */
let sink: SmtpSink
let first: TestApp
let second: App | null = null

beforeAll(async () => {
  sink = await startSmtpSink()
})
afterAll(async () => {
  await second?.close()
  await first?.close()
  await sink.close()
})

itOnPostgres('two replicas running the digest job at once send each person’s digest exactly once', async () => {
  first = await testApp({ SMTP_URL: sink.url })
  const { app } = first
  second = await buildApp(app.config)
  const site = await makeSite(app)
  const curator = await signIn(app, 'curator')
  const contributor = await signIn(app, 'contributor', [site.id])
  const readers = await Promise.all(Array.from({ length: 30 }, () => signIn(app, 'contributor')))
  for (const reader of readers) {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/me/subscriptions',
      headers: reader.headers,
      payload: { target: { type: 'theme', slug: 'interoperability' } },
    })
    expect(res.statusCode, res.body).toBe(201)
  }
  await app.db.update(digestSettings).set({ lastDigestAt: sql`now() - interval '8 days'` })
  const item = await createItem(app, contributor, 'lesson', {
    title: 'Shared records',
    summary: 'FHIR.',
    siteId: site.id,
    themes: ['interoperability'],
  })
  await driveTo(app, '/v1/lessons', item.id, 'published', { contributor, curator })

  const contexts = [app, second].map((instance) => ({
    db: instance.db,
    mailer: instance.mailer,
    config: instance.config,
    log: instance.log,
  }))
  const drain = async (context: (typeof contexts)[number]) => {
    let claimed = 0
    for (let batch = await sendDueDigests(context, 5); batch > 0; batch = await sendDueDigests(context, 5)) claimed += batch
    return claimed
  }
  const claimed = await Promise.all(contexts.map(drain))
  expect(claimed.reduce((sum, count) => sum + count, 0)).toBe(readers.length)
  await sink.waitFor(readers.length)
  const addresses = sink.messages.map((message) => (message.to && 'value' in message.to ? message.to.value[0]?.address : undefined))
  expect(addresses.sort()).toEqual(readers.map((reader) => reader.user.email).sort())
  const sent = await app.db.select().from(digestDeliveries).where(eq(digestDeliveries.status, 'sent'))
  expect(sent).toHaveLength(readers.length)
})
