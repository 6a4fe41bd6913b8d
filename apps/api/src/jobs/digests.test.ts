import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { digestDeliveries, digestSettings } from '../db/schema/index.js'
import { type TestApp, testApp } from '../test/app.js'
import { makeSite, type SignedIn, signIn } from '../test/factories.js'
import { type SmtpSink, startSmtpSink } from '../test/smtp.js'
import { createItem, driveTo } from '../test/workflow.js'
import { sendDueDigests } from './digests.js'

/** A follower of a theme whose digest is due, and a lesson on that theme published just now. */
async function dueFollower(test: TestApp, slug: string): Promise<SignedIn> {
  const { app } = test
  const site = await makeSite(app)
  const curator = await signIn(app, 'curator')
  const contributor = await signIn(app, 'contributor', [site.id])
  const reader = await signIn(app, 'contributor')
  const res = await app.inject({
    method: 'POST',
    url: '/v1/me/subscriptions',
    headers: reader.headers,
    payload: { target: { type: 'theme', slug } },
  })
  expect(res.statusCode, res.body).toBe(201)
  const item = await createItem(app, contributor, 'lesson', { title: `On ${slug}`, summary: 'Learned.', siteId: site.id, themes: [slug] })
  await driveTo(app, '/v1/lessons', item.id, 'published', { contributor, curator })
  // Due only now that the lesson is out: a job running meanwhile would otherwise send this week's
  // digest empty-handed (it is not sent, and the week is done) before the lesson was published.
  await app.db.update(digestSettings).set({ lastDigestAt: sql`now() - interval '8 days'` }).where(eq(digestSettings.userId, reader.user.id))
  return reader
}

describe('the digest job in the app', () => {
  let sink: SmtpSink
  beforeAll(async () => {
    sink = await startSmtpSink()
  })
  afterAll(() => sink.close())

  it('runs by itself every DIGEST_CHECK_INTERVAL_MS when the app runs its jobs', async () => {
    const test = await testApp({ SMTP_URL: sink.url, DIGEST_CHECK_INTERVAL_MS: '1000' }, {}, { jobs: true })
    try {
      const reader = await dueFollower(test, 'evaluation')
      await test.app.ready()
      const [mail] = await sink.waitFor(1)
      expect(mail?.to && 'value' in mail.to ? mail.to.value[0]?.address : null).toBe(reader.user.email)
    } finally {
      await test.close()
    }
  })

  it('records a digest the mail server refused as failed, logs it, and does not retry it', async () => {
    const lines: string[] = []
    const test = await testApp(
      { SMTP_URL: 'smtp://127.0.0.1:1', LOG_LEVEL: 'error' },
      {},
      { logStream: { write: (line: string) => lines.push(line) } },
    )
    try {
      const { app } = test
      const reader = await dueFollower(test, 'procurement')
      const context = { db: app.db, mailer: app.mailer, config: app.config, log: app.log }
      expect(await sendDueDigests(context)).toBe(1)
      const [delivery] = await app.db.select().from(digestDeliveries).where(eq(digestDeliveries.userId, reader.user.id))
      expect(delivery).toMatchObject({ status: 'failed', entryCount: 1 })
      expect(delivery?.error).toMatch(/ECONNREFUSED/)
      expect(lines.some((line) => line.includes('a digest could not be sent'))).toBe(true)
      expect(await sendDueDigests(context)).toBe(0)
    } finally {
      await test.close()
    }
  })
})
