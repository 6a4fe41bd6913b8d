import { type ContentStatus, type WorkflowAction, workflow } from '@learnonce/contracts'
import { inArray, sql } from 'drizzle-orm'
import type { Database } from '../db/client.js'
import {
  adoptions,
  contentComments,
  contentItems,
  contentRelations,
  contentSites,
  contentTransitions,
  eventOutputs,
  events,
  networkContent,
  networkCoordinators,
  networkSites,
  networks,
} from '../db/schema/index.js'
import { refreshRegions } from '../modules/content/regions.js'
import { refreshFindings } from '../modules/governance/service.js'
import { addMonths, DEFAULT_REVIEW_MONTHS } from '../modules/review/periods.js'
import { curationQueueCaseStudies, curationQueueLessons, curationQueueSolutions, demoComments } from './demo-curation.js'
import { DAY, daysAfter, demoId, workingTime } from './demo-ids.js'
import {
  informationPrescriptionAdoptions,
  informationPrescriptionCaseStudies,
  informationPrescriptionLessons,
  informationPrescriptionSolutions,
} from './demo-information-prescriptions.js'
import {
  informationSharingAdoptions,
  informationSharingCaseStudies,
  informationSharingLessons,
  informationSharingSolutions,
} from './demo-information-sharing.js'
import type { DemoAdoption, DemoCaseStudy, DemoEvent, DemoLesson, DemoNetwork, DemoSolution, DemoWorkflow } from './demo-model.js'
import { demoEvents, demoNetworks } from './demo-networks.js'
import { people } from './demo-people.js'
import {
  sharedCareRecordAdoptions,
  sharedCareRecordCaseStudies,
  sharedCareRecordLessons,
  sharedCareRecordSolutions,
} from './demo-shared-care-records.js'
import {
  workplaceLearningAdoptions,
  workplaceLearningCaseStudies,
  workplaceLearningLessons,
  workplaceLearningSolutions,
} from './demo-workplace-learning.js'

export const demoLessons: DemoLesson[] = [
  ...informationPrescriptionLessons,
  ...informationSharingLessons,
  ...sharedCareRecordLessons,
  ...workplaceLearningLessons,
  ...curationQueueLessons,
]
export const demoCaseStudies: DemoCaseStudy[] = [
  ...informationPrescriptionCaseStudies,
  ...informationSharingCaseStudies,
  ...sharedCareRecordCaseStudies,
  ...workplaceLearningCaseStudies,
  ...curationQueueCaseStudies,
]
export const demoSolutions: DemoSolution[] = [
  ...informationPrescriptionSolutions,
  ...informationSharingSolutions,
  ...sharedCareRecordSolutions,
  ...workplaceLearningSolutions,
  ...curationQueueSolutions,
]
export const demoAdoptions: DemoAdoption[] = [
  ...informationPrescriptionAdoptions,
  ...informationSharingAdoptions,
  ...sharedCareRecordAdoptions,
  ...workplaceLearningAdoptions,
]

/** What the loader needs from the sites and users already in the database. */
export interface DemoDirectory {
  /** Midnight UTC of the day the hub was first loaded; every demo date counts back from it. */
  anchor: Date
  siteIds: ReadonlyMap<string, string>
  /** By lower-case email. */
  userIds: ReadonlyMap<string, string>
}

// Demo rows always carry their own deterministic id.
type ItemRow = typeof contentItems.$inferInsert & { id: string }
type NetworkRow = typeof networks.$inferInsert & { id: string; createdAt: Date }
type EventRow = typeof events.$inferInsert & { id: string }
type TransitionRow = typeof contentTransitions.$inferInsert & { id: string; createdAt: Date }
type CommentRow = typeof contentComments.$inferInsert & { id: string }

export interface DemoPlan {
  items: ItemRow[]
  transitions: TransitionRow[]
  comments: CommentRow[]
  contentSites: (typeof contentSites.$inferInsert)[]
  relations: (typeof contentRelations.$inferInsert)[]
  adoptions: (typeof adoptions.$inferInsert)[]
  networks: NetworkRow[]
  networkSites: (typeof networkSites.$inferInsert)[]
  networkCoordinators: (typeof networkCoordinators.$inferInsert)[]
  networkContent: (typeof networkContent.$inferInsert)[]
  events: EventRow[]
  eventOutputs: (typeof eventOutputs.$inferInsert)[]
}

