import type { AdoptionMode, AdoptionStatus, CareSetting, ContentLink, JourneyStage, Maturity, NetworkStatus } from '@learnonce/contracts'

/**
 * The shapes the demo hub is written in. Everything points at everything else by a stable key
 * ('lesson:ip-01'), site slug or user email; the loader turns keys into deterministic ids and
 * `daysAgo` into dates counted back from the day the hub was first loaded.
 */

/** Where an item stands in the curation workflow; the loader derives its dates, assignee and version. */
export type DemoWorkflow =
  | { status: 'draft' | 'submitted' | 'in_review' | 'published' | 'archived' }
  | { status: 'changes_requested' | 'rejected'; decisionNote: string }
  | { status: 'duplicate'; duplicateOf: string; decisionNote: string }

interface DemoItemBase {
  /** Stable key: the item's id is derived from it, so it must never change once shipped. */
  key: string
  title: string
  /**
   * Created this many days before the day the demo hub was first loaded (at least 1). Part of the
   * id (its time prefix), so, like the key, it must not change once shipped.
   */
  daysAgo: number
  /** Email of the demo user who wrote it. */
  author: string
  themes: string[]
  careSettings: CareSetting[]
  tags: string[]
  /** Keys of related items (lesson → solution or case study, case study → lesson or solution). */
  related?: string[]
}

export type DemoLesson = DemoItemBase &
  DemoWorkflow & {
    site: string
    journeyStage: JourneyStage
    summary: string
    context: string
    wentWell: string
    didNotGoWell: string
    doDifferently: string
    links?: ContentLink[]
  }

export type DemoCaseStudy = DemoItemBase &
  DemoWorkflow & {
    /** The first is the lead site. */
    sites: string[]
    journeyStage: JourneyStage
    summary: string
    body: string
    outcomes: string
    links?: ContentLink[]
  }

export type DemoSolution = DemoItemBase &
  DemoWorkflow & {
    site: string
    problem: string
    description: string
    howToAdopt: string
    maturity: Maturity
    /** Key of the solution this one enhanced. */
    derivedFrom?: string
    artefacts: ContentLink[]
  }

export interface DemoAdoption {
  key: string
  solution: string
  site: string
  mode: AdoptionMode
  status: AdoptionStatus
  notes: string
  daysAgo: number
  /** Absent while the adoption is only planned. */
  startedDaysAgo?: number
  /** For an enhance: key of the solution it produced. */
  produced?: string
  recordedBy: string
}

export interface DemoNetwork {
  key: string
  slug: string
  name: string
  purpose: string
  description: string
  status: NetworkStatus
  daysAgo: number
  members: { site: string; role: 'lead' | 'member' }[]
  coordinators: string[]
  content: string[]
}

export interface DemoEvent {
  key: string
  network: string
  title: string
  kind: 'conference' | 'workshop' | 'learning_lunch' | 'webinar' | 'meeting'
  /** Days from the anchor day: negative in the past, positive still to come. */
  startsInDays: number
  /** Hour of day (UTC) it starts. */
  startHour: number
  durationHours: number
  location?: string
  onlineUrl?: string
  description: string
  outputs: string[]
}

/** A comment in an item's review thread. */
export interface DemoComment {
  key: string
  /** Key of the item it is on. */
  item: string
  /** Days after the item was created. */
  day: number
  author: string
  body: string
  /** A note for curators only. */
  internal?: boolean
}
