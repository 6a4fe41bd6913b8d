import { once } from 'node:events'
import { type AddressInfo, connect } from 'node:net'
import { PassThrough } from 'node:stream'
import { type ContentType, type Lesson, SyncChange, type SyncPage } from '@learnonce/contracts'
import { eq, sql } from 'drizzle-orm'
import pg from 'pg'
import type { TObject } from 'typebox'
import { Value } from 'typebox/value'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { contentItems } from '../../db/schema/index.js'
import { type TestApp, testApp } from '../../test/app.js'
import { itOnPostgres } from '../../test/drivers.js'
import { actAt, driveTo } from '../../test/workflow.js'
import { type Cast, castFor, expectProblem, validBody } from '../content/content-fixtures.js'
import { contentKinds, kindOf } from '../content/kinds.js'
import { recordContentChange } from './record-change.js'

describe('the sync feed', () => {
  let t: TestApp
  let app: App
  let cast: Cast
  const people = () => ({ contributor: cast.contributor, curator: cast.curator })

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    cast = await castFor(app)
  })
  afterAll(() => t.close())

  const read = async (cursor?: string, query = '') => {
    const params = new URLSearchParams(query)
    if (cursor) params.set('cursor', cursor)
    const res = await app.inject({ method: 'GET', url: `/v1/sync?${params}`, headers: cast.contributor.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<SyncPage>()
  }
  const create = async (path: string, payload: object) => {
    const res = await app.inject({ method: 'POST', url: path, headers: cast.contributor.headers, payload })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<{ id: string }>().id
  }
  const publishedLesson = async () => {
    const id = await create('/v1/lessons', validBody.lesson(cast.siteA.id))
    await driveTo(app, '/v1/lessons', id, 'published', people())
    return id
  }
  /** Reads from `cursor` to the end of what is there now; returns every change and the cursor to keep. */
  const readAll = async (cursor?: string, query = '') => {
    const changes: SyncChange[] = []
    let next = cursor
    for (let page = 0; page < 20; page++) {
      const result = await read(next, query)
      changes.push(...result.data)
      if (result.data.length === 0 && next !== undefined) return { changes, cursor: result.nextCursor }
      next = result.nextCursor
    }
    throw new Error('the feed did not end')
  }
  /** What a client holds for `id` after applying `changes` in order. */
  const latest = (changes: SyncChange[], id: string) => changes.filter((change) => change.id === id).pop()
  /**
   * Reads on until `done` holds for what arrived. On a shared PostgreSQL another session's open
   * transaction holds the feed back (by design, see service.ts), so a change may take a moment.
   */
  const follow = async (from: string, done: (changes: SyncChange[]) => boolean) => {
    const changes: SyncChange[] = []
    let cursor = from
    for (let attempt = 0; attempt < 150; attempt++) {
      const result = await readAll(cursor)
      cursor = result.cursor
      changes.push(...result.changes)
      if (done(changes)) return { changes, cursor }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    throw new Error(`the feed never showed the change; it served ${JSON.stringify(changes)}`)
  }

  it('starts with a snapshot of what is published, then serves each change, then an empty page', async () => {
    const lessonA = await publishedLesson()
    const lessonB = await publishedLesson()
    const solutionId = await create('/v1/solutions', validBody.solution(cast.siteA.id))
    await driveTo(app, '/v1/solutions', solutionId, 'published', people())
    const draft = await create('/v1/lessons', validBody.lesson(cast.siteA.id))

    const first = await read(undefined, 'limit=2')
    expect(first.data).toHaveLength(2)
    const snapshot = await readAll(first.nextCursor)
    const all = [...first.data, ...snapshot.changes]
    // The change phase may repeat what the snapshot served (see service.ts); a client just upserts again.
    expect([...new Set(all.map((change) => change.id))].sort()).toEqual([lessonA, lessonB, solutionId].sort())
    expect(all.every((change) => change.change === 'upsert')).toBe(true)
    expect(all.map((change) => change.id)).not.toContain(draft)
    const lesson = all.find((change) => change.id === lessonA)
    const served = await app.inject({ method: 'GET', url: `/v1/lessons/${lessonA}`, headers: cast.contributor.headers })
    expect(lesson?.item).toEqual(served.json<Lesson>())

    let cursor = snapshot.cursor
    /** The changes until `id` shows `change`; the last one for `id` is returned. */
    const next = async (id: string, change: 'upsert' | 'delete', check: (item: SyncChange) => boolean = () => true) => {
      const result = await follow(cursor, (changes) => {
        const last = latest(changes, id)
        return last?.change === change && check(last)
      })
      cursor = result.cursor
      return { last: latest(result.changes, id), ids: new Set(result.changes.map((item) => item.id)) }
    }

    const edited = await app.inject({
      method: 'PATCH',
      url: `/v1/lessons/${lessonA}`,
      headers: cast.curator.headers,
      payload: { title: 'A retitled lesson' },
    })
    expect(edited.statusCode, edited.body).toBe(200)
    const afterEdit = await next(lessonA, 'upsert', (change) => change.item?.title === 'A retitled lesson')
    expect(afterEdit.last).toMatchObject({ type: 'lesson', item: { title: 'A retitled lesson' } })

    expect((await actAt(app, '/v1/lessons', lessonA, 'archive', cast.curator)).statusCode).toBe(200)
    const afterArchive = await next(lessonA, 'delete')
    expect(afterArchive.last).toEqual({ type: 'lesson', id: lessonA, change: 'delete', changedAt: expect.any(String), item: null })

    expect((await actAt(app, '/v1/lessons', lessonA, 'restore', cast.curator)).statusCode).toBe(200)
    expect((await next(lessonA, 'upsert')).last?.item).toMatchObject({ status: 'published' })

    // A draft's review and its end as a duplicate never touch the published set.
    await driveTo(app, '/v1/lessons', draft, 'duplicate', people(), lessonB)

    const adopted = await app.inject({
      method: 'POST',
      url: `/v1/solutions/${solutionId}/adoptions`,
      headers: cast.contributor.headers,
      payload: { siteId: cast.siteC.id, mode: 'replicate' },
    })
    expect(adopted.statusCode, adopted.body).toBe(201)
    const afterAdoption = await next(solutionId, 'upsert', (change) => change.type === 'solution' && change.item?.adoptionCount === 1)
    expect(afterAdoption.ids.has(draft)).toBe(false)

    const caughtUp = await read(cursor)
    expect(caughtUp).toEqual({ data: [], nextCursor: cursor })
  })

  it('answers every one of many integrators reading at once with the same snapshot (pages queue beyond a few at a time)', async () => {
    await publishedLesson()
    const alone = await read(undefined, 'limit=2')
    const atOnce = await Promise.all(Array.from({ length: 12 }, () => read(undefined, 'limit=2')))
    for (const page of atOnce) expect(page.data.map((change) => change.id)).toEqual(alone.data.map((change) => change.id))
  })

  it('serves only the types asked for', async () => {
    const snapshot = await readAll(undefined, 'types=solution')
    expect(snapshot.changes.length).toBeGreaterThan(0)
    expect(snapshot.changes.every((change) => change.type === 'solution')).toBe(true)
    await publishedLesson()
    expect(await read(snapshot.cursor, 'types=solution')).toEqual({ data: [], nextCursor: snapshot.cursor })
  })

  it('refuses a cursor it did not hand out, naming /cursor', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/sync?cursor=bm9wZQ', headers: cast.contributor.headers })
    expectProblem(res, 400, '/cursor')
  })

  it('is not readable without signing in', async () => {
    expectProblem(await app.inject({ method: 'GET', url: '/v1/sync' }), 401)
  })

  // PGlite runs one transaction at a time, so commits cannot overtake each other there.
  itOnPostgres('misses nothing when a later transaction commits first', async () => {
    const early = await publishedLesson()
    const late = await publishedLesson()
    const { cursor } = await readAll()

    let release = () => {}
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    let written = () => {}
    const wrote = new Promise<void>((resolve) => {
      written = resolve
    })
    // Transaction A changes `early` first (so it has the older transaction id) and stays open. It changes
    // tags, not text: a text change would hold the similar-items word counts that B's edit also needs.
    const transactionA = app.db.transaction(async (tx) => {
      await tx
        .update(contentItems)
        .set({ tags: ['changed-by-the-slow-transaction'], version: sql`${contentItems.version} + 1` })
        .where(eq(contentItems.id, early))
      await recordContentChange(tx, { type: 'lesson', id: early, from: 'published', to: 'published' })
      written()
      await gate
    })
    await wrote
    // Transaction B changes `late` and commits while A is still open.
    const edited = await app.inject({
      method: 'PATCH',
      url: `/v1/lessons/${late}`,
      headers: cast.curator.headers,
      payload: { title: 'Quick' },
    })
    expect(edited.statusCode, edited.body).toBe(200)
    const whileOpen = await readAll(cursor)
    // A is still open, so nothing after its place in the log is served yet.
    expect(whileOpen.changes.map((change) => change.id)).not.toContain(late)
    release()
    await transactionA
    const afterCommit = await follow(
      whileOpen.cursor,
      (changes) => latest(changes, early) !== undefined && latest(changes, late) !== undefined,
    )
    expect(latest(afterCommit.changes, early)?.item).toMatchObject({ tags: ['changed-by-the-slow-transaction'] })
    expect(latest(afterCommit.changes, late)?.item).toMatchObject({ title: 'Quick' })
  })

  // Pages are written with JSON.stringify (serialization.ts builtToShape), which keeps whatever the route
  // builds: each change, and each item in it, must have its schema's properties and nothing else.
  it('every upsert holds exactly what its schema declares, for every kind', async () => {
    const bodyOf: Record<ContentType, () => object> = {
      lesson: () => validBody.lesson(cast.siteA.id),
      case_study: () => validBody.caseStudy([cast.siteA.id]),
      solution: () => validBody.solution(cast.siteA.id),
    }
    const ids = await Promise.all(
      contentKinds.map(async (kind) => {
        const id = await create(kind.path, bodyOf[kind.type]())
        await driveTo(app, kind.path, id, 'published', people())
        return id
      }),
    )
    const { changes } = await readAll()
    for (const id of ids) {
      const change = latest(changes, id)
      expect(change, id).toBeDefined()
      if (!change) continue
      expect(Value.Errors(SyncChange, change)).toEqual([])
      expect(Object.keys(change).sort()).toEqual(['change', 'changedAt', 'id', 'item', 'type'])
      const itemSchema = kindOf(change.type).schemas.item as TObject
      expect(Object.keys(change.item ?? {}).sort()).toEqual(Object.keys(itemSchema.properties).sort())
    }
  })
})

