import type { FileMeta } from '@learnonce/contracts'
import type { App } from '../app.js'
import type { SignedIn } from './factories.js'

const BOUNDARY = '----learnonce-test-boundary'

/** A multipart/form-data body holding one file part (named `file` unless told otherwise). */
export function multipartBody(
  name: string,
  bytes: Buffer,
  options: { field?: string; contentType?: string } = {},
): { payload: Buffer; headers: Record<string, string> } {
  const head = Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${options.field ?? 'file'}"; filename="${name}"\r\n` +
      `Content-Type: ${options.contentType ?? 'application/octet-stream'}\r\n\r\n`,
  )
  const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`)
  return { payload: Buffer.concat([head, bytes, tail]), headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } }
}

/** POST /v1/files as `who`; the raw response, for tests of refusals. */
export function postFile(app: App, who: SignedIn, name: string, bytes: Buffer, options: { contentType?: string } = {}) {
  const body = multipartBody(name, bytes, options)
  return app.inject({ method: 'POST', url: '/v1/files', headers: { ...who.headers, ...body.headers }, payload: body.payload })
}

/** Uploads a file as `who` and returns its metadata; throws unless the upload answered 201. */
export async function uploadFile(app: App, who: SignedIn, name: string, bytes: Buffer): Promise<FileMeta> {
  const response = await postFile(app, who, name, bytes)
  if (response.statusCode !== 201) throw new Error(`upload of ${name} answered ${response.statusCode}: ${response.body}`)
  return response.json<FileMeta>()
}
