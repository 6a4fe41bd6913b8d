import { createHash } from 'node:crypto'
import {
  type Finding,
  type FindingKind,
  type FindingResolutionBody,
  findingKindLabels,
  type ProblemFieldError,
  type WorkflowAction,
  workflow,
} from '@learnonce/contracts'
import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { Executor, Transaction } from '../../db/client.js'
import { contentFindings, contentItems, contentTransitions, users } from '../../db/schema/index.js'
import { type Actor, userIdOf } from '../../plugins/auth.js'
import { checkPrecondition, type Precondition } from '../../plugins/etag.js'
import { conflict, forbidden, invalidField, notFound, Problem } from '../../problem.js'
import { recordAudit } from '../audit/service.js'
import type { ContentKind } from '../content/kinds.js'
import type { ContentRecord } from '../content/records.js'
import { getContent } from '../content/service.js'
import { type Detection, detect, maskedPreview } from './detectors.js'
import { type ScannedText, scannedFields } from './fields.js'
import { canReadFindings, canResolveFindings } from './policy.js'

/** The same value written differently ("943 476 5919", "9434765919") is the same value. */
function normalised(kind: FindingKind, value: string): string {
  switch (kind) {
    case 'nhs_number':
      return value.replace(/\D/g, '')
    case 'phone': {
      const digits = value.replace(/\D/g, '')
      return value.startsWith('+') ? `0${digits.slice(2).replace(/^0/, '')}` : digits
    }
    case 'postcode':
      return value.replace(/\s/g, '').toUpperCase()
    default:
      return value.replace(/\s+/g, ' ').toLowerCase()
  }
}

/**
 * Tells the same value at the same place apart from a new one without keeping the value: salted
 * with the item, so equal values in two items do not share a fingerprint. The value is in the
 * item's text while the finding is open; the fingerprint keeps it out of the findings table after.
 */
export const fingerprintOf = (itemId: string, kind: FindingKind, value: string) =>
  createHash('sha256')
    .update(`${itemId}\n${kind}\n${normalised(kind, value)}`)
    .digest('base64url')

interface Located extends Detection {
  field: string
  fingerprint: string
}

const textColumns = {
  type: contentItems.type,
  title: contentItems.title,
  summary: contentItems.summary,
  context: contentItems.context,
  wentWell: contentItems.wentWell,
  didNotGoWell: contentItems.didNotGoWell,
  doDifferently: contentItems.doDifferently,
  body: contentItems.body,
  outcomes: contentItems.outcomes,
  description: contentItems.description,
  howToAdopt: contentItems.howToAdopt,
  links: contentItems.links,
}

/** Everything the detectors find in the item's text now, each with its field and fingerprint. */
async function scan(db: Executor, itemId: string): Promise<Located[]> {
  const [item] = await db.select(textColumns).from(contentItems).where(eq(contentItems.id, itemId))
  if (!item) return []
  return scannedFields(item satisfies ScannedText).flatMap(({ pointer, text }) =>
    detect(text).map((found) => ({ ...found, field: pointer, fingerprint: fingerprintOf(itemId, found.kind, found.value) })),
  )
}

/**
 * Findings for items created just now in bulk (an import's batch), from the text as written: the
 * same detectors and fingerprints as `refreshFindings`, for many items in one insert. New items have
 * no findings yet, so every value found opens one.
 */
export async function recordFindingsOfNewItems(tx: Executor, items: { id: string; text: ScannedText }[]): Promise<number> {
  const values = items.flatMap(({ id, text }) =>
    scannedFields(text).flatMap(({ pointer, text: fieldText }) =>
      detect(fieldText).map((found) => ({
        itemId: id,
        field: pointer,
        kind: found.kind,
        start: found.start,
        end: found.end,
        fingerprint: fingerprintOf(id, found.kind, found.value),
        preview: maskedPreview(found.kind, found.value),
      })),
    ),
  )
  if (values.length > 0) await tx.insert(contentFindings).values(values)
  return values.length
}

const sameSpot = (row: { field: string; kind: FindingKind; fingerprint: string }, found: Located) =>
  row.field === found.field && row.kind === found.kind && row.fingerprint === found.fingerprint

/**
 * Brings an item's findings in line with its text, in the caller's transaction: a value still there
 * keeps its finding (an open one stays open, a `not_personal` one stays resolved) with its range
 * moved to where it is now; a new value opens a finding; a value that left the text makes its
 * finding `fixed` (by `editorId`). Run on create, on every edit and on submit; publishing runs it again.
 * Answers the findings open afterwards.
 */
