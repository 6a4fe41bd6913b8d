import { and, asc, eq } from 'drizzle-orm'
import type { Database } from '../db/client.js'
import { contentItems, contentSites, inboundMessages, sites, users } from '../db/schema/index.js'
import { demoId, workingTime } from './demo-ids.js'

/**
 * What the demo hub's inbound address has received, so its log is not empty: a contributor's email that
 * became one of the demo's draft lessons, and a newsletter it refused. Ids are fixed, so loading twice
 * adds nothing.
 */
export async function loadDemoInbound(db: Database, anchor: Date): Promise<void> {
  const [draft] = await db
    .select({ id: contentItems.id, title: contentItems.title, authorId: users.id, email: users.email, site: sites.name })
    .from(contentItems)
    .innerJoin(users, eq(users.id, contentItems.authorId))
    .innerJoin(contentSites, and(eq(contentSites.itemId, contentItems.id), eq(contentSites.position, 0)))
    .innerJoin(sites, eq(sites.id, contentSites.siteId))
    .where(and(eq(contentItems.type, 'lesson'), eq(contentItems.status, 'draft')))
    .orderBy(asc(contentItems.id))
    .limit(1)
  const refusedAt = workingTime(anchor, 1, 'inbound:refused')
  const refused = {
    id: demoId('inbound:refused', refusedAt),
    sender: 'bulletin@example.org',
    subject: 'This week in digital care',
    messageId: '<weekly-bulletin@example.org>',
    size: 18_233,
    outcome: 'refused' as const,
    reason: 'Refused: bulletin@example.org is not an active member of the hub.',
    userId: null,
    itemId: null,
    attachments: [],
    createdAt: refusedAt,
  }
  const createdAt = workingTime(anchor, 3, 'inbound:draft')
  const created = draft && {
    id: demoId('inbound:draft', createdAt),
    sender: draft.email,
    subject: draft.title,
    messageId: '<lesson-by-email@demo.learnonce.dev>',
    size: 6_412,
    outcome: 'draft_created' as const,
    reason: `Draft lesson created for ${draft.site}.`,
    userId: draft.authorId,
    itemId: draft.id,
    attachments: [],
    createdAt,
  }
  await db
    .insert(inboundMessages)
    .values(created ? [created, refused] : [refused])
    .onConflictDoNothing()
}
