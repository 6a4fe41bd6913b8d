import type { Role } from '@learnonce/contracts'

/** Who wrote, reviewed and coordinated the demo content, by the email they sign in with. */
export const people = {
  admin: 'admin@demo.learnonce.dev',
  curator: 'curator@demo.learnonce.dev',
  priya: 'contributor@demo.learnonce.dev',
  tom: 'contributor2@demo.learnonce.dev',
  grace: 'grace.mensah@demo.learnonce.dev',
  owen: 'owen.price@demo.learnonce.dev',
  sian: 'sian.davies@demo.learnonce.dev',
  hannah: 'hannah.clarke@demo.learnonce.dev',
  ruth: 'ruth.adebayo@demo.learnonce.dev',
  daniel: 'daniel.whitfield@demo.learnonce.dev',
  leah: 'leah.thornton@demo.learnonce.dev',
  marcus: 'marcus.bell@demo.learnonce.dev',
  fiona: 'fiona.macleod@demo.learnonce.dev',
  imran: 'imran.qureshi@demo.learnonce.dev',
  beth: 'beth.morgan@demo.learnonce.dev',
  joy: 'joy.ellis@demo.learnonce.dev',
} as const

export interface DemoUser {
  email: string
  name: string
  role: Role
  siteSlugs: string[]
}

/** The accounts to sign in with (the admin app and the start script name them). */
export const demoUsers: DemoUser[] = [
  { email: people.admin, name: 'Amara Okafor', role: 'admin', siteSlugs: [] },
  { email: people.curator, name: 'Callum Reid', role: 'curator', siteSlugs: [] },
  { email: people.priya, name: 'Priya Shah', role: 'contributor', siteSlugs: ['riverside-medical-practice', 'mersey-vale-pcn'] },
  { email: people.tom, name: 'Tom Hughes', role: 'contributor', siteSlugs: ['ashby-county-council'] },
]

/** Contributors at the other demo sites, so every item has a plausible author. Same password. */
export const demoColleagues: DemoUser[] = [
  { email: people.grace, name: 'Grace Mensah', role: 'contributor', siteSlugs: ['northfield-teaching-hospitals'] },
  { email: people.owen, name: 'Owen Price', role: 'contributor', siteSlugs: ['thames-connect-scr'] },
  { email: people.sian, name: 'Siân Davies', role: 'contributor', siteSlugs: ['wessex-coast-scr'] },
  { email: people.hannah, name: 'Hannah Clarke', role: 'contributor', siteSlugs: ['harbourside-community-health'] },
  { email: people.ruth, name: 'Ruth Adebayo', role: 'contributor', siteSlugs: ['moorland-carers-network'] },
  { email: people.daniel, name: 'Daniel Whitfield', role: 'contributor', siteSlugs: ['kingsmead-surgery'] },
  { email: people.leah, name: 'Leah Thornton', role: 'contributor', siteSlugs: ['pennine-mental-health'] },
  { email: people.marcus, name: 'Marcus Bell', role: 'contributor', siteSlugs: ['linden-valley-council'] },
  { email: people.fiona, name: 'Fiona MacLeod', role: 'contributor', siteSlugs: ['fenland-broads-icb'] },
  { email: people.imran, name: 'Imran Qureshi', role: 'contributor', siteSlugs: ['calder-bridge-health-centre'] },
  { email: people.beth, name: 'Beth Morgan', role: 'contributor', siteSlugs: ['orchard-lane-surgery'] },
  { email: people.joy, name: 'Joy Ellis', role: 'contributor', siteSlugs: ['ashby-voluntary-action'] },
]
