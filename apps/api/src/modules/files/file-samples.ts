import { deflateSync } from 'node:zlib'
import { docxDocument, pdfDocument, storedZip, xlsxWorkbook } from '../../seed/documents.js'

/*
 * One small, real sample of every type the hub accepts, and of a few it refuses, made in code for
 * the tests (this module and others that upload files).
 */

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32Of(body))
  return Buffer.concat([length, body, crc])
}

function crc32Of(data: Buffer): number {
  let crc = 0xffffffff
  for (const byte of data) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

/** A 1×1 white PNG. */
export function pngImage(): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(1, 0)
  header.writeUInt32BE(1, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** A JPEG's start (SOI and a JFIF APP0 segment) and end. */
export const jpegImage = () =>
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9])

/** A WebP's RIFF header and a lossy chunk header. */
export const webpImage = () => Buffer.concat([Buffer.from('RIFF'), Buffer.from([26, 0, 0, 0]), Buffer.from('WEBPVP8 '), Buffer.alloc(20)])

/** An OLE2 compound file's header, what every legacy .doc, .xls and .ppt starts with. */
export function compoundFile(): Buffer {
  const bytes = Buffer.alloc(1024)
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  return bytes
}

/** An OpenDocument text: a ZIP whose first entry is its uncompressed `mimetype`. */
export const odtDocument = () =>
  storedZip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
    { name: 'content.xml', data: '<?xml version="1.0"?><office:document-content/>' },
  ])

/** A Linux executable's header. */
export const elfExecutable = () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)])

export const samplePdf = () => pdfDocument('Discharge checklist', ['One page, made by the tests.'])

/** Every accepted type: a name, its bytes, and the media type the hub should detect. */
export const acceptedSamples = (): { name: string; bytes: Buffer; mediaType: string }[] => [
  { name: 'checklist.pdf', bytes: samplePdf(), mediaType: 'application/pdf' },
  {
    name: 'agenda.docx',
    bytes: docxDocument('Agenda', ['Welcome', 'Scenario']),
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  {
    name: 'bingo.xlsx',
    bytes: xlsxWorkbook([['Consent', 'Referral']]),
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  { name: 'minutes.odt', bytes: odtDocument(), mediaType: 'application/vnd.oasis.opendocument.text' },
  { name: 'old-report.doc', bytes: compoundFile(), mediaType: 'application/msword' },
  { name: 'old-figures.xls', bytes: compoundFile(), mediaType: 'application/vnd.ms-excel' },
  { name: 'referrals.csv', bytes: Buffer.from('site,referrals\nHarbourside,12\n'), mediaType: 'text/csv' },
  { name: 'notes.txt', bytes: Buffer.from('Plain notes — with an em dash.\n'), mediaType: 'text/plain' },
  { name: 'README.md', bytes: Buffer.from('# Toolkit\n\nRead me first.\n'), mediaType: 'text/markdown' },
  { name: 'logo.png', bytes: pngImage(), mediaType: 'image/png' },
  { name: 'photo.jpg', bytes: jpegImage(), mediaType: 'image/jpeg' },
  { name: 'diagram.webp', bytes: webpImage(), mediaType: 'image/webp' },
  {
    name: 'pack.zip',
    bytes: storedZip([
      { name: 'agenda.pdf', data: samplePdf() },
      { name: 'notes/notes.txt', data: 'Notes' },
    ]),
    mediaType: 'application/zip',
  },
]