const HOUR = DAY / 24

/** A key that names nothing is a mistake in the demo data: fail loudly rather than load half a hub. */
function lookup<T>(map: ReadonlyMap<string, T>, key: string, what: string): T {
  const found = map.get(key)
  if (found === undefined) throw new Error(`demo data: unknown ${what} "${key}"`)
  return found
}

/** One step an item took through the workflow: on which day after it was created, and by whom. */
interface DemoStep {
  action: WorkflowAction
  day: number
  by: 'author' | 'curator'
}

/**
 * How each state was reached: the author submits, the demo curator claims and decides. The steps
 * become the item's history; its status, dates, version and assignee follow from them, so the
 * history and the item always agree.
 */
const stepsTo: Record<ContentStatus, DemoStep[]> = {
  draft: [],
  submitted: [{ action: 'submit', day: 2, by: 'author' }],
  in_review: [
    { action: 'submit', day: 2, by: 'author' },
    { action: 'claim', day: 4, by: 'curator' },
  ],
  changes_requested: [
    { action: 'submit', day: 2, by: 'author' },
    { action: 'claim', day: 4, by: 'curator' },
    { action: 'request-changes', day: 6, by: 'curator' },
  ],
  published: [
    { action: 'submit', day: 2, by: 'author' },
    { action: 'claim', day: 5, by: 'curator' },
    { action: 'publish', day: 9, by: 'curator' },
  ],
  rejected: [
    { action: 'submit', day: 2, by: 'author' },
    { action: 'claim', day: 5, by: 'curator' },
    { action: 'reject', day: 8, by: 'curator' },
  ],
  duplicate: [
    { action: 'submit', day: 2, by: 'author' },
    { action: 'claim', day: 5, by: 'curator' },
    { action: 'mark-duplicate', day: 7, by: 'curator' },
  ],
  archived: [
    { action: 'submit', day: 2, by: 'author' },
    { action: 'claim', day: 5, by: 'curator' },
    { action: 'publish', day: 9, by: 'curator' },
    { action: 'archive', day: 240, by: 'curator' },
  ],
}

interface DemoWalk {
  columns: Partial<ItemRow>
  transitions: TransitionRow[]
}

/** The item's workflow columns and its history, as if it had walked the workflow after it was created. */
function walkWorkflow(
  key: string,
  itemId: string,
  state: DemoWorkflow,
  created: Date,
  anchor: Date,
  who: { author: string; curator: string },
  itemIds: ReadonlyMap<string, string>,
): DemoWalk {
  const steps = stepsTo[state.status]
  const note = 'decisionNote' in state ? state.decisionNote : null
  let from: ContentStatus = 'draft'
  const transitions = steps.map((step, index): TransitionRow => {
    const createdAt = daysAfter(created, step.day, anchor)
    const to = workflow[step.action].to
    const row = {
      id: demoId(`${key}:transition:${index}`, createdAt),
      itemId,
      action: step.action,
      fromStatus: from,
      toStatus: to,
      actorId: who[step.by],
      // The decision that put the item where it is carries the curator's note.
      note: index === steps.length - 1 ? note : null,
      createdAt,
    }
    from = to
    return row
  })
  const at = (action: WorkflowAction) => transitions.find((row) => row.action === action)?.createdAt ?? null
  const last = transitions[transitions.length - 1]
  return {
    transitions,
    columns: {
      status: state.status,
      version: 1 + steps.length,
      submittedAt: at('submit'),
      submittedById: steps.length > 0 ? who.author : null,
      // An item has an assignee only while it is in review.
      assigneeId: state.status === 'in_review' ? who.curator : null,
      publishedAt: at('publish'),
      // Due for review the default period after publishing, as the publish action sets it.
      reviewBy: reviewByAfter(at('publish')),
      decisionNote: note,
      duplicateOfId: state.status === 'duplicate' ? lookup(itemIds, state.duplicateOf, 'item') : null,
      updatedAt: last?.createdAt ?? daysAfter(created, 1, anchor),
    },
  }
}

