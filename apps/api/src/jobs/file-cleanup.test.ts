import { count, eq, inArray, sql } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../app.js'
import { fileChunks, fileContents, files } from '../db/schema/index.js'
import { validBody } from '../modules/content/content-fixtures.js'
import { samplePdf } from '../modules/files/file-samples.js'
import { docxDocument } from '../seed/documents.js'
import { type TestApp, testApp } from '../test/app.js'
import { makeSite, type SignedIn, signIn } from '../test/factories.js'
import { uploadFile } from '../test/uploads.js'
import { removeUnattachedFiles } from './file-cleanup.js'

/*
 * Files nobody attached go after a day, and their bytes with them unless another file shares them;
 * files in use, and fresh uploads still waiting for their form, stay.
 */

let t: TestApp
let app: App
let contributor: SignedIn
let siteId: string

beforeAll(async () => {
  t = await testApp()
  app = t.app
  siteId = (await makeSite(app)).id
  contributor = await signIn(app, 'contributor', [siteId])
})
afterAll(() => t.close())

const age = (ids: string[], hours: number) =>
  app.db
    .update(files)
    .set({ createdAt: sql`now() - make_interval(hours => ${hours})` })
    .where(inArray(files.id, ids))
const exists = async (id: string) => (await app.db.select({ id: files.id }).from(files).where(eq(files.id, id))).length === 1
const chunksOf = async (sha256: string) => {
  const [content] = await app.db.select().from(fileContents).where(eq(fileContents.sha256, sha256))
  if (!content) return 0
  const [row] = await app.db.select({ n: count() }).from(fileChunks).where(eq(fileChunks.chunksId, content.chunksId))
  return row?.n ?? 0
}

describe('the clean-up of unattached files', () => {
  it('removes files attached to nothing for a day, and content no file names any more', async () => {
    const forgotten = await uploadFile(app, contributor, 'forgotten.docx', docxDocument('Forgotten', ['Never attached']))
    const attached = await uploadFile(app, contributor, 'attached.pdf', samplePdf())
    const sharedBytes = docxDocument('Shared', ['Two files, one content'])
    const unattachedTwin = await uploadFile(app, contributor, 'twin.docx', sharedBytes)
    const attachedTwin = await uploadFile(app, contributor, 'twin-in-use.docx', sharedBytes)
    const fresh = await uploadFile(app, contributor, 'fresh.docx', docxDocument('Fresh', ['Uploaded an hour ago']))
    const solution = await app.inject({
      method: 'POST',
      url: '/v1/solutions',
      headers: contributor.headers,
      payload: {
        ...validBody.solution(siteId),
        artefacts: [
          { title: 'Attached', fileId: attached.id, kind: 'template' },
          { title: 'Twin', fileId: attachedTwin.id, kind: 'template' },
        ],
      },
    })
    expect(solution.statusCode, solution.body).toBe(201)
    await age([forgotten.id, attached.id, unattachedTwin.id, attachedTwin.id], 25)
    await age([fresh.id], 1)

    // Two replicas at once: each file is removed by one of them.
    const removed = await Promise.all([removeUnattachedFiles(app.db, app.fileStore), removeUnattachedFiles(app.db, app.fileStore)])
    expect(removed[0] + removed[1]).toBe(2)

    expect(await exists(forgotten.id)).toBe(false)
    expect(await chunksOf(forgotten.sha256)).toBe(0)
    expect(await app.fileStore.has(forgotten.sha256)).toBe(false)
    expect(await exists(unattachedTwin.id)).toBe(false)
    expect(await chunksOf(attachedTwin.sha256)).toBe(1)
    for (const kept of [attached, attachedTwin, fresh]) expect(await exists(kept.id)).toBe(true)
    const download = await app.inject({ method: 'GET', url: `/v1/files/${attachedTwin.id}/content`, headers: contributor.headers })
    expect(download.rawPayload.equals(sharedBytes)).toBe(true)
  })

  it('sweeps the chunks of uploads that stopped half way, once they are an hour old', async () => {
    const stale = uuidv7()
    const recent = uuidv7()
    await app.db.insert(fileChunks).values([
      { chunksId: stale, seq: 0, data: Buffer.from('abandoned'), createdAt: new Date(Date.now() - 2 * 3_600_000) },
      { chunksId: recent, seq: 0, data: Buffer.from('in flight') },
    ])
    await removeUnattachedFiles(app.db, app.fileStore)
    const left = await app.db
      .select({ chunksId: fileChunks.chunksId })
      .from(fileChunks)
      .where(inArray(fileChunks.chunksId, [stale, recent]))
    expect(left.map((row) => row.chunksId)).toEqual([recent])
  })
})
