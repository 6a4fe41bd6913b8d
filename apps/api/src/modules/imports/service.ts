import { createHash, randomUUID } from 'node:crypto'
import type { Readable } from 'node:stream'
import type { Import, ImportListQuery, ImportReportRow, ImportWithReport } from '@learnonce/contracts'
import { and, asc, desc, eq, gt, inArray, lt, type SQL, sql } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import { type Database, type Executor, rows } from '../../db/client.js'
import { auditEvents, contentItems, contentSites, contentTransitions, files, importRows, imports } from '../../db/schema/index.js'
import { decodeCursor } from '../../pagination.js'
import { type Actor, userIdOf } from '../../plugins/auth.js'
import { conflict, forbidden, notFound, Problem } from '../../problem.js'
import { recordAudit } from '../audit/service.js'
import type { ContentKind } from '../content/kinds.js'
import { refreshRegions } from '../content/regions.js'
import { attachFiles, type FileRecord, forgetContentIfUnused, getFile, saveFile } from '../files/service.js'
import type { FileStore } from '../files/store.js'
import { recordFindingsOfNewItems } from '../governance/service.js'
import { dryRun } from './dry-run.js'
import { importKindOf, kindsByName, resolveMapping } from './mapping.js'
import { readSheet } from './read-rows.js'

/** Rows created per transaction: a batch lands whole or not at all, and the cursor moves with it. */
export const batchSize = 500
/** Up to this many valid rows, a commit runs within the request; more runs as a job. */
export const inlineCommitRows = 1_000
/** How long a replica's claim on a running import holds without a heartbeat. */
export const leaseSeconds = 30
const reportLimit = 1_000

type ImportRecord = typeof imports.$inferSelect

const seesEverything = (actor: Actor) => actor.role === 'admin' || actor.role === 'curator'
/** Curators and admins see every import; a contributor the imports they made. */
const canSee = (actor: Actor, record: ImportRecord) => seesEverything(actor) || record.createdById === actor.id

function toImport(record: ImportRecord, alreadyImportedAs: string | null): Import {
  return {
    id: record.id,
    fileId: record.fileId,
    kind: importKindOf(kindOfType(record.type)),
    status: record.status,
    fileName: record.fileName,
    mediaType: record.mediaType,
    size: record.size,
    sha256: record.sha256,
    headers: record.headers,
    mapping: record.mapping,
    targetState: record.targetState,
    rowsTotal: record.rowsTotal,
    rowsValid: record.rowsValid,
    rowsDone: record.rowsDone,
    error: record.error,
    createdById: record.createdById,
    committedById: record.committedById,
    committedAt: record.committedAt?.toISOString() ?? null,
    alreadyImportedAs,
    version: record.version,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  }
}

const kindOfType = (type: string): ContentKind => Object.values(kindsByName).find((kind) => kind.type === type) ?? kindsByName.lessons

const withReport = (record: ImportRecord, alreadyImportedAs: string | null): ImportWithReport => ({
  ...toImport(record, alreadyImportedAs),
  report: { rows: record.report as ImportReportRow[], truncated: record.reportTruncated },
})

/** The earlier import of the same file, kind and mapping that was committed (or is being), if any. */
async function earlierImport(db: Executor, record: ImportRecord): Promise<string | null> {
  const [found] = await db
    .select({ id: imports.id })
    .from(imports)
    .where(
      and(
        eq(imports.fingerprint, record.fingerprint),
        inArray(imports.status, ['queued', 'running', 'committed']),
        sql`${imports.id} <> ${record.id}`,
      ),
    )
  return found?.id ?? null
}

export interface ImportUpload {
  kind: keyof typeof kindsByName
  /** The file: a body to keep in the file store first, or a file already uploaded. */
  source: { body: Readable; fileName: string } | { fileId: string }
  targetState: 'draft' | 'submitted'
  mapping: string | undefined
  siteId: string | undefined
}

/**
 * Reads the file, runs the dry run and keeps what it found: the report, and the valid rows as the
 * bodies the commit will create. Nothing is created yet.
 */
