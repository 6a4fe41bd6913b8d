// Similar items at scale: a throwaway PostgreSQL database with ~100,000 items of generated
// health-and-care text plus the test corpus, then the timing of GET …/similar's queries and whether
// every re-told lesson still finds its original first:
//   pnpm bench:similar
// BENCH_ITEMS sets the number of generated items; LO_TEST_POSTGRES_URL the server (as for the tests);
// BENCH_KEEP=1 keeps the database afterwards; BENCH_REUSE=<database> measures a kept one again.
import { readdirSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { type SQL, sql } from 'drizzle-orm'
import pg from 'pg'
import { type Database, openDatabase, rows } from '../src/db/client.js'
import { lessons } from '../src/modules/content/kinds.js'
import { getContent } from '../src/modules/content/service.js'
import { distinctiveWords, distinctiveWordsQuery, similarItems, similarQuery } from '../src/modules/similar/service.js'
import { corpusLessons, corpusSolution } from '../src/modules/similar/similar-corpus.js'
import type { Actor } from '../src/plugins/auth.js'
import { createDatabase, databaseUrl, dropDatabase, throwawayName } from '../src/test/database.js'

const itemCount = Number(process.env.BENCH_ITEMS ?? 100_000)

/** A small seeded generator, so every run writes the same hub. */
function generator(seed: number) {
  let state = seed
  const next = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T }
}
const random = generator(42)

/**
 * Realistic text: a bigram model of the demo hub's English (not the test corpus's, so the corpus's
 * particular words stay about as rare as they would be), so words, word pairs and trigrams have the
 * frequencies real lessons have, biased towards a topic per item. A topic is a story: a few of the
 * model's rarer words and invented names (places, products, people), as real lessons name theirs.
 * One word in twenty-five comes from a long tail of invented words, as real vocabularies keep
 * growing with the corpus (Heaps' law).
 */
const seedFolder = new URL('../src/seed/', import.meta.url)
const training = readdirSync(seedFolder)
  .filter((file) => file.startsWith('demo-') && file.endsWith('.ts'))
  .flatMap((file) => readFileSync(new URL(file, seedFolder), 'utf8').match(/'(?:[^'\\\n]|\\.)*'|`[^`]*`/g) ?? [])
  .map((literal) => literal.slice(1, -1))
  .filter((literal) => literal.split(' ').length >= 4)
  .map((literal) => literal.split(/\s+/).filter((word) => /[A-Za-z]/.test(word)))
const followers = new Map<string, string[]>()
const allWords: string[] = []
for (const words of training) {
  words.forEach((word, index) => {
    allWords.push(word)
    const next = words[index + 1]
    if (next === undefined) return
    const list = followers.get(word) ?? []
    list.push(next)
    followers.set(word, list)
  })
}
const counts = new Map<string, number>()
for (const word of allWords) counts.set(word, (counts.get(word) ?? 0) + 1)
const rarer = [...counts.entries()].filter(([word, count]) => count <= 3 && /^[a-z]{5,}$/.test(word)).map(([word]) => word)
const syllables =
  'ba be bi bo da de di do ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to va ve vi vo'.split(' ')
const inventedName = () =>
  Array.from({ length: 3 }, () => random.pick(syllables))
    .join('')
    .replace(/^./, (first) => first.toUpperCase()) + random.pick(['ton', 'ford', 'ley', 'ham', 'Link', 'Care', 'View'])
const topics = Array.from({ length: 4_000 }, () => [
  ...Array.from({ length: 6 }, () => random.pick(rarer)),
  ...Array.from({ length: 4 }, () => inventedName()),
])
const longTail = Array.from({ length: 60_000 }, () => inventedName().toLowerCase())
/** Zipf-like: the n-th word of the tail is about 1/n as frequent as the first. */
const tailWord = () => longTail[Math.floor(longTail.length ** random.next()) - 1] ?? 'tail'

