// Drives one target with autocannon: a short warm-up, 50 requests one at a time, then the measured
// run; fails loudly when any response is not one of the statuses the scenario expects.
import autocannon from 'autocannon'
import { processTreeCpuMs } from './cpu-time.mjs'

const run = (options) =>
  new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)))
  })

/**
 * `request`: { method, path, headers, body }; `next`, if given, a function giving each request's
 * { path, headers, body } in turn (many ids, per-request ETags or tokens).
 */
export async function measure({ origin, pid, request, next, expect, connections, seconds, warmup }) {
  const requests = [next ? { ...request, setupRequest: (base) => ({ ...base, ...next() }) } : request]
  const options = { url: origin, connections, requests, timeout: 30 }
  const fail = (problems) => {
    throw new Error(`${request.method ?? 'GET'} ${request.path}: expected ${expect.join('/')}, got ${problems}`)
  }
  // A cold start may stumble (a pool still connecting); that is reported, and only the measured runs must be clean.
  const warmupProblems = warmup > 0 ? problemsOf(expect, await run({ ...options, duration: warmup })) : null
  // One request at a time: the latency a single caller sees on an otherwise idle server.
  const alone = await run({ ...options, connections: 1, amount: 50 })
  const cpuBefore = processTreeCpuMs(pid)
  const result = await run({ ...options, duration: seconds })
  const cpuAfter = processTreeCpuMs(pid)
  for (const measured of [alone, result]) {
    const problems = problemsOf(expect, measured)
    if (problems) fail(problems)
  }
  return {
    warning: warmupProblems ? `⚠ warm-up got ${warmupProblems}` : null,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    aloneP50: alone.latency.p50,
    bytesPerResponse: result.throughput.total / Math.max(result.requests.total, 1),
    cpuMsPerResponse: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / Math.max(result.requests.total, 1),
  }
}

/** What went wrong in a run, in words, or null when every response had an expected status. */
function problemsOf(expect, result) {
  const problems = Object.entries(result.statusCodeStats)
    .filter(([status]) => !expect.includes(Number(status)))
    .map(([status, { count }]) => `${count}× ${status}`)
  if (result.errors > 0) problems.push(`${result.errors} errors`)
  if (result.timeouts > 0) problems.push(`${result.timeouts} timeouts`)
  return problems.length > 0 ? problems.join(', ') : null
}