export async function createImport(
  db: Database,
  store: FileStore,
  maxBytes: number,
  actor: Actor,
  upload: ImportUpload,
): Promise<ImportWithReport> {
  const kind = kindsByName[upload.kind]
  const file = await storedFile(db, store, maxBytes, actor, upload.source)
  const content = await store.open(file.sha256)
  if (!content) throw new Error(`the file store does not hold ${file.sha256}`)
  const sheet = await readSheet(content, maxBytes).catch(async (error: unknown) => {
    // A body that is no spreadsheet is not kept; a file uploaded before stays as it was.
    if (!('fileId' in upload.source)) {
      await db.delete(files).where(eq(files.id, file.id))
      await forgetContentIfUnused(db, store, file.sha256)
    }
    throw error
  })
  if (sheet.sha256 !== file.sha256) throw new Error('the stored file changed while it was read')
  if (file.mediaType !== sheet.mediaType) await db.update(files).set({ mediaType: sheet.mediaType }).where(eq(files.id, file.id))
  const mapping = resolveMapping(kind, sheet.headers, upload.mapping)
  const { report, valid } = await dryRun(db, actor, kind, sheet.rows, mapping, upload.siteId)
  const canonicalMapping = Object.fromEntries(Object.entries(mapping).sort(([a], [b]) => a.localeCompare(b)))
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([sheet.sha256, kind.type, canonicalMapping]))
    .digest('hex')
  // Rows with something to say first, then the rest, so a long file's report still shows every problem it can.
  const noteworthy = report.filter((entry) => entry.errors.length > 0 || entry.duplicates.length > 0)
  const plain = report.filter((entry) => entry.errors.length === 0 && entry.duplicates.length === 0)
  const shown = [...noteworthy, ...plain].slice(0, reportLimit).sort((a, b) => a.row - b.row)
  const record = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(imports)
      .values({
        type: kind.type,
        fileId: file.id,
        fileName: file.name,
        mediaType: sheet.mediaType,
        size: sheet.size,
        sha256: sheet.sha256,
        fingerprint,
        mapping,
        headers: sheet.headers,
        targetState: upload.targetState,
        report: shown,
        reportTruncated: report.length > shown.length,
        rowsTotal: sheet.rows.length,
        rowsValid: valid.length,
        createdById: userIdOf(actor),
      })
      .returning()
    if (!created) throw new Error('insert returned no row')
    await attachFiles(tx, actor, { ownerType: 'import', ownerId: created.id }, [file.id], () => '/fileId')
    for (let start = 0; start < valid.length; start += 1_000) {
      await tx
        .insert(importRows)
        .values(valid.slice(start, start + 1_000).map((entry) => ({ importId: created.id, rowNumber: entry.row, body: entry.body })))
    }
    await recordAudit(tx, {
      action: 'import.created',
      actorId: actor.id,
      subjectType: 'import',
      subjectId: created.id,
      data: { fileId: file.id, fileName: file.name, sha256: sheet.sha256, kind: upload.kind, rows: sheet.rows.length, valid: valid.length },
    })
    return created
  })
  return withReport(record, await earlierImport(db, record))
}

/**
 * The file an import reads: one uploaded before (the caller must be able to see it), or the body,
 * kept in the file store first (size-limited like any upload) so the record names the very bytes.
 */
async function storedFile(
  db: Database,
  store: FileStore,
  maxBytes: number,
  actor: Actor,
  source: ImportUpload['source'],
): Promise<FileRecord> {
  if ('fileId' in source) {
    const found = await getFile(db, actor, source.fileId)
    if (!spreadsheetTypes.includes(found.mediaType)) {
      throw new Problem(415, `An import reads a CSV or XLSX file; this file is ${found.mediaType}.`)
    }
    return found
  }
  const body = source.body
  let size = 0
  const stored = await store.put(
    (async function* () {
      for await (const chunk of body) {
        size += (chunk as Buffer).length
        if (size > maxBytes) throw new Problem(413, `Files may be at most ${Math.floor(maxBytes / (1024 * 1024))} MB (MAX_UPLOAD_MB).`)
        yield chunk as Buffer
      }
    })(),
  )
  if (stored.size === 0) throw new Problem(422, 'This file is empty; choose a file with something in it.')
  return saveFile(db, {
    name: source.fileName,
    mediaType: 'text/csv',
    size: stored.size,
    sha256: stored.sha256,
    uploadedBy: userIdOf(actor),
  })
}

const spreadsheetTypes = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']

async function findImport(db: Executor, actor: Actor, id: string): Promise<ImportRecord> {
  const [record] = await db.select().from(imports).where(eq(imports.id, id))
  if (!record || !canSee(actor, record)) throw notFound('This import')
  return record
}

export async function getImport(db: Executor, actor: Actor, id: string): Promise<ImportWithReport> {
  const record = await findImport(db, actor, id)
  return withReport(record, await earlierImport(db, record))
}

