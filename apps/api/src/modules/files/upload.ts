import type { AllowedMediaType } from '@learnonce/contracts'
import type { FastifyRequest } from 'fastify'
import { badRequest, Problem } from '../../problem.js'
import { cleanName, TypeSniffer, unsupported } from './detect.js'
import { type FileRecord, forgetContentIfUnused, saveFile } from './service.js'
import { checkZip } from './zip-entries.js'

export interface UploadOptions {
  /** Who uploads: recorded as the file's uploader (null for a key or the system). */
  uploadedBy: string | null
  /** Bytes; defaults to MAX_UPLOAD_MB. */
  maxBytes?: number
  /** Narrower than the hub's allow-list (an import takes only spreadsheets, say). */
  accept?: readonly AllowedMediaType[]
}

/** Room for the multipart boundaries and part headers around the file itself. */
const MULTIPART_OVERHEAD = 64 * 1024

export const tooLarge = (maxBytes: number) =>
  new Problem(413, `Files may be at most ${Math.floor(maxBytes / (1024 * 1024))} MB (MAX_UPLOAD_MB).`, {
    type: 'upload-too-large',
    // The rest of the body is not read: the connection closes after this answer.
    headers: { connection: 'close' },
  })

/** Errors the multipart parser raises for a malformed or cut-short body. */
function uploadProblem(error: unknown, maxBytes: number): unknown {
  if (error instanceof Problem) return error
  const code = (error as { code?: string }).code
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(maxBytes)
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return badRequest('Send one file, in a multipart/form-data part named "file".')
  }
  const message = error instanceof Error ? error.message : ''
  if (code?.startsWith('FST_') || /multipart|end of form|boundary|premature/i.test(message)) {
    return badRequest(`The upload could not be read as multipart/form-data (${message || code}); check the body and its Content-Length.`)
  }
  return error
}

/**
 * Receives the one file of a multipart/form-data request and saves it, streaming: the bytes go to
 * the file store in chunks as they arrive, never whole in memory. Its type is read from its bytes
 * (415 when not allowed, at the first chunk where it can be), its size capped (413, and nothing
 * kept), an empty file refused (422). Returns the saved file, attached to nothing yet.
 */
export async function receiveUpload(request: FastifyRequest, options: UploadOptions): Promise<FileRecord> {
  const app = request.server
  const maxBytes = options.maxBytes ?? app.config.maxUploadBytes
  const declared = Number(request.headers['content-length'])
  if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_OVERHEAD) throw tooLarge(maxBytes)
  if (!request.isMultipart()) {
    throw new Problem(415, 'Send the file as multipart/form-data, in a part named "file".', { type: 'multipart-required' })
  }

  let sniffer: TypeSniffer | null = null
  let stored: { sha256: string; size: number }
  let rawName: string | undefined
  let overLimit = false
  try {
    const part = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 10, parts: 11 } })
    if (!part) throw new Problem(422, 'The form holds no file; send it in a part named "file".', { type: 'file-required' })
    rawName = part.filename
    const sniff = new TypeSniffer(part.filename)
    sniffer = sniff
    const file = part.file
    // The parser stops passing bytes on at the limit: that is a 413 at once, without waiting for
    // the rest of the body; throwing before the store records the content leaves nothing behind.
    file.once('limit', () => {
      overLimit = true
    })
    async function* guarded() {
      for await (const chunk of file) {
        if (overLimit) throw tooLarge(maxBytes)
        yield chunk as Buffer
      }
      if (overLimit || file.truncated) throw tooLarge(maxBytes)
    }
    stored = await app.fileStore.put(guarded(), (chunk) => sniff.inspect(chunk))
  } catch (error) {
    throw overLimit ? tooLarge(maxBytes) : uploadProblem(error, maxBytes)
  }

  if (stored.size === 0) {
    throw new Problem(422, 'This file is empty; choose a file with something in it.', {
      type: 'empty-file',
      errors: [{ in: 'body', pointer: '/file', detail: 'is empty' }],
    })
  }
  try {
    const mediaType = sniffer.finish()
    if (options.accept && !options.accept.includes(mediaType)) {
      throw unsupported(`Here the hub accepts only ${options.accept.join(', ')}; this file is ${mediaType}.`)
    }
    if (mediaType === 'application/zip') await checkZip(app.fileStore, stored.sha256, stored.size, maxBytes)
    return await saveFile(app.db, {
      name: cleanName(rawName, mediaType),
      mediaType,
      size: stored.size,
      sha256: stored.sha256,
      uploadedBy: options.uploadedBy,
    })
  } catch (error) {
    await forgetContentIfUnused(app.db, app.fileStore, stored.sha256)
    throw error
  }
}
