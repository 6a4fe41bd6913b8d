import { type Static, Type } from 'typebox'
import { Nullable, PageQuery, StringEnum, Text, Timestamp, Uuid } from './common.js'
import { ContentStatus, ContentType, ReviewBy } from './content.js'
import { Region } from './sites.js'

/**
 * Who may take a workflow action, as the table names them:
 * - `siteContributor`: a contributor who is a member of one of the item's sites;
 * - `curator`: any curator (admins are curators too);
 * - `assignee`: the curator who claimed the item;
 * - `admin`: an admin, overriding the assignee.
 */
export const workflowRoles = ['siteContributor', 'curator', 'assignee', 'admin'] as const
export type WorkflowRole = (typeof workflowRoles)[number]

export interface WorkflowRule {
  /** The states the action may start from. */
  from: readonly ContentStatus[]
  /** Who may take it (any one of them is enough). */
  by: readonly WorkflowRole[]
  to: ContentStatus
  /** Whether the body's `note` is required, optional or ignored. */
  note: 'required' | 'optional'
  /** mark-duplicate names the item this one duplicates. */
  needsDuplicateOf?: true
  /** reaffirm sets a new `reviewBy` (optional in the body: the type's period from now by default). */
  setsReviewBy?: true
  /** The past tense for the audit log and history (`lesson.published`). */
  done: string
  /** For people: "Publish", shown on buttons and in the docs. */
  label: string
}

/**
 * The curation workflow as data (SPEC, "The curation workflow"): action → from states → who → to.
 * The API's routes, checks, 409 messages and OpenAPI text read it, the tests are generated from it,
 * and the admin decides which buttons to show from it.
 */
export const workflow = {
  submit: {
    from: ['draft', 'changes_requested'],
    by: ['siteContributor', 'curator'],
    to: 'submitted',
    note: 'optional',
    done: 'submitted',
    label: 'Submit for review',
  },
  claim: { from: ['submitted'], by: ['curator'], to: 'in_review', note: 'optional', done: 'claimed', label: 'Claim' },
  release: { from: ['in_review'], by: ['assignee', 'admin'], to: 'submitted', note: 'optional', done: 'released', label: 'Release' },
  'request-changes': {
    from: ['in_review'],
    by: ['assignee'],
    to: 'changes_requested',
    note: 'required',
    done: 'changes_requested',
    label: 'Request changes',
  },
  publish: { from: ['in_review'], by: ['assignee', 'admin'], to: 'published', note: 'optional', done: 'published', label: 'Publish' },
  reject: { from: ['in_review'], by: ['assignee', 'admin'], to: 'rejected', note: 'required', done: 'rejected', label: 'Reject' },
  'mark-duplicate': {
    from: ['in_review'],
    by: ['assignee', 'admin'],
    to: 'duplicate',
    note: 'optional',
    needsDuplicateOf: true,
    done: 'marked_duplicate',
    label: 'Mark as duplicate',
  },
  archive: { from: ['published'], by: ['curator'], to: 'archived', note: 'optional', done: 'archived', label: 'Archive' },
  restore: { from: ['archived'], by: ['curator'], to: 'published', note: 'optional', done: 'restored', label: 'Restore' },
  // Review-by dates: a curator confirms a published item still holds and sets when to look again.
  // Published → published, so it is a row here like any other: its history, audit entry, 409s and
  // the admin's buttons come from the table.
  reaffirm: {
    from: ['published'],
    by: ['curator'],
    to: 'published',
    note: 'required',
    setsReviewBy: true,
    done: 'reaffirmed',
    label: 'Reaffirm',
  },
} as const satisfies Record<string, WorkflowRule>

export type WorkflowAction = keyof typeof workflow
export const workflowActions = Object.keys(workflow) as WorkflowAction[]
export const WorkflowActionName = StringEnum(workflowActions as unknown as readonly WorkflowAction[])

