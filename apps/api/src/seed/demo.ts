import type { SiteCreate } from '@learnonce/contracts'
import { eq, inArray, sql } from 'drizzle-orm'
import type { Database } from '../db/client.js'
import { sites, users } from '../db/schema/index.js'
import { createSite } from '../modules/sites/service.js'
import { createUser } from '../modules/users/service.js'
import { loadDemoCommunity } from './demo-community.js'
import { loadDemoContent } from './demo-content.js'
import { seedDemoFiles } from './demo-files.js'
import { anchorDay } from './demo-ids.js'
import { loadDemoInbound } from './demo-inbound.js'
import { demoColleagues, demoUsers, people } from './demo-people.js'

export { demoUsers }

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
  {
    name: 'Calder Bridge Health Centre',
    slug: 'calder-bridge-health-centre',
    kind: 'gp_practice',
    region: 'north_east_and_yorkshire',
    odsCode: 'B86654',
  },
  { name: 'Orchard Lane Surgery', slug: 'orchard-lane-surgery', kind: 'gp_practice', region: 'midlands', odsCode: 'M85021' },
  {
    name: 'Ashby Voluntary Action',
    slug: 'ashby-voluntary-action',
    kind: 'voluntary_org',
    region: 'midlands',
    website: 'https://ashbyva.example.org.uk',
  },
]

/**
 * Loads the demo hub: sites and users through their services (what already exists, matched by slug
 * or email, is left alone), then the content, networks and events in one transaction with
 * deterministic ids. Dates count back from the day the demo admin was created, so the hub looks
 * lived in whenever it was first loaded and loading it again changes nothing.
 */
export async function seedDemo(db: Database): Promise<void> {
  for (const site of demoSites) {
    const [existing] = await db.select({ id: sites.id }).from(sites).where(eq(sites.slug, site.slug))
    if (!existing) await createSite(db, site, null)
  }
  const siteIds = new Map((await db.select({ id: sites.id, slug: sites.slug }).from(sites)).map((s) => [s.slug, s.id]))
  const everyone = [...demoUsers, ...demoColleagues]
  for (const user of everyone) {
    const [existing] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${user.email}`)
    if (existing) continue
    const memberOf = user.siteSlugs.flatMap((slug) => siteIds.get(slug) ?? [])
    await createUser(db, { email: user.email, name: user.name, role: user.role, password: DEMO_PASSWORD, siteIds: memberOf }, null)
  }
  const found = await db
    .select({ id: users.id, email: sql<string>`lower(${users.email})`, createdAt: users.createdAt })
    .from(users)
    .where(
      inArray(
        sql`lower(${users.email})`,
        everyone.map((user) => user.email),
      ),
    )
  const admin = found.find((user) => user.email === people.admin)
  if (!admin) throw new Error('the demo admin is missing')
  const anchor = anchorDay(admin.createdAt)
  await loadDemoContent(db, {
    anchor,
    siteIds,
    userIds: new Map(found.map((user) => [user.email, user.id])),
  })
  await seedDemoFiles(db)
  await loadDemoCommunity(db)
  await loadDemoInbound(db, anchor)
}
