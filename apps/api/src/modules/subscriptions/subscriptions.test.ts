import type { DigestSettings, FeedTokenCreated, Subscription } from '@learnonce/contracts'
import { eq, sql } from 'drizzle-orm'
import type { ParsedMail } from 'mailparser'
import Parser from 'rss-parser'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { digestDeliveries, digestSettings } from '../../db/schema/index.js'
import { sendDueDigests } from '../../jobs/digests.js'
import { type TestApp, testApp } from '../../test/app.js'
import { auditActionsFor, makeSite, type SignedIn, signIn } from '../../test/factories.js'
import { expectProblem } from '../../test/problems.js'
import { type SmtpSink, startSmtpSink } from '../../test/smtp.js'
import { act, createItem, driveTo, type MadeItem } from '../../test/workflow.js'

let test: TestApp
let app: App
let sink: SmtpSink
let curator: SignedIn
let contributor: SignedIn
let siteId: string
let networkId: string
let networkSlug: string

const runDigests = () => sendDueDigests({ db: app.db, mailer: app.mailer, config: app.config, log: app.log })
const follow = (who: SignedIn, target: object) =>
  app.inject({ method: 'POST', url: '/v1/me/subscriptions', headers: who.headers, payload: { target } })
const followed = async (who: SignedIn, target: object) => {
  const res = await follow(who, target)
  expect(res.statusCode, res.body).toBe(201)
  return res.json<Subscription>()
}
/** Moves the person's digest window back, as if their last digest was `days` ago. */
const dueSince = async (who: SignedIn, days: number) => {
  await app.db
    .update(digestSettings)
    .set({ lastDigestAt: sql`now() - make_interval(days => ${days})` })
    .where(eq(digestSettings.userId, who.user.id))
}
const lesson = async (title: string, payload: object = {}) =>
  createItem(app, contributor, 'lesson', { title, summary: `About ${title}.`, siteId, ...payload })
const publish = (item: MadeItem) => driveTo(app, '/v1/lessons', item.id, 'published', { contributor, curator })
const mailsTo = (who: SignedIn) =>
  sink.messages.filter((message) => message.to && 'value' in message.to && message.to.value[0]?.address === who.user.email)
const header = (message: ParsedMail, name: string) => message.headerLines.find((line) => line.key === name)?.line.replace(/^[^:]+:\s*/, '')

beforeAll(async () => {
  sink = await startSmtpSink()
  test = await testApp({ SMTP_URL: sink.url, PUBLIC_URL: 'https://hub.example.org' })
  app = test.app
  siteId = (await makeSite(app)).id
  curator = await signIn(app, 'curator')
  contributor = await signIn(app, 'contributor', [siteId])
  const network = await app.inject({
    method: 'POST',
    url: '/v1/networks',
    headers: curator.headers,
    payload: { name: `Discharge network ${Date.now()}`, purpose: 'Faster discharge.' },
  })
  expect(network.statusCode, network.body).toBe(201)
  ;({ id: networkId, slug: networkSlug } = network.json<{ id: string; slug: string }>())
})
afterAll(async () => {
  await test.close()
  await sink.close()
})

