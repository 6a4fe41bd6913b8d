import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

/** One message the hub sends. Both parts are required: every mail client reads one of them. */
export interface OutgoingMail {
  to: string
  subject: string
  text: string
  html: string
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>
  attachments?: { filename: string; content: Buffer; contentType?: string }[]
}

export interface Mailer {
  /** Sends one message; resolves with the message id the server accepted (or a log id). */
  send(mail: OutgoingMail): Promise<{ messageId: string }>
}

declare module 'fastify' {
  interface FastifyInstance {
    mailer: Mailer
  }
}

/**
 * Outgoing mail through SMTP_URL (nodemailer, pooled), or — without it — written to the log, so
 * a hub without a mail server still shows what it would have sent.
 */
export const mailer = fp(
  async (app: FastifyInstance, options: { smtpUrl: string | null; from: string }) => {
    if (options.smtpUrl === null) {
      let sent = 0
      app.decorate('mailer', {
        async send(mail: OutgoingMail) {
          sent += 1
          const messageId = `<logged-${Date.now()}-${sent}@learnonce.localhost>`
          app.log.info(
            { mail: { to: mail.to, subject: mail.subject, headers: mail.headers, text: mail.text }, messageId },
            'mail (no SMTP_URL, not sent)',
          )
          return { messageId }
        },
      })
      return
    }
    // Loaded only when mail is configured, so a hub without SMTP starts without it.
    const { default: nodemailer } = await import('nodemailer')
    const transport = nodemailer.createTransport(options.smtpUrl, { from: options.from })
    app.decorate('mailer', {
      async send(mail: OutgoingMail) {
        const info = await transport.sendMail({ from: options.from, ...mail })
        return { messageId: String(info.messageId) }
      },
    })
    app.addHook('onClose', async () => transport.close())
  },
  { name: 'mailer' },
)
