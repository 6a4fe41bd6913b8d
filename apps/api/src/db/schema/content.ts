import type { CareSetting, ContentLink, ContentStatus, ContentType, JourneyStage, Maturity, Region } from '@learnonce/contracts'
import { sql } from 'drizzle-orm'
import { type AnyPgColumn, boolean, check, customType, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core'
import { apiKeys } from './api-keys.js'
import { id, rowMeta, timestamptz } from './columns.js'
import { users } from './identity.js'
import { sites } from './sites.js'

export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

/**
 * Lessons, case studies and solutions in one table: they share the workflow, the visibility rule,
 * search, the triage queue and the sync feed, so each of those is one query. Columns that belong to
 * one type are null for the others.
 */
export const contentItems = pgTable(
  'content_items',
  {
    id: id(),
    type: text('type').$type<ContentType>().notNull(),
    title: text('title').notNull(),
    /** Lessons and case studies: the summary. Solutions: the problem it solves. */
    summary: text('summary').notNull(),
    // Lessons
    context: text('context'),
    wentWell: text('went_well'),
    didNotGoWell: text('did_not_go_well'),
    doDifferently: text('do_differently'),
    // Case studies
    body: text('body'),
    outcomes: text('outcomes'),
    // Solutions
    description: text('description'),
    howToAdopt: text('how_to_adopt'),
    maturity: text('maturity').$type<Maturity>(),
    derivedFromId: uuid('derived_from_id').references((): AnyPgColumn => contentItems.id, { onDelete: 'set null' }),
    // Shared
    themes: text('themes').array().$type<string[]>().notNull().default(sql`'{}'`),
    careSettings: text('care_settings').array().$type<CareSetting[]>().notNull().default(sql`'{}'`),
    tags: text('tags').array().$type<string[]>().notNull().default(sql`'{}'`),
    /** Links for lessons and case studies; artefacts for solutions. */
    links: jsonb('links').$type<ContentLink[]>().notNull().default([]),
    journeyStage: text('journey_stage').$type<JourneyStage>(),
    /**
     * The regions of the item's sites, copied here so a region filter is an index lookup on the item
     * instead of a join per row. Kept in step by the writes that change content_sites or a site's region.
     */
    regions: text('regions').array().$type<Region[]>().notNull().default(sql`'{}'`),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** The API key that created it, when an integrator did (authorId is then null): the key may see its own submissions. */
    authorKeyId: uuid('author_key_id').references(() => apiKeys.id, { onDelete: 'set null' }),
    // Workflow
    status: text('status').$type<ContentStatus>().notNull().default('draft'),
    submittedAt: timestamptz('submitted_at'),
    /** Who last submitted it (for the triage queue); not part of the API shape. */
    submittedById: uuid('submitted_by_id').references(() => users.id, { onDelete: 'set null' }),
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: timestamptz('published_at'),
    decisionNote: text('decision_note'),
    duplicateOfId: uuid('duplicate_of_id').references((): AnyPgColumn => contentItems.id, { onDelete: 'set null' }),
    /** When a published item should be looked at again (set on publishing; curators move it). */
    reviewBy: timestamptz('review_by'),
    /**
     * When the review-due job announced this review period (`item.review_due`); cleared whenever
     * reviewBy moves, so each period is announced once. Not part of the API shape.
     */
    reviewDueNotifiedAt: timestamptz('review_due_notified_at'),
    /**
     * How many times the row has been written since it was created: a trigger (migration 0031) adds one
     * on every UPDATE, by the API or around it (an import, a fix in the database). Part of the item's
     * ETag (modules/content/item-tag.ts); `version` is the API's, for If-Match. Not part of the API shape.
     */
    rowRevision: integer('row_revision').notNull().default(0),
    ...rowMeta(),
    /** Title weighs most, then the summary (or problem), then the body text. */
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
            setweight(to_tsvector('english', coalesce(summary, '')), 'B') ||
            setweight(to_tsvector('english', coalesce(context, '') || ' ' || coalesce(went_well, '') || ' ' ||
              coalesce(did_not_go_well, '') || ' ' || coalesce(do_differently, '') || ' ' || coalesce(body, '') || ' ' ||
              coalesce(outcomes, '') || ' ' || coalesce(description, '') || ' ' || coalesce(how_to_adopt, '')), 'C')`,
      ),
  },
  (t) => [
    index('content_items_type_id_idx').on(t.type, t.id),
    index('content_items_type_status_idx').on(t.type, t.status, t.id),
    index('content_items_type_stage_idx').on(t.type, t.journeyStage, t.id),
    index('content_items_type_updated_idx').on(t.type, t.updatedAt, t.id),
    index('content_items_type_maturity_idx').on(t.type, t.maturity, t.id),
    index('content_items_derived_from_idx').on(t.derivedFromId),
    // Followers' digests find answers to what a person wrote from here.
    index('content_items_author_idx').on(t.authorId).where(sql`${t.authorId} is not null`),
    index('content_items_author_key_idx').on(t.authorKeyId).where(sql`${t.authorKeyId} is not null`),
    index('content_items_themes_idx').using('gin', t.themes),
    index('content_items_care_settings_idx').using('gin', t.careSettings),
    index('content_items_tags_idx').using('gin', t.tags),
    index('content_items_search_idx').using('gin', t.search),
    // Likely duplicates of an imported row are found by title likeness (pg_trgm), before the row exists.
    index('content_items_title_trgm_idx').using('gin', sql`title gin_trgm_ops`),
    // The common list filters: state and stage narrow in the btree (read newest first), theme and
    // region in one GIN index the planner can AND with it when they are the narrower part. The btree
    // also carries themes and regions (INCLUDE, added by migration 0030: drizzle does not model it), so
    // testing them while walking it is an index-only scan.
    index('content_items_type_status_stage_idx').on(t.type, t.status, t.journeyStage, t.id),
    index('content_items_themes_regions_idx').using('gin', t.themes, t.regions),
    // The triage queue: oldest submission first among what waits for (or is in) review. The queue's
    // filters that narrow most (state, kind, who holds it) each lead a partial index in the same order,
    // so a filtered page and "claim the next" read the index in order instead of skipping through it.
    index('content_items_queue_idx').on(t.submittedAt, t.id).where(sql`${t.status} in ('submitted', 'in_review')`),
    index('content_items_queue_status_idx').on(t.status, t.submittedAt, t.id).where(sql`${t.status} in ('submitted', 'in_review')`),
    index('content_items_queue_type_idx').on(t.type, t.submittedAt, t.id).where(sql`${t.status} in ('submitted', 'in_review')`),
    index('content_items_queue_assignee_idx').on(t.assigneeId, t.submittedAt, t.id).where(sql`${t.status} in ('submitted', 'in_review')`),
    // The public Atom feed: newest published first, for everything or one kind (theme uses the GIN index).
    index('content_items_published_idx').on(t.publishedAt, t.id).where(sql`${t.status} = 'published'`),
    index('content_items_type_published_idx').on(t.type, t.publishedAt, t.id).where(sql`${t.status} = 'published'`),
    index('content_items_stage_published_idx').on(t.journeyStage, t.publishedAt, t.id).where(sql`${t.status} = 'published'`),
    // Review-by dates: the review-due queue (soonest first, of every kind or one) and the lists' `stale` filter.
    index('content_items_review_by_idx').on(t.reviewBy, t.id).where(sql`${t.status} = 'published'`),
    index('content_items_type_review_by_idx').on(t.type, t.reviewBy, t.id).where(sql`${t.status} = 'published'`),
  ],
)

/**
 * In how many items each word of `content_items.search` (a stemmed lexeme) appears, so similar
 * items can weigh an item's rare words above its common ones without scanning every item. Kept by
 * statement-level triggers on content_items (migration 0009), so every write path — the API, the
 * demo seed, bulk SQL — keeps it exact, in the writer's transaction.
 */
export const contentWords = pgTable('content_words', {
  word: text('word').primaryKey(),
  items: integer('items').notNull(),
})

/** How many items there are, kept by the same triggers: the N of each word's inverse document frequency. */
export const contentCorpus = pgTable(
  'content_corpus',
  {
    // One row only: the key can only be true.
    only: boolean('only').primaryKey().default(true),
    items: integer('items').notNull(),
  },
  (t) => [check('content_corpus_one_row', sql`${t.only}`)],
)

/** The sites an item belongs to: one for lessons and solutions, one or more for case studies. */
export const contentSites = pgTable(
  'content_sites',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItems.id, { onDelete: 'cascade' }),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    // Keeps the order the sites were given in (the first is the lead site).
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.siteId] }), index('content_sites_site_idx').on(t.siteId, t.itemId)],
)

/** "Related" links from one item to another (lesson → solution, case study → lesson, …). */
export const contentRelations = pgTable(
  'content_relations',
  {
    fromId: uuid('from_id')
      .notNull()
      .references(() => contentItems.id, { onDelete: 'cascade' }),
    toId: uuid('to_id')
      .notNull()
      .references(() => contentItems.id, { onDelete: 'cascade' }),
    /** Keeps the order the author gave. */
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.fromId, t.toId] }), index('content_relations_to_idx').on(t.toId)],
)

export const themes = pgTable(
  'themes',
  {
    slug: text('slug').primaryKey(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    retiredAt: timestamptz('retired_at'),
    /** Where the theme sits in the taxonomy (1 first); admins set the order, a new theme goes last. */
    position: integer('position').notNull().default(0),
    ...rowMeta(),
  },
  (t) => [index('themes_name_idx').on(t.name, t.slug)],
)
