// Drives the API and its baseline with autocannon: a short warm-up and 50 requests one at a time for
// each, then the measured run in halves taken in turn (API, baseline, baseline, API), so a machine
// that speeds up or slows down during a scenario weighs on both sides alike. Fails loudly when any
// response is not one of the statuses the scenario expects.
import autocannon from 'autocannon'
import { processTreeCpuMs } from './cpu-time.mjs'

const run = (options) =>
  new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)))
  })

/**
 * Each target: { origin, pid, request, expect, next }. `request` is { method, path, headers, body };
 * `next`, if given, a function giving each request's { path, headers, body } in turn (many ids,
 * per-request ETags or tokens). Answers one result per target, in their order.
 */
export async function measure(targets, { connections, seconds, warmup }) {
  const drivers = targets.map((target) => driver(target, connections))
  for (const each of drivers) await each.prepare(warmup)
  // With one target its two halves run back to back; with two, ABBA cancels a steady drift.
  const order = drivers.length === 1 ? [0, 0] : [0, 1, 1, 0]
  for (const index of order) await drivers[index].half(seconds / 2)
  return drivers.map((each) => each.result())
}

function driver({ origin, pid, request, next, expect }, connections) {
  const requests = [next ? { ...request, setupRequest: (base) => ({ ...base, ...next() }) } : request]
  const options = { url: origin, connections, requests, timeout: 30 }
  const check = (measured) => {
    const problems = problemsOf(expect, measured)
    if (problems) throw new Error(`${request.method ?? 'GET'} ${request.path}: expected ${expect.join('/')}, got ${problems}`)
  }
  const halves = []
  let warning = null
  let alone = null
  let cpuMs = 0
  return {
    async prepare(warmup) {
      // A cold start may stumble (a pool still connecting); that is reported, and only the measured runs must be clean.
      const problems = warmup > 0 ? problemsOf(expect, await run({ ...options, duration: warmup })) : null
      if (problems) warning = `⚠ warm-up got ${problems}`
      // One request at a time: the latency a single caller sees on an otherwise idle server.
      alone = await run({ ...options, connections: 1, amount: 50 })
      check(alone)
    },
    async half(seconds) {
      const cpuBefore = processTreeCpuMs(pid)
      const measured = await run({ ...options, duration: seconds, skipAggregateResult: true })
      const cpuAfter = processTreeCpuMs(pid)
      check(measured)
      halves.push(measured)
      cpuMs = cpuBefore === null || cpuAfter === null || cpuMs === null ? null : cpuMs + cpuAfter - cpuBefore
    },
    result() {
      // The halves' latencies are merged as one histogram; their durations and counts are summed.
      const merged = autocannon.aggregateResult(halves, options)
      const responses = Math.max(sum(halves, 'totalCompletedRequests'), 1)
      return {
        warning,
        requestsPerSecond: sum(halves, 'totalCompletedRequests') / sum(halves, 'duration'),
        p50: merged.latency.p50,
        p99: merged.latency.p99,
        aloneP50: alone.latency.p50,
        bytesPerResponse: sum(halves, 'totalBytes') / responses,
        cpuMsPerResponse: cpuMs === null ? null : cpuMs / responses,
      }
    },
  }
}

const sum = (results, field) => results.reduce((total, result) => total + result[field], 0)

/** What went wrong in a run, in words, or null when every response had an expected status. */
function problemsOf(expect, result) {
  const problems = Object.entries(result.statusCodeStats)
    .filter(([status]) => !expect.includes(Number(status)))
    .map(([status, { count }]) => `${count}× ${status}`)
  if (result.errors > 0) problems.push(`${result.errors} errors`)
  if (result.timeouts > 0) problems.push(`${result.timeouts} timeouts`)
  return problems.length > 0 ? problems.join(', ') : null
}