/** Asks `check` again every 20 ms until it holds, for at most 10 s. */
const until = async (what: string, check: () => boolean | Promise<boolean>) => {
  for (let attempt = 0; attempt < 500; attempt++) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`waited in vain for ${what}`)
}

// PostgreSQL only: a second session holds the pages back with a lock (PGlite runs one session).
itOnPostgres(
  'a sync page whose caller hangs up while it waits its turn is never built: the caller leaves the queue at once, which the log says',
  async () => {
    const log = new PassThrough()
    let output = ''
    log.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8')
    })
    const t = await testApp({ LOG_LEVEL: 'info' }, { host: '127.0.0.1' }, { logStream: log })
    const holder = new pg.Client(t.app.config.databaseUrl ?? undefined)
    try {
      const cast = await castFor(t.app)
      const origin = await t.app.listen({ port: 0, host: '127.0.0.1' })
      const { port } = t.app.server.address() as AddressInfo
      const logged = () =>
        output
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as { msg: string; reqId?: string })

      await holder.connect()
      await holder.query('begin')
      await holder.query('lock table content_items in access exclusive mode')
      // Two pages take both places (SYNC_PAGES_AT_ONCE) and wait on the lock.
      const ahead = [1, 2].map(() => fetch(`${origin}/v1/sync`, { headers: cast.contributor.headers }))
      await until('two pages waiting on the lock', async () => {
        const waiting = await holder.query<{ count: number }>(
          "select count(*)::int as count from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
        )
        return waiting.rows[0]?.count === 2
      })

      // A third caller asks, so waits its turn, and hangs up.
      const socket = connect(port, '127.0.0.1')
      await once(socket, 'connect')
      socket.write(`GET /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${cast.contributor.headers.authorization}\r\n\r\n`)
      socket.destroy()
      // Said while the lock is still held: its page never reached the database, where it would wait too.
      await until('the log to say the page was not built', () => logged().some((line) => line.msg.includes('it was not built')))

      await holder.query('rollback')
      const served = await Promise.all(ahead)
      expect(served.map((res) => res.status)).toEqual([200, 200])
      expect((await Promise.all(served.map(async (res) => (await res.json()) as SyncPage))).map((page) => typeof page.nextCursor)).toEqual([
        'string',
        'string',
      ])
      expect(logged().filter((line) => line.msg.includes('it was not built'))).toHaveLength(1)
      // Nothing is left holding a place: the next page is served at once.
      expect((await fetch(`${origin}/v1/sync`, { headers: cast.contributor.headers })).status).toBe(200)
    } finally {
      await holder.end().catch(() => {})
      await t.close()
    }
  },
)
