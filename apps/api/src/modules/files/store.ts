import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { and, eq, sql } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import { type Database, rows } from '../../db/client.js'
import { fileChunks, fileContents } from '../../db/schema/index.js'

/** What the store knows of some content: its hash (the key) and its length in bytes. */
export interface StoredContent {
  sha256: string
  size: number
}

/** Bytes `start` to `end`, both inclusive (as in an HTTP Range). */
export interface ByteRange {
  start: number
  end: number
}

/**
 * Where file bytes live, keyed by their sha256, so identical content is stored once however many
 * files name it. PostgreSQL is the default (one backup holds everything and every replica sees
 * every file); an S3-compatible store would implement this same interface (put as a multipart
 * upload under a temporary key, then copy to the hash; open with a ranged GET) and be passed to
 * the files plugin instead.
 */
export interface FileStore {
  /**
   * Streams `source` in, hashing as it goes. Content already stored is not stored twice. When the
   * source fails (too large, the client went away), nothing is kept and the error is rethrown.
   * `inspect` sees every chunk on its way in and may throw to stop the upload.
   */
  put(source: AsyncIterable<Uint8Array>, inspect?: (chunk: Buffer) => void | Promise<void>): Promise<StoredContent>
  /** The content as a stream (or one byte range of it); null when the store does not hold it. */
  open(sha256: string, range?: ByteRange): Promise<Readable | null>
  has(sha256: string): Promise<boolean>
  /** Removes the content; the caller has made sure no file names it any more. */
  delete(sha256: string): Promise<void>
}

/** Small enough that a read or write holds little memory, large enough that a 25 MB file is 100 rows. */
export const CHUNK_SIZE = 256 * 1024

/** Hands out the source's bytes in chunks of exactly `size` bytes (the last one shorter). */
async function* rechunk(source: AsyncIterable<Uint8Array>, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = []
  let length = 0
  for await (const piece of source) {
    let data = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength)
    while (length + data.length >= size) {
      const take = size - length
      pending.push(data.subarray(0, take))
      yield Buffer.concat(pending)
      data = data.subarray(take)
      pending = []
      length = 0
    }
    if (data.length > 0) {
      pending.push(data)
      length += data.length
    }
  }
  if (length > 0) yield Buffer.concat(pending)
}

const asBuffer = (data: Uint8Array) => (Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength))

/**
 * The PostgreSQL store: chunks of `bytea` written one statement at a time, outside any
 * transaction, so an upload never holds a connection (or PGlite's only one) for its whole length.
 * The content row that makes the chunks count is written last; chunks left by an upload that
 * stopped half way have none and are removed by the clean-up job.
 */
export function postgresFileStore(db: Database): FileStore {
  const findContent = async (sha256: string) => {
    const [found] = await db.select().from(fileContents).where(eq(fileContents.sha256, sha256))
    return found ?? null
  }
  const dropChunks = (chunksId: string) => db.delete(fileChunks).where(eq(fileChunks.chunksId, chunksId))

  return {
    async put(source, inspect) {
      const chunksId = uuidv7()
      const hash = createHash('sha256')
      let size = 0
      let seq = 0
      try {
        for await (const chunk of rechunk(source, CHUNK_SIZE)) {
          await inspect?.(chunk)
          hash.update(chunk)
          size += chunk.length
          await db.insert(fileChunks).values({ chunksId, seq: seq++, data: chunk })
        }
      } catch (error) {
        await dropChunks(chunksId)
        throw error
      }
      const sha256 = hash.digest('hex')
      // Nothing to keep for no bytes: the caller refuses an empty upload.
      if (size === 0) return { sha256, size }
      // Two uploads of the same bytes may finish together: the first row wins, the other's chunks go.
      const kept = await db
        .insert(fileContents)
        .values({ sha256, chunksId, size })
        .onConflictDoNothing({ target: fileContents.sha256 })
        .returning({ sha256: fileContents.sha256 })
      if (kept.length === 0) await dropChunks(chunksId)
      return { sha256, size }
    },

    async open(sha256, range) {
      const content = await findContent(sha256)
      if (!content) return null
      const start = range?.start ?? 0
      const end = Math.min(range?.end ?? content.size - 1, content.size - 1)
      const { chunksId } = content
      const first = Math.floor(start / CHUNK_SIZE)
      const last = Math.floor(end / CHUNK_SIZE)
      async function* chunks() {
        // One chunk per query: memory stays at one chunk whatever the file's size.
        for (let seq = first; seq <= last && end >= start; seq++) {
          const [row] = await db
            .select({ data: fileChunks.data })
            .from(fileChunks)
            .where(and(eq(fileChunks.chunksId, chunksId), eq(fileChunks.seq, seq)))
          if (!row) throw new Error(`file store: chunk ${seq} of ${sha256} is missing`)
          const data = asBuffer(row.data)
          const offset = seq * CHUNK_SIZE
          yield data.subarray(Math.max(0, start - offset), Math.min(data.length, end - offset + 1))
        }
      }
      return Readable.from(chunks(), { objectMode: false })
    },

    async has(sha256) {
      return (await findContent(sha256)) !== null
    },

    async delete(sha256) {
      const [removed] = await db.delete(fileContents).where(eq(fileContents.sha256, sha256)).returning({ chunksId: fileContents.chunksId })
      if (removed) await dropChunks(removed.chunksId)
    },
  }
}

/** Chunks of uploads that stopped half way (no content row names them), older than `minutes`. */
export async function removeAbandonedChunks(db: Database, minutes: number): Promise<number> {
  const removed = await rows<{ chunksId: string }>(
    db,
    sql`delete from file_chunks chunk
      where chunk.created_at < now() - make_interval(mins => ${minutes})
        and not exists (select 1 from file_contents content where content.chunks_id = chunk.chunks_id)
      returning chunk.chunks_id as "chunksId"`,
  )
  return removed.length
}
