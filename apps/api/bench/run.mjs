// `pnpm bench`: builds the API, loads a realistic corpus into a throwaway database, starts the built
// API in production mode beside a bare node:http baseline, drives both with autocannon and writes
// the table to bench/results.md. `pnpm bench --help` lists the options.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { readCorpusFacts } from './corpus-facts.mjs'
import { createWriter } from './corpus-text.mjs'
import { createDatabase } from './database.mjs'
import { measure } from './load-test.mjs'
import { sampleMemory } from './memory-sampler.mjs'
import { readOptions, usage } from './options.mjs'
import { createRandom } from './prng.mjs'
import { checkedOut, describeRun, markdownTable, saveResults, tableRow } from './report.mjs'
import { scenarios } from './scenarios.mjs'
import { freePort, startServer } from './server-process.mjs'

const apiRoot = fileURLToPath(new URL('..', import.meta.url))
const built = (path) => fileURLToPath(new URL(`../dist/${path}`, import.meta.url))
const log = (message) => process.stderr.write(`${message}\n`)

let options
try {
  options = readOptions(
    process.argv.slice(2).filter((arg) => arg !== '--'),
    scenarios.map((scenario) => scenario.name),
  )
} catch (error) {
  console.error(`${error.message}\n\n${usage}`)
  process.exit(2)
}
if (options.help) {
  console.log(usage)
  process.exit(0)
}

const code = checkedOut()
if (options.build) {
  // The API and the contracts it imports; a stale dist would benchmark yesterday's code.
  log('building the API…')
  execFileSync('pnpm', ['--filter', '@learnonce/api...', 'build'], { cwd: apiRoot, stdio: ['ignore', 'ignore', 'inherit'] })
}
const unbuilt = [built('server.js'), fileURLToPath(import.meta.resolve('@learnonce/contracts'))].filter((path) => !existsSync(path))
if (unbuilt.length > 0) {
  console.error(`${unbuilt.join(' and ')} ${unbuilt.length === 1 ? 'is' : 'are'} missing: run \`pnpm build\` (or drop --no-build).`)
  process.exit(1)
}
// Imported only now: the corpus is written with the built contracts' enums and the built API's review
// periods, which a fresh clone has not built until the step above.
const { loadCorpus } = await import('./corpus.mjs')
const { BENCH_PASSWORD } = await import('./corpus-sites.mjs')

const database = await createDatabase(options.db, built('db/client.js'))
const stops = []
let cleaning = null
let interrupted = false
/** Stops the servers and drops the database, once, however the run ends. */
const cleanUp = () => {
  cleaning ??= (async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => log(`could not stop a server: ${error.message}`))
    const keep = options.keep && !interrupted
    await database.drop({ keep }).catch((error) => log(`could not drop the ${database.label}: ${error.message}`))
    if (keep) log(`kept ${database.label}: ${database.databaseUrl ?? database.dataDir}`)
  })()
  return cleaning
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true
    log(`\n${signal}: cleaning up…`)
    cleanUp().finally(() => process.exit(130))
  })
}