export async function refreshFindings(
  tx: Executor,
  itemId: string,
  editorId: string | null,
): Promise<(typeof contentFindings.$inferSelect)[]> {
  const found = await scan(tx, itemId)
  const current = await tx
    .select()
    .from(contentFindings)
    .where(and(eq(contentFindings.itemId, itemId), inArray(contentFindings.status, ['open', 'not_personal'])))
    .orderBy(asc(contentFindings.field), asc(contentFindings.start))
  const unmatched = [...current]
  const added: Located[] = []
  for (const value of found) {
    const index = unmatched.findIndex((row) => sameSpot(row, value))
    const row = index >= 0 ? unmatched.splice(index, 1)[0] : undefined
    if (!row) {
      added.push(value)
      continue
    }
    if (row.start !== value.start || row.end !== value.end) {
      await tx
        .update(contentFindings)
        .set({ start: value.start, end: value.end, version: sql`${contentFindings.version} + 1`, updatedAt: sql`now()` })
        .where(eq(contentFindings.id, row.id))
    }
  }
  if (unmatched.length > 0) {
    // Gone from the text: fixed by whoever made the edit. A not-personal judgement keeps its note.
    await tx
      .update(contentFindings)
      .set({
        status: 'fixed',
        note: sql`coalesce(${contentFindings.note}, 'No longer in the text after an edit.')`,
        resolvedById: editorId,
        resolvedAt: sql`now()`,
        version: sql`${contentFindings.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(
        inArray(
          contentFindings.id,
          unmatched.map((row) => row.id),
        ),
      )
  }
  if (added.length > 0) {
    await tx.insert(contentFindings).values(
      added.map((value) => ({
        itemId,
        field: value.field,
        kind: value.kind,
        start: value.start,
        end: value.end,
        fingerprint: value.fingerprint,
        preview: maskedPreview(value.kind, value.value),
      })),
    )
  }
  return tx
    .select()
    .from(contentFindings)
    .where(and(eq(contentFindings.itemId, itemId), eq(contentFindings.status, 'open')))
    .orderBy(asc(contentFindings.field), asc(contentFindings.start))
}

/** "an NHS number in /wentWell at 12–24 (*** *** 4012)": how a problem and the history name a finding. */
const described = (finding: { kind: FindingKind; field: string; start: number; end: number; preview: string }) =>
  `${findingKindLabels[finding.kind]} in ${finding.field} at ${finding.start}–${finding.end} (${finding.preview})`

/** Whether the action would make the item published: those wait until every finding is resolved. */
const publishes = (action: WorkflowAction) => workflow[action].to === 'published'

/**
 * The information-governance guard of the workflow, called inside a transition's transaction with
 * the item locked: submitting and publishing re-read the text into findings; publishing (and
 * restoring, which publishes again) is refused while any finding is open. The refusal is returned,
 * not thrown, so the transaction commits the findings it found and the caller throws after it:
 * the curator who is refused can then read them.
 */
export async function guardTransition(tx: Transaction, actor: Actor, item: ContentRecord, action: WorkflowAction): Promise<Problem | null> {
  if (action !== 'submit' && !publishes(action)) return null
  const open = await refreshFindings(tx, item.id, userIdOf(actor))
  if (!publishes(action) || open.length === 0) return null
  const noun = item.type === 'case_study' ? 'case study' : item.type
  const errors: ProblemFieldError[] = open.map((finding) => ({
    in: 'body',
    pointer: finding.field,
    detail: `${described(finding)}: finding ${finding.id} is open`,
  }))
  return new Problem(
    409,
    `This ${noun} has ${open.length} open information-governance finding${open.length === 1 ? '' : 's'}: ` +
      'edit the text to remove each one, or resolve it as not personal with a note, before publishing.',
    { type: 'open-findings', title: 'Information-governance findings are open', errors },
  )
}

const findingColumns = {
  id: contentFindings.id,
  version: contentFindings.version,
  field: contentFindings.field,
  kind: contentFindings.kind,
  start: contentFindings.start,
  end: contentFindings.end,
  preview: contentFindings.preview,
  status: contentFindings.status,
  note: contentFindings.note,
  resolvedById: contentFindings.resolvedById,
  resolvedByName: users.name,
  resolvedAt: contentFindings.resolvedAt,
  createdAt: contentFindings.createdAt,
  updatedAt: contentFindings.updatedAt,
}
type FindingRow = {
  [K in keyof typeof findingColumns]: K extends 'resolvedByName'
    ? string | null
    : (typeof contentFindings.$inferSelect)[K & keyof typeof contentFindings.$inferSelect]
}

const toFinding = (row: FindingRow): Finding => ({
  ...row,
  resolvedAt: row.resolvedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})

/** The item whose findings are asked about: 404 for anyone who cannot see it, 403 for a reader who is not its contributor or a curator. */
async function openFindingsOf(db: Executor, actor: Actor, kind: ContentKind, itemId: string): Promise<ContentRecord> {
  const item = await getContent(db, actor, kind, itemId)
  if (!canReadFindings(actor, item)) {
    throw forbidden(`Only curators and contributors of this ${kind.noun}'s sites see its information-governance findings.`)
  }
  return item
}

/** Open findings first, then the resolved ones; each group in field order and then text order. */
export async function listFindings(db: Executor, actor: Actor, kind: ContentKind, itemId: string): Promise<Finding[]> {
  await openFindingsOf(db, actor, kind, itemId)
  const rows = await db
    .select(findingColumns)
    .from(contentFindings)
    .leftJoin(users, eq(users.id, contentFindings.resolvedById))
    .where(eq(contentFindings.itemId, itemId))
    .orderBy(sql`${contentFindings.status} = 'open' desc`, asc(contentFindings.field), asc(contentFindings.start), asc(contentFindings.id))
  return rows.map(toFinding)
}

/**
 * A curator's resolution of one open finding, in one transaction with the item locked: `fixed` only
 * when the value is no longer at its field (409 otherwise: edit first), `not_personal` only with a
 * note. The item's history and the audit log record it; the item's version stays (its text did not
 * change), so a curator's If-Match for publishing still holds.
 */
export async function resolveFinding(
  db: Executor,
  actor: Actor,
  kind: ContentKind,
  itemId: string,
  findingId: string,
  body: FindingResolutionBody,
  expected: Precondition,
): Promise<Finding> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select id from content_items where id = ${itemId} and type = ${kind.type} for update`)
    const item = await openFindingsOf(tx, actor, kind, itemId)
    if (!canResolveFindings(actor)) throw forbidden(`Only curators resolve the information-governance findings of a ${kind.noun}.`)
    checkPrecondition(expected, kind.noun, item.version)
    const [finding] = await tx
      .select()
      .from(contentFindings)
      .where(and(eq(contentFindings.id, findingId), eq(contentFindings.itemId, itemId)))
    if (!finding) throw notFound('Finding')
    if (finding.status !== 'open') {
      throw conflict(`This finding is already resolved as ${finding.status === 'fixed' ? 'fixed' : 'not personal'}.`)
    }
    const note = body.note?.trim() ?? null
    if (body.resolution === 'not_personal' && !note) {
      throw invalidField('/note', 'is required: say why this is not personal data')
    }
    if (body.resolution === 'fixed') {
      const found = await scan(tx, itemId)
      if (found.some((value) => sameSpot(finding, value))) {
        throw conflict(
          `The ${findingKindLabels[finding.kind]} is still in ${finding.field}: edit the ${kind.noun} to remove it first, ` +
            'or resolve the finding as not personal with a note.',
        )
      }
    }
    await tx
      .update(contentFindings)
      .set({
        status: body.resolution,
        note,
        resolvedById: userIdOf(actor),
        resolvedAt: sql`now()`,
        version: sql`${contentFindings.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(contentFindings.id, findingId))
    const said = `${described(finding)} resolved as ${body.resolution === 'fixed' ? 'fixed' : 'not personal'}${note ? `: ${note}` : ''}`
    await tx.insert(contentTransitions).values({
      itemId,
      action: 'resolve-finding',
      fromStatus: item.status,
      toStatus: item.status,
      actorId: userIdOf(actor),
      note: said,
    })
    await recordAudit(tx, {
      action: `${kind.type}.finding_resolved`,
      actorId: actor.id,
      subjectType: kind.type,
      subjectId: itemId,
      data: { findingId, kind: finding.kind, field: finding.field, resolution: body.resolution, ...(note ? { note } : {}) },
    })
    const [row] = await tx
      .select(findingColumns)
      .from(contentFindings)
      .leftJoin(users, eq(users.id, contentFindings.resolvedById))
      .where(eq(contentFindings.id, findingId))
    if (!row) throw new Error('resolved finding vanished')
    return toFinding(row)
  })
}