describe('following things: /v1/me/subscriptions', () => {
  it('follows a theme, a journey stage, a network by slug, a site and a published item, and lists them newest first with their names', async () => {
    const reader = await signIn(app, 'contributor')
    const item = await lesson('A lesson to follow')
    await publish(item)
    const theme = await followed(reader, { type: 'theme', slug: 'information-governance' })
    expect(theme.target).toMatchObject({
      type: 'theme',
      value: 'information-governance',
      id: null,
      label: expect.stringMatching(/governance/i),
    })
    await followed(reader, { type: 'journeyStage', value: 'implementation' })
    const network = await followed(reader, { type: 'network', slug: networkSlug })
    expect(network.target).toMatchObject({ id: networkId, label: expect.stringContaining('Discharge network') })
    await followed(reader, { type: 'site', id: siteId })
    const one = await followed(reader, { type: 'item', id: item.id })
    expect(one.target.label).toBe('A lesson to follow')

    const list = await app.inject({ method: 'GET', url: '/v1/me/subscriptions', headers: reader.headers })
    expect(list.statusCode).toBe(200)
    expect(list.json<{ data: Subscription[] }>().data.map((subscription) => subscription.target.type)).toEqual([
      'item',
      'site',
      'network',
      'journeyStage',
      'theme',
    ])
    const themes = await app.inject({ method: 'GET', url: '/v1/me/subscriptions?type=theme&limit=1', headers: reader.headers })
    expect(themes.json<{ data: Subscription[] }>().data.map((subscription) => subscription.id)).toEqual([theme.id])
    expect(await auditActionsFor(app, theme.id)).toEqual(['subscription.created'])
  })

  it('pages with a cursor and a Link header', async () => {
    const reader = await signIn(app, 'contributor')
    for (const slug of ['information-governance', 'interoperability', 'clinical-safety']) await followed(reader, { type: 'theme', slug })
    const first = await app.inject({ method: 'GET', url: '/v1/me/subscriptions?limit=2', headers: reader.headers })
    const page = first.json<{ data: Subscription[]; nextCursor: string }>()
    expect(page.data).toHaveLength(2)
    expect(first.headers.link).toContain('rel="next"')
    const second = await app.inject({
      method: 'GET',
      url: `/v1/me/subscriptions?limit=2&cursor=${page.nextCursor}`,
      headers: reader.headers,
    })
    expect(second.json<{ data: Subscription[] }>().data.map((subscription) => subscription.target.value)).toEqual([
      'information-governance',
    ])
  })

  it.each([
    ['an unknown theme', { type: 'theme', slug: 'no-such-theme' }, '/target/slug'],
    ['a theme without its slug', { type: 'theme' }, '/target/slug'],
    ['a journey stage without its value', { type: 'journeyStage' }, '/target/value'],
    ['an unknown network', { type: 'network', id: '01900000-0000-7000-8000-000000000000' }, '/target/id'],
    ['a site without an id or slug', { type: 'site' }, '/target/id'],
    ['an unknown kind of target', { type: 'podcast', id: '01900000-0000-7000-8000-000000000000' }, '/target/type'],
  ])('refuses %s with a 400 naming the field', async (_case, target, pointer) => {
    const reader = await signIn(app, 'contributor')
    expectProblem(await follow(reader, target), 400, pointer)
  })

  it('refuses to follow another site’s draft: people follow only what they can see', async () => {
    const draft = await lesson('A draft nobody else sees')
    const outsider = await signIn(app, 'contributor', [(await makeSite(app)).id])
    expectProblem(await follow(outsider, { type: 'item', id: draft.id }), 400, '/target/id')
    // Its own site's contributor sees it, so may follow it.
    await followed(contributor, { type: 'item', id: draft.id })
  })

  it('answers 409 to following the same thing twice', async () => {
    const reader = await signIn(app, 'contributor')
    await followed(reader, { type: 'journeyStage', value: 'vision' })
    expectProblem(await follow(reader, { type: 'journeyStage', value: 'vision' }), 409)
  })

  it('unfollows; someone else’s subscription is a 404 and stays', async () => {
    const reader = await signIn(app, 'contributor')
    const other = await signIn(app, 'contributor')
    const mine = await followed(reader, { type: 'theme', slug: 'interoperability' })
    expectProblem(await app.inject({ method: 'DELETE', url: `/v1/me/subscriptions/${mine.id}`, headers: other.headers }), 404)
    const otherList = await app.inject({ method: 'GET', url: '/v1/me/subscriptions', headers: other.headers })
    expect(otherList.json<{ data: Subscription[] }>().data).toEqual([])
    const res = await app.inject({ method: 'DELETE', url: `/v1/me/subscriptions/${mine.id}`, headers: reader.headers })
    expect(res.statusCode).toBe(204)
    expectProblem(await app.inject({ method: 'DELETE', url: `/v1/me/subscriptions/${mine.id}`, headers: reader.headers }), 404)
    expect(await auditActionsFor(app, mine.id)).toEqual(['subscription.created', 'subscription.deleted'])
  })
})