const reviewByAfter = (publishedAt: Date | null): Date | null =>
  publishedAt === null ? null : addMonths(publishedAt, DEFAULT_REVIEW_MONTHS)

/** Every row of the demo hub, with deterministic ids, ready to insert. Pure: no database access. */
export function planDemoContent(directory: DemoDirectory): DemoPlan {
  const { anchor, siteIds, userIds } = directory
  const site = (slug: string) => lookup(siteIds, slug, 'site')
  const user = (email: string) => lookup(userIds, email.toLowerCase(), 'user')
  const curatorId = user(people.curator)

  const everyItem = [...demoLessons, ...demoCaseStudies, ...demoSolutions]
  for (const [list, what] of [
    [everyItem, 'item'],
    [demoAdoptions, 'adoption'],
    [demoNetworks, 'network'],
    [demoEvents, 'event'],
  ] as const) {
    const repeated = list.find((entry, index) => list.findIndex((other) => other.key === entry.key) !== index)
    if (repeated) throw new Error(`demo data: ${what} key "${repeated.key}" is used twice`)
  }
  const createdAt = new Map(everyItem.map((item) => [item.key, workingTime(anchor, item.daysAgo, item.key)]))
  const created = (key: string) => lookup(createdAt, key, 'item')
  const itemIds = new Map(everyItem.map((item) => [item.key, demoId(item.key, created(item.key))]))
  const itemId = (key: string) => lookup(itemIds, key, 'item')

  const walks = new Map(
    everyItem.map((item) => [
      item.key,
      walkWorkflow(item.key, itemId(item.key), item, created(item.key), anchor, { author: user(item.author), curator: curatorId }, itemIds),
    ]),
  )
  const walkOf = (key: string) => lookup(walks, key, 'item')

  const shared = (item: DemoLesson | DemoCaseStudy | DemoSolution): Omit<ItemRow, 'type' | 'summary'> => ({
    id: itemId(item.key),
    title: item.title,
    themes: item.themes,
    careSettings: item.careSettings,
    tags: item.tags,
    authorId: user(item.author),
    createdAt: created(item.key),
    ...walkOf(item.key).columns,
  })

  const items: ItemRow[] = [
    ...demoLessons.map(
      (lesson): ItemRow => ({
        ...shared(lesson),
        type: 'lesson',
        summary: lesson.summary,
        context: lesson.context,
        wentWell: lesson.wentWell,
        didNotGoWell: lesson.didNotGoWell,
        doDifferently: lesson.doDifferently,
        links: lesson.links ?? [],
        journeyStage: lesson.journeyStage,
      }),
    ),
    ...demoCaseStudies.map(
      (study): ItemRow => ({
        ...shared(study),
        type: 'case_study',
        summary: study.summary,
        body: study.body,
        outcomes: study.outcomes,
        links: study.links ?? [],
        journeyStage: study.journeyStage,
      }),
    ),
    ...demoSolutions.map(
      (solution): ItemRow => ({
        ...shared(solution),
        type: 'solution',
        summary: solution.problem,
        description: solution.description,
        howToAdopt: solution.howToAdopt,
        maturity: solution.maturity,
        derivedFromId: solution.derivedFrom ? itemId(solution.derivedFrom) : null,
        links: solution.artefacts,
      }),
    ),
  ]

  const placedAt = (item: DemoLesson | DemoCaseStudy | DemoSolution) => ('sites' in item ? item.sites : [item.site])
  const contentSiteRows = everyItem.flatMap((item) =>
    placedAt(item).map((slug, position) => ({ itemId: itemId(item.key), siteId: site(slug), position })),
  )
  const relations = everyItem.flatMap((item) =>
    [...new Set(item.related ?? [])].map((key) => ({ fromId: itemId(item.key), toId: itemId(key) })),
  )

  const adoptionRows = demoAdoptions.map((adoption) => {
    const createdAt = workingTime(anchor, adoption.daysAgo, adoption.key)
    const startedAt = adoption.startedDaysAgo === undefined ? null : workingTime(anchor, adoption.startedDaysAgo, `${adoption.key}:start`)
    return {
      id: demoId(adoption.key, createdAt),
      solutionId: itemId(adoption.solution),
      siteId: site(adoption.site),
      mode: adoption.mode,
      status: adoption.status,
      notes: adoption.notes,
      startedAt,
      producedSolutionId: adoption.produced ? itemId(adoption.produced) : null,
      recordedById: user(adoption.recordedBy),
      version: { planned: 1, in_progress: 2, live: 3, stopped: 3 }[adoption.status],
      createdAt,
      updatedAt: startedAt && startedAt > createdAt ? startedAt : createdAt,
    }
  })

  const networkRows = new Map(demoNetworks.map((network) => [network.key, planNetwork(network, demoEvents, anchor)]))
  const network = (key: string) => lookup(networkRows, key, 'network')
  const eventRows = new Map(demoEvents.map((event) => [event.key, planEvent(event, anchor, network(event.network))]))
  const eventId = (key: string) => lookup(eventRows, key, 'event').id

  const commentRows = demoComments.map((comment): CommentRow => {
    const at = daysAfter(created(comment.item), comment.day, anchor)
    return {
      id: demoId(comment.key, at),
      itemId: itemId(comment.item),
      authorId: user(comment.author),
      body: comment.body,
      internal: comment.internal ?? false,
      createdAt: at,
      updatedAt: at,
    }
  })

  return {
    items,
    transitions: [...walks.values()].flatMap((walk) => walk.transitions),
    comments: commentRows,
    contentSites: contentSiteRows,
    relations,
    adoptions: adoptionRows,
    networks: [...networkRows.values()],
    networkSites: demoNetworks.flatMap((each) =>
      each.members.map((member, position) => ({ networkId: network(each.key).id, siteId: site(member.site), role: member.role, position })),
    ),
    networkCoordinators: demoNetworks.flatMap((each) =>
      each.coordinators.map((email) => ({ networkId: network(each.key).id, userId: user(email) })),
    ),
    networkContent: demoNetworks.flatMap((each) => each.content.map((key) => ({ networkId: network(each.key).id, itemId: itemId(key) }))),
    events: [...eventRows.values()],
    eventOutputs: demoEvents.flatMap((event) => event.outputs.map((key) => ({ eventId: eventId(event.key), itemId: itemId(key) }))),
  }
}

