import type { CaseStudyCreate, ContentStatus, LessonCreate, SolutionCreate } from '@learnonce/contracts'

export { expectProblem } from '../../test/problems.js'

import { eq } from 'drizzle-orm'
import type { App } from '../../app.js'
import { contentItems } from '../../db/schema/index.js'

let sequence = 0
const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`

/** The smallest bodies each create route accepts, with a unique title so lists and searches can find them. */
export const validBody = {
  lesson: (siteId: string): LessonCreate => ({
    title: `Lesson ${unique()}`,
    summary: 'What we learned moving discharge letters to structured messages.',
    siteId,
  }),
  caseStudy: (siteIds: string[]): CaseStudyCreate => ({
    title: `Case study ${unique()}`,
    summary: 'How three practices shared one records team.',
    siteIds,
  }),
  solution: (siteId: string): SolutionCreate => ({
    title: `Solution ${unique()}`,
    problem: 'Referrals arrive as faxes that nobody can search.',
    siteId,
  }),
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
