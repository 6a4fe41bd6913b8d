import type { NetworkStatus } from '@learnonce/contracts'
import { sql } from 'drizzle-orm'
import { index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { id, rowMeta, timestamptz } from './columns.js'
import { contentItems, tsvector } from './content.js'
import { users } from './identity.js'
import { sites } from './sites.js'

export const networks = pgTable(
  'networks',
  {
    id: id(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    purpose: text('purpose').notNull(),
    description: text('description').notNull().default(''),
    status: text('status').$type<NetworkStatus>().notNull().default('forming'),
    /** Who reads the network's library, discussions and news: any signed-in person, or its members only. */
    access: text('access').$type<'open' | 'members'>().notNull().default('open'),
    ...rowMeta(),
    /** Weighted like content's (name as a title, purpose as a summary), so /v1/search ranks both on one scale. */
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english', coalesce(name, '')), 'A') ||
            setweight(to_tsvector('english', coalesce(purpose, '')), 'B') ||
            setweight(to_tsvector('english', coalesce(description, '')), 'C')`,
      ),
  },
  (t) => [
    uniqueIndex('networks_slug_key').on(t.slug),
    index('networks_name_idx').on(t.name, t.id),
    index('networks_status_idx').on(t.status, t.name, t.id),
    index('networks_search_idx').using('gin', sql`(name || ' ' || purpose) gin_trgm_ops`),
    index('networks_fulltext_idx').using('gin', t.search),
  ],
)

export const networkSites = pgTable(
  'network_sites',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    role: text('role').$type<'lead' | 'member'>().notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.siteId] }), index('network_sites_site_idx').on(t.siteId, t.networkId)],
)

export const networkCoordinators = pgTable(
  'network_coordinators',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.userId] }), index('network_coordinators_user_idx').on(t.userId)],
)

export const networkContent = pgTable(
  'network_content',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItems.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.itemId] }), index('network_content_item_idx').on(t.itemId, t.networkId)],
)

export const events = pgTable(
  'events',
  {
    id: id(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    kind: text('kind').$type<'conference' | 'workshop' | 'learning_lunch' | 'webinar' | 'meeting'>().notNull(),
    startsAt: timestamptz('starts_at').notNull(),
    endsAt: timestamptz('ends_at').notNull(),
    location: text('location'),
    onlineUrl: text('online_url'),
    description: text('description').notNull().default(''),
    ...rowMeta(),
  },
  (t) => [
    index('events_network_idx').on(t.networkId, t.startsAt, t.id),
    index('events_starts_idx').on(t.startsAt, t.id),
    index('events_kind_idx').on(t.kind, t.startsAt, t.id),
  ],
)

export const eventOutputs = pgTable(
  'event_outputs',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItems.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.itemId] }), index('event_outputs_item_idx').on(t.itemId, t.eventId)],
)
