import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../test/app.js'
import { type SmtpSink, startSmtpSink } from '../test/smtp.js'

describe('outgoing mail', () => {
  let sink: SmtpSink
  beforeAll(async () => {
    sink = await startSmtpSink()
  })
  afterAll(async () => sink.close())

  it('sends a message with a plain-text and an HTML part through SMTP_URL', async () => {
    const { app, close } = await testApp({ SMTP_URL: sink.url, MAIL_FROM: 'Hub <hub@example.org>' })
    try {
      await app.mailer.send({
        to: 'reader@example.org',
        subject: 'Your weekly digest',
        text: 'Three new lessons',
        html: '<p>Three new lessons</p>',
        headers: { 'List-Unsubscribe': '<https://hub.example.org/unsubscribe/abc>' },
      })
      const [message] = await sink.waitFor(1)
      expect(message?.subject).toBe('Your weekly digest')
      expect(message?.from?.value[0]).toMatchObject({ name: 'Hub', address: 'hub@example.org' })
      expect(message?.text?.trim()).toBe('Three new lessons')
      expect(message?.html).toContain('<p>Three new lessons</p>')
      expect(message?.headerLines.find((header) => header.key === 'list-unsubscribe')?.line).toContain(
        'https://hub.example.org/unsubscribe/abc',
      )
    } finally {
      await close()
    }
  })

  it('writes the message to the log when no SMTP_URL is set, and sends nothing', async () => {
    const before = sink.messages.length
    const { app, close } = await testApp()
    try {
      const { messageId } = await app.mailer.send({ to: 'reader@example.org', subject: 'Logged', text: 'x', html: '<p>x</p>' })
      expect(messageId).toMatch(/^<logged-/)
      expect(sink.messages.length).toBe(before)
    } finally {
      await close()
    }
  })

  it('refuses an SMTP_URL that is not smtp:// or smtps://', async () => {
    await expect(testApp({ SMTP_URL: 'http://mail.example.org' })).rejects.toThrow(/SMTP_URL must be an smtp:\/\//)
  })
})
