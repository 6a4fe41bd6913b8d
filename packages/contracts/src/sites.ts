import { type Static, Type } from 'typebox'
import { Email, Nullable, PageQuery, RowMeta, Slug, StringEnum, Text, Timestamp } from './common.js'

export const siteKinds = [
  'nhs_trust',
  'gp_practice',
  'primary_care_network',
  'local_authority',
  'integrated_care_board',
  'shared_care_record',
  'voluntary_org',
  'other',
] as const
export type SiteKind = (typeof siteKinds)[number]

/** NHS England regions. */
export const regions = [
  'north_east_and_yorkshire',
  'north_west',
  'midlands',
  'east_of_england',
  'london',
  'south_east',
  'south_west',
] as const
export type Region = (typeof regions)[number]

export const SiteKind = StringEnum(siteKinds)
export const Region = StringEnum(regions)

export const Site = Type.Object({
  ...RowMeta,
  name: Text(200),
  slug: Slug,
  kind: SiteKind,
  region: Region,
  odsCode: Nullable(Type.String({ pattern: '^[A-Z0-9]{3,10}$', description: 'NHS ODS code' })),
  website: Nullable(Type.String({ format: 'uri', maxLength: 500 })),
  contactEmail: Nullable(Email),
  archivedAt: Nullable(Timestamp),
})
export type Site = Static<typeof Site>

const siteWritable = Type.Pick(Site, ['name', 'slug', 'kind', 'region', 'odsCode', 'website', 'contactEmail'])

export const SiteCreate = Type.Object(
  {
    name: Site.properties.name,
    slug: Type.Optional(Slug),
    kind: SiteKind,
    region: Region,
    odsCode: Type.Optional(Site.properties.odsCode),
    website: Type.Optional(Site.properties.website),
    contactEmail: Type.Optional(Site.properties.contactEmail),
  },
  { additionalProperties: false },
)
export type SiteCreate = Static<typeof SiteCreate>

export const SiteUpdate = Type.Partial(siteWritable, { additionalProperties: false, minProperties: 1 })
export type SiteUpdate = Static<typeof SiteUpdate>

export const SiteListQuery = Type.Object(
  {
    ...PageQuery.properties,
    kind: Type.Optional(SiteKind),
    region: Type.Optional(Region),
    archived: Type.Optional(Type.Boolean({ description: 'true: only archived sites; false (default): only live ones' })),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Matches name, slug or ODS code' })),
  },
  { additionalProperties: false },
)
export type SiteListQuery = Static<typeof SiteListQuery>
