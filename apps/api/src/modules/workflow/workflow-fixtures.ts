import type { ContentStatus, WorkflowAction } from '@learnonce/contracts'
import { expect } from 'vitest'
import type { App } from '../../app.js'
import type { SignedIn } from '../../test/factories.js'

/**
 * The actions that take a new draft to each state, as people would: the contributor submits, the
 * curator claims and decides. `duplicateOfId` is the original a duplicate points at.
 */
export function routeTo(status: ContentStatus): WorkflowAction[] {
  const decided: Partial<Record<ContentStatus, WorkflowAction[]>> = {
    draft: [],
    submitted: ['submit'],
    in_review: ['submit', 'claim'],
    changes_requested: ['submit', 'claim', 'request-changes'],
    published: ['submit', 'claim', 'publish'],
    rejected: ['submit', 'claim', 'reject'],
    duplicate: ['submit', 'claim', 'mark-duplicate'],
    archived: ['submit', 'claim', 'publish', 'archive'],
  }
  const actions = decided[status]
  if (!actions) throw new Error(`no route to ${status}`)
  return actions
}

export interface Actors {
  contributor: SignedIn
  curator: SignedIn
}

/** The body each action is sent with in these tests: a note where one is required, an original where one is needed. */
export const bodyFor = (action: WorkflowAction, duplicateOfId: string) => ({
  note: `Note for ${action}`,
  ...(action === 'mark-duplicate' ? { duplicateOfId } : {}),
})

/** POSTs one workflow action. */
export const act = (app: App, path: string, id: string, action: WorkflowAction, who: SignedIn, payload?: object, headers = {}) =>
  app.inject({
    method: 'POST',
    url: `${path}/${id}/${action}`,
    headers: { ...who.headers, ...headers },
    ...(payload ? { payload } : {}),
  })

/** Moves an item to `status` through the real routes: the contributor submits, the curator does the rest. */
export async function driveTo(app: App, path: string, id: string, status: ContentStatus, who: Actors, duplicateOfId = ''): Promise<void> {
  for (const action of routeTo(status)) {
    const res = await act(app, path, id, action, action === 'submit' ? who.contributor : who.curator, bodyFor(action, duplicateOfId))
    expect(res.statusCode, `${action}: ${res.body}`).toBe(200)
  }
}