function text(topic: readonly string[], words: number, topicShare = 0.12): string {
  const out: string[] = []
  let word = random.pick(allWords)
  for (let n = 0; n < words; n++) {
    const roll = random.next()
    out.push(roll < topicShare ? random.pick(topic) : roll < topicShare + 0.04 ? tailWord() : word)
    const next = followers.get(word)
    word = next && random.next() < 0.9 ? random.pick(next) : random.pick(allWords)
  }
  return out.join(' ')
}
const between = (low: number, high: number) => low + Math.floor(random.next() * (high - low + 1))

/** ~100,000 generated items over 200 sites, the test corpus at one more site among them, then VACUUM ANALYZE. */
async function generate(client: pg.Client): Promise<void> {
  const [site] = (
    await client.query<{ id: string }>(`insert into sites (id, name, slug, kind, region)
    values (gen_random_uuid(), 'Bench site', 'bench-site', 'nhs_trust', 'london') returning id`)
  ).rows
  if (!site) throw new Error('no site')
  // Two hundred more sites share the generated items, a few hundred each, as a real hub's would.
  await client.query(`insert into sites (id, name, slug, kind, region)
    select gen_random_uuid(), 'Site ' || n, 'site-' || n, 'gp_practice', 'london' from generate_series(1, 200) n`)

  const started = performance.now()
  const batch = 500
  for (let offset = 0; offset < itemCount; offset += batch) {
    const values: unknown[] = []
    const tuples: string[] = []
    for (let n = 0; n < Math.min(batch, itemCount - offset); n++) {
      const topic = random.pick(topics)
      const row = [
        random.pick(['lesson', 'lesson', 'lesson', 'case_study', 'solution']),
        text(topic, between(5, 11), 0.3),
        text(topic, between(25, 45)),
        text(topic, between(40, 80)),
        text(topic, between(40, 80)),
        text(topic, between(30, 60)),
        text(topic, between(20, 50)),
        random.next() < 0.8 ? 'published' : random.pick(['draft', 'submitted', 'in_review', 'archived']),
        random.pick(['implementation', 'design_and_planning', 'vision', 'pre_implementation', 'review_and_spread']),
      ]
      const base = values.length
      values.push(...row)
      tuples.push(`(gen_random_uuid(), ${row.map((_, index) => `$${base + index + 1}`).join(', ')})`)
    }
    await client.query(
      `insert into content_items (id, type, title, summary, context, went_well, did_not_go_well, do_differently, status, journey_stage)
       values ${tuples.join(', ')}`,
      values,
    )
  }
  await client.query(`insert into content_sites (item_id, site_id)
    select item.id, (array(select id from sites where slug like 'site-%' order by slug))[1 + floor(random() * 200)::int]
    from content_items item`)
  const sample = random.pick(topics)
  console.log(`for example: “${text(sample, 9, 0.3)}”: ${text(sample, 30)}`)
  console.log(`generated ${itemCount} items in ${((performance.now() - started) / 1000).toFixed(1)} s`)

  // The test corpus among them: originals published, re-tellings submitted, at the bench site.
  for (const { retells, ...lesson } of corpusLessons) {
    const [created] = (
      await client.query<{ id: string }>(
        `insert into content_items (id, type, title, summary, context, went_well, did_not_go_well, do_differently, themes, journey_stage, status)
         values (gen_random_uuid(), 'lesson', $1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
        [
          lesson.title,
          lesson.summary,
          lesson.context,
          lesson.wentWell,
          lesson.didNotGoWell,
          lesson.doDifferently,
          lesson.themes,
          lesson.journeyStage,
          retells ? 'submitted' : 'published',
        ],
      )
    ).rows
    if (!created) throw new Error('no corpus row')
    await client.query('insert into content_sites (item_id, site_id) values ($1, $2)', [created.id, site.id])
  }
  await client.query(
    `insert into content_items (id, type, title, summary, description, how_to_adopt, themes, status)
     values (gen_random_uuid(), 'solution', $1, $2, $3, $4, $5, 'published')`,
    [corpusSolution.title, corpusSolution.problem, corpusSolution.description, corpusSolution.howToAdopt, corpusSolution.themes],
  )
  await client.query('vacuum analyze content_items')
  await client.query('vacuum analyze content_words')
  await client.query('vacuum analyze content_sites')
}

/** Whether every re-telling finds its original first, and how long it takes, end to end and in the database. */
async function measure(db: Database): Promise<void> {
  const [{ count } = { count: 0 }] = await rows<{ count: number }>(db, sql`select count(*)::int as count from content_items`)
  const [site] = await rows<{ id: string }>(db, sql`select id from sites where slug = 'bench-site'`)
  const titled = await rows<{ id: string; title: string }>(
    db,
    sql`select id, title from content_items where title in ${corpusLessons.map((lesson) => lesson.title)}`,
  )
  const idOf = (key: string) => titled.find((row) => row.title === corpusLessons.find((lesson) => lesson.key === key)?.title)?.id ?? ''
  const retellings = corpusLessons.filter((lesson) => lesson.retells)
  const curator: Actor = { kind: 'user', id: '00000000-0000-7000-8000-000000000001', role: 'curator', email: 'c@x', name: 'C', siteIds: [] }
  const contributor: Actor = { ...curator, role: 'contributor', siteIds: [site?.id ?? ''] }
  const summary = (list: number[]) => {
    const sorted = [...list].sort((a, b) => a - b)
    const at = (share: number) => (sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0).toFixed(1)
    return `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`
  }
  console.log(
    `${count} items in content_items; load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}`,
  )

  for (const [who, actor] of [
    ['curator', curator],
    ['contributor', contributor],
  ] as const) {
    const timings: number[] = []
    let firsts = 0
    for (let round = 0; round < 3; round++) {
      for (const lesson of retellings) {
        const began = performance.now()
        const found = await similarItems(db, actor, lessons, idOf(lesson.key), 10)
        timings.push(performance.now() - began)
        if (round === 0 && found[0]?.item.id === idOf(lesson.retells ?? '')) firsts++
      }
    }
    console.log(`${who}, whole call (three queries): ${summary(timings)}; original first for ${firsts} of ${retellings.length} re-tellings`)
  }

  // The database's own account (EXPLAIN ANALYZE), which the client's scheduling does not blur.
  const executionTime = async (query: SQL) => {
    const plan = await rows<{ 'QUERY PLAN': string }>(db, sql`explain (analyze) ${query}`)
    return Number(/([\d.]+) ms/.exec(plan.at(-1)?.['QUERY PLAN'] ?? '')?.[1])
  }
  const steps = { words: [] as number[], similar: [] as number[] }
  for (const lesson of retellings) {
    const item = await getContent(db, curator, lessons, idOf(lesson.key))
    const sourceWords = await distinctiveWords(db, item.id)
    steps.words.push(await executionTime(distinctiveWordsQuery(item.id)))
    steps.similar.push(await executionTime(similarQuery(curator, item, sourceWords, 10)))
  }
  console.log(`in the database: distinctive words ${summary(steps.words)}; similar query ${summary(steps.similar)}`)

  const item = await getContent(db, curator, lessons, idOf(retellings[0]?.key ?? ''))
  const plan = await rows<{ 'QUERY PLAN': string }>(
    db,
    sql`explain (analyze, buffers) ${similarQuery(curator, item, await distinctiveWords(db, item.id), 10)}`,
  )
  console.log(`the similar query for “${item.title}”:\n${plan.map((line) => line['QUERY PLAN']).join('\n')}`)
}

const reused = process.env.BENCH_REUSE
const name = reused ?? throwawayName('lo_bench_similar')
if (!reused) await createDatabase(name)
const handle = await openDatabase({ databaseUrl: databaseUrl(name), dataDir: 'memory://' })
try {
  if (!reused) {
    await handle.migrate()
    const client = new pg.Client({ connectionString: databaseUrl(name) })
    await client.connect()
    await generate(client).finally(() => client.end())
  }
  await measure(handle.db)
} finally {
  await handle.close()
  if (!process.env.BENCH_KEEP && !reused) await dropDatabase(name)
  else console.log(`kept database ${name}`)
}
