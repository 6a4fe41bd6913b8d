import { type Static, Type } from 'typebox'
import { Nullable, Timestamp, Uuid } from './common.js'

/**
 * The types an upload may be, detected from its bytes (the name and the declared type are not
 * trusted): documents, spreadsheets, slides, images, text, and ZIP archives of those.
 */
export const allowedFileTypes = [
  { mediaType: 'application/pdf', extensions: ['pdf'] },
  { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  { mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['pptx'] },
  { mediaType: 'application/msword', extensions: ['doc'] },
  { mediaType: 'application/vnd.ms-excel', extensions: ['xls'] },
  { mediaType: 'application/vnd.ms-powerpoint', extensions: ['ppt'] },
  { mediaType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
  { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'] },
  { mediaType: 'application/vnd.oasis.opendocument.presentation', extensions: ['odp'] },
  { mediaType: 'text/csv', extensions: ['csv'] },
  { mediaType: 'text/plain', extensions: ['txt'] },
  { mediaType: 'text/markdown', extensions: ['md', 'markdown'] },
  { mediaType: 'image/png', extensions: ['png'] },
  { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  { mediaType: 'image/webp', extensions: ['webp'] },
  { mediaType: 'application/zip', extensions: ['zip'] },
] as const
export type AllowedMediaType = (typeof allowedFileTypes)[number]['mediaType']

/** For a file picker's `accept`: every allowed extension. */
export const allowedFileExtensions = allowedFileTypes.flatMap((type) => type.extensions.map((extension) => `.${extension}`))

/** An uploaded file's metadata; its bytes are at GET /v1/files/{id}/content. */
export const FileMeta = Type.Object({
  id: Uuid,
  name: Type.String({ description: 'The uploaded name, cleaned for display (never a path)' }),
  mediaType: Type.String({ description: 'Detected from the bytes, e.g. application/pdf' }),
  size: Type.Integer({ minimum: 1, description: 'Bytes' }),
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'Hex sha256 of the content; also its ETag' }),
  createdAt: Timestamp,
  uploadedBy: Nullable(Uuid),
})
export type FileMeta = Static<typeof FileMeta>

/** What an item shows of a file it links: enough to render a link with its type and size. */
export const FileSummary = Type.Pick(FileMeta, ['id', 'name', 'mediaType', 'size'])
export type FileSummary = Static<typeof FileSummary>
