/**
 * `pnpm --filter @learnonce/api soak -- --seconds 300 --connections 50`: the long soak (see
 * soak.ts and the README's Soak section) on a throwaway database on SOAK_POSTGRES_URL's server.
 */
import { parseArgs } from 'node:util'
import { memoryGrowth, soak } from './soak.js'

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { seconds: { type: 'string', default: '300' }, connections: { type: 'string', default: '50' } },
})
const adminUrl = process.env.SOAK_POSTGRES_URL ?? process.env.LO_TEST_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/test'
const report = await soak({
  seconds: Number(values.seconds),
  connections: Number(values.connections),
  adminUrl,
  progress: (line) => console.log(line),
})
const memory = memoryGrowth(report)
const peak = (pick: (sample: (typeof report.samples)[number]) => number) => Math.max(...report.samples.map(pick))
console.log(`
| soak | ${report.seconds} s, ${report.connections} connections, PostgreSQL |
| --- | --- |
| requests | ${report.requests} (${report.requestsPerSecond}/s), p50 ${report.p50Ms} ms, p99 ${report.p99Ms} ms |
| statuses | ${Object.entries(report.statuses)
  .map(([status, count]) => `${count}× ${status}`)
  .join(', ')}; failures ${report.failures} |
| resident memory | peak ${memory.warmPeakMb} MB in 20–60% of the run → ${memory.endPeakMb} MB in the last 40% (×${memory.ratio.toFixed(2)}); ${report.after.rssMb} MB after the load |
| heap used | peak ${peak((sample) => sample.heapUsedMb)} MB, ${report.after.heapUsedMb} MB at the end |
| pool | max ${report.poolMax}; peak ${peak((sample) => sample.poolConnections)} open, ${report.after.poolConnections} at the end; peak waiting ${peak((sample) => sample.poolWaiting)}, ${report.after.poolWaiting} at the end |
| PostgreSQL backends | peak ${peak((sample) => sample.backends)}, ${report.after.backends} at the end |
| exit after SIGTERM | ${report.exitCode} |
`)
process.exit(report.failures === 0 && report.exitCode === 0 ? 0 : 1)
