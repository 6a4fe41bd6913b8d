import { allowedFileTypes } from '@learnonce/contracts'
import { Problem } from '../../problem.js'
import { extensionOf, unsupported } from './detect.js'
import type { FileStore } from './store.js'

/** What a ZIP holds, from its central directory. */
interface ZipEntry {
  name: string
  uncompressedSize: number
}

/** End of central directory: 22 bytes, plus a comment of at most 65,535. */
const EOCD_MAX = 22 + 65_535
/** A ZIP may expand to this many times the upload limit before it looks like a bomb. */
export const ZIP_EXPANSION_FACTOR = 10

const entryExtensions = new Set<string>(
  allowedFileTypes.filter((type) => type.mediaType !== 'application/zip').flatMap((type) => type.extensions),
)

async function read(store: FileStore, sha256: string, start: number, end: number): Promise<Buffer> {
  const stream = await store.open(sha256, { start, end })
  if (!stream) throw new Error(`file store: ${sha256} vanished while it was checked`)
  const pieces: Buffer[] = []
  for await (const piece of stream) pieces.push(piece as Buffer)
  return Buffer.concat(pieces)
}

const notAZip = () => unsupported('This ZIP archive could not be read (no central directory); send it again, or send its files one by one.')

/** The archive's entries, read from the store's tail without unpacking anything. */
export async function zipEntries(store: FileStore, sha256: string, size: number): Promise<ZipEntry[]> {
  const tailStart = Math.max(0, size - EOCD_MAX)
  const tail = await read(store, sha256, tailStart, size - 1)
  let eocd = -1
  for (let at = tail.length - 22; at >= 0; at--) {
    if (tail.readUInt32LE(at) === 0x06054b50) {
      eocd = at
      break
    }
  }
  if (eocd < 0) throw notAZip()
  const count = tail.readUInt16LE(eocd + 10)
  const directorySize = tail.readUInt32LE(eocd + 12)
  const directoryOffset = tail.readUInt32LE(eocd + 16)
  // ZIP64 archives (over 4 GB or 65,535 entries) are far beyond any upload limit here.
  if (count === 0xffff || directoryOffset === 0xffffffff || directoryOffset + directorySize > size) throw notAZip()
  if (count === 0) return []
  const directory = await read(store, sha256, directoryOffset, directoryOffset + directorySize - 1)
  const entries: ZipEntry[] = []
  let at = 0
  for (let index = 0; index < count; index++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== 0x02014b50) throw notAZip()
    const uncompressedSize = directory.readUInt32LE(at + 24)
    const nameLength = directory.readUInt16LE(at + 28)
    const extraLength = directory.readUInt16LE(at + 30)
    const commentLength = directory.readUInt16LE(at + 32)
    const name = directory.toString('utf8', at + 46, at + 46 + nameLength)
    entries.push({ name, uncompressedSize })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/**
 * A ZIP is accepted when every file in it is of an accepted type (by name: the entries are not
 * unpacked) and it does not expand to more than ZIP_EXPANSION_FACTOR times the upload limit.
 */
export async function checkZip(store: FileStore, sha256: string, size: number, maxBytes: number): Promise<void> {
  const entries = await zipEntries(store, sha256, size)
  const files = entries.filter((entry) => !entry.name.endsWith('/') && !entry.name.startsWith('__MACOSX/'))
  const refused = files.find((entry) => !entryExtensions.has(extensionOf(entry.name)))
  if (refused) {
    throw unsupported(`This ZIP holds "${refused.name}", which is not a type the hub accepts; a ZIP may hold only accepted files.`)
  }
  const expanded = files.reduce((total, entry) => total + entry.uncompressedSize, 0)
  if (expanded > maxBytes * ZIP_EXPANSION_FACTOR) {
    throw new Problem(413, `This ZIP expands to ${expanded} bytes, more than ${ZIP_EXPANSION_FACTOR} times the upload limit.`, {
      type: 'upload-too-large',
    })
  }
}
