import type { Site } from '@learnonce/contracts'
import { sql } from 'drizzle-orm'
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../app.js'
import { rows } from '../../db/client.js'
import { encodeCursor } from '../../pagination.js'
import { type TestApp, testApp } from '../../test/app.js'
import { itOnPostgres } from '../../test/drivers.js'
import { makeSite, type SignedIn, signIn } from '../../test/factories.js'
import { type PlanNode, planNodes, recordQueries } from '../../test/queries.js'
import { refreshRegions } from './regions.js'

/*
 * What PostgreSQL does for every content list filter, search and the item lookup at a volume where
 * the planner has to choose (10,000 items of about 4 KB each): never a sequential scan of a content
 * table, and never a sort that carries whole rows beyond the page (the page query sorts ids and
 * ranks, then reads the rows of the page). Plans, not timings, so the test holds on a slow machine.
 */

type Query = Record<string, string>

const PAGE = 20
const regions = ['london', 'midlands', 'north_west', 'south_east', 'south_west', 'east_of_england', 'north_east_and_yorkshire'] as const
const themes = ['clinical-safety', 'interoperability', 'data-quality', 'evaluation', 'workforce-and-training']
const stages = ['vision', 'design_and_planning', 'pre_implementation', 'implementation', 'review_and_spread']
/** Columns too wide to sort beyond a page: a sort that outputs one of them is sorting whole rows. */
const wideColumn =
  /^(content_items\.)?(title|summary|context|went_well|did_not_go_well|do_differently|body|outcomes|description|how_to_adopt|links|search)$/

/** The content tables a list must reach through an index. */
const contentTables = new Set(['content_items', 'content_sites'])

function problemsIn(plan: PlanNode): string[] {
  const problems: string[] = []
  // Guards against a vacuous pass: the plan must reach content_items, and through an index.
  const reads = planNodes(plan).filter((node) => node['Relation Name'] === 'content_items')
  if (!reads.some((node) => /Index|Bitmap/.test(node['Node Type']))) problems.push('no index read of content_items')
  for (const node of planNodes(plan)) {
    if (node['Node Type'] === 'Seq Scan' && contentTables.has(node['Relation Name'] ?? '')) {
      problems.push(`Seq Scan on ${node['Relation Name']}`)
    }
    if (node['Node Type'].endsWith('Sort') && (node.Output ?? []).some((output) => wideColumn.test(output))) {
      const sorted = Math.max(0, ...(node.Plans ?? []).map((child) => child['Actual Rows'] ?? 0))
      if (sorted > PAGE + 1) problems.push(`a ${node['Node Type']} of ${sorted} whole rows (${node.Output?.join(', ')})`)
    }
  }
  return problems
}

