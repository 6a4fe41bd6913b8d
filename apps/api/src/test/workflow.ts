import type { ContentStatus, ContentType, WorkflowAction, WorkflowActionBody } from '@learnonce/contracts'
import type { LightMyRequestResponse } from 'fastify'
import { expect } from 'vitest'
import type { App } from '../app.js'
import { kindOf } from '../modules/content/kinds.js'
import type { SignedIn } from './factories.js'

/** An item made through the API: enough to act on it and to find it in lists. */
export interface MadeItem {
  id: string
  type: ContentType
  title: string
}

/** Creates a draft through the API as `who` (the real path: audit, sites and all). */
export async function createItem(app: App, who: SignedIn, type: ContentType, payload: object): Promise<MadeItem> {
  const res = await app.inject({ method: 'POST', url: kindOf(type).path, headers: who.headers, payload })
  expect(res.statusCode, res.body).toBe(201)
  const { id, title } = res.json<{ id: string; title: string }>()
  return { id, type, title }
}

/** One workflow action on an item, as `who`; the response is the caller's to check. */
export function act(
  app: App,
  who: SignedIn,
  item: MadeItem,
  action: WorkflowAction,
  body?: WorkflowActionBody,
): Promise<LightMyRequestResponse> {
  return actAt(app, kindOf(item.type).path, item.id, action, who, body)
}

/** Takes each step in order; every one must succeed, as it would for a user clicking through. */
export async function walk(app: App, item: MadeItem, steps: [SignedIn, WorkflowAction, WorkflowActionBody?][]): Promise<MadeItem> {
  for (const [who, action, body] of steps) {
    const res = await act(app, who, item, action, body)
    expect(res.statusCode, `${action}: ${res.body}`).toBe(200)
  }
  return item
}

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

/** POSTs one workflow action to the item at `path`/`id` (headers such as If-Match added to the caller's). */
export const actAt = (app: App, path: string, id: string, action: WorkflowAction, who: SignedIn, payload?: object, headers = {}) =>
  app.inject({
    method: 'POST',
    url: `${path}/${id}/${action}`,
    headers: { ...who.headers, ...headers },
    ...(payload ? { payload } : {}),
  })

/** Moves an item to `status` through the real routes: the contributor submits, the curator does the rest. */
export async function driveTo(app: App, path: string, id: string, status: ContentStatus, who: Actors, duplicateOfId = ''): Promise<void> {
  for (const action of routeTo(status)) {
    const res = await actAt(app, path, id, action, action === 'submit' ? who.contributor : who.curator, bodyFor(action, duplicateOfId))
    expect(res.statusCode, `${action}: ${res.body}`).toBe(200)
  }
}