async function signIn(api, email) {
  const response = await fetch(`${api}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  })
  if (!response.ok) throw new Error(`signing in as ${email}: ${response.status} ${await response.text()}`)
  return (await response.json()).accessToken
}

/** Lesson bodies a contributor sends, about as long as the corpus's. */
function createBodies(siteId, facts) {
  const write = createWriter(createRandom(options.seed + 1))
  return Array.from({ length: 20 }, () => {
    const lesson = write.lesson(false)
    return JSON.stringify({
      title: write.title(),
      summary: write.summary(),
      context: lesson.context,
      wentWell: lesson.went_well,
      didNotGoWell: lesson.did_not_go_well,
      doDifferently: lesson.do_differently,
      siteId,
      themes: [facts.filter.theme],
      journeyStage: facts.filter.journeyStage,
    })
  })
}

async function loadDatabase() {
  log(`creating ${database.label}; migrating…`)
  await database.migrate()
  const connections = await Promise.all(
    Array.from({ length: database.kind === 'pglite' ? 1 : Math.min(availableParallelism(), 4) }, () => database.open()),
  )
  try {
    const [{ client }] = connections
    const corpus = await loadCorpus(
      connections.map((connection) => connection.client),
      { kind: database.kind, lessons: options.lessons, seed: options.seed },
    )
    const facts = await readCorpusFacts(client)
    const { rows } = await client.query('select version() as version')
    const databaseVersion = database.kind === 'pglite' ? `PGlite (${rows[0].version.split(' on ')[0]})` : rows[0].version.split(' on ')[0]
    return { corpus, facts, databaseVersion }
  } finally {
    for (const connection of connections) await connection.close()
  }
}

/** API processes: one, or BENCH_WEB_CONCURRENCY workers behind one port. */
const workers = Math.max(1, Number(process.env.BENCH_WEB_CONCURRENCY ?? 1) || 1)

async function startApi() {
  const port = await freePort()
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    JWT_SECRET: 'bench-only-secret-bench-only-secret-123',
    // Long enough for a million-lesson run; the tokens never leave this machine.
    ACCESS_TOKEN_TTL_SECONDS: '86400',
    // The benchmark measures throughput; rate limits would only measure themselves.
    RATE_LIMIT_PER_MINUTE: '0',
    API_KEY_RATE_LIMIT_PER_MINUTE: '0',
    // One process per core is opt-in: BENCH_WEB_CONCURRENCY=2 measures it (PostgreSQL only).
    WEB_CONCURRENCY: String(workers),
  }
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'SEED_DEMO', 'BOOTSTRAP_ADMIN_EMAIL', 'BOOTSTRAP_ADMIN_PASSWORD', 'REDIS_URL'])
    delete env[name]
  if (database.kind === 'pglite') env.DATA_DIR = database.dataDir
  else env.DATABASE_URL = database.databaseUrl
  const origin = `http://127.0.0.1:${port}`
  const server = await startServer({ name: 'the API', script: built('server.js'), env, readyUrl: `${origin}/readyz` })
  stops.push(() => server.stop())
  return { origin, server }
}

async function startBaseline(target, fields, readerSites) {
  const port = await freePort()
  const env = {
    ...process.env,
    BASELINE_PORT: String(port),
    BASELINE_READER_SITES: readerSites.join(','),
    BASELINE_LIST_FIELDS: fields.list.join(','),
    BASELINE_ITEM_FIELDS: fields.item.join(','),
    ...(target.databaseUrl ? { BASELINE_DATABASE_URL: target.databaseUrl } : { BASELINE_DATA_DIR: target.dataDir }),
  }
  const origin = `http://127.0.0.1:${port}`
  const script = fileURLToPath(new URL('baseline.mjs', import.meta.url))
  const server = await startServer({ name: 'the baseline', script, env, readyUrl: `${origin}/readyz` })
  stops.push(() => server.stop())
  const unknown = await (await fetch(`${origin}/fields`)).json()
  const missing = [...new Set([...unknown.listUnknown, ...unknown.itemUnknown])]
  return {
    origin,
    pid: server.pid,
    notes: missing.length > 0 ? [`the baseline cannot produce ${missing.join(', ')}; it leaves them out`] : [],
  }
}

/** The fields the API answers with, in its order, for the baseline to answer with the same. */
async function apiFields(api, token, facts) {
  const headers = { authorization: `Bearer ${token}` }
  const page = await (await fetch(`${api}/v1/lessons?status=published&limit=1`, { headers })).json()
  const item = await (await fetch(`${api}/v1/lessons/${facts.itemIds[0]}`, { headers })).json()
  return { list: Object.keys(page.data[0]), item: Object.keys(item) }
}

async function openApiRoutes(api) {
  const document = await (await fetch(`${api}/openapi.json`)).json()
  return new Set(
    Object.entries(document.paths ?? {}).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    ),
  )
}