/** The roles `actor` plays towards one item, for reading the table. */
export function workflowRolesOf(
  actor: { id: string; role: string; siteIds: readonly string[] },
  item: { siteIds: readonly string[]; assigneeId: string | null },
): WorkflowRole[] {
  const held: WorkflowRole[] = []
  if (actor.role === 'contributor' && item.siteIds.some((siteId) => actor.siteIds.includes(siteId))) held.push('siteContributor')
  if (actor.role === 'curator' || actor.role === 'admin') held.push('curator')
  if (item.assigneeId !== null && item.assigneeId === actor.id) held.push('assignee')
  if (actor.role === 'admin') held.push('admin')
  return held
}

/** The actions the actor may take on the item now (its state and their roles both allow them). */
export function allowedActions(
  actor: { id: string; role: string; siteIds: readonly string[] },
  item: { status: ContentStatus; siteIds: readonly string[]; assigneeId: string | null },
): WorkflowAction[] {
  const held = workflowRolesOf(actor, item)
  return workflowActions.filter((action) => {
    const rule: WorkflowRule = workflow[action]
    return rule.from.includes(item.status) && rule.by.some((role) => held.includes(role))
  })
}

/** The actions the table allows from `status`, whoever asks (for 409 messages). */
export const actionsFrom = (status: ContentStatus): WorkflowAction[] =>
  workflowActions.filter((action) => (workflow[action].from as readonly ContentStatus[]).includes(status))

export const WorkflowNote = Text(5000)

/** The body of a workflow action: a note (required by request-changes and reject) and, for mark-duplicate, the original. */
export const WorkflowActionBody = Type.Object(
  {
    note: Type.Optional(WorkflowNote),
    duplicateOfId: Type.Optional(Uuid),
    reviewBy: Type.Optional(ReviewBy),
  },
  { additionalProperties: false },
)
export type WorkflowActionBody = Static<typeof WorkflowActionBody>

/** One action the caller may take on an item now, with what a button and its dialog need to know. */
export const AvailableAction = Type.Object({
  action: WorkflowActionName,
  label: Type.String({ description: 'For people: "Publish"' }),
  to: ContentStatus,
  note: StringEnum(['required', 'optional'] as const),
  needsDuplicateOf: Type.Boolean({ description: 'Whether the action names the original (`duplicateOfId`)' }),
})
export type AvailableAction = Static<typeof AvailableAction>

export const AvailableActionList = Type.Object({
  data: Type.Array(AvailableAction),
  version: Type.Integer({ minimum: 1, description: 'The item version these actions were decided for' }),
})
export type AvailableActionList = Static<typeof AvailableActionList>

/**
 * History entries that are not workflow actions: a decision recorded on the item that leaves its
 * state as it was (from and to are the same).
 */
export const historyOnlyEntries = { 'resolve-finding': { label: 'Resolve a finding' } } as const
export type HistoryAction = WorkflowAction | keyof typeof historyOnlyEntries
export const historyActions: readonly HistoryAction[] = [...workflowActions, ...(Object.keys(historyOnlyEntries) as HistoryAction[])]
/** For people: "Publish", "Resolve a finding". */
export const historyLabel = (action: HistoryAction): string =>
  action in historyOnlyEntries
    ? historyOnlyEntries[action as keyof typeof historyOnlyEntries].label
    : workflow[action as WorkflowAction].label

/** One recorded transition of an item (its history), or a decision that kept its state. */
export const Transition = Type.Object({
  id: Uuid,
  action: StringEnum(historyActions as readonly HistoryAction[]),
  fromStatus: ContentStatus,
  toStatus: ContentStatus,
  actorId: Nullable(Uuid),
  actorName: Nullable(Type.String()),
  note: Nullable(Type.String()),
  createdAt: Timestamp,
})
export type Transition = Static<typeof Transition>

export const TransitionList = Type.Object({ data: Type.Array(Transition) })
export type TransitionList = Static<typeof TransitionList>

/** A person as a list row shows them. */
export const PersonRef = Type.Object({ id: Uuid, name: Type.String() })
export type PersonRef = Static<typeof PersonRef>

export const SiteRef = Type.Object({ id: Uuid, name: Type.String(), region: Region })
export type SiteRef = Static<typeof SiteRef>

