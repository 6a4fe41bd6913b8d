import type { FileMeta, Lesson, NetworkEvent, Page, Solution, SolutionListItem } from '@learnonce/contracts'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { fileAttachments, networks } from '../../db/schema/index.js'
import type { UserActor } from '../../plugins/auth.js'
import { type TestApp, testApp } from '../../test/app.js'
import { type SignedIn, signIn } from '../../test/factories.js'
import { expectProblem } from '../../test/problems.js'
import { uploadFile } from '../../test/uploads.js'
import { driveTo } from '../../test/workflow.js'
import { type Cast, castFor, validBody } from '../content/content-fixtures.js'
import { samplePdf } from './file-samples.js'
import { attachFiles } from './service.js'

/*
 * Files attached where people expect them — a solution's artefacts, an item's links, an event's
 * outputs, a network's library and news, an import — and who then sees them: whoever can see
 * something a file is attached to, the uploader, curators and admins; nobody else, not even that
 * it exists.
 */

let t: TestApp
let app: App
let cast: Cast
/** A member of siteA besides the contributor: sees siteA's drafts. */
let colleague: SignedIn
let readKey: { authorization: string }

beforeAll(async () => {
  t = await testApp()
  app = t.app
  cast = await castFor(app)
  colleague = await signIn(app, 'contributor', [cast.siteA.id])
  const key = await app.inject({
    method: 'POST',
    url: '/v1/api-keys',
    headers: cast.admin.headers,
    payload: { name: 'Portal', scopes: ['content:read'] },
  })
  readKey = { authorization: `Bearer ${key.json<{ secret: string }>().secret}` }
})
afterAll(() => t.close())

const upload = (who: SignedIn = cast.contributor, name = 'toolkit.pdf') => uploadFile(app, who, name, samplePdf())
const fileStatus = async (headers: Record<string, string>, file: FileMeta) => {
  const meta = await app.inject({ method: 'GET', url: `/v1/files/${file.id}`, headers })
  const content = await app.inject({ method: 'GET', url: `/v1/files/${file.id}/content`, headers })
  expect(content.statusCode).toBe(meta.statusCode)
  return meta.statusCode
}
const solutionWith = async (artefacts: object[], who: SignedIn = cast.contributor) => {
  const res = await app.inject({
    method: 'POST',
    url: '/v1/solutions',
    headers: who.headers,
    payload: { ...validBody.solution(cast.siteA.id), artefacts },
  })
  expect(res.statusCode, res.body).toBe(201)
  return res.json<Solution>()
}
const attachedTo = async (fileId: string) =>
  (await app.db.select().from(fileAttachments).where(eq(fileAttachments.fileId, fileId))).map((row) => `${row.ownerType}:${row.ownerId}`)

