import { once } from 'node:events'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, testApp } from './test/app.js'
import { type SignedIn, signIn } from './test/factories.js'

interface RawAnswer {
  status: number
  headers: Record<string, string>
  body: string
  /** The socket error the client saw, if any (a reset would lose the answer on a busy network). */
  error: string | null
}

/** Writes bytes to the API over TCP and reads what comes back until the server closes the socket. */
async function rawRequest(port: number, chunks: string[]): Promise<RawAnswer> {
  const socket = connect(port, '127.0.0.1')
  await once(socket, 'connect')
  let received = ''
  let error: string | null = null
  socket.on('data', (data) => {
    received += data.toString('utf8')
  })
  socket.on('error', (err: NodeJS.ErrnoException) => {
    error = err.code ?? err.message
  })
  const closed = once(socket, 'close')
  for (const chunk of chunks) {
    // The server may stop reading part-way: a write that fails then is the client's affair.
    if (!socket.writable) break
    socket.write(chunk)
  }
  await closed
  const [head = '', body = ''] = received.split(/\r\n\r\n(.*)/s)
  const [statusLine = '', ...headerLines] = head.split('\r\n')
  const headers: Record<string, string> = {}
  for (const line of headerLines) {
    const colon = line.indexOf(':')
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body, error }
}

function expectProblemDocument(answer: { status: number; headers: Record<string, string>; body: string }, status: number) {
  expect(answer.status, answer.body).toBe(status)
  expect(answer.headers['content-type']).toContain('application/problem+json')
  const problem = JSON.parse(answer.body) as Record<string, unknown>
  expect(problem).toMatchObject({
    type: expect.stringMatching(/^https:\/\//),
    title: expect.any(String),
    status,
    detail: expect.any(String),
  })
  return problem
}

describe('errors the framework meets before any route runs, over a real socket', () => {
  let t: TestApp
  let admin: SignedIn
  let port: number
  beforeAll(async () => {
    t = await testApp()
    admin = await signIn(t.app, 'admin')
    await t.app.listen({ port: 0, host: '127.0.0.1' })
    const address = t.app.server.address()
    if (address === null || typeof address === 'string') throw new Error('no port')
    port = address.port
  })
  afterAll(() => t.close())

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { ...admin.headers, ...headers } })
    return { status: res.status, headers: Object.fromEntries(res.headers), body: await res.text() }
  }

  it('answers a malformed percent-encoding in the path with a 400 problem naming the cause', async () => {
    for (const path of ['/v1/sites/%E0%A4%A', '/v1/sites/%zz', '/v1/lessons/%C0?include=%E0%A4%A']) {
      const problem = expectProblemDocument(await get(path), 400)
      expect(problem.detail).toMatch(/percent-encoding/)
    }
  })

  it('reads a malformed percent-encoding in the query string as literal text, never as a server error', async () => {
    const res = await get('/v1/search?q=%E0%A4%A')
    expect(res.status).toBe(200)
    const listed = await get('/v1/sites?cursor=%zz')
    expectProblemDocument(listed, 400)
  })

  it('answers an oversized URL, oversized headers, and both at once with a 431 problem', async () => {
    const long = 'a'.repeat(20_000)
    for (const [path, headers] of [
      [`/v1/search?q=${long}`, {}],
      ['/v1/sites', { 'x-padding': long }],
      [`/v1/search?q=${long}`, { 'x-padding': long }],
    ] as const) {
      const problem = expectProblemDocument(await get(path, headers), 431)
      expect(problem.detail).toMatch(/larger than the 16 KiB/)
    }
  })

  it('answers megabytes of URL and headers with the 431 problem, closing the connection without resetting it', async () => {
    const huge = 'a'.repeat(2_000_000)
    // Written in pieces, as a client on a real network would: the server answers after the first
    // 16 KiB and must not reset the socket while the rest is still arriving.
    const request = `GET /v1/search?q=${huge} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ${huge}\r\n\r\n`
    const chunks = request.match(/[\s\S]{1,65536}/g) ?? []
    const answer = await rawRequest(port, chunks)
    expectProblemDocument(answer, 431)
    expect(answer.headers.connection).toBe('close')
    expect(answer.error).toBeNull()
  })

  it('answers bytes that are not HTTP with a 400 problem', async () => {
    const answer = await rawRequest(port, ['HELLO THERE\r\n\r\n'])
    const problem = expectProblemDocument(answer, 400)
    expect(problem.detail).toBe('The request is not valid HTTP.')
  })

  it('still serves the next connection normally', async () => {
    expect((await get('/v1/sites')).status).toBe(200)
  })
})
