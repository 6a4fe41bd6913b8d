import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { Problem } from './problem.js'

/**
 * Errors Fastify meets before a route runs (the router cannot decode the URL), which its own error
 * handler never sees: answered here as problem documents like every other error.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const problem =
    error.code === 'FST_ERR_BAD_URL'
      ? new Problem(400, 'The URL has a malformed percent-encoding (a % not followed by two hex digits of valid UTF-8).', {
          type: 'bad-url',
          title: 'The URL is not valid',
        })
      : error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? new Problem(414, 'A path segment of the URL is longer than the API accepts.')
        : new Problem(400, 'The request could not be routed.')
  void reply.code(problem.status).type('application/problem+json').send(problem.toJSON())
}

/** Sockets already answered, so a parser that keeps failing on the rest of their bytes answers once. */
const answered = new WeakSet<Socket>()

/**
 * What Node's HTTP parser rejects (a URL or headers over its limit, bytes that are not HTTP) never
 * becomes a request: the answer is written to the socket by hand. It says `Connection: close` and
 * ends the socket gently, reading and dropping what the client still sends for a moment, because
 * destroying a socket with unread bytes resets it and the client loses the answer it was sent.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed || answered.has(socket)) return
  answered.add(socket)
  const problem =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? new Problem(
          431,
          'The URL and headers together are larger than the 16 KiB the server accepts; shorten the query string or drop headers.',
        )
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? new Problem(408, 'The request was not received in time.')
        : new Problem(400, 'The request is not valid HTTP.')
  // As Node itself does: answer unless a response on this keep-alive connection is part-written,
  // where more bytes would corrupt what the client is reading.
  const current = (socket as Socket & { _httpMessage?: { headersSent: boolean } })._httpMessage
  if (socket.writable && !current?.headersSent) {
    const body = JSON.stringify(problem.toJSON())
    socket.write(
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status] ?? problem.title}\r\n` +
        'Content-Type: application/problem+json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    )
  }
  // The HTTP parser would fail again on every further chunk: drop them unparsed until the client
  // has read the answer and closed, or a short grace period ends.
  socket.removeAllListeners('data')
  socket.on('data', () => {})
  socket.resume()
  socket.end()
  setTimeout(() => socket.destroy(), 2_000).unref()
}