describe('a solution’s artefacts', () => {
  it('may name an uploaded file, and the solution shows its name, type and size', async () => {
    const file = await upload(cast.contributor, 'Referral template.pdf')
    const solution = await solutionWith([
      { title: 'Referral template', fileId: file.id, kind: 'template' },
      { title: 'Guidance', url: 'https://example.org/guidance', kind: 'website' },
    ])
    const summary = { id: file.id, name: 'Referral template.pdf', mediaType: 'application/pdf', size: file.size }
    expect(solution.artefacts).toEqual([
      { title: 'Referral template', fileId: file.id, kind: 'template', file: summary },
      { title: 'Guidance', url: 'https://example.org/guidance', kind: 'website' },
    ])
    expect(await attachedTo(file.id)).toEqual([`content:${solution.id}`])
    const list = await app.inject({ method: 'GET', url: '/v1/solutions?fields=artefacts', headers: cast.contributor.headers })
    const row = list.json<Page<SolutionListItem>>().data.find((item) => item.id === solution.id)
    expect(row?.artefacts?.[0]).toEqual({ title: 'Referral template', fileId: file.id, kind: 'template', file: summary })
  })

  it('keeps a file of a draft from another site’s contributor, and shows it once published', async () => {
    const file = await upload()
    const solution = await solutionWith([{ title: 'Agreement', fileId: file.id, kind: 'agreement' }])
    expect(await fileStatus(cast.otherContributor.headers, file)).toBe(404)
    expect(await fileStatus(readKey, file)).toBe(404)
    expect(await fileStatus(colleague.headers, file)).toBe(200)
    expect(await fileStatus(cast.curator.headers, file)).toBe(200)
    await driveTo(app, '/v1/solutions', solution.id, 'published', { contributor: cast.contributor, curator: cast.curator })
    expect(await fileStatus(cast.otherContributor.headers, file)).toBe(200)
    expect(await fileStatus(readKey, file)).toBe(200)
  })

  it('carries file links into the sync feed for integrators', async () => {
    const file = await upload()
    const solution = await solutionWith([{ title: 'Toolkit', fileId: file.id, kind: 'toolkit' }])
    await driveTo(app, '/v1/solutions', solution.id, 'published', { contributor: cast.contributor, curator: cast.curator })
    const feed = await app.inject({ method: 'GET', url: '/v1/sync?limit=100', headers: readKey })
    expect(feed.statusCode, feed.body).toBe(200)
    const change = feed.json<{ data: { item: Solution | null }[] }>().data.find((entry) => entry.item?.id === solution.id)
    expect(change?.item?.artefacts[0]).toMatchObject({ fileId: file.id, file: { id: file.id, mediaType: 'application/pdf' } })
  })

  it('refuses a file someone else uploaded, or one that does not exist, with a 422 naming the artefact', async () => {
    const theirs = await upload(cast.otherContributor)
    const res = await app.inject({
      method: 'POST',
      url: '/v1/solutions',
      headers: cast.contributor.headers,
      payload: {
        ...validBody.solution(cast.siteA.id),
        artefacts: [
          { title: 'Site', url: 'https://example.org', kind: 'website' },
          { title: 'Theirs', fileId: theirs.id, kind: 'template' },
        ],
      },
    })
    expectProblem(res, 422, '/artefacts/1/fileId')
    const missing = await app.inject({
      method: 'POST',
      url: '/v1/solutions',
      headers: cast.contributor.headers,
      payload: {
        ...validBody.solution(cast.siteA.id),
        artefacts: [{ title: 'Gone', fileId: '01900000-0000-7000-8000-000000000000', kind: 'other' }],
      },
    })
    expectProblem(missing, 422, '/artefacts/0/fileId')
    expect(await attachedTo(theirs.id)).toEqual([])
  })

  it('lets a curator attach a contributor’s file, and the contributor send it back unchanged', async () => {
    const file = await upload(cast.otherContributor)
    const solution = await solutionWith([{ title: 'From site B', fileId: file.id, kind: 'template' }], cast.curator)
    const resend = await app.inject({
      method: 'PATCH',
      url: `/v1/solutions/${solution.id}`,
      headers: cast.contributor.headers,
      payload: { artefacts: solution.artefacts, title: 'Retitled' },
    })
    expect(resend.statusCode, resend.body).toBe(200)
    expect(await attachedTo(file.id)).toEqual([`content:${solution.id}`])
  })

  it('detaches a file taken out of the artefacts, and the files of a deleted draft', async () => {
    const kept = await upload()
    const dropped = await upload()
    const solution = await solutionWith([
      { title: 'Kept', fileId: kept.id, kind: 'template' },
      { title: 'Dropped', fileId: dropped.id, kind: 'template' },
    ])
    const res = await app.inject({
      method: 'PATCH',
      url: `/v1/solutions/${solution.id}`,
      headers: cast.contributor.headers,
      payload: { artefacts: [{ title: 'Kept', fileId: kept.id, kind: 'template' }] },
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json<Solution>().artefacts).toHaveLength(1)
    expect(await attachedTo(dropped.id)).toEqual([])
    expect(await fileStatus(colleague.headers, dropped)).toBe(404)
    const removed = await app.inject({ method: 'DELETE', url: `/v1/solutions/${solution.id}`, headers: cast.contributor.headers })
    expect(removed.statusCode, removed.body).toBe(204)
    expect(await attachedTo(kept.id)).toEqual([])
    expect(await fileStatus(cast.contributor.headers, kept)).toBe(200)
  })
})

describe('an item’s links', () => {
  it('may name a file on a lesson, and the lesson shows it', async () => {
    const file = await upload(cast.contributor, 'Evaluation.pdf')
    const res = await app.inject({
      method: 'POST',
      url: '/v1/lessons',
      headers: cast.contributor.headers,
      payload: { ...validBody.lesson(cast.siteA.id), links: [{ title: 'Evaluation', fileId: file.id, kind: 'document' }] },
    })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json<Lesson>().links[0]).toMatchObject({ fileId: file.id, file: { name: 'Evaluation.pdf' } })
    expect(await fileStatus(cast.otherContributor.headers, file)).toBe(404)
  })

  it('refuses a link with both a URL and a file', async () => {
    const file = await upload()
    const res = await app.inject({
      method: 'POST',
      url: '/v1/lessons',
      headers: cast.contributor.headers,
      payload: {
        ...validBody.lesson(cast.siteA.id),
        links: [{ title: 'Both', url: 'https://example.org', fileId: file.id, kind: 'document' }],
      },
    })
    expectProblem(res, 400)
  })
})