const startOf = (event: DemoEvent, anchor: Date) => new Date(anchor.getTime() + event.startsInDays * DAY + event.startHour * HOUR)

/** A network was last changed the day after its latest past event (when that event's outputs were linked). */
function planNetwork(network: DemoNetwork, eventList: DemoEvent[], anchor: Date): NetworkRow {
  const createdAt = workingTime(anchor, network.daysAgo, network.key)
  const lastChange = eventList
    .filter((event) => event.network === network.key && event.startsInDays < 0)
    .reduce((latest, event) => Math.max(latest, startOf(event, anchor).getTime() + DAY), createdAt.getTime() + DAY)
  return {
    id: demoId(network.key, createdAt),
    name: network.name,
    slug: network.slug,
    purpose: network.purpose,
    description: network.description,
    status: network.status,
    version: 2,
    createdAt,
    updatedAt: new Date(Math.min(lastChange, anchor.getTime())),
  }
}

/** Events are announced six weeks ahead (never before their network existed); outputs are linked a week after. */
function planEvent(event: DemoEvent, anchor: Date, network: NetworkRow): EventRow {
  const startsAt = startOf(event, anchor)
  const announced = Math.max(startsAt.getTime() - 42 * DAY, network.createdAt.getTime() + DAY)
  const createdAt = new Date(Math.min(announced, anchor.getTime() - DAY))
  const linked = event.outputs.length > 0
  return {
    id: demoId(event.key, createdAt),
    networkId: network.id,
    title: event.title,
    kind: event.kind,
    startsAt,
    endsAt: new Date(startsAt.getTime() + event.durationHours * HOUR),
    location: event.location ?? null,
    onlineUrl: event.onlineUrl ?? null,
    description: event.description,
    version: linked ? 2 : 1,
    createdAt,
    updatedAt: linked ? daysAfter(startsAt, 7, anchor) : createdAt,
  }
}

