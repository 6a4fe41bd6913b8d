import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { tuneGarbageCollector } from '../../heap.js'
import { type TestApp, testApp } from '../../test/app.js'
import { type SignedIn, signIn } from '../../test/factories.js'

const LESSONS = 100_000
const MB = 1024 * 1024
/** What the process may grow by while it streams: a few batches and the sockets' buffers, nowhere near the file. */
const GROWTH_BOUND = 60 * MB

// A full collection before each sample, so what is measured is what the export holds, not garbage
// the collector has not got round to (V8 lets the heap grow a long way before a major collection).
setFlagsFromString('--expose-gc')
// The heap policy the server runs with (heap.ts), so the bound is the one production would see.
tuneGarbageCollector()
const collectGarbage = runInNewContext('gc') as () => void

/**
 * Resident memory without the young generation: V8 grows its semi-spaces to their full size (up to
 * 48 MB) under any steady allocation and keeps them, which says nothing about what the export holds.
 */
const resident = () =>
  process.memoryUsage().rss - (getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.physical_space_size ?? 0)

interface Streamed {
  bytes: number
  growth: { heap: number; rss: number }
}

/** Reads a whole download over a real socket, keeping nothing but its size, and samples memory as it arrives. */
function download(url: string, headers: Record<string, string>): Promise<Streamed> {
  return new Promise((resolve, reject) => {
    collectGarbage()
    const base = { heap: process.memoryUsage().heapUsed, rss: resident() }
    const peak = { ...base }
    let bytes = 0
    let chunks = 0
    const req = request(url, { headers }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`export answered ${res.statusCode}`))
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length
        if (++chunks % 256 === 0) {
          collectGarbage()
          const usage = process.memoryUsage()
          peak.heap = Math.max(peak.heap, usage.heapUsed)
          peak.rss = Math.max(peak.rss, resident())
        }
      })
      res.on('end', () => resolve({ bytes, growth: { heap: peak.heap - base.heap, rss: peak.rss - base.rss } }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

describe('an export of 100,000 lessons', () => {
  let t: TestApp
  let app: App
  let curator: SignedIn
  let origin: string

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    curator = await signIn(app, 'curator')
    // One statement: ~1.2 KB of reflection per lesson, so the file is well past 100 MB. The text has few
    // distinct words (each long field is one repeated letter; no row numbers), so the search index and
    // the word counts a trigger keeps stay small and the insert is quick.
    await app.db.execute(sql`insert into content_items (id, type, title, summary, context, went_well, did_not_go_well, do_differently, themes, status)
      select gen_random_uuid(), 'lesson', 'Lesson about discharge letters', 'What the lesson taught, "quoted", with commas',
        repeat('c', 300), repeat('w', 300), repeat('d', 300), '=' || repeat('x', 300),
        array['interoperability'], case when i % 2 = 0 then 'published' else 'draft' end
      from generate_series(1, ${LESSONS}) as i`)
    await app.listen({ port: 0, host: '127.0.0.1' })
    origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  }, 120_000)
  afterAll(async () => t?.close())

  it('streams as CSV with flat memory', async () => {
    const streamed = await download(`${origin}/v1/lessons/export?format=csv`, curator.headers)
    expect(streamed.bytes).toBeGreaterThan(100 * MB)
    expect(streamed.growth.heap, `heap grew by ${Math.round(streamed.growth.heap / MB)} MB`).toBeLessThan(GROWTH_BOUND)
    expect(streamed.growth.rss, `RSS grew by ${Math.round(streamed.growth.rss / MB)} MB`).toBeLessThan(GROWTH_BOUND)
  }, 120_000)
})
