import type { ContentStatus, Role, Site, SiteCreate, User } from '@learnonce/contracts'
import { eq } from 'drizzle-orm'
import type { App } from '../app.js'
import { auditEvents, contentItems } from '../db/schema/index.js'
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

const workflowTimestamps = (status: ContentStatus) => ({
  submittedAt: status === 'draft' ? null : new Date(),
  publishedAt: status === 'published' || status === 'archived' ? new Date() : null,
})

/**
 * Puts an item in a workflow state by writing the row directly — the one direct write tests may
 * make until the workflow routes exist. Sets `submittedAt` for anything past draft and
 * `publishedAt` for published and archived items; leaves `version` alone.
 */
export async function setStatus(app: App, id: string, status: ContentStatus): Promise<void> {
  const updated = await app.db
    .update(contentItems)
    .set({ status, ...workflowTimestamps(status) })
    .where(eq(contentItems.id, id))
    .returning({ id: contentItems.id })
  if (updated.length !== 1) throw new Error(`setStatus: no content item ${id}`)
}

/** The audit actions recorded about `subjectId`, as the admin would read them. */
export async function auditActionsFor(app: App, subjectId: string): Promise<string[]> {
  const rows = await app.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectId, subjectId))
  return rows.map((row) => row.action)
}