/**
 * Writes the demo hub in one transaction. Every row has a deterministic id and is inserted with
 * ON CONFLICT DO NOTHING; the rows that hang off a parent (an item's sites and relations, a
 * network's members, an event's outputs) are written only when the parent itself was new, so a
 * second load — or a load after someone edited the demo content — changes nothing.
 */
export async function loadDemoContent(db: Database, directory: DemoDirectory): Promise<void> {
  const plan = planDemoContent(directory)
  await db.transaction(async (tx) => {
    const newItems = await insertedIds(plan.items, (rows) =>
      tx.insert(contentItems).values(rows).onConflictDoNothing().returning({ id: contentItems.id }),
    )
    await insertAll(
      plan.contentSites,
      (rows) => tx.insert(contentSites).values(rows).onConflictDoNothing(),
      (row) => newItems.has(row.itemId),
    )
    if (newItems.size > 0) {
      const ids = sql.join(
        [...newItems].map((id) => sql`${id}::uuid`),
        sql`, `,
      )
      await refreshRegions(tx, ids)
      // The demo's information-governance findings, as the API would have recorded them on saving.
      for (const id of newItems) await refreshFindings(tx, id, null)
    }
    await insertAll(
      plan.transitions,
      (rows) => tx.insert(contentTransitions).values(rows).onConflictDoNothing(),
      (row) => newItems.has(row.itemId),
    )
    await insertAll(
      plan.comments,
      (rows) => tx.insert(contentComments).values(rows).onConflictDoNothing(),
      (row) => newItems.has(row.itemId),
    )
    await insertAll(
      plan.relations,
      (rows) => tx.insert(contentRelations).values(rows).onConflictDoNothing(),
      (row) => newItems.has(row.fromId),
    )
    await insertAll(plan.adoptions, (rows) => tx.insert(adoptions).values(rows).onConflictDoNothing())

    const newNetworks = await insertedIds(plan.networks, (rows) =>
      tx.insert(networks).values(rows).onConflictDoNothing().returning({ id: networks.id }),
    )
    const ofNewNetwork = (row: { networkId: string }) => newNetworks.has(row.networkId)
    await insertAll(plan.networkSites, (rows) => tx.insert(networkSites).values(rows).onConflictDoNothing(), ofNewNetwork)
    await insertAll(plan.networkCoordinators, (rows) => tx.insert(networkCoordinators).values(rows).onConflictDoNothing(), ofNewNetwork)
    await insertAll(plan.networkContent, (rows) => tx.insert(networkContent).values(rows).onConflictDoNothing(), ofNewNetwork)

    // A network someone already created under a demo slug keeps its own id, so the demo events for it are skipped.
    const plannedIds = plan.networks.map((network) => network.id)
    const present = new Set(
      (await tx.select({ id: networks.id }).from(networks).where(inArray(networks.id, plannedIds))).map((row) => row.id),
    )
    const newEvents = await insertedIds(
      plan.events.filter((event) => present.has(event.networkId)),
      (rows) => tx.insert(events).values(rows).onConflictDoNothing().returning({ id: events.id }),
    )
    await insertAll(
      plan.eventOutputs,
      (rows) => tx.insert(eventOutputs).values(rows).onConflictDoNothing(),
      (row) => newEvents.has(row.eventId),
    )
  })
}

/** Inserts the rows (if any) and answers the ids of those that were new. */
async function insertedIds<T>(rows: T[], insert: (rows: T[]) => Promise<{ id: string }[]>): Promise<Set<string>> {
  if (rows.length === 0) return new Set()
  return new Set((await insert(rows)).map((row) => row.id))
}

/** Inserts the rows that pass `keep`; drizzle refuses an empty VALUES list, so nothing is sent for none. */
async function insertAll<T>(rows: T[], insert: (rows: T[]) => Promise<unknown>, keep: (row: T) => boolean = () => true): Promise<void> {
  const kept = rows.filter(keep)
  if (kept.length > 0) await insert(kept)
}
