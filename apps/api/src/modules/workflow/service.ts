import { type Transition, type WorkflowAction, type WorkflowActionBody, workflow } from '@learnonce/contracts'
import { and, asc, eq, sql } from 'drizzle-orm'
import type { Database, Executor, Transaction } from '../../db/client.js'
import { contentItems, contentTransitions, users } from '../../db/schema/index.js'
import { type Actor, userIdOf } from '../../plugins/auth.js'
import { checkPrecondition, type Precondition } from '../../plugins/etag.js'
import { invalidField, Problem } from '../../problem.js'
import { recordAudit } from '../audit/service.js'
import { type ContentKind, kindOf } from '../content/kinds.js'
import { visibleTo } from '../content/policy.js'
import type { ContentRecord } from '../content/records.js'
import { getContent } from '../content/service.js'
import { guardTransition } from '../governance/service.js'
import { reviewPeriodSql } from '../review/periods.js'
import { recordContentChange } from '../sync/record-change.js'
import { decideTransition } from './policy.js'

const nameOf = async (db: Executor, userId: string | null): Promise<string | null> => {
  if (userId === null) return null
  const [user] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId))
  return user?.name ?? null
}

/**
 * Takes one workflow action on an item, in one transaction: the row is locked first, so two
 * curators claiming at the same instant are decided one after the other and the second sees the
 * first's claim (a 409 naming them). The item, its history row and its audit event land together.
 */
export async function transition(
  db: Database,
  actor: Actor,
  kind: ContentKind,
  id: string,
  action: WorkflowAction,
  body: WorkflowActionBody,
  expected: Precondition,
): Promise<ContentRecord> {
  const outcome = await db.transaction(async (tx) => {
    await tx.execute(sql`select id from content_items where id = ${id} and type = ${kind.type} for update`)
    const current = await getContent(tx, actor, kind, id)
    decideTransition(actor, current, action, kind.noun, await nameOf(tx, current.assigneeId))
    checkPrecondition(expected, kind.noun, current.version)
    // Open information-governance findings refuse publishing; the findings themselves are kept.
    const refusal = await guardTransition(tx, actor, current, action)
    if (refusal) return refusal
    await applyTransition(tx, actor, current, action, body)
    return getContent(tx, actor, kind, id)
  })
  if (outcome instanceof Problem) throw outcome
  return outcome
}

/** The columns each action writes besides the status; an item has an assignee only while in review. */
function columnsFor(actor: Actor, item: ContentRecord, action: WorkflowAction, body: WorkflowActionBody) {
  const note = body.note ?? null
  switch (action) {
    case 'submit':
      // Each submission joins the back of the queue; the last decision note stays for the contributor to read.
      return { submittedAt: sql`now()`, submittedById: userIdOf(actor), assigneeId: null }
    case 'claim':
      return { assigneeId: actor.id }
    case 'release':
      return { assigneeId: null }
    case 'request-changes':
    case 'reject':
      return { assigneeId: null, decisionNote: note }
    case 'publish':
      // Set once: a restore (or a later re-publication) keeps the first publication date.
      return {
        assigneeId: null,
        decisionNote: note,
        publishedAt: sql`coalesce(${contentItems.publishedAt}, now())`,
        // Due for review one period after publishing, unless a curator has already chosen the date.
        reviewBy: sql`coalesce(${contentItems.reviewBy}, now() + ${reviewPeriodSql(item.type)})`,
        reviewDueNotifiedAt: null,
      }
    case 'mark-duplicate':
      return { assigneeId: null, decisionNote: note, duplicateOfId: body.duplicateOfId ?? null }
    case 'archive':
      return {}
    case 'restore':
      return { reviewBy: sql`coalesce(${contentItems.reviewBy}, now() + ${reviewPeriodSql(item.type)})` }
    case 'reaffirm':
      // A new review period: the date given, or the type's period from now; announced again when it comes due.
      return {
        reviewBy: body.reviewBy !== undefined ? new Date(body.reviewBy) : sql`now() + ${reviewPeriodSql(item.type)}`,
        reviewDueNotifiedAt: null,
      }
  }
}