async function runScenarios(ctx, memory) {
  const rows = []
  for (const scenario of scenarios.filter((candidate) => options.only.includes(candidate.name))) {
    if (scenario.route && !ctx.routes.has(scenario.route)) {
      log(`${scenario.name}: skipped, ${scenario.route} is not in the API yet`)
      rows.push(tableRow(scenario, { skipped: `skipped: ${scenario.route} is not in the API yet` }))
      continue
    }
    log(`${scenario.name}: ${scenario.title}…`)
    const prepared = await scenario.prepare(ctx)
    const run = { connections: scenario.connections ?? options.connections, seconds: options.seconds, warmup: options.warmup }
    memory.takeScenarioPeak()
    const targets = [{ origin: ctx.api, pid: ctx.apiPid, ...prepared.api }]
    if (prepared.baseline) targets.push({ origin: ctx.baseline, pid: ctx.baselinePid, ...prepared.baseline })
    const [api, baseline = null] = await measure(targets, run)
    // The sampler reads the API's process alone, so the baseline's turns do not count here.
    const rss = memory.takeScenarioPeak()
    const note = [prepared.note, api.warning, baseline?.warning && `baseline: ${baseline.warning}`].filter(Boolean).join('; ')
    const outcome = { api, baseline, rss, note }
    rows.push(tableRow(scenario, outcome))
    const ratio = baseline
      ? `, ${(api.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)} of the baseline's ${Math.round(baseline.requestsPerSecond)}`
      : ''
    const cpuRatio =
      baseline?.cpuMsPerResponse && api.cpuMsPerResponse
        ? `; CPU ${api.cpuMsPerResponse.toFixed(3)} ms/response, ${(baseline.cpuMsPerResponse / api.cpuMsPerResponse).toFixed(2)} of the baseline's efficiency`
        : ''
    log(`  ${Math.round(api.requestsPerSecond)} req/s, p99 ${api.p99} ms${ratio}${cpuRatio}`)
  }
  return rows
}

try {
  const { corpus, facts, databaseVersion } = await loadDatabase()
  const baselineTarget = database.baselineTarget()
  const { origin: api, server } = await startApi()
  log(`the API was ready in ${server.readySeconds.toFixed(2)} s`)
  const memory = sampleMemory(server.pid)
  // Two contributors of the first site: one reads, the other writes.
  const [reader, writer] = corpus.people.contributorsBySite.get(corpus.sites[0].id)
  const tokens = {
    reader: await signIn(api, reader.email),
    writer: await signIn(api, writer.email),
    admin: await signIn(api, corpus.people.admin.email),
    curators: await Promise.all(corpus.people.curators.map((curator) => signIn(api, curator.email))),
  }
  const baseline = await startBaseline(baselineTarget, await apiFields(api, tokens.reader, facts), [reader.siteId])
  const ctx = {
    api,
    baseline: baseline.origin,
    apiPid: server.pid,
    baselinePid: baseline.pid,
    tokens,
    facts,
    routes: await openApiRoutes(api),
    createBodies: createBodies(writer.siteId, facts),
  }
  const rows = await runScenarios(ctx, memory)
  memory.stop()
  const notes = [...corpus.notes, ...baseline.notes]
  const text = [
    describeRun({
      options,
      database,
      corpus,
      facts,
      apiReadySeconds: server.readySeconds,
      apiPeakRss: memory.runPeak(),
      databaseVersion,
      workers,
      code,
    }),
    '',
    markdownTable(rows),
    ...(notes.length > 0 ? ['', ...notes.map((note) => `- ${note}`)] : []),
  ].join('\n')
  console.log(`\n${text}\n`)
  if (options.save) {
    saveResults(fileURLToPath(new URL('results.md', import.meta.url)), text)
    log('appended to apps/api/bench/results.md')
  }
} catch (error) {
  // After Ctrl-C the connections are cut on purpose; that error is no news.
  if (!interrupted) console.error(error)
  process.exitCode = 1
} finally {
  await cleanUp()
}
