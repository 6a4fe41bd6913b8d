import type { InboundMessage, Lesson, Site } from '@learnonce/contracts'
import nodemailer, { type SendMailOptions } from 'nodemailer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, testApp } from '../../test/app.js'
import { makeSite, type SignedIn, signIn } from '../../test/factories.js'
import { type SmtpSink, startSmtpSink } from '../../test/smtp.js'
import { lessonFromMail } from './lesson-from-mail.js'

let t: TestApp
let sink: SmtpSink
let admin: SignedIn
let contributor: SignedIn
let home: Site
let away: Site

const send = (mail: SendMailOptions) => {
  const port = t.app.inboundMail.port
  if (port === null) throw new Error('the inbound listener is not listening')
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true })
  return transport.sendMail({ to: 'lessons@hub.test', ...mail }).finally(() => transport.close())
}

const log = async (): Promise<InboundMessage[]> =>
  (await t.app.inject({ url: '/v1/inbound-messages?limit=100', headers: admin.headers })).json().data

beforeAll(async () => {
  sink = await startSmtpSink()
  t = await testApp({ SMTP_INBOUND_PORT: '0', SMTP_URL: sink.url, PUBLIC_URL: 'https://hub.example.org' })
  await t.app.ready()
  home = await makeSite(t.app, { name: 'Home Practice', slug: 'home-practice' })
  away = await makeSite(t.app, { name: 'Away Trust', slug: 'away-trust' })
  admin = await signIn(t.app, 'admin')
  contributor = await signIn(t.app, 'contributor', [home.id, away.id])
})
afterAll(async () => {
  await t.close()
  await sink.close()
})

describe('lessons by email', () => {
  it('turns a known contributor’s email into a draft lesson with its sections and attachment, and replies with a link', async () => {
    const info = await send({
      from: `"A Contributor" <${contributor.user.email.toUpperCase()}>`,
      subject: 'Discharge summaries by email',
      text: [
        'Site: Away Trust',
        'We set out to send discharge summaries the same day.',
        '',
        '## What went well',
        'GPs had them before the patient got home.',
        '',
        'What did not go well:',
        'Two practices still printed them.',
        '',
        'WHAT WOULD YOU DO DIFFERENTLY?',
        'Agree the format with practices first.',
        '-- ',
        'A Contributor, Away Trust',
      ].join('\n'),
      attachments: [{ filename: 'plan.txt', content: 'the plan' }],
    })
    expect(info.accepted).toEqual(['lessons@hub.test'])
    const [entry] = await log()
    expect(entry).toMatchObject({
      outcome: 'draft_created',
      sender: contributor.user.email.toLowerCase(),
      userId: contributor.user.id,
      attachments: [{ name: 'plan.txt', mediaType: 'text/plain', size: 8, fileId: expect.any(String) }],
    })
    // The attachment is a file of the lesson: whoever can see the draft can read it.
    const file = await t.app.inject({ url: `/v1/files/${entry?.attachments[0]?.fileId}/content`, headers: contributor.headers })
    expect(file.statusCode).toBe(200)
    expect(file.body).toBe('the plan')
    const lesson: Lesson = (await t.app.inject({ url: `/v1/lessons/${entry?.itemId}`, headers: contributor.headers })).json()
    expect(lesson).toMatchObject({
      title: 'Discharge summaries by email',
      status: 'draft',
      siteId: away.id,
      authorId: contributor.user.id,
      summary: 'We set out to send discharge summaries the same day.',
      context: 'We set out to send discharge summaries the same day.',
      wentWell: 'GPs had them before the patient got home.',
      didNotGoWell: 'Two practices still printed them.',
      doDifferently: 'Agree the format with practices first.',
    })
    const [reply] = await sink.waitFor(1)
    expect(reply?.to).toMatchObject({ value: [{ address: contributor.user.email.toLowerCase() }] })
    expect(reply?.text).toContain(`https://hub.example.org/admin/lessons/${lesson.id}/edit`)
    expect(reply?.headers.get('auto-submitted')).toBe('auto-replied')
  })

  it('refuses mail from an unknown sender in the SMTP conversation, creating nothing, and logs it', async () => {
    await expect(send({ from: 'stranger@example.org', subject: 'Hello', text: 'A lesson' })).rejects.toMatchObject({ responseCode: 550 })
    const [entry] = await log()
    expect(entry).toMatchObject({
      outcome: 'refused',
      sender: 'stranger@example.org',
      itemId: null,
      reason: expect.stringMatching(/not an active member/),
    })
  })

  it('takes an auto-reply without answering it or making a draft', async () => {
    const before = sink.messages.length
    await send({ from: contributor.user.email, subject: 'Out of office', text: 'I am away', headers: { 'Auto-Submitted': 'auto-replied' } })
    const [entry] = await log()
    expect(entry).toMatchObject({ outcome: 'refused', itemId: null, reason: expect.stringMatching(/Auto-Submitted: auto-replied/) })
    expect(sink.messages.length).toBe(before)
  })

  it('runs the personal data check on what arrives: an NHS number in an emailed lesson is a finding its writer sees', async () => {
    const before = sink.messages.length
    await send({
      from: contributor.user.email,
      subject: 'Virtual ward follow-up calls',
      text: ['We phoned patients the day after discharge.', '', 'What went well:', 'Patient 943 476 5919 was seen the same day.'].join(
        '\n',
      ),
    })
    const entry = (await log()).find((message) => message.subject === 'Virtual ward follow-up calls')
    expect(entry?.outcome).toBe('draft_created')
    const findings = await t.app.inject({ url: `/v1/lessons/${entry?.itemId}/findings`, headers: contributor.headers })
    expect(findings.json().data).toEqual([expect.objectContaining({ kind: 'nhs_number', field: '/wentWell', status: 'open' })])
    await sink.waitFor(before + 1)
  })

  it('shows the inbound log to admins only', async () => {
    const curator = await signIn(t.app, 'curator')
    expect((await t.app.inject({ url: '/v1/inbound-messages', headers: curator.headers })).statusCode).toBe(403)
    expect((await t.app.inject({ url: '/v1/inbound-messages', headers: contributor.headers })).statusCode).toBe(403)
    const refused = await t.app.inject({ url: '/v1/inbound-messages?outcome=refused', headers: admin.headers })
    expect(refused.json().data.every((entry: InboundMessage) => entry.outcome === 'refused')).toBe(true)
  })
})

describe('reading a lesson from a message', () => {
  it('makes a plain email the context, and takes a [site] tag from the subject', () => {
    expect(lessonFromMail('[home-practice] Learning lunch', 'We ran a learning lunch.\n\nIt was full.')).toEqual({
      title: 'Learning lunch',
      summary: 'We ran a learning lunch.',
      context: 'We ran a learning lunch.\n\nIt was full.',
      wentWell: '',
      didNotGoWell: '',
      doDifferently: '',
      siteHint: 'home-practice',
    })
  })
})