describe('digest settings: /v1/me/digest-settings', () => {
  it('is off until the first follow, which switches on a weekly digest due a week later', async () => {
    const reader = await signIn(app, 'contributor')
    const before = await app.inject({ method: 'GET', url: '/v1/me/digest-settings', headers: reader.headers })
    expect(before.json<DigestSettings>()).toEqual({ frequency: 'off', version: 0, lastDigestAt: null, nextDigestAt: null })
    await followed(reader, { type: 'theme', slug: 'interoperability' })
    const after = (await app.inject({ method: 'GET', url: '/v1/me/digest-settings', headers: reader.headers })).json<DigestSettings>()
    expect(after.frequency).toBe('weekly')
    expect(Date.parse(after.nextDigestAt ?? '') - Date.parse(after.lastDigestAt ?? '')).toBe(7 * 86_400_000)
  })

  it('changes to daily with If-Match, refuses a stale ETag with 412, and keeps a choice made before the first follow', async () => {
    const reader = await signIn(app, 'contributor')
    const put = (frequency: string, ifMatch?: string) =>
      app.inject({
        method: 'PUT',
        url: '/v1/me/digest-settings',
        headers: { ...reader.headers, ...(ifMatch ? { 'if-match': ifMatch } : {}) },
        payload: { frequency },
      })
    const off = await put('off')
    expect(off.statusCode, off.body).toBe(200)
    await followed(reader, { type: 'theme', slug: 'interoperability' })
    const read = await app.inject({ method: 'GET', url: '/v1/me/digest-settings', headers: reader.headers })
    expect(read.json<DigestSettings>().frequency).toBe('off')
    const daily = await put('daily', read.headers.etag as string)
    expect(daily.statusCode, daily.body).toBe(200)
    expect(daily.json<DigestSettings>()).toMatchObject({ frequency: 'daily', version: 2 })
    expectProblem(await put('weekly', read.headers.etag as string), 412)
    expectProblem(await put('hourly'), 400, '/frequency')
    expect(await auditActionsFor(app, reader.user.id)).toContain('digest_settings.updated')
  })
})

