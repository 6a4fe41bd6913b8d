import type { FileMeta, FileSummary } from '@learnonce/contracts'
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm'
import type { Executor } from '../../db/client.js'
import { type FileOwnerType, fileAttachments, files } from '../../db/schema/index.js'
import type { Actor } from '../../plugins/auth.js'
import { notFound, Problem } from '../../problem.js'
import { recordAudit } from '../audit/service.js'
import { visibleTo } from '../content/policy.js'
import { communityVisibleTo } from '../networks/community-policy.js'
import type { FileStore } from './store.js'

export type FileRecord = typeof files.$inferSelect

export const toFileMeta = (record: FileRecord): FileMeta => ({
  id: record.id,
  name: record.name,
  mediaType: record.mediaType,
  size: record.size,
  sha256: record.sha256,
  createdAt: record.createdAt.toISOString(),
  uploadedBy: record.uploadedBy,
})

const seesEverything = (actor: Actor) => actor.role === 'admin' || actor.role === 'curator'

/**
 * Whether the actor may see a file, as SQL over `ref` (the files table or its alias): curators and
 * admins see every file; anyone else a file they uploaded, or one attached to something they can
 * see — a content item (content/policy.ts visibleTo), an event (everyone signed in reads events),
 * a network's resource or news (community-policy.ts). Files attached to an import are their
 * uploader's and curators' only. One expression, so a list of files is still one query.
 */
export function fileVisibleTo(actor: Actor, ref = 'files'): SQL {
  if (seesEverything(actor)) return sql`true`
  const file = sql.raw(ref)
  const uploader = actor.kind === 'user' ? sql`${file}.uploaded_by = ${actor.id}::uuid or` : sql``
  return sql`(${uploader} exists (select 1 from file_attachments attachment
    where attachment.file_id = ${file}.id and (
      (attachment.owner_type = 'content' and exists (select 1 from content_items attached_item
        where attached_item.id = attachment.owner_id and ${visibleTo(actor, 'attached_item')}))
      or attachment.owner_type = 'event'
      or (attachment.owner_type in ('network_resource', 'network_update') and ${communityVisibleTo(actor, sql`attachment.network_id`)}))))`
}

/** One file the actor may see; any other is a 404, so nobody learns that a hidden file exists. */
export async function getFile(db: Executor, actor: Actor, id: string): Promise<FileRecord> {
  const [record] = await db
    .select()
    .from(files)
    .where(and(eq(files.id, id), fileVisibleTo(actor)))
  if (!record) throw notFound('File')
  return record
}

export async function saveFile(db: Executor, file: Omit<FileRecord, 'id' | 'createdAt'>): Promise<FileRecord> {
  const [saved] = await db.insert(files).values(file).returning()
  if (!saved) throw new Error('insert returned no row')
  await recordAudit(db, {
    action: 'file.uploaded',
    actorId: file.uploadedBy,
    subjectType: 'file',
    subjectId: saved.id,
    data: { name: saved.name, mediaType: saved.mediaType, size: saved.size },
  })
  return saved
}

/** Drops stored content that no file names (an upload refused after its bytes were stored). */
export async function forgetContentIfUnused(db: Executor, store: FileStore, sha256: string): Promise<void> {
  const [used] = await db.select({ id: files.id }).from(files).where(eq(files.sha256, sha256)).limit(1)
  if (!used) await store.delete(sha256)
}

/** What owns an attachment; network-owned things (resources, news) carry their network. */
export interface FileOwner {
  ownerType: FileOwnerType
  ownerId: string
  networkId?: string | null
}

/** Where in the request each file id came from, for the 422's pointer. */
export type FilePointer = (index: number) => string

const defaultPointer: FilePointer = (index) => `/fileIds/${index}`

/**
 * Checks that the actor may attach each file — its uploader, or a curator or admin — and that it
 * exists: otherwise a 422 naming the field it came from. Call inside the owner's write transaction.
 */