describe('every content list filter, search and the item lookup read indexes on 10,000 items', () => {
  let t: TestApp
  let app: App
  let curator: SignedIn
  let member: SignedIn
  let sites: Site[]
  let someLesson: string
  let someSolution: string
  let queries: ReturnType<typeof recordQueries>

  beforeAll(async () => {
    t = await testApp()
    app = t.app
    sites = []
    for (const region of regions) {
      for (let index = 0; index < 3; index++) sites.push(await makeSite(app, { region }))
    }
    curator = await signIn(app, 'curator')
    member = await signIn(app, 'contributor', [sites[0]?.id ?? '', sites[4]?.id ?? ''])
    // Four Markdown fields of about 1 KB each, 80% published, every theme and stage, 1% mention "zephyr".
    // Written in SQL because building it through the API would take minutes.
    await app.db.execute(sql`insert into content_items (id, type, title, summary, context, went_well, did_not_go_well, do_differently,
        description, how_to_adopt, maturity, status, themes, care_settings, tags, journey_stage, updated_at, review_by)
      select gen_random_uuid(), (array['lesson', 'lesson', 'lesson', 'lesson', 'lesson', 'lesson', 'lesson', 'lesson', 'case_study', 'solution'])[1 + n % 10],
        'Bulk item ' || n,
        case when n % 100 = 0 then 'A zephyr of a summary ' || n else 'A summary of item ' || n end,
        repeat(md5(n::text) || ' context ', 24), repeat(md5(n::text) || ' went well ', 24),
        repeat(md5(n::text) || ' did not ', 24), repeat(md5(n::text) || ' differently ', 24),
        case when n % 10 = 9 then repeat('description ', 80) end, case when n % 10 = 9 then repeat('adopt ', 80) end,
        case when n % 10 = 9 then (array['idea', 'piloted', 'proven', 'scaled'])[1 + n % 4] end,
        case when n % 5 = 0 then (array['draft', 'submitted', 'in_review', 'archived'])[1 + n / 5 % 4] else 'published' end,
        array[(array[${sql.join(
          themes.map((theme) => sql`${theme}`),
          sql`, `,
        )}])[1 + n % 5]],
        array[(array['primary', 'acute', 'community', 'mental_health'])[1 + n % 4]],
        array['tag-' || (n % 50)],
        (array[${sql.join(
          stages.map((stage) => sql`${stage}`),
          sql`, `,
        )}])[1 + n / 3 % 5],
        now() - n * interval '1 minute',
        -- Review-by dates from 100 days past to 900 ahead: about one published item in seven is stale.
        case when n % 5 <> 0 then now() + (n % 1000 - 100) * interval '1 day' end
      from generate_series(1, 10000) n`)
    const siteIds = sql.join(
      sites.map((site) => sql`${site.id}::uuid`),
      sql`, `,
    )
    await app.db.execute(sql`insert into content_sites (item_id, site_id)
      select id, (array[${siteIds}])[1 + abs(hashtext(id::text)) % ${sites.length}] from content_items`)
    await refreshRegions(app.db, sql`select id from content_items`)
    await app.db.execute(sql`analyze`)
    const [lesson, solution] = await Promise.all(
      ['lesson', 'solution'].map(async (type) => {
        const result = await app.db.execute(
          sql`select id from content_items where type = ${type} and status = 'published' order by id limit 1 offset 100`,
        )
        return String((result as unknown as { rows: { id: string }[] }).rows[0]?.id)
      }),
    )
    someLesson = lesson ?? ''
    someSolution = solution ?? ''
    queries = recordQueries(app)
  }, 180_000)
  afterAll(async () => {
    queries.restore()
    await t.close()
  })

  /** The plans of every content statement a request sends (a 304 when it revalidates with `ifNoneMatch`). */
  async function plansOf(who: SignedIn, url: string, ifNoneMatch?: string): Promise<PlanNode[]> {
    const sent = await queries.during(async () => {
      const headers = ifNoneMatch === undefined ? who.headers : { ...who.headers, 'if-none-match': ifNoneMatch }
      const res = await app.inject({ method: 'GET', url, headers })
      expect(res.statusCode, res.body).toBe(ifNoneMatch === undefined ? 200 : 304)
    })
    const content = sent.filter((statement) => statement.text.includes('content_items'))
    expect(content.length).toBeGreaterThan(0)
    return Promise.all(content.map((statement) => queries.analyse(statement.text, statement.params)))
  }

  const lists: [string, string, () => Query][] = [
    ['no filter', '/v1/lessons', () => ({})],
    ['status', '/v1/lessons', () => ({ status: 'published' })],
    ['a rare status', '/v1/lessons', () => ({ status: 'submitted' })],
    ['theme', '/v1/lessons', () => ({ theme: 'evaluation' })],
    ['careSetting', '/v1/lessons', () => ({ careSetting: 'acute' })],
    ['tag', '/v1/lessons', () => ({ tag: 'tag-7' })],
    ['journeyStage', '/v1/lessons', () => ({ journeyStage: 'implementation' })],
    ['siteId', '/v1/lessons', () => ({ siteId: sites[5]?.id ?? '' })],
    ['region', '/v1/lessons', () => ({ region: 'midlands' })],
    ['networkId', '/v1/lessons', () => ({ networkId: '01900000-0000-7000-8000-000000000000' })],
    ['updatedSince', '/v1/lessons', () => ({ updatedSince: new Date(Date.now() - 3_600_000).toISOString() })],
    ['stale', '/v1/lessons', () => ({ stale: 'true' })],
    ['not stale', '/v1/lessons', () => ({ stale: 'false' })],
    ['stale + theme', '/v1/lessons', () => ({ stale: 'true', theme: 'evaluation' })],
    ['q', '/v1/lessons', () => ({ q: 'zephyr' })],
    ['q and status', '/v1/lessons', () => ({ q: 'zephyr', status: 'published' })],
    ['maturity', '/v1/solutions', () => ({ maturity: 'proven' })],
    ['derivedFromId', '/v1/solutions', () => ({ derivedFromId: someSolution })],
    [
      'status + theme + journeyStage + region',
      '/v1/lessons',
      () => ({ status: 'published', theme: 'interoperability', journeyStage: 'design_and_planning', region: 'london' }),
    ],
    ['a page by cursor', '/v1/lessons', () => ({ cursor: encodeCursor([someLesson]) })],
  ]

  const callers = () =>
    [
      ['a curator', curator],
      ['a contributor', member],
    ] as const

  it.each(lists)('%s: %s reads indexes and sorts no more than a page of rows', async (_what, path, query) => {
    for (const [, who] of callers()) {
      const search = new URLSearchParams({ ...query(), limit: String(PAGE) }).toString()
      for (const plan of await plansOf(who, `${path}?${search}`)) expect(problemsIn(plan)).toEqual([])
    }
  })

  it.each([
    ['every kind', {}],
    ['one kind', { type: 'solution' }],
    ['a theme', { theme: 'evaluation' }],
    ['a site', { siteId: '' }],
  ])('the review-due queue for %s reads the review-by index', async (_what, query) => {
    const filters: Query = { ...query, limit: String(PAGE) }
    if (filters.siteId === '') filters.siteId = sites[5]?.id ?? ''
    for (const plan of await plansOf(curator, `/v1/review-due?${new URLSearchParams(filters)}`)) expect(problemsIn(plan)).toEqual([])
  })

  itOnPostgres(
    'the item, the first page, a page by cursor and search are prepared; value-dependent filters are planned per call',
    async () => {
      const namesOf = async (url: string) => {
        const sent = await queries.during(async () => {
          const res = await app.inject({ method: 'GET', url, headers: member.headers })
          expect(res.statusCode, res.body).toBe(200)
        })
        return sent.filter((statement) => statement.text.includes('content_items')).map((statement) => statement.name)
      }
      for (const url of [
        `/v1/lessons/${someLesson}`,
        '/v1/lessons?status=published',
        `/v1/lessons?status=published&cursor=${encodeCursor([someLesson])}`,
        '/v1/lessons?q=zephyr',
        '/v1/lessons?status=published&journeyStage=implementation',
      ]) {
        const names = await namesOf(url)
        expect(names.length, url).toBeGreaterThan(0)
        for (const name of names) expect(name, url).toMatch(/^stmt_/)
      }
      // The same statement text twice, under the same name: built and planned once.
      expect(await namesOf('/v1/lessons?q=another')).toEqual(await namesOf('/v1/lessons?q=zephyr'))
      for (const url of [
        '/v1/lessons?status=published&theme=evaluation&journeyStage=implementation&region=london',
        '/v1/lessons?tag=tag-7',
      ]) {
        const names = await namesOf(url)
        expect(names.length, url).toBeGreaterThan(0)
        for (const name of names) expect(name, url).toBeUndefined()
      }
    },
  )

  itOnPostgres('PostgreSQL settles on one plan for each prepared statement instead of planning it again on every call', async () => {
    // A named statement is planned with its values five times; then PostgreSQL keeps its generic plan
    // unless that plan looks costlier. `limit $n` made it look a hundred times costlier (a tenth of
    // every match), so each list was planned afresh forever: the page size is now in the text.
    const pool = (app.db as unknown as { $client: pg.Pool }).$client
    const connection = await pool.connect()
    try {
      const item = `/v1/lessons/${someLesson}`
      const etag = String((await app.inject({ method: 'GET', url: item, headers: member.headers })).headers.etag)
      const urls: [string, SignedIn, Record<string, string>?][] = [
        [item, member],
        // The revalidation's statement: the item's tag alone.
        [item, member, { 'if-none-match': etag }],
        ['/v1/lessons?status=published', member],
        [`/v1/lessons?status=published&cursor=${encodeCursor([someLesson])}`, member],
        ['/v1/lessons?q=zephyr', member],
        ['/v1/lessons?status=published', curator],
        ['/v1/triage', curator],
      ]
      for (const [index, [url, who, headers = {}]] of urls.entries()) {
        const sent = await queries.during(async () => {
          const res = await app.inject({ method: 'GET', url, headers: { ...who.headers, ...headers } })
          expect(res.statusCode, res.body).toBe(headers['if-none-match'] ? 304 : 200)
        })
        const statement = sent.find((candidate) => candidate.name !== undefined && candidate.text.includes('content_items'))
        expect(statement, url).toBeDefined()
        const name = `probe_${index}`
        for (let run = 0; run < 8; run++) await connection.query({ name, text: statement?.text ?? '', values: statement?.params })
        const { rows: plans } = await connection.query<{ generic_plans: string; custom_plans: string }>(
          'select generic_plans, custom_plans from pg_prepared_statements where name = $1',
          [name],
        )
        // Eight runs: at most the five trials were planned with their values, the rest ran the generic plan.
        expect({ url, replanned: Number(plans[0]?.custom_plans) <= 5, generic: Number(plans[0]?.generic_plans) >= 3 }).toEqual({
          url,
          replanned: true,
          generic: true,
        })
      }
    } finally {
      connection.release()
    }
  })

  it('the common filter index carries themes and regions, so status + stage + theme + region never reads a row to test them', async () => {
    // Migration 0030 builds it with INCLUDE, which drizzle's schema cannot declare: a migration generated
    // from the schema alone would silently drop the columns, and the filter would read a heap page per entry.
    const [index] = await rows<{ indexdef: string }>(
      app.db,
      sql`select indexdef from pg_indexes where indexname = 'content_items_type_status_stage_idx'`,
    )
    expect(index?.indexdef).toMatch(/\(type, status, journey_stage, id\) INCLUDE \(themes, regions\)/)
  })

  it('the item lookup reads one row by its key', async () => {
    for (const [, who] of callers()) {
      for (const plan of await plansOf(who, `/v1/lessons/${someLesson}`)) expect(problemsIn(plan)).toEqual([])
    }
  })

  it('a revalidation (If-None-Match, 304) reads one row by its key', async () => {
    for (const [, who] of callers()) {
      const res = await app.inject({ method: 'GET', url: `/v1/lessons/${someLesson}`, headers: who.headers })
      for (const plan of await plansOf(who, `/v1/lessons/${someLesson}`, String(res.headers.etag))) expect(problemsIn(plan)).toEqual([])
    }
  })
})
