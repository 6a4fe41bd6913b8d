import { connect } from 'node:net'
import { Readable } from 'node:stream'
import type { FileMeta } from '@learnonce/contracts'
import { count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { fileChunks, fileContents, files } from '../../db/schema/index.js'
import { storedZip } from '../../seed/documents.js'
import { type TestApp, testApp } from '../../test/app.js'
import { auditActionsFor, type SignedIn, signIn } from '../../test/factories.js'
import { expectProblem } from '../../test/problems.js'
import { multipartBody, postFile, uploadFile } from '../../test/uploads.js'
import { acceptedSamples, elfExecutable, samplePdf } from './file-samples.js'
import { CHUNK_SIZE } from './store.js'

/*
 * Uploading and downloading files: what is accepted and refused (by the bytes, not the name), the
 * size limit (stopped while streaming, nothing kept), identical content stored once, and the HTTP
 * a browser or a sync client relies on (Content-Disposition, ETag and 304, Range and 416).
 */

let t: TestApp
let app: App
let contributor: SignedIn
let otherContributor: SignedIn
let curator: SignedIn

beforeAll(async () => {
  // A 1 MB limit, so the over-limit tests stream a little over 1 MB rather than 25.
  t = await testApp({ MAX_UPLOAD_MB: '1' })
  app = t.app
  contributor = await signIn(app, 'contributor')
  otherContributor = await signIn(app, 'contributor')
  curator = await signIn(app, 'curator')
})
afterAll(() => t.close())

const stored = async () => {
  const [contents] = await app.db.select({ n: count() }).from(fileContents)
  const [chunks] = await app.db.select({ n: count() }).from(fileChunks)
  const [rows] = await app.db.select({ n: count() }).from(files)
  return { contents: contents?.n ?? 0, chunks: chunks?.n ?? 0, files: rows?.n ?? 0 }
}

const download = (who: SignedIn, id: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url: `/v1/files/${id}/content`, headers: { ...who.headers, ...headers } })