async function checkAttachable(tx: Executor, actor: Actor, fileIds: readonly string[], pointer: FilePointer): Promise<void> {
  if (fileIds.length === 0) return
  const found = await tx
    .select({ id: files.id, uploadedBy: files.uploadedBy })
    .from(files)
    .where(inArray(files.id, [...new Set(fileIds)]))
  fileIds.forEach((fileId, index) => {
    const file = found.find((row) => row.id === fileId)
    if (!file) throw attachProblem(pointer(index), 'is not a known file; upload it with POST /v1/files first')
    if (!seesEverything(actor) && !(actor.kind === 'user' && file.uploadedBy === actor.id)) {
      throw attachProblem(pointer(index), 'was uploaded by someone else; only its uploader or a curator can attach it')
    }
  })
}

const attachProblem = (pointer: string, detail: string) =>
  new Problem(422, `${pointer.slice(1)} ${detail}.`, {
    type: 'file-not-attachable',
    title: 'A file cannot be attached',
    errors: [{ in: 'body', pointer, detail }],
  })

/** Attaches files to an owner (in the owner's write transaction); attaching one twice is a no-op. */
export async function attachFiles(
  tx: Executor,
  actor: Actor,
  owner: FileOwner,
  fileIds: readonly string[],
  pointer: FilePointer = defaultPointer,
): Promise<void> {
  await checkAttachable(tx, actor, fileIds, pointer)
  if (fileIds.length === 0) return
  await tx
    .insert(fileAttachments)
    .values(
      [...new Set(fileIds)].map((fileId) => ({
        fileId,
        ownerType: owner.ownerType,
        ownerId: owner.ownerId,
        networkId: owner.networkId ?? null,
      })),
    )
    .onConflictDoNothing()
}

/** Detaches the named files from an owner, or every file when `fileIds` is absent (the owner is deleted). */
export async function detachFiles(tx: Executor, owner: FileOwner, fileIds?: readonly string[]): Promise<void> {
  const ofOwner = and(eq(fileAttachments.ownerType, owner.ownerType), eq(fileAttachments.ownerId, owner.ownerId))
  if (fileIds === undefined) {
    await tx.delete(fileAttachments).where(ofOwner)
    return
  }
  if (fileIds.length > 0) await tx.delete(fileAttachments).where(and(ofOwner, inArray(fileAttachments.fileId, [...fileIds])))
}

/**
 * Makes an owner's attachments exactly `fileIds`. Files it already holds may stay whoever uploaded
 * them (a contributor can send back what a curator attached); only newly named ones are checked.
 */
export async function replaceAttachments(
  tx: Executor,
  actor: Actor,
  owner: FileOwner,
  fileIds: readonly string[],
  pointer: FilePointer = defaultPointer,
): Promise<void> {
  const held = await tx
    .select({ fileId: fileAttachments.fileId })
    .from(fileAttachments)
    .where(and(eq(fileAttachments.ownerType, owner.ownerType), eq(fileAttachments.ownerId, owner.ownerId)))
  const heldIds = new Set(held.map((row) => row.fileId))
  const wanted = new Set(fileIds)
  const added = fileIds.map((fileId, index) => ({ fileId, index })).filter(({ fileId }) => !heldIds.has(fileId))
  // Pointers keep their place in the request, though only the new files are checked.
  const checked = added.map(({ fileId }) => fileId)
  await checkAttachable(tx, actor, checked, (at) => pointer(added[at]?.index ?? at))
  await detachFiles(
    tx,
    owner,
    [...heldIds].filter((fileId) => !wanted.has(fileId)),
  )
  if (checked.length > 0) {
    await tx
      .insert(fileAttachments)
      .values(
        [...new Set(checked)].map((fileId) => ({
          fileId,
          ownerType: owner.ownerType,
          ownerId: owner.ownerId,
          networkId: owner.networkId ?? null,
        })),
      )
      .onConflictDoNothing()
  }
}

/** Name, type and size of each file, for items that link them; one query for any number. */
export async function fileSummaries(db: Executor, fileIds: readonly string[]): Promise<Map<string, FileSummary>> {
  if (fileIds.length === 0) return new Map()
  const found = await db
    .select({ id: files.id, name: files.name, mediaType: files.mediaType, size: files.size })
    .from(files)
    .where(inArray(files.id, [...new Set(fileIds)]))
  return new Map(found.map((row) => [row.id, row]))
}
