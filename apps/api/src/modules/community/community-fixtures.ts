import type { NetworkAccess } from '@learnonce/contracts'
import { expect } from 'vitest'
import type { App } from '../../app.js'
import { pdfDocument } from '../../seed/documents.js'
import { makeSite, type SignedIn, signIn } from '../../test/factories.js'
import { uploadFile } from '../../test/uploads.js'

export type Request = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  url: string
  payload?: object
  headers?: Record<string, string>
}

/**
 * A small community in one call: a member site and an outsider site, the people around a network
 * (a contributor at the member site, a coordinator, a curator, an admin, an outsider contributor), and
 * an `open` and a `members` network both led by the member site and coordinated by the coordinator.
 */
export async function communityWorld(app: App) {
  const memberSite = await makeSite(app)
  const outsiderSite = await makeSite(app)
  const people = {
    admin: await signIn(app, 'admin', [], 'Ada Admin'),
    curator: await signIn(app, 'curator', [], 'Cora Curator'),
    coordinator: await signIn(app, 'contributor', [], 'Colin Coordinator'),
    member: await signIn(app, 'contributor', [memberSite.id], 'Mina Member'),
    colleague: await signIn(app, 'contributor', [memberSite.id], 'Cal Colleague'),
    outsider: await signIn(app, 'contributor', [outsiderSite.id], 'Otto Outsider'),
  }

  const call = async (who: SignedIn | null, request: Request) =>
    app.inject({ ...request, headers: { ...(who ? who.headers : {}), ...request.headers } })

  /** A call that must succeed, answering its JSON (nothing for a 204). */
  const ok = async <T = { id: string; version: number }>(who: SignedIn, request: Request): Promise<T> => {
    const res = await call(who, request)
    expect(res.statusCode, `${request.method} ${request.url}: ${res.body}`).toBeLessThan(300)
    return res.body === '' ? (undefined as T) : res.json<T>()
  }

  const network = async (access: NetworkAccess) =>
    (
      await ok(people.admin, {
        method: 'POST',
        url: '/v1/networks',
        payload: {
          name: `Network ${access} ${Math.random().toString(36).slice(2)}`,
          purpose: 'Learn together.',
          access,
          members: [{ siteId: memberSite.id, role: 'lead' }],
          coordinatorIds: [people.coordinator.user.id],
        },
      })
    ).id

  /** A small PDF uploaded by `who` through POST /v1/files. */
  const uploaded = async (who: SignedIn, name = 'agenda.pdf') =>
    (await uploadFile(app, who, name, pdfDocument(name, ['A line of the document.', Math.random().toString(36)]))).id

  return { memberSite, outsiderSite, people, call, ok, network, uploaded }
}