describe('the digest', () => {
  let reader: SignedIn
  let author: SignedIn
  let message: ParsedMail
  const made: Record<string, MadeItem> = {}
  const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

  beforeAll(async () => {
    reader = await signIn(app, 'contributor', [], 'Rita Reader')
    await followed(reader, { type: 'theme', slug: 'clinical-safety' })
    await followed(reader, { type: 'network', id: networkId })
    author = contributor
    await followed(author, { type: 'journeyStage', value: 'review_and_spread' })
    await dueSince(reader, 8)
    await dueSince(author, 8)

    made.match = await lesson('Safety huddles that stuck', { themes: ['clinical-safety'] })
    await publish(made.match)
    made.draft = await lesson('Unfinished safety draft', { themes: ['clinical-safety'] })
    made.otherTheme = await lesson('Procurement notes', { themes: ['procurement'] })
    await publish(made.otherTheme)
    made.networked = await lesson('Linked to the network')
    await publish(made.networked)
    const linked = await app.inject({
      method: 'PATCH',
      url: `/v1/networks/${networkId}`,
      headers: curator.headers,
      payload: { contentIds: [made.networked.id] },
    })
    expect(linked.statusCode, linked.body).toBe(200)
    const event = (title: string, days: number) =>
      app.inject({
        method: 'POST',
        url: `/v1/networks/${networkId}/events`,
        headers: curator.headers,
        payload: { title, kind: 'webinar', startsAt: later(days), endsAt: later(days + 0.1), onlineUrl: 'https://meet.example.org/x' },
      })
    expect((await event('Discharge webinar next week', 5)).statusCode).toBe(201)
    expect((await event('Conference next quarter', 60)).statusCode).toBe(201)

    // The author's own submission: a curator comments, writes an internal note and requests changes.
    made.answered = await lesson('My lesson under review')
    await driveTo(app, '/v1/lessons', made.answered.id, 'in_review', { contributor, curator })
    const comment = (body: string, internal: boolean) =>
      app.inject({
        method: 'POST',
        url: `/v1/lessons/${made.answered?.id}/comments`,
        headers: curator.headers,
        payload: { body, internal },
      })
    expect((await comment('Could you add the dates?', false)).statusCode).toBe(201)
    expect((await comment('Internal: check with IG lead', true)).statusCode).toBe(201)
    expect((await act(app, curator, made.answered, 'request-changes', { note: 'Please add the dates.' })).statusCode).toBe(200)

    expect(await runDigests()).toBeGreaterThanOrEqual(2)
    const [first] = mailsTo(reader)
    if (!first) throw new Error('no digest reached the reader')
    message = first
  })

  it('arrives by SMTP with a plain-text and an HTML part', () => {
    expect(message.subject).toMatch(/Your weekly Learn Once digest/)
    expect(message.text).toContain('Hello Rita Reader')
    expect(message.html).toContain('<h2>Newly published</h2>')
  })

  it('holds newly published content on a followed theme and content linked to a followed network, linking to the admin', () => {
    expect(message.text).toContain('Safety huddles that stuck')
    expect(message.text).toContain(`https://hub.example.org/admin/lessons/${made.match?.id}`)
    expect(message.text).toContain('Linked to the network')
    expect(message.html).toContain('Because you follow')
  })

  it('leaves out drafts and content on themes not followed', () => {
    expect(message.text).not.toContain('Unfinished safety draft')
    expect(message.text).not.toContain('Procurement notes')
  })

  it('lists a followed network’s events of the next 14 days, not later ones', () => {
    expect(message.text).toContain('Discharge webinar next week')
    expect(message.text).not.toContain('Conference next quarter')
  })

  it('tells an author about answers to their submission: a comment and the curator’s decision, never an internal note', () => {
    const [mail] = mailsTo(author)
    expect(mail?.text).toContain('Answers to what you wrote')
    expect(mail?.text).toContain('Could you add the dates?')
    expect(mail?.text).toContain('Changes requested')
    expect(mail?.text).not.toContain('Internal: check with IG lead')
  })

  it('carries List-Unsubscribe and one-click headers pointing at a signed link', () => {
    expect(header(message, 'list-unsubscribe')).toMatch(/^<https:\/\/hub\.example\.org\/v1\/unsubscribe\?token=[^>]+>$/)
    expect(header(message, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    expect(message.text).toContain('Stop these emails: https://hub.example.org/v1/unsubscribe?token=')
  })

  it('is sent once: running the job again sends nothing new, and the window moved on', async () => {
    const before = sink.messages.length
    expect(await runDigests()).toBe(0)
    expect(sink.messages.length).toBe(before)
    const settings = (await app.inject({ method: 'GET', url: '/v1/me/digest-settings', headers: reader.headers })).json<DigestSettings>()
    expect(Date.now() - Date.parse(settings.lastDigestAt ?? '')).toBeLessThan(60_000)
  })

  it('shows on the admins’ dashboard as sent', async () => {
    const admin = await signIn(app, 'admin')
    const hub = await app.inject({ method: 'GET', url: '/v1/dashboard/hub', headers: admin.headers })
    expect(hub.json<{ digests: { sent: number; failed: number } }>().digests.sent).toBeGreaterThanOrEqual(2)
  })

  describe('its unsubscribe link, without signing in', () => {
    const path = () => {
      const url = new URL((header(message, 'list-unsubscribe') ?? '').slice(1, -1))
      return `${url.pathname}${url.search}`
    }

    it('asks to confirm on GET and changes nothing (mail scanners open links)', async () => {
      const res = await app.inject({ method: 'GET', url: path() })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.headers['content-type']).toContain('text/html')
      expect(res.body).toContain('<form method="post"')
      const settings = (await app.inject({ method: 'GET', url: '/v1/me/digest-settings', headers: reader.headers })).json<DigestSettings>()
      expect(settings.frequency).toBe('weekly')
    })

    it('unsubscribes with an RFC 8058 one-click POST, keeping what they follow', async () => {
      const res = await app.inject({
        method: 'POST',
        url: path(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        payload: 'List-Unsubscribe=One-Click',
      })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toEqual({ unsubscribed: true, frequency: 'off' })
      const settings = (await app.inject({ method: 'GET', url: '/v1/me/digest-settings', headers: reader.headers })).json<DigestSettings>()
      expect(settings.frequency).toBe('off')
      const list = await app.inject({ method: 'GET', url: '/v1/me/subscriptions', headers: reader.headers })
      expect(list.json<{ data: unknown[] }>().data).toHaveLength(2)
      expect(await auditActionsFor(app, reader.user.id)).toContain('digest_settings.unsubscribed')
    })

    it.each([
      ['a tampered signature', (token: string) => `${token.slice(0, -2)}xx`],
      ['another person’s id under this signature', (token: string) => `${author.user.id}${token.slice(36)}`],
      ['something made up', () => 'not-a-token'],
    ])('refuses %s with a problem', async (_case, tamper) => {
      const token = new URL(`https://x${path()}`).searchParams.get('token') ?? ''
      for (const method of ['GET', 'POST'] as const) {
        expectProblem(await app.inject({ method, url: `/v1/unsubscribe?token=${encodeURIComponent(tamper(token))}` }), 400, '/token')
      }
    })
  })
})

describe('sending each digest once', () => {
  beforeEach(async () => {
    // Nobody else is due: these tests count what one person receives.
    await app.db.update(digestSettings).set({ lastDigestAt: sql`now()` })
  })

  it('sends one digest when the job runs twice at the same time', async () => {
    const reader = await signIn(app, 'contributor')
    await followed(reader, { type: 'theme', slug: 'evaluation' })
    await dueSince(reader, 8)
    await publish(await lesson('Evaluating the pilot', { themes: ['evaluation'] }))
    const runs = await Promise.all([runDigests(), runDigests()])
    expect(runs.reduce((sum, claimed) => sum + claimed, 0)).toBe(1)
    expect(mailsTo(reader)).toHaveLength(1)
  })

  it('does not resend a digest interrupted by a crash after it was claimed, and logs it as failed', async () => {
    const reader = await signIn(app, 'contributor')
    await followed(reader, { type: 'theme', slug: 'data-quality' })
    await publish(await lesson('Cleaner data', { themes: ['data-quality'] }))
    // What a crash leaves: the claim committed (delivery row 'sending', window moved on) and no mail recorded.
    const [settings] = await app.db.select().from(digestSettings).where(eq(digestSettings.userId, reader.user.id))
    await app.db.insert(digestDeliveries).values({
      userId: reader.user.id,
      windowStart: new Date(Date.now() - 8 * 86_400_000),
      windowEnd: settings?.lastDigestAt ?? new Date(),
      status: 'sending',
      createdAt: new Date(Date.now() - 3_600_000),
    })
    expect(await runDigests()).toBe(0)
    expect(mailsTo(reader)).toEqual([])
    const [delivery] = await app.db.select().from(digestDeliveries).where(eq(digestDeliveries.userId, reader.user.id))
    expect(delivery?.status).toBe('abandoned')
    const admin = await signIn(app, 'admin')
    const hub = await app.inject({ method: 'GET', url: '/v1/dashboard/hub', headers: admin.headers })
    expect(hub.json<{ digests: { failed: number } }>().digests.failed).toBeGreaterThanOrEqual(1)
    // The job carries on: when the next window is due, it is sent as usual.
    await dueSince(reader, 8)
    expect(await runDigests()).toBe(1)
    expect(mailsTo(reader).map((mail) => mail.text)).toEqual([expect.stringContaining('Cleaner data')])
  })

  it('sends nothing when nothing new matched, and moves the window on', async () => {
    const reader = await signIn(app, 'contributor')
    await followed(reader, { type: 'theme', slug: 'digital-inclusion' })
    await dueSince(reader, 8)
    expect(await runDigests()).toBe(1)
    expect(mailsTo(reader)).toEqual([])
    const [delivery] = await app.db.select().from(digestDeliveries).where(eq(digestDeliveries.userId, reader.user.id))
    expect(delivery?.status).toBe('empty')
  })
})

describe('the private Atom feed', () => {
  it('is created once with a secret URL, holds the digest’s matches as valid Atom, and is gone once revoked', async () => {
    const reader = await signIn(app, 'contributor')
    await followed(reader, { type: 'theme', slug: 'workforce-and-training' })
    const rota = await lesson('Rota swaps that worked', { themes: ['workforce-and-training'] })
    await publish(rota)
    await lesson('A rota draft', { themes: ['workforce-and-training'] })

    const created = await app.inject({ method: 'POST', url: '/v1/me/feed-token', headers: reader.headers })
    expect(created.statusCode, created.body).toBe(201)
    const { url } = created.json<FeedTokenCreated>()
    expect(url).toMatch(/^https:\/\/hub\.example\.org\/v1\/feeds\/private\/lof_[\w-]+\.atom$/)
    const path = new URL(url).pathname
    const res = await app.inject({ method: 'GET', url: path })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8')
    const feed = await new Parser().parseString(res.body)
    expect(feed.title).toBe('Learn Once: what you follow')
    expect(feed.items.map((item) => item.title)).toEqual(['Rota swaps that worked'])
    expect(feed.items[0]?.link).toBe(`https://hub.example.org/admin/lessons/${rota.id}`)

    const status = await app.inject({ method: 'GET', url: '/v1/me/feed-token', headers: reader.headers })
    expect(status.json()).toMatchObject({ active: true, lastUsedAt: expect.any(String) })
    expect(status.body).not.toContain('lof_')

    const rotated = await app.inject({ method: 'POST', url: '/v1/me/feed-token', headers: reader.headers })
    expectProblem(await app.inject({ method: 'GET', url: path }), 404)
    const newPath = new URL(rotated.json<FeedTokenCreated>().url).pathname
    expect((await app.inject({ method: 'GET', url: newPath })).statusCode).toBe(200)

    expect((await app.inject({ method: 'DELETE', url: '/v1/me/feed-token', headers: reader.headers })).statusCode).toBe(204)
    expectProblem(await app.inject({ method: 'GET', url: newPath }), 404)
    expectProblem(await app.inject({ method: 'DELETE', url: '/v1/me/feed-token', headers: reader.headers }), 404)
    expect(await auditActionsFor(app, reader.user.id)).toEqual(expect.arrayContaining(['feed_token.created', 'feed_token.revoked']))
  })

  it('answers 404 to a made-up token', async () => {
    expectProblem(await app.inject({ method: 'GET', url: '/v1/feeds/private/lof_madeup.atom' }), 404)
  })
})

describe('news and discussions of followed networks', () => {
  const post = async (who: SignedIn, url: string, payload: object) => {
    const res = await app.inject({ method: 'POST', url, headers: who.headers, payload })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<{ id: string }>()
  }
  const network = async (name: string, access: 'open' | 'members', members: string[]) =>
    post(curator, '/v1/networks', {
      name: `${name} ${Date.now()}`,
      purpose: 'Share what works.',
      access,
      status: 'active',
      members: members.map((id) => ({ siteId: id, role: 'lead' })),
    })

  it('brings news and answered threads to followers who may read the network, and nothing from a members-only network to others', async () => {
    const open = await network('Open discharge network', 'open', [siteId])
    const closed = await network('Closed pilot network', 'members', [siteId])
    const outsider = await signIn(app, 'contributor', [(await makeSite(app)).id])
    const member = await signIn(app, 'contributor', [siteId])
    for (const who of [outsider, member]) {
      await followed(who, { type: 'network', id: open.id })
      await followed(who, { type: 'network', id: closed.id })
      // A first follow sets a weekly digest: make it due.
      await dueSince(who, 8)
    }
    await post(curator, `/v1/networks/${open.id}/updates`, {
      title: 'Evaluation report is out',
      body: 'Read it.',
      kind: 'evaluation_report',
    })
    await post(curator, `/v1/networks/${closed.id}/updates`, {
      title: 'Pilot sites only: next steps',
      body: 'Plans.',
      kind: 'announcement',
    })
    const thread = await post(contributor, `/v1/networks/${open.id}/threads`, {
      title: 'How did you train volunteers?',
      body: 'Asking for ideas.',
    })
    const closedThread = await post(contributor, `/v1/networks/${closed.id}/threads`, { title: 'Pilot budget question', body: 'Numbers.' })
    const before = sink.messages.length
    await runDigests()
    await sink.waitFor(before + 2)

    const [toOutsider] = mailsTo(outsider)
    expect(toOutsider?.text).toContain('News from your networks')
    expect(toOutsider?.text).toContain('Evaluation report is out')
    expect(toOutsider?.text).toContain('How did you train volunteers?')
    expect(toOutsider?.text).toContain(`https://hub.example.org/admin/networks/${open.id}/discussions/${thread.id}`)
    expect(toOutsider?.text).not.toContain('Pilot sites only')
    expect(toOutsider?.text).not.toContain('Pilot budget question')

    const [toMember] = mailsTo(member)
    expect(toMember?.text).toContain('Pilot sites only: next steps')
    expect(toMember?.text).toContain(`https://hub.example.org/admin/networks/${closed.id}/discussions/${closedThread.id}`)
  })

  it('leaves out a person’s own posts: a thread only they wrote in is no news to them', async () => {
    const own = await network('Own posts network', 'open', [siteId])
    const writer = await signIn(app, 'contributor', [siteId])
    await followed(writer, { type: 'network', id: own.id })
    await dueSince(writer, 8)
    await post(writer, `/v1/networks/${own.id}/threads`, { title: 'My own question about rotas', body: 'Mine.' })
    await post(curator, `/v1/networks/${own.id}/updates`, { title: 'Rota toolkit published', body: 'Here.', kind: 'announcement' })
    const before = sink.messages.length
    await runDigests()
    await sink.waitFor(before + 1)
    const [mail] = mailsTo(writer)
    expect(mail?.text).toContain('Rota toolkit published')
    expect(mail?.text).not.toContain('My own question about rotas')
  })
})
