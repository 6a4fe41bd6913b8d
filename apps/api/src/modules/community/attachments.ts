import { and, eq, inArray } from 'drizzle-orm'
import type { Executor } from '../../db/client.js'
import type { FileOwnerType } from '../../db/schema/files.js'
import { fileAttachments, files } from '../../db/schema/index.js'
import type { Actor } from '../../plugins/auth.js'
import { invalidField } from '../../problem.js'

/**
 * The community's own attach step, until the files module publishes its shared one: every file
 * exists, and the actor uploaded it or curates (a person cannot attach someone else's private upload
 * to make it readable). A 400 names the first that fails.
 */
export async function checkFiles(
  db: Executor,
  actor: Actor,
  fileIds: readonly string[],
  pointer: (index: number) => string,
): Promise<void> {
  if (fileIds.length === 0) return
  const found = await db
    .select({ id: files.id, uploadedBy: files.uploadedBy })
    .from(files)
    .where(inArray(files.id, [...fileIds]))
  const curates = actor.role === 'admin' || actor.role === 'curator'
  fileIds.forEach((fileId, index) => {
    const file = found.find((row) => row.id === fileId)
    if (!file) throw invalidField(pointer(index), 'is not a known file; upload it first (POST /v1/files)')
    if (!curates && file.uploadedBy !== actor.id) throw invalidField(pointer(index), 'is a file someone else uploaded')
  })
}

interface Owner {
  ownerType: Extract<FileOwnerType, 'network_resource' | 'network_update'>
  ownerId: string
  networkId: string
}

/** Makes `fileIds` the owner's attachments, replacing what it had; call inside the owner's write transaction. */
export async function replaceAttachments(tx: Executor, owner: Owner, fileIds: readonly string[]): Promise<void> {
  await tx.delete(fileAttachments).where(and(eq(fileAttachments.ownerType, owner.ownerType), eq(fileAttachments.ownerId, owner.ownerId)))
  if (fileIds.length === 0) return
  await tx.insert(fileAttachments).values(fileIds.map((fileId) => ({ fileId, ...owner })))
}
