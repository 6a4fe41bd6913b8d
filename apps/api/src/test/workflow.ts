import type { ContentType, WorkflowAction, WorkflowActionBody } from '@learnonce/contracts'
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
  const url = `${kindOf(item.type).path}/${item.id}/${action}`
  return app.inject({ method: 'POST', url, headers: who.headers, ...(body ? { payload: body } : {}) })
}

/** Takes each step in order; every one must succeed, as it would for a user clicking through. */
export async function walk(app: App, item: MadeItem, steps: [SignedIn, WorkflowAction, WorkflowActionBody?][]): Promise<MadeItem> {
  for (const [who, action, body] of steps) {
    const res = await act(app, who, item, action, body)
    expect(res.statusCode, `${action}: ${res.body}`).toBe(200)
  }
  return item
}
