// The results table, printed and appended to bench/results.md with the machine and the corpus.
import { execFileSync } from 'node:child_process'
import { appendFileSync, existsSync, writeFileSync } from 'node:fs'
import { cpus, release, totalmem } from 'node:os'

const whole = (value) => Math.round(value).toLocaleString('en-GB')
const ms = (value) => (value >= 100 ? whole(value) : value.toFixed(1))
const cpu = (value) => (value === null ? '—' : value.toFixed(3))
const mb = (bytes) => `${Math.round(bytes / 1024 / 1024)} MB`

/** 'alone': the p50 of 50 requests sent one at a time; KB/response: bytes on the wire (headers included) per response. */
const header = [
  'scenario',
  'API req/s',
  'p50 ms',
  'p99 ms',
  'alone ms',
  'KB/response',
  'baseline req/s',
  'p50 ms',
  'p99 ms',
  'API ÷ baseline',
  'CPU ms/response',
  'baseline CPU ms',
  'CPU: baseline ÷ API',
  'API peak RSS',
  'notes',
]

/** One table row per scenario: API and baseline figures side by side, and their ratio. */
export function tableRow(scenario, outcome) {
  if (outcome.skipped) return [scenario.title, ...header.slice(1, -1).map(() => '—'), outcome.skipped]
  const { api, baseline, rss, note } = outcome
  return [
    scenario.title,
    whole(api.requestsPerSecond),
    ms(api.p50),
    ms(api.p99),
    ms(api.aloneP50),
    (api.bytesPerResponse / 1024).toFixed(1),
    baseline ? whole(baseline.requestsPerSecond) : '—',
    baseline ? ms(baseline.p50) : '—',
    baseline ? ms(baseline.p99) : '—',
    baseline ? (api.requestsPerSecond / baseline.requestsPerSecond).toFixed(2) : '—',
    cpu(api.cpuMsPerResponse),
    baseline ? cpu(baseline.cpuMsPerResponse) : '—',
    baseline && api.cpuMsPerResponse && baseline.cpuMsPerResponse ? (baseline.cpuMsPerResponse / api.cpuMsPerResponse).toFixed(2) : '—',
    mb(rss),
    note ?? '',
  ]
}

/** A Markdown table padded the way the formatter (Biome) writes one, so results.md stays lint-clean. */
export function markdownTable(rows) {
  const width = (text) => [...text].length
  const right = (index) => index > 0 && index < header.length - 1
  const widths = header.map((title, index) => Math.max(3, width(title), ...rows.map((row) => width(String(row[index])))))
  const pad = (text, index) => {
    const space = ' '.repeat(widths[index] - width(text))
    return right(index) ? space + text : text + space
  }
  const line = (cells) => `| ${cells.map((cell, index) => pad(String(cell), index)).join(' | ')} |`
  const rule = `| ${widths.map((size, index) => (right(index) ? `${'-'.repeat(size - 1)}:` : '-'.repeat(size))).join(' | ')} |`
  return [line(header), rule, ...rows.map(line)].join('\n')
}

/** The commit checked out, read when the run starts (a commit made while it runs is not what it measured). */
export function checkedOut() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
    const dirty = execFileSync('git', ['status', '--porcelain', '--', '.'], { encoding: 'utf8' }).trim() !== ''
    return dirty ? `${head} with uncommitted changes` : head
  } catch {
    return 'unknown'
  }
}

/**
 * Where the loading time went: the rows, the indexes built after them (PostgreSQL), ANALYZE; and the
 * CPU it took, which holds on a busy machine better than the clock.
 */
const loadPhases = ({ phases, cpu }) => {
  const times = [
    `rows ${phases.rows.toFixed(1)} s`,
    phases.indexes > 0 ? `indexes ${phases.indexes.toFixed(1)} s` : null,
    `analyse ${phases.analyse.toFixed(1)} s`,
  ]
  const database = cpu.database === null ? '' : `PostgreSQL ${cpu.database.toFixed(1)} s + `
  return `${times.filter(Boolean).join(', ')}; CPU ${database}loader ${cpu.node.toFixed(1)} s`
}

export function describeRun({ options, database, corpus, facts, apiReadySeconds, apiPeakRss, databaseVersion, workers, code }) {
  const cpu = cpus()
  const count = corpus.counts
  return [
    `## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${database.kind === 'pglite' ? 'PGlite' : 'PostgreSQL'} · ${whole(count.lessons)} lessons`,
    '',
    `- machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB memory, ${process.platform} ${release()}; Node ${process.version}; ${databaseVersion}`,
    `- corpus: ${whole(count.lessons)} lessons (${whole(facts.publishedLessons)} published), ${whole(count.caseStudies)} case studies, ${whole(count.solutions)} solutions, ${whole(count.relations)} relations, ${whole(count.adoptions)} adoptions, ${whole(count.sites)} sites, ${whole(count.users)} users; loaded in ${corpus.loadSeconds.toFixed(1)} s (${loadPhases(corpus)}; seed ${options.seed})`,
    `- API: ${workers > 1 ? `${workers} workers behind one port (BENCH_WEB_CONCURRENCY)` : 'one process'}, ready in ${apiReadySeconds.toFixed(2)} s on the loaded database; peak RSS ${mb(apiPeakRss)} over the run; ${options.connections} connections, ${options.warmup} s warm-up, ${options.seconds} s per scenario in halves (API, baseline, baseline, API); code at ${code}${options.build ? '' : ' (apps/api/dist as it was: --no-build)'}`,
  ].join('\n')
}

export function saveResults(path, text) {
  if (!existsSync(path)) {
    writeFileSync(
      path,
      '# Benchmark results\n\nWritten by `pnpm bench` (see the README\'s "Performance" section); newest last. Figures move 2–5× with the machine\'s load from day to day: compare the API ÷ baseline ratios, which are measured in the same run.\n',
    )
  }
  appendFileSync(path, `\n${text}\n`)
}
