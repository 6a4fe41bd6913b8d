import type { Role, Site, SiteCreate, User } from '@learnonce/contracts'
import type { App } from '../app.js'
import { createSite } from '../modules/sites/service.js'
import { createUser } from '../modules/users/service.js'

let sequence = 0
const next = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`

export const TEST_PASSWORD = 'correct-horse-battery'

export async function makeSite(app: App, overrides: Partial<SiteCreate> = {}): Promise<Site> {
  const n = next()
  return createSite(app.db, { name: `Test Site ${n}`, slug: `test-site-${n}`, kind: 'gp_practice', region: 'london', ...overrides }, null)
}

export interface SignedIn {
  user: User
  token: string
  /** Authorization header for app.inject. */
  headers: { authorization: string }
}

/** A user of `role` (member of `siteIds`) and a live access token for them. */
export async function signIn(app: App, role: Role, siteIds: string[] = [], name?: string): Promise<SignedIn> {
  const n = next()
  const user = await createUser(
    app.db,
    { email: `${role}-${n}@test.learnonce.dev`, name: name ?? `Test ${role} ${n}`, role, password: TEST_PASSWORD, siteIds },
    null,
  )
  const token = app.jwt.sign({ sub: user.id })
  return { user, token, headers: { authorization: `Bearer ${token}` } }
}
