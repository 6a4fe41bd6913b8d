// The benchmark's scenarios. Each read runs against the API and the bare baseline; prepare() checks
// first that both answer the same rows, so the ratio compares equal work. Routes that have not landed
// yet (per the API's OpenAPI document) are skipped with a note.
import { isDeepStrictEqual } from 'node:util'

const json = { 'content-type': 'application/json' }
const bearer = (token) => ({ authorization: `Bearer ${token}` })

async function getJson(origin, path, headers = {}) {
  const response = await fetch(origin + path, { headers })
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`)
  return { body: await response.json(), etag: response.headers.get('etag') }
}

/** Runs `task` over `values`, `width` at a time. */
async function inBatches(values, width, task) {
  const results = []
  for (let start = 0; start < values.length; start += width) {
    results.push(...(await Promise.all(values.slice(start, start + width).map(task))))
  }
  return results
}

const rotate = (values, make) => {
  let index = 0
  return () => make(values[index++ % values.length])
}

/** A note when the baseline's page is not the API's: then the ratio would compare different work. */
async function samePage(ctx, apiPath, baselinePath, token) {
  const [api, baseline] = await Promise.all([getJson(ctx.api, apiPath, bearer(token)), getJson(ctx.baseline, baselinePath)])
  const ids = (page) => page.body.data.map((row) => row.id).join(',')
  if (api.body.data.length === 0) throw new Error(`GET ${apiPath} returned no rows: the corpus or the loader is wrong`)
  if (ids(api) !== ids(baseline))
    return `⚠ the baseline's page differs from the API's (${api.body.data.length} vs ${baseline.body.data.length} rows)`
  const first = (page) => JSON.parse(JSON.stringify(page.body.data[0]))
  if (!isDeepStrictEqual(first(api), first(baseline)))
    return `⚠ the baseline's rows differ from the API's in ${differingFields(first(api), first(baseline))}`
  return null
}

const differingFields = (a, b) =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !isDeepStrictEqual(a[key], b[key])).join(', ') || 'key order'

/** A list read on both sides, after checking that both answer the same page. */
async function pagePair(ctx, apiPath, baselinePath, about = null, token = ctx.tokens.reader) {
  const difference = await samePage(ctx, apiPath, baselinePath, token)
  return {
    api: { request: { path: apiPath, headers: bearer(token) }, expect: [200] },
    baseline: { request: { path: baselinePath }, expect: [200] },
    note: [about, difference].filter(Boolean).join('; '),
  }
}

const filterQuery = (filter) => new URLSearchParams({ status: 'published', ...filter, limit: '20' }).toString()
const published = 'status=published&limit=20'

export const scenarios = [
  {
    name: 'first-page',
    title: 'first page of published lessons',
    prepare: (ctx) => pagePair(ctx, `/v1/lessons?${published}`, `/lessons?${published}`),
  },
  {
    name: 'filtered',
    title: 'status + theme + journeyStage + region',
    prepare: (ctx) => pagePair(ctx, `/v1/lessons?${filterQuery(ctx.facts.filter)}`, `/lessons?${filterQuery(ctx.facts.filter)}`),
  },
  {
    name: 'deep-page',
    title: 'a page in the middle, by cursor',
    prepare: async (ctx) =>
      pagePair(
        ctx,
        `/v1/lessons?${published}&cursor=${await middleCursor(ctx)}`,
        `/lessons?${published}&before=${ctx.facts.middleAfterId}`,
        `page ${ctx.facts.middlePage.toLocaleString('en-GB')}`,
      ),
  },
  {
    name: 'search',
    title: 'q search for a word in 1% of lessons',
    prepare: (ctx) =>
      pagePair(
        ctx,
        `/v1/lessons?q=${ctx.facts.searchWord}&limit=20`,
        `/lessons?q=${ctx.facts.searchWord}&limit=20`,
        `${ctx.facts.searchMatches.toLocaleString('en-GB')} matches`,
      ),
  },
  {
    name: 'item',
    title: 'one lesson by id',
    async prepare(ctx) {
      const ids = ctx.facts.itemIds
      const [api, baseline] = await Promise.all([
        getJson(ctx.api, `/v1/lessons/${ids[0]}`, bearer(ctx.tokens.reader)),
        getJson(ctx.baseline, `/lessons/${ids[0]}`),
      ])
      const same = isDeepStrictEqual(api.body, baseline.body)
      return {
        api: {
          request: { path: `/v1/lessons/${ids[0]}` },
          next: rotate(ids, (id) => ({ path: `/v1/lessons/${id}`, headers: bearer(ctx.tokens.reader) })),
          expect: [200],
        },
        baseline: { request: { path: `/lessons/${ids[0]}` }, next: rotate(ids, (id) => ({ path: `/lessons/${id}` })), expect: [200] },
        note: [
          `${ids.length.toLocaleString('en-GB')} ids in turn`,
          same ? null : `⚠ the baseline's item differs in ${differingFields(api.body, baseline.body)}`,
        ]
          .filter(Boolean)
          .join('; '),
      }
    },
  },
  {
    name: 'item-304',
    title: 'the same with If-None-Match (304)',
    async prepare(ctx) {
      const ids = ctx.facts.itemIds
      const tags = async (origin, prefix, headers) =>
        inBatches(ids, 8, async (id) => ({ id, etag: (await getJson(origin, `${prefix}/${id}`, headers)).etag }))
      const apiTags = await tags(ctx.api, '/v1/lessons', bearer(ctx.tokens.reader))
      const baselineTags = await tags(ctx.baseline, '/lessons', {})
      if (apiTags.some((tag) => !tag.etag)) throw new Error('GET /v1/lessons/{id} sent no ETag')
      return {
        api: {
          request: { path: `/v1/lessons/${ids[0]}` },
          next: rotate(apiTags, ({ id, etag }) => ({
            path: `/v1/lessons/${id}`,
            headers: { ...bearer(ctx.tokens.reader), 'if-none-match': etag },
          })),
          expect: [304],
        },
        baseline: {
          request: { path: `/lessons/${ids[0]}` },
          next: rotate(baselineTags, ({ id, etag }) => ({ path: `/lessons/${id}`, headers: { 'if-none-match': etag } })),
          expect: [304],
        },
      }
    },
  },
  {
    name: 'triage',
    title: 'the triage queue',
    route: 'GET /v1/triage',
    prepare: (ctx) => pagePair(ctx, '/v1/triage?limit=20', '/triage?limit=20', null, ctx.tokens.curators[0]),
  },
  {
    name: 'sync',
    title: 'a sync page of 500 changes',
    route: 'GET /v1/sync',
    // Lessons only, so the baseline's one select list matches every row; the snapshot phase a new
    // integrator pages through first, each row the full item.
    prepare: (ctx) => pagePair(ctx, '/v1/sync?types=lesson&limit=500', '/sync?limit=500', 'lessons, the snapshot phase', ctx.tokens.admin),
  },
  {
    name: 'create',
    title: 'creating lessons (POST, 201)',
    write: true,
    prepare: (ctx) => ({
      api: {
        request: { method: 'POST', path: '/v1/lessons' },
        next: rotate(ctx.createBodies, (body) => ({
          method: 'POST',
          path: '/v1/lessons',
          headers: { ...json, ...bearer(ctx.tokens.writer) },
          body,
        })),
        expect: [201],
      },
      note: 'a contributor on their own site',
    }),
  },
  {
    name: 'triage-next',
    title: 'triage/next, 10 curators at once',
    route: 'POST /v1/triage/next',
    write: true,
    connections: 10,
    prepare: (ctx) => ({
      api: {
        request: { method: 'POST', path: '/v1/triage/next' },
        next: rotate(ctx.tokens.curators, (token) => ({
          method: 'POST',
          path: '/v1/triage/next',
          headers: { ...json, ...bearer(token) },
          body: '{}',
        })),
        // A claim, or nothing left to claim.
        expect: [200, 201, 204],
      },
    }),
  },
]

/**
 * The API's cursor for the page in the middle. The cursor of an id-ordered list is base64url JSON of
 * [id]; if the API's cursor has another shape, walk there page by page instead (slow, but honest).
 */
async function middleCursor(ctx) {
  const first = await getJson(ctx.api, `/v1/lessons?${published}`, bearer(ctx.tokens.reader))
  const last = first.body.data.at(-1)?.id
  const decoded = JSON.parse(Buffer.from(first.body.nextCursor ?? '', 'base64url').toString('utf8') || 'null')
  if (Array.isArray(decoded) && decoded.length === 1 && decoded[0] === last) {
    return Buffer.from(JSON.stringify([ctx.facts.middleAfterId])).toString('base64url')
  }
  let cursor = first.body.nextCursor
  for (let page = 2; page < ctx.facts.middlePage && cursor; page++) {
    cursor = (await getJson(ctx.api, `/v1/lessons?${published}&cursor=${cursor}`, bearer(ctx.tokens.reader))).body.nextCursor
  }
  return cursor
}
