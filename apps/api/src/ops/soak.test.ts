import { expect, it } from 'vitest'
import { postgresAdminUrl } from '../test/database.js'
import { itOnPostgres } from '../test/drivers.js'
import { memoryGrowth, type SoakReport, type SoakSample, soak } from './soak.js'

/** The soak in the suite: 40 s of mixed reads and writes from 50 connections. `pnpm --filter @learnonce/api soak` runs it longer. */
itOnPostgres(
  'stays healthy under 40 s of mixed reads and writes from 50 connections: no failure, bounded memory, no leaked connection',
  async () => {
    const report = await soak({ seconds: 40, connections: 50, adminUrl: postgresAdminUrl() })
    const peak = (pick: (sample: (typeof report.samples)[number]) => number) => Math.max(...report.samples.map(pick))

    expect(report.failures, JSON.stringify(report.statuses)).toBe(0)
    expect(report.statuses['201']).toBeGreaterThan(0)
    expect(report.requests).toBeGreaterThan(1_000)
    // The pool never grows past its limit, PostgreSQL holds no connection beyond it, and nothing queues once the load stops.
    expect(report.poolMax).toBe(10)
    expect(peak((sample) => sample.poolConnections)).toBeLessThanOrEqual(report.poolMax)
    expect(peak((sample) => sample.backends)).toBeLessThanOrEqual(report.poolMax)
    expect(report.after.poolWaiting).toBe(0)
    expect(report.after.backends).toBeLessThanOrEqual(report.poolMax)
    // Memory levels off after the warm-up rather than climbing with every request.
    const memory = memoryGrowth(report)
    expect(memory.ratio, JSON.stringify(memory)).toBeLessThan(1.5)
    expect(peak((sample) => sample.rssMb)).toBeLessThan(600)
    expect(report.exitCode).toBe(0)
  },
  120_000,
)

/** A report with these resident-memory samples, one a second, and nothing else of note. */
function reportWith(rss: number[]): SoakReport {
  const samples: SoakSample[] = rss.map((rssMb, second) => ({
    second,
    rssMb,
    heapUsedMb: 0,
    poolConnections: 10,
    poolWaiting: 0,
    backends: 10,
  }))
  const after = samples.at(-1) ?? samples[0]
  if (!after) throw new Error('no samples')
  return {
    seconds: rss.length,
    connections: 50,
    requests: 0,
    requestsPerSecond: 0,
    p50Ms: 0,
    p99Ms: 0,
    statuses: {},
    failures: 0,
    poolMax: 10,
    samples,
    after,
    exitCode: 0,
  }
}

it('judges memory by its peaks: the collector’s sawtooth is stable, peaks that keep climbing are not', () => {
  const sawtooth = Array.from({ length: 50 }, (_, second) => 220 + ((second * 37) % 200))
  expect(memoryGrowth(reportWith(sawtooth)).ratio).toBeCloseTo(1, 1)
  const leak = Array.from({ length: 50 }, (_, second) => 200 + second * 8 + ((second * 37) % 60))
  expect(memoryGrowth(reportWith(leak)).ratio).toBeGreaterThan(1.3)
})