describe('an event’s outputs', () => {
  it('may include files, which everyone signed in may then read', async () => {
    const network = await app.inject({
      method: 'POST',
      url: '/v1/networks',
      headers: cast.curator.headers,
      payload: { name: 'Discharge network', purpose: 'Share what works.' },
    })
    const slides = await upload(cast.curator, 'Slides.pdf')
    const starts = new Date(Date.now() + 86_400_000)
    const created = await app.inject({
      method: 'POST',
      url: `/v1/networks/${network.json<{ id: string }>().id}/events`,
      headers: cast.curator.headers,
      payload: {
        title: 'Learning lunch',
        kind: 'learning_lunch',
        startsAt: starts.toISOString(),
        endsAt: new Date(starts.getTime() + 3_600_000).toISOString(),
        location: 'Leeds',
        fileIds: [slides.id],
      },
    })
    expect(created.statusCode, created.body).toBe(201)
    const event = created.json<NetworkEvent>()
    expect(event.fileIds).toEqual([slides.id])
    expect(event.files).toEqual([{ id: slides.id, name: 'Slides.pdf', mediaType: 'application/pdf', size: slides.size }])
    expect(await fileStatus(cast.otherContributor.headers, slides)).toBe(200)

    const cleared = await app.inject({
      method: 'PATCH',
      url: `/v1/events/${event.id}`,
      headers: cast.curator.headers,
      payload: { fileIds: [] },
    })
    expect(cleared.json<NetworkEvent>().files).toEqual([])
    expect(await fileStatus(cast.otherContributor.headers, slides)).toBe(404)
  })
})

describe('a network’s library and news', () => {
  it('follow the network’s access: open to every signed-in person, members-only to its people', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/v1/networks',
      headers: cast.curator.headers,
      payload: { name: 'Records network', purpose: 'Share.', members: [{ siteId: cast.siteA.id, role: 'lead' }] },
    })
    const networkId = created.json<{ id: string }>().id
    const agenda = await upload(cast.contributor, 'Agenda.pdf')
    const report = await upload(cast.contributor, 'Report.pdf')
    await app.db.transaction(async (tx) => {
      await attachFiles(tx, actorOf(cast.contributor), { ownerType: 'network_resource', ownerId: networkId, networkId }, [agenda.id])
      await attachFiles(tx, actorOf(cast.contributor), { ownerType: 'network_update', ownerId: networkId, networkId }, [report.id])
    })
    await app.db.update(networks).set({ access: 'members' }).where(eq(networks.id, networkId))
    for (const file of [agenda, report]) {
      expect(await fileStatus(colleague.headers, file)).toBe(200)
      expect(await fileStatus(cast.otherContributor.headers, file)).toBe(404)
      expect(await fileStatus(readKey, file)).toBe(404)
    }
    await app.db.update(networks).set({ access: 'open' }).where(eq(networks.id, networkId))
    expect(await fileStatus(cast.otherContributor.headers, agenda)).toBe(200)
  })
})

describe('an import', () => {
  it('keeps its file to the uploader and curators', async () => {
    const sheet = await upload(cast.contributor, 'lessons.pdf')
    await app.db.transaction(async (tx) => {
      await attachFiles(tx, actorOf(cast.curator), { ownerType: 'import', ownerId: sheet.id }, [sheet.id])
    })
    expect(await fileStatus(cast.contributor.headers, sheet)).toBe(200)
    expect(await fileStatus(cast.curator.headers, sheet)).toBe(200)
    expect(await fileStatus(colleague.headers, sheet)).toBe(404)
  })
})

/** The actor a signed-in person's requests carry, for calling the service directly. */
const actorOf = ({ user }: SignedIn): UserActor => ({
  kind: 'user',
  id: user.id,
  role: user.role,
  email: user.email,
  name: user.name,
  siteIds: user.siteIds,
})
