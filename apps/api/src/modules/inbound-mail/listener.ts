import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { inboundMessages } from '../../db/schema/index.js'
import { receiveLesson } from './receive.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The inbound SMTP listener's port once listening (null: not listening). */
    inboundMail: { port: number | null }
  }
}

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code })

/**
 * Lessons by email: an SMTP listener beside the API on SMTP_INBOUND_PORT. No AUTH and no relaying:
 * it takes mail for the hub only, from the mail exchanger in front of it, and refuses a message over
 * the size limit, one it cannot parse, or one from anybody who is not an active contributor.
 */
export const inboundMailListener = fp(
  async (app: FastifyInstance, options: { port: number | null; host: string; maxBytes: number }) => {
    const state = { port: null as number | null }
    app.decorate('inboundMail', state)
    const port = options.port
    if (port === null) return
    // Loaded only when the listener is on, so an API without inbound mail starts without them.
    const [{ simpleParser }, { SMTPServer }] = await Promise.all([import('mailparser'), import('smtp-server')])
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      size: options.maxBytes,
      logger: false,
      banner: 'Learn Once lessons by email',
      onData(stream, session, callback) {
        const chunks: Buffer[] = []
        let size = 0
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size <= options.maxBytes) chunks.push(chunk)
        })
        stream.on('end', () => {
          const sender = session.envelope.mailFrom === false ? null : session.envelope.mailFrom.address
          const handle = async () => {
            if (stream.sizeExceeded || size > options.maxBytes) {
              const reason = `Refused: the message is larger than ${Math.round(options.maxBytes / 1024 / 1024)} MB.`
              await app.db.insert(inboundMessages).values({ sender, size, outcome: 'refused', reason })
              throw smtpError(552, reason)
            }
            let parsed: Awaited<ReturnType<typeof simpleParser>>
            try {
              parsed = await simpleParser(Buffer.concat(chunks))
            } catch {
              const reason = 'Refused: the message could not be read as email.'
              await app.db.insert(inboundMessages).values({ sender, size, outcome: 'refused', reason })
              throw smtpError(554, reason)
            }
            const result = await receiveLesson(app, parsed, { sender, size })
            if (!result.accepted) throw smtpError(result.code, result.reason)
          }
          handle().then(
            () => callback(),
            (error: Error & { responseCode?: number }) => {
              if (!error.responseCode) app.log.error({ err: error }, 'an inbound message could not be handled')
              callback(error.responseCode ? error : smtpError(451, 'Temporary failure; try again later.'))
            },
          )
        })
      },
    })
    server.on('error', (error) => app.log.error({ err: error }, 'the inbound SMTP listener reported an error'))
    app.addHook('onReady', async () => {
      await new Promise<void>((resolve, reject) => {
        server.server.once('error', reject)
        server.listen(port, options.host, () => {
          server.server.off('error', reject)
          resolve()
        })
      })
      state.port = (server.server.address() as AddressInfo).port
      app.log.info({ port: state.port }, 'listening for lessons by email')
    })
    app.addHook('onClose', async () => {
      if (state.port === null) return
      await new Promise<void>((resolve) => server.close(() => resolve()))
      state.port = null
    })
  },
  { name: 'inbound-mail' },
)
