import type { ContentStatus } from '@learnonce/contracts'
import { type SQL, sql } from 'drizzle-orm'
import { type Actor, keyHasScope } from '../../plugins/auth.js'

/** The part of an item the rules look at. */
export interface Governed {
  status: ContentStatus
  siteIds: readonly string[]
  /** The API key that created the item, if a key did. */
  authorKeyId: string | null
}
/** What the edit rules look at: nobody edits by authorship alone (a key never edits). */
type Placed = Omit<Governed, 'authorKeyId'>

// API keys are members of no site (their siteIds is empty) and hold no person's role, so each rule
// below refuses them unless it says otherwise.
const seesEverything = (actor: Actor) => actor.role === 'admin' || actor.role === 'curator'
const isMember = (actor: Actor, item: Placed) => item.siteIds.some((siteId) => actor.siteIds.includes(siteId))
/** A submitting key follows what it submitted (its portal shows the status); nothing else unpublished. */
const isOwnSubmission = (actor: Actor, item: Governed) => actor.kind === 'key' && item.authorKeyId === actor.id

/**
 * Curators and admins see everything; contributors their own sites' items in every state, and
 * everything published; API keys what is published and the items they created themselves.
 */
export function canRead(actor: Actor, item: Governed): boolean {
  return seesEverything(actor) || item.status === 'published' || isMember(actor, item) || isOwnSubmission(actor, item)
}

/** Contributors edit their own sites' items while they are drafts or sent back for changes; curators edit anything. */
export const editableStates: readonly ContentStatus[] = ['draft', 'changes_requested']
export function canEdit(actor: Actor, item: Placed): boolean {
  return seesEverything(actor) || (isMember(actor, item) && editableStates.includes(item.status))
}

/** Whether the actor could edit the item in some state: curators always, contributors on their own sites. */
export function canEditSomeState(actor: Actor, item: Placed): boolean {
  return seesEverything(actor) || isMember(actor, item)
}

/** Review-by dates are the curators' call: contributors and keys never set them. */
export const canSetReviewBy = (actor: Actor): boolean => actor.kind === 'user' && seesEverything(actor)

/** Only drafts are deleted; published content is archived by the workflow. */
export function canDelete(actor: Actor, item: Placed): boolean {
  return item.status === 'draft' && (seesEverything(actor) || isMember(actor, item))
}

/** A contributor may only place content on sites they are a member of; a content:submit key on its one site. */
export function sitesNotAllowed(actor: Actor, siteIds: readonly string[]): string[] {
  if (seesEverything(actor)) return []
  const own = actor.kind === 'key' ? (keyHasScope(actor, 'content:submit') && actor.siteId ? [actor.siteId] : []) : actor.siteIds
  return siteIds.filter((siteId) => !own.includes(siteId))
}

/**
 * Which rows a caller sees, as a shape. The SQL differs by shape, not by caller (a contributor's sites
 * are one array parameter), so each shape can be a prepared statement shared by every caller.
 */
export type Audience = 'everything' | 'published' | 'members' | 'key'
export const audienceOf = (actor: Actor): Audience =>
  seesEverything(actor) ? 'everything' : actor.kind === 'key' ? 'key' : actor.siteIds.length === 0 ? 'published' : 'members'
/**
 * The actor's sites (for a key: its own id, to find what it submitted) as one `uuid[]` parameter: an
 * array literal, since the ids are UUIDs read from the database.
 */
export const memberOf = (actor: Actor): string => `{${(actor.kind === 'key' ? [actor.id] : actor.siteIds).join(',')}}`

/**
 * canRead as SQL over `ref` (content_items, or the alias of it in a subquery), for lists and for
 * anything that shows other items (related ids, network content, event outputs). Written as plain
 * SQL with explicit aliases: drizzle leaves columns unqualified in single-table selects, which
 * would be ambiguous inside correlated subqueries.
 */
export function visibleTo(actor: Actor, ref = 'content_items'): SQL {
  return visibleAs(audienceOf(actor), ref, sql`${memberOf(actor)}`)
}

/** visibleTo for an audience, the member sites given as SQL (a value, or a prepared statement's placeholder). */
export function visibleAs(audience: Audience, ref: string, sites: SQL): SQL {
  if (audience === 'everything') return sql`true`
  const item = sql.raw(ref)
  if (audience === 'published') return sql`${item}.status = 'published'`
  // A key sees what is published and what it submitted itself; `sites` then holds the key's own id.
  if (audience === 'key') return sql`(${item}.status = 'published' or ${item}.author_key_id = any(${sites}::uuid[]))`
  return sql`(${item}.status = 'published' or exists (select 1 from content_sites visible_site
    where visible_site.item_id = ${item}.id and visible_site.site_id = any(${sites}::uuid[])))`
}