export const triageStatuses = ['submitted', 'in_review'] as const
export const TriageStatus = StringEnum(triageStatuses)

/** One row of the curators' triage queue. */
export const TriageEntry = Type.Object({
  id: Uuid,
  type: ContentType,
  title: Type.String(),
  status: TriageStatus,
  sites: Type.Array(SiteRef),
  submitter: Nullable(PersonRef),
  submittedAt: Timestamp,
  ageDays: Type.Integer({ minimum: 0, description: 'Whole days since it was submitted' }),
  assignee: Nullable(PersonRef),
  version: Type.Integer({ minimum: 1 }),
})
export type TriageEntry = Static<typeof TriageEntry>

export const TriageQuery = Type.Object(
  {
    ...PageQuery.properties,
    type: Type.Optional(ContentType),
    status: Type.Optional(TriageStatus),
    theme: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    siteId: Type.Optional(Uuid),
    region: Type.Optional(Region),
    assignee: Type.Optional(
      Type.Union([Type.Literal('me'), Type.Literal('none'), Uuid], { description: '`me`, `none` (unclaimed) or a user id' }),
    ),
  },
  { additionalProperties: false },
)
export type TriageQuery = Static<typeof TriageQuery>

/** The queue's filters without paging: what `GET /v1/triage/counts` counts within. */
export const TriageCountsQuery = Type.Object(
  {
    type: TriageQuery.properties.type,
    status: TriageQuery.properties.status,
    theme: TriageQuery.properties.theme,
    siteId: TriageQuery.properties.siteId,
    region: TriageQuery.properties.region,
    assignee: TriageQuery.properties.assignee,
  },
  { additionalProperties: false },
)
export type TriageCountsQuery = Static<typeof TriageCountsQuery>

const Count = Type.Integer({ minimum: 0 })

/**
 * How many queue items each filter value would show. Each group counts with every other filter applied
 * but not its own, so the numbers beside a filter's choices say what picking one would show.
 */
export const TriageCounts = Type.Object({
  total: Type.Integer({ minimum: 0, description: 'Items matching every filter given' }),
  type: Type.Object({ lesson: Count, case_study: Count, solution: Count }),
  status: Type.Object({ submitted: Count, in_review: Count }),
  assignee: Type.Object({ me: Count, none: Count }, { description: 'Held by you; held by nobody' }),
  region: Type.Array(Type.Object({ region: Region, count: Count }), { description: 'Regions with something waiting, most first' }),
  theme: Type.Array(Type.Object({ theme: Type.String(), count: Count }), { description: 'Themes with something waiting, most first' }),
})
export type TriageCounts = Static<typeof TriageCounts>

/** What `POST /v1/triage/next` may narrow the choice to. */
export const TriageNextBody = Type.Object(
  {
    type: Type.Optional(ContentType),
    theme: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    siteId: Type.Optional(Uuid),
    region: Type.Optional(Region),
  },
  { additionalProperties: false },
)
export type TriageNextBody = Static<typeof TriageNextBody>

/** One of the caller's sites' items, with what they can do about it now. */
export const MyItem = Type.Object({
  id: Uuid,
  type: ContentType,
  title: Type.String(),
  status: ContentStatus,
  siteIds: Type.Array(Uuid),
  version: Type.Integer({ minimum: 1 }),
  updatedAt: Timestamp,
  submittedAt: Nullable(Timestamp),
  publishedAt: Nullable(Timestamp),
  decisionNote: Nullable(Type.String({ description: 'The last decision note a curator gave' })),
  canEdit: Type.Boolean(),
  canSubmit: Type.Boolean(),
  allowedActions: Type.Array(WorkflowActionName),
})
export type MyItem = Static<typeof MyItem>

export const MyItemsQuery = Type.Object(
  {
    ...PageQuery.properties,
    status: Type.Optional(ContentStatus),
    type: Type.Optional(ContentType),
  },
  { additionalProperties: false },
)
export type MyItemsQuery = Static<typeof MyItemsQuery>
