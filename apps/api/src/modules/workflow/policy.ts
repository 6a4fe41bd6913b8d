import {
  actionsFrom,
  type ContentStatus,
  type WorkflowAction,
  type WorkflowRole,
  type WorkflowRule,
  workflow,
  workflowRolesOf,
} from '@learnonce/contracts'
import { type Actor, keyHasScope } from '../../plugins/auth.js'
import { conflict, forbidden } from '../../problem.js'

/** The part of an item the workflow looks at. */
export interface WorkflowSubject {
  status: ContentStatus
  siteIds: readonly string[]
  assigneeId: string | null
}

/**
 * A content:submit key stands in for a contributor of its one site, for submitting only: it holds
 * no other role, so every other action (and every curator action) is a 403 from the same table.
 */
const keyRole = (actor: Actor, action: WorkflowAction): WorkflowRole | null =>
  action === 'submit' && keyHasScope(actor, 'content:submit') ? 'siteContributor' : null

/** The roles the actor holds towards this item for this action, read from the workflow table's vocabulary. */
function rolesFor(actor: Actor, item: WorkflowSubject, action: WorkflowAction): WorkflowRole[] {
  if (actor.kind === 'user') return workflowRolesOf(actor, item)
  const role = keyRole(actor, action)
  return role !== null && actor.siteId !== null && item.siteIds.includes(actor.siteId) ? [role] : []
}

/** Whether the actor could hold `role` towards some item: the assignee is always a curator. */
const couldHold = (actor: Actor, role: WorkflowRole, action: WorkflowAction): boolean =>
  actor.kind === 'key'
    ? keyRole(actor, action) === role
    : {
        siteContributor: actor.role === 'contributor',
        curator: actor.role === 'curator' || actor.role === 'admin',
        assignee: actor.role === 'curator' || actor.role === 'admin',
        admin: actor.role === 'admin',
      }[role]

/** A state as a sentence says it: "This lesson is sent back for changes". */
const said = (status: ContentStatus) =>
  ({
    draft: 'a draft',
    submitted: 'submitted',
    in_review: 'in review',
    changes_requested: 'sent back for changes',
    published: 'published',
    rejected: 'rejected',
    duplicate: 'marked as a duplicate',
    archived: 'archived',
  })[status]

const roleNames: Record<WorkflowRole, string> = {
  siteContributor: "contributors of the item's sites",
  curator: 'curators',
  assignee: 'the curator who claimed it',
  admin: 'admins',
}
/** Who may take an action, for people: the 403 messages and the API reference say it the same way. */
export const whoMay = (rule: WorkflowRule) => rule.by.map((role) => roleNames[role]).join(' or ')

/**
 * Decides one workflow action on an item the actor can see, reading the table: a role that can
 * never take the action is a 403; the wrong state is a 409 naming the state and what it allows;
 * the right role in general but not for this item (another curator's claim, another site) is a 403.
 * `holder` names the assignee for the messages.
 */
export function decideTransition(actor: Actor, item: WorkflowSubject, action: WorkflowAction, noun: string, holder: string | null): void {
  const rule: WorkflowRule = workflow[action]
  if (!rule.by.some((role) => couldHold(actor, role, action))) {
    throw forbidden(`Only ${whoMay(rule)} can ${rule.label.toLowerCase()} a ${noun}.`)
  }
  if (!rule.from.includes(item.status)) {
    const allowed = actionsFrom(item.status)
    const holding = item.assigneeId === actor.id ? ' You hold it.' : holder ? ` ${holder} holds it.` : ''
    const held = item.status === 'in_review' ? holding : ''
    throw conflict(
      `This ${noun} is ${said(item.status)}; ${action} needs it to be ${rule.from.map(said).join(' or ')}.${held} ` +
        (allowed.length > 0 ? `Actions it allows now: ${allowed.join(', ')}.` : 'No action can move it on from there.'),
    )
  }
  const held = rolesFor(actor, item, action)
  if (!rule.by.some((role) => held.includes(role))) {
    if (rule.by.includes('assignee') && holder) {
      throw forbidden(`This ${noun} is held by ${holder}; only they${rule.by.includes('admin') ? ' or an admin' : ''} can ${action} it.`)
    }
    throw forbidden(`Only ${whoMay(rule)} can ${rule.label.toLowerCase()} this ${noun}.`)
  }
}