/**
 * Writes an already-decided transition inside the caller's transaction (the item row must be
 * locked by it): the item, its history and the audit event.
 */
export async function applyTransition(
  tx: Transaction,
  actor: Actor,
  item: ContentRecord,
  action: WorkflowAction,
  body: WorkflowActionBody,
): Promise<void> {
  const rule = workflow[action]
  if (action === 'mark-duplicate') await checkDuplicateOf(tx, actor, item, body.duplicateOfId)
  if (action === 'reaffirm' && body.reviewBy !== undefined && Date.parse(body.reviewBy) <= Date.now()) {
    throw invalidField('/reviewBy', 'must be in the future: it is when the item is next due for review')
  }
  const note = body.note ?? null
  const [written] = await tx
    .update(contentItems)
    .set({ ...columnsFor(actor, item, action, body), status: rule.to, version: sql`${contentItems.version} + 1`, updatedAt: sql`now()` })
    .where(eq(contentItems.id, item.id))
    .returning({ reviewBy: contentItems.reviewBy })
  await recordContentChange(tx, { type: item.type, id: item.id, from: item.status, to: rule.to })
  await tx
    .insert(contentTransitions)
    .values({ itemId: item.id, action, fromStatus: item.status, toStatus: rule.to, actorId: userIdOf(actor), note })
  await recordAudit(tx, {
    action: `${item.type}.${rule.done}`,
    actorId: actor.id,
    subjectType: item.type,
    subjectId: item.id,
    data: {
      from: item.status,
      to: rule.to,
      ...(note !== null ? { note } : {}),
      ...(body.duplicateOfId ? { duplicateOfId: body.duplicateOfId } : {}),
      ...(action === 'reaffirm' || action === 'publish' ? { reviewBy: written?.reviewBy?.toISOString() ?? null } : {}),
    },
  })
}

/** The original must be another visible item of the same kind that is not itself a duplicate of this one. */
async function checkDuplicateOf(tx: Executor, actor: Actor, item: ContentRecord, duplicateOfId: string | undefined): Promise<void> {
  const noun = kindOf(item.type).noun
  if (duplicateOfId === undefined) throw invalidField('/duplicateOfId', `is required: name the ${noun} this one duplicates`)
  if (duplicateOfId === item.id) throw invalidField('/duplicateOfId', `cannot be the ${noun} itself`)
  const [original] = await tx
    .select({ type: contentItems.type, duplicateOfId: contentItems.duplicateOfId })
    .from(contentItems)
    .where(and(eq(contentItems.id, duplicateOfId), visibleTo(actor)))
  if (!original || original.type !== item.type) throw invalidField('/duplicateOfId', `is not a known ${noun}`)
  if (original.duplicateOfId === item.id) {
    throw invalidField('/duplicateOfId', `is itself marked as a duplicate of this ${noun}, so this one cannot duplicate it`)
  }
}

/** Every transition of an item the actor can see, oldest first, with who made it. */
export async function listHistory(db: Executor, actor: Actor, kind: ContentKind, id: string): Promise<Transition[]> {
  await getContent(db, actor, kind, id)
  const found = await db
    .select({
      id: contentTransitions.id,
      action: contentTransitions.action,
      fromStatus: contentTransitions.fromStatus,
      toStatus: contentTransitions.toStatus,
      actorId: contentTransitions.actorId,
      actorName: users.name,
      note: contentTransitions.note,
      createdAt: contentTransitions.createdAt,
    })
    .from(contentTransitions)
    .leftJoin(users, eq(users.id, contentTransitions.actorId))
    .where(eq(contentTransitions.itemId, id))
    .orderBy(asc(contentTransitions.id))
  return found.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }))
}
