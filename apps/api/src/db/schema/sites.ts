import type { Region, SiteKind } from '@learnonce/contracts'
import { sql } from 'drizzle-orm'
import { index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { id, rowMeta, timestamptz } from './columns.js'

export const sites = pgTable(
  'sites',
  {
    id: id(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    kind: text('kind').$type<SiteKind>().notNull(),
    region: text('region').$type<Region>().notNull(),
    odsCode: text('ods_code'),
    website: text('website'),
    contactEmail: text('contact_email'),
    archivedAt: timestamptz('archived_at'),
    ...rowMeta(),
  },
  (t) => [
    uniqueIndex('sites_slug_key').on(t.slug),
    // Lists are ordered by name, then id; the filters narrow that order.
    index('sites_name_idx').on(t.name, t.id),
    index('sites_kind_idx').on(t.kind, t.name, t.id),
    index('sites_region_idx').on(t.region, t.name, t.id),
    index('sites_search_idx').using('gin', sql`(name || ' ' || slug || ' ' || coalesce(ods_code, '')) gin_trgm_ops`),
    index('sites_archived_idx').on(t.name, t.id).where(sql`${t.archivedAt} is not null`),
  ],
)
