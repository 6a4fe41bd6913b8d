import type { Role, SiteCreate } from '@learnonce/contracts'
import { eq, sql } from 'drizzle-orm'
import type { Database } from '../db/client.js'
import { sites, users } from '../db/schema/index.js'
import { createSite } from '../modules/sites/service.js'
import { createUser } from '../modules/users/service.js'

export const DEMO_PASSWORD = 'learn-once-demo'

export const demoSites: (SiteCreate & { slug: string })[] = [
  {
    name: 'Northfield Teaching Hospitals NHS Foundation Trust',
    slug: 'northfield-teaching-hospitals',
    kind: 'nhs_trust',
    region: 'north_east_and_yorkshire',
    odsCode: 'RNF',
    website: 'https://northfield.example.nhs.uk',
  },
  { name: 'Riverside Medical Practice', slug: 'riverside-medical-practice', kind: 'gp_practice', region: 'north_west', odsCode: 'P81042' },
  {
    name: 'Mersey Vale Primary Care Network',
    slug: 'mersey-vale-pcn',
    kind: 'primary_care_network',
    region: 'north_west',
    odsCode: 'U12345',
  },
  {
    name: 'Ashby County Council Adult Social Care',
    slug: 'ashby-county-council',
    kind: 'local_authority',
    region: 'midlands',
    contactEmail: 'asc-digital@ashby.example.gov.uk',
  },
  {
    name: 'Fenland and Broads Integrated Care Board',
    slug: 'fenland-broads-icb',
    kind: 'integrated_care_board',
    region: 'east_of_england',
    odsCode: 'QFB',
  },
  { name: 'Thames Connect Shared Care Record', slug: 'thames-connect-scr', kind: 'shared_care_record', region: 'london' },
  {
    name: 'Harbourside Community Health Services',
    slug: 'harbourside-community-health',
    kind: 'nhs_trust',
    region: 'south_east',
    odsCode: 'RHC',
  },
  {
    name: 'Moorland Carers Network',
    slug: 'moorland-carers-network',
    kind: 'voluntary_org',
    region: 'south_west',
    website: 'https://moorlandcarers.example.org.uk',
  },
  { name: 'Kingsmead Surgery', slug: 'kingsmead-surgery', kind: 'gp_practice', region: 'london', odsCode: 'F84017' },
  { name: 'Wessex Coast Shared Care Record', slug: 'wessex-coast-scr', kind: 'shared_care_record', region: 'south_west' },
  {
    name: 'Pennine Mental Health Partnership',
    slug: 'pennine-mental-health',
    kind: 'nhs_trust',
    region: 'north_east_and_yorkshire',
    odsCode: 'RPM',
  },
  { name: 'Linden Valley Borough Council', slug: 'linden-valley-council', kind: 'local_authority', region: 'east_of_england' },
]

export const demoUsers: { email: string; name: string; role: Role; siteSlugs: string[] }[] = [
  { email: 'admin@demo.learnonce.dev', name: 'Amara Okafor', role: 'admin', siteSlugs: [] },
  { email: 'curator@demo.learnonce.dev', name: 'Callum Reid', role: 'curator', siteSlugs: [] },
  {
    email: 'contributor@demo.learnonce.dev',
    name: 'Priya Shah',
    role: 'contributor',
    siteSlugs: ['riverside-medical-practice', 'mersey-vale-pcn'],
  },
  { email: 'contributor2@demo.learnonce.dev', name: 'Tom Hughes', role: 'contributor', siteSlugs: ['ashby-county-council'] },
]

/** Loads the demo hub. Idempotent: what already exists (matched by slug or email) is left alone. */
export async function seedDemo(db: Database): Promise<void> {
  for (const site of demoSites) {
    const [existing] = await db.select({ id: sites.id }).from(sites).where(eq(sites.slug, site.slug))
    if (!existing) await createSite(db, site, null)
  }
  const siteIds = new Map((await db.select({ id: sites.id, slug: sites.slug }).from(sites)).map((s) => [s.slug, s.id]))
  for (const user of demoUsers) {
    const [existing] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${user.email}`)
    if (existing) continue
    const memberOf = user.siteSlugs.flatMap((slug) => siteIds.get(slug) ?? [])
    await createUser(db, { email: user.email, name: user.name, role: user.role, password: DEMO_PASSWORD, siteIds: memberOf }, null)
  }
}
