import { expect } from 'vitest'
import { postgresAdminUrl } from '../test/database.js'
import { itOnPostgres } from '../test/drivers.js'
import { memoryGrowth, soak } from './soak.js'

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