/** Newest first; `limit + 1` so the caller can tell whether there is more. Contributors see their own. */
export async function listImports(db: Executor, actor: Actor, query: ImportListQuery, limit: number): Promise<Import[]> {
  const cursor = decodeCursor(query.cursor, ['uuid'])
  const filters: (SQL | undefined)[] = [
    seesEverything(actor) ? undefined : eq(imports.createdById, actor.id),
    cursor ? lt(imports.id, String(cursor[0])) : undefined,
  ]
  const found = await db
    .select()
    .from(imports)
    .where(and(...filters))
    .orderBy(desc(imports.id))
    .limit(limit + 1)
  return found.map((record) => toImport(record, null))
}

/**
 * Starts the commit: idempotent for the same import (a second call answers with it as it is), and
 * refused (409) when the same file was already imported with the same kind and mapping. Small
 * imports are created now; larger ones are queued for the import job.
 */
export async function commitImport(
  db: Database,
  actor: Actor,
  id: string,
  owner: string,
): Promise<{ record: ImportWithReport; queued: boolean }> {
  const record = await findImport(db, actor, id)
  if (!seesEverything(actor) && record.createdById !== actor.id)
    throw forbidden('Only the person who uploaded an import, or a curator, can commit it.')
  if (record.status === 'ready' || record.status === 'failed') {
    const earlier = await earlierImport(db, record)
    if (earlier)
      throw conflict(`This file was already imported with the same kind and mapping (import ${earlier}); nothing new would be created.`)
    if (record.rowsValid === 0)
      throw conflict('No row of this file is valid, so there is nothing to create; fix the file and upload it again.')
    // The unique index on the fingerprint decides a race between two commits of the same file.
    await db
      .update(imports)
      .set({ status: 'queued', committedById: userIdOf(actor), error: null, version: sql`${imports.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(imports.id, id), inArray(imports.status, ['ready', 'failed'])))
    if (record.rowsValid <= inlineCommitRows) {
      const claimed = await claimImport(db, owner, id)
      if (claimed) await runImport(db, claimed, owner, () => false)
    }
  }
  const current = await findImport(db, actor, id)
  return {
    record: withReport(current, await earlierImport(db, current)),
    queued: current.status === 'queued' || current.status === 'running',
  }
}

/**
 * Claims one import waiting to be committed (or whose claim has lapsed: its replica stopped),
 * with FOR UPDATE SKIP LOCKED so two replicas never take the same one.
 */
export async function claimImport(db: Database, owner: string, id?: string): Promise<ImportRecord | null> {
  const found = await rows<{ id: string }>(
    db,
    sql`update imports set status = 'running', lease_owner = ${owner}, lease_until = now() + make_interval(secs => ${leaseSeconds})
      where id = (
        select id from imports
        where status in ('queued', 'running') and (lease_until is null or lease_until < now())
          ${id ? sql`and id = ${id}` : sql``}
        order by created_at
        for update skip locked
        limit 1
      )
      returning id`,
  )
  const claimed = found[0]
  if (!claimed) return null
  const [record] = await db.select().from(imports).where(eq(imports.id, claimed.id))
  return record ?? null
}

/**
 * Creates the claimed import's rows from its cursor on, one transaction per batch: the items, their
 * sites and regions, their history when submitted, an audit event each, the row → item link, and
 * the cursor — together, so a batch is never created twice. Each batch renews the claim, and stops
 * when the claim was lost (another replica took over after a lapse) or `stopping()` says so.
 */
export async function runImport(db: Database, claimed: ImportRecord, owner: string, stopping: () => boolean): Promise<void> {
  const kind = kindOfType(claimed.type)
  const authorId = claimed.committedById
  try {
    for (;;) {
      if (stopping()) return
      const finished = await db.transaction(async (tx) => {
        const [current] = await tx.select().from(imports).where(eq(imports.id, claimed.id)).for('update')
        if (!current || current.leaseOwner !== owner || current.status !== 'running') return true
        const batch = await tx
          .select({ rowNumber: importRows.rowNumber, body: importRows.body })
          .from(importRows)
          .where(and(eq(importRows.importId, current.id), gt(importRows.rowNumber, current.cursor)))
          .orderBy(asc(importRows.rowNumber))
          .limit(batchSize)
        if (batch.length === 0) {
          await tx
            .update(imports)
            .set({
              status: 'committed',
              committedAt: sql`now()`,
              leaseOwner: null,
              leaseUntil: null,
              version: sql`${imports.version} + 1`,
              updatedAt: sql`now()`,
            })
            .where(eq(imports.id, current.id))
          await recordAudit(tx, {
            action: 'import.committed',
            actorId: authorId,
            subjectType: 'import',
            subjectId: current.id,
            data: { fileName: current.fileName, sha256: current.sha256, created: current.rowsDone },
          })
          return true
        }
        await createBatch(tx, kind, current, batch)
        const last = batch[batch.length - 1]?.rowNumber ?? current.cursor
        await tx
          .update(imports)
          .set({
            cursor: last,
            rowsDone: sql`${imports.rowsDone} + ${batch.length}`,
            leaseUntil: sql`now() + make_interval(secs => ${leaseSeconds})`,
            updatedAt: sql`now()`,
          })
          .where(eq(imports.id, current.id))
        return false
      })
      if (finished) return
    }
  } catch (error) {
    await db
      .update(imports)
      .set({ status: 'failed', error: error instanceof Error ? error.message : String(error), leaseOwner: null, leaseUntil: null })
      .where(and(eq(imports.id, claimed.id), eq(imports.leaseOwner, owner)))
    throw error
  }
}

/** Gives a claim back (a replica shutting down), so another replica resumes from the cursor at once. */
export async function releaseImport(db: Database, id: string, owner: string): Promise<void> {
  await db
    .update(imports)
    .set({ leaseUntil: null, leaseOwner: null })
    .where(and(eq(imports.id, id), eq(imports.leaseOwner, owner), eq(imports.status, 'running')))
}

async function createBatch(
  tx: Executor,
  kind: ContentKind,
  current: ImportRecord,
  batch: { rowNumber: number; body: Record<string, unknown> }[],
): Promise<void> {
  const submitted = current.targetState === 'submitted'
  const authorId = current.committedById
  const planned = batch.map((entry) => ({ id: uuidv7(), row: entry.rowNumber, write: kind.toWrite(entry.body) }))
  await tx.insert(contentItems).values(
    planned.map(({ id, write }) => ({
      ...kind.defaults,
      ...write.columns,
      id,
      type: kind.type,
      title: write.columns.title ?? '',
      summary: write.columns.summary ?? '',
      authorId,
      status: submitted ? ('submitted' as const) : ('draft' as const),
      ...(submitted ? { submittedAt: sql`now()`, submittedById: authorId } : {}),
    })),
  )
  // The personal data check runs on what arrives by import as on anything else (findings on create and submit).
  await recordFindingsOfNewItems(
    tx,
    planned.map(({ id, write }) => ({
      id,
      text: {
        type: kind.type,
        title: write.columns.title ?? '',
        summary: write.columns.summary ?? '',
        context: write.columns.context ?? null,
        wentWell: write.columns.wentWell ?? null,
        didNotGoWell: write.columns.didNotGoWell ?? null,
        doDifferently: write.columns.doDifferently ?? null,
        body: write.columns.body ?? null,
        outcomes: write.columns.outcomes ?? null,
        description: write.columns.description ?? null,
        howToAdopt: write.columns.howToAdopt ?? null,
        links: write.columns.links ?? [],
      },
    })),
  )
  const placed = planned.flatMap(({ id, write }) => (write.siteIds ?? []).map((siteId, position) => ({ itemId: id, siteId, position })))
  if (placed.length > 0) await tx.insert(contentSites).values(placed)
  const ids = planned.map((entry) => entry.id)
  await refreshRegions(
    tx,
    sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    ),
  )
  if (submitted) {
    await tx.insert(contentTransitions).values(
      ids.map((itemId) => ({
        itemId,
        action: 'submit' as const,
        fromStatus: 'draft' as const,
        toStatus: 'submitted' as const,
        actorId: authorId,
      })),
    )
  }
  await tx.insert(auditEvents).values(
    planned.flatMap(({ id, row, write }) => [
      {
        action: `${kind.type}.created`,
        actorId: authorId,
        subjectType: kind.type,
        subjectId: id,
        data: { title: write.columns.title, siteIds: write.siteIds ?? [], importId: current.id, row },
      },
      ...(submitted
        ? [
            {
              action: `${kind.type}.submitted`,
              actorId: authorId,
              subjectType: kind.type,
              subjectId: id,
              data: { from: 'draft', to: 'submitted', importId: current.id },
            },
          ]
        : []),
    ]),
  )
  await tx.execute(sql`update import_rows set item_id = created.item_id
    from json_to_recordset(${JSON.stringify(planned.map((entry) => ({ row_number: entry.row, item_id: entry.id })))}::json)
      as created(row_number int, item_id uuid)
    where import_rows.import_id = ${current.id} and import_rows.row_number = created.row_number`)
}

/** A name for this process's claims, so a lease says which replica holds it. */
export const newOwner = () => `${process.pid}-${randomUUID()}`
