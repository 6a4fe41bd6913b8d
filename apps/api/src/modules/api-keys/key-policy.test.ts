import { randomUUID } from 'node:crypto'
import { type ContentStatus, contentStatuses, type WorkflowAction, workflowActions } from '@learnonce/contracts'
import { describe, expect, it } from 'vitest'
import type { KeyActor } from '../../plugins/auth.js'
import { Problem } from '../../problem.js'
import { canDelete, canEdit, canRead, sitesNotAllowed } from '../content/policy.js'
import { decideTransition } from '../workflow/policy.js'

/** The rules written for people, asked about keys: a table of scope × state × ownership. */
const site = randomUUID()
const otherSite = randomUUID()
const keyWith = (scopes: KeyActor['scopes'], siteId: string | null = null): KeyActor => ({
  kind: 'key',
  id: randomUUID(),
  role: 'integrator',
  name: 'Portal',
  scopes,
  siteId,
  siteIds: [],
})
const reader = keyWith(['content:read'])
const submitter = keyWith(['content:submit'], site)
const item = (status: ContentStatus, authorKeyId: string | null = null) => ({ status, siteIds: [site], authorKeyId, assigneeId: null })

const statusOf = (decide: () => void): number => {
  try {
    decide()
    return 200
  } catch (error) {
    if (error instanceof Problem) return error.status
    throw error
  }
}

describe('the content and workflow rules, for API keys', () => {
  it.each(contentStatuses)('a key reads a %s item only when it is published or the key created it', (status) => {
    for (const key of [reader, submitter]) {
      expect(canRead(key, item(status))).toBe(status === 'published')
      expect(canRead(key, item(status, key.id))).toBe(true)
      expect(canRead(key, item(status, keyWith(['content:submit'], site).id))).toBe(status === 'published')
    }
  })

  it.each(contentStatuses)('no key edits or deletes a %s item, even one it created', (status) => {
    for (const key of [reader, submitter]) {
      expect(canEdit(key, item(status, key.id))).toBe(false)
      expect(canDelete(key, item(status, key.id))).toBe(false)
    }
  })

  it('only a content:submit key places content, and only on its own site', () => {
    expect(sitesNotAllowed(submitter, [site])).toEqual([])
    expect(sitesNotAllowed(submitter, [otherSite])).toEqual([otherSite])
    expect(sitesNotAllowed(reader, [site])).toEqual([site])
  })

  it.each(workflowActions)('%s: a key may only submit a draft of its own site, and only with content:submit', (action: WorkflowAction) => {
    const draft = { ...item('draft'), siteIds: [site] }
    const elsewhere = { ...item('draft'), siteIds: [otherSite] }
    const decide = (key: KeyActor, subject: typeof draft) => statusOf(() => decideTransition(key, subject, action, 'lesson', null))
    expect(decide(reader, draft)).toBe(403)
    expect(decide(submitter, elsewhere)).toBe(403)
    // From a draft, submit is the only action the table allows at all; others are 403 for a key before the state is looked at.
    expect(decide(submitter, draft)).toBe(action === 'submit' ? 200 : 403)
  })
})