describe('uploading', () => {
  it.each(acceptedSamples())('accepts $name as $mediaType, read from its bytes', async ({ name, bytes, mediaType }) => {
    const response = await postFile(app, contributor, name, bytes, { contentType: 'application/x-anything' })
    expect(response.statusCode, response.body).toBe(201)
    const file = response.json<FileMeta>()
    expect(file).toMatchObject({ name, mediaType, size: bytes.length, uploadedBy: contributor.user.id })
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(response.headers.location).toBe(`/v1/files/${file.id}`)
    const back = await download(contributor, file.id)
    expect(back.statusCode).toBe(200)
    expect(back.rawPayload.equals(bytes)).toBe(true)
  })

  it('records the upload in the audit log', async () => {
    const file = await uploadFile(app, contributor, 'audited.pdf', samplePdf())
    expect(await auditActionsFor(app, file.id)).toEqual(['file.uploaded'])
  })

  it.each([
    { what: 'an executable renamed .pdf', name: 'report.pdf', bytes: elfExecutable() },
    { what: 'a Windows program renamed .docx', name: 'agenda.docx', bytes: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300)]) },
    { what: 'binary bytes named .csv', name: 'figures.csv', bytes: Buffer.from([0x41, 0x00, 0x42, 0xff, 0xfe]) },
    { what: 'Latin-1 text named .txt', name: 'notes.txt', bytes: Buffer.from('caf\xe9', 'latin1') },
    { what: 'text with an unknown extension', name: 'script.sh', bytes: Buffer.from('echo hello\n') },
    { what: 'a compound file not named .doc, .xls or .ppt', name: 'setup.msi', bytes: Buffer.alloc(1024, 0).fill(0xd0, 0, 1) },
    { what: 'a ZIP holding a program', name: 'pack.zip', bytes: storedZip([{ name: 'run.exe', data: elfExecutable() }]) },
  ])('refuses $what with a 415, keeping nothing', async ({ name, bytes }) => {
    const before = await stored()
    const response = await postFile(app, contributor, name, bytes, { contentType: 'application/pdf' })
    expectProblem(response, 415)
    expect(await stored()).toEqual(before)
  })

  it('refuses a bomb-like ZIP, small on the wire but expanding past ten times the limit, with a 413, keeping nothing', async () => {
    const bomb = storedZip([{ name: 'figures.csv', data: 'a,b\n1,2\n' }])
    // The central directory says what each entry expands to; claim 3 GB for this one.
    const directory = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    bomb.writeUInt32LE(3_000_000_000, directory + 24)
    const before = await stored()
    const response = await postFile(app, contributor, 'figures.zip', bomb)
    expectProblem(response, 413)
    expect(response.json().detail).toMatch(/expands to 3000000000 bytes/)
    expect(await stored()).toEqual(before)
  })

  it('refuses an empty file with a 422 naming it', async () => {
    const before = await stored()
    expectProblem(await postFile(app, contributor, 'empty.pdf', Buffer.alloc(0)), 422, '/file')
    expect(await stored()).toEqual(before)
  })

  it('refuses a body that is not multipart, and a form with no file', async () => {
    expectProblem(await app.inject({ method: 'POST', url: '/v1/files', headers: contributor.headers, payload: { name: 'x.pdf' } }), 415)
    const fieldOnly = Buffer.from('--b\r\nContent-Disposition: form-data; name="title"\r\n\r\nAgenda\r\n--b--\r\n')
    expectProblem(
      await app.inject({
        method: 'POST',
        url: '/v1/files',
        headers: { ...contributor.headers, 'content-type': 'multipart/form-data; boundary=b' },
        payload: fieldOnly,
      }),
      422,
    )
  })

  it('refuses a body that does not match its Content-Length with a 400, keeping nothing', async () => {
    const before = await stored()
    // Over a real socket: the injector would correct the header. 40 bytes short of the body, so
    // the form ends before its closing boundary.
    const address = await app.listen({ port: 0, host: '127.0.0.1' })
    const body = multipartBody('cut.pdf', samplePdf())
    const { port } = new URL(address)
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST /v1/files HTTP/1.1\r\nHost: localhost\r\nAuthorization: ${contributor.headers.authorization}\r\n` +
            `Content-Type: ${body.headers['content-type']}\r\nContent-Length: ${body.payload.length - 40}\r\nConnection: close\r\n\r\n`,
        )
        socket.end(body.payload)
      })
      let received = ''
      socket.on('data', (data) => {
        received += data.toString('utf8')
      })
      socket.on('close', () => resolve(received))
      socket.on('error', reject)
    })
    expect(answer).toMatch(/^HTTP\/1.1 400 /)
    expect(answer).toContain('application/problem+json')
    expect(await stored()).toEqual(before)
  })

  it('refuses a Content-Length over the limit before reading the body', async () => {
    const body = multipartBody('big.pdf', samplePdf())
    const response = await app.inject({
      method: 'POST',
      url: '/v1/files',
      headers: { ...contributor.headers, ...body.headers, 'content-length': String(3 * 1024 * 1024) },
      payload: body.payload,
    })
    expectProblem(response, 413)
  })

  it('stops a streamed upload over the limit with a 413 and keeps none of it', async () => {
    const before = await stored()
    const { headers } = multipartBody('big.pdf', Buffer.alloc(0))
    const head = Buffer.from(
      '------learnonce-test-boundary\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n' +
        'Content-Type: application/pdf\r\n\r\n',
    )
    let sent = 0
    // No Content-Length: the body streams in 64 KB pieces, a PDF that grows past 1 MB.
    const source = Readable.from(
      (function* () {
        yield head
        yield Buffer.from('%PDF-1.4\n')
        for (; sent < 3 * 1024 * 1024; sent += 64 * 1024) yield Buffer.alloc(64 * 1024, 0x20)
        yield Buffer.from('\r\n------learnonce-test-boundary--\r\n')
      })(),
    )
    const response = await app.inject({
      method: 'POST',
      url: '/v1/files',
      headers: { ...contributor.headers, ...headers },
      payload: source,
    })
    const problem = expectProblem(response, 413)
    expect(problem.detail).toContain('1 MB')
    expect(await stored()).toEqual(before)
  })

  it('cleans the name for display and never keeps a path', async () => {
    const file = await uploadFile(app, contributor, '..\\..\\etc/pass\u202ewd\u0007 report.pdf', samplePdf())
    expect(file.name).toBe('passwd report.pdf')
    const renamed = await uploadFile(app, contributor, 'minutes.exe', samplePdf())
    expect(renamed.name).toBe('minutes.exe.pdf')
  })

  it('is for people, not API keys; and not for anyone signed out', async () => {
    expectProblem(await app.inject({ method: 'POST', url: '/v1/files', ...multipartBody('x.pdf', samplePdf()) }), 401)
  })
})

describe('identical content', () => {
  it('is stored once however many files name it', async () => {
    // Larger than one chunk, so the chunks are counted, not just the content rows.
    const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(CHUNK_SIZE + 1000, 0x41), Buffer.from('\n%%EOF\n')])
    const first = await uploadFile(app, contributor, 'first.pdf', bytes)
    const afterFirst = await stored()
    const second = await uploadFile(app, otherContributor, 'second.pdf', bytes)
    expect(second.id).not.toBe(first.id)
    expect(second.sha256).toBe(first.sha256)
    const afterSecond = await stored()
    expect(afterSecond).toEqual({ ...afterFirst, files: afterFirst.files + 1 })
    const [content] = await app.db.select().from(fileContents).where(eq(fileContents.sha256, first.sha256))
    const chunks = await app.db
      .select({ seq: fileChunks.seq })
      .from(fileChunks)
      .where(eq(fileChunks.chunksId, content?.chunksId ?? ''))
    expect(chunks).toHaveLength(2)
    expect((await download(otherContributor, second.id)).rawPayload.equals(bytes)).toBe(true)
  })
})

describe('downloading', () => {
  let pdf: FileMeta
  let csv: FileMeta
  let big: FileMeta
  let bigBytes: Buffer

  beforeAll(async () => {
    pdf = await uploadFile(app, contributor, 'Discharge “checklist” é.pdf', samplePdf())
    csv = await uploadFile(app, contributor, 'referrals.csv', Buffer.from('site,referrals\nA,1\n'))
    bigBytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(Array.from({ length: 2 * CHUNK_SIZE + 7 }, (_, i) => i % 251))])
    big = await uploadFile(app, contributor, 'big.pdf', bigBytes)
  })

  it('sends the type, length, sha256 ETag and a disposition a browser understands', async () => {
    const response = await download(contributor, pdf.id)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('application/pdf')
    expect(response.headers['content-length']).toBe(String(pdf.size))
    expect(response.headers.etag).toBe(`"${pdf.sha256}"`)
    expect(response.headers['accept-ranges']).toBe('bytes')
    expect(response.headers['content-disposition']).toBe(
      `inline; filename="Discharge checklist e.pdf"; filename*=UTF-8''Discharge%20%E2%80%9Cchecklist%E2%80%9D%20%C3%A9.pdf`,
    )
  })

  it('downloads anything that is not an image or a PDF as an attachment, text as UTF-8', async () => {
    const response = await download(contributor, csv.id)
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="referrals.csv"/)
    expect(response.body).toBe('site,referrals\nA,1\n')
  })

  it('answers 304 to a matching If-None-Match', async () => {
    const response = await download(contributor, pdf.id, { 'if-none-match': `"${pdf.sha256}"` })
    expect(response.statusCode).toBe(304)
    expect(response.body).toBe('')
    expect((await download(contributor, pdf.id, { 'if-none-match': '"other"' })).statusCode).toBe(200)
  })

  it.each([
    { range: 'bytes=0-9', start: 0, end: 9 },
    { range: `bytes=${CHUNK_SIZE - 5}-${CHUNK_SIZE + 4}`, start: CHUNK_SIZE - 5, end: CHUNK_SIZE + 4 },
    { range: `bytes=${2 * CHUNK_SIZE}-`, start: 2 * CHUNK_SIZE, end: 2 * CHUNK_SIZE + 15 },
    { range: 'bytes=-4', start: 2 * CHUNK_SIZE + 12, end: 2 * CHUNK_SIZE + 15 },
    { range: 'bytes=10-99999999', start: 10, end: 2 * CHUNK_SIZE + 15 },
  ])('answers Range $range with 206 and exactly those bytes', async ({ range, start, end }) => {
    const response = await download(contributor, big.id, { range })
    expect(response.statusCode).toBe(206)
    expect(response.headers['content-range']).toBe(`bytes ${start}-${end}/${bigBytes.length}`)
    expect(response.headers['content-length']).toBe(String(end - start + 1))
    expect(response.rawPayload.equals(bigBytes.subarray(start, end + 1))).toBe(true)
  })

  it('answers a range past the end with 416, and sends it all when If-Range names another version', async () => {
    const outside = await download(contributor, big.id, { range: `bytes=${bigBytes.length}-` })
    expectProblem(outside, 416)
    expect(outside.headers['content-range']).toBe(`bytes */${bigBytes.length}`)
    const stale = await download(contributor, big.id, { range: 'bytes=0-9', 'if-range': '"old"' })
    expect(stale.statusCode).toBe(200)
    expect(stale.rawPayload.length).toBe(bigBytes.length)
  })

  it('shows metadata to the uploader and curators; to anyone else an unattached file does not exist', async () => {
    const own = await app.inject({ method: 'GET', url: `/v1/files/${pdf.id}`, headers: contributor.headers })
    expect(own.statusCode).toBe(200)
    expect(own.json()).toEqual(pdf)
    expect((await app.inject({ method: 'GET', url: `/v1/files/${pdf.id}`, headers: curator.headers })).statusCode).toBe(200)
    expectProblem(await app.inject({ method: 'GET', url: `/v1/files/${pdf.id}`, headers: otherContributor.headers }), 404)
    expectProblem(await download(otherContributor, pdf.id), 404)
  })
})
