// Drives one target with autocannon: a short warm-up, 50 requests one at a time, then the measured
// run; fails loudly when any response is not one of the statuses the scenario expects.
import autocannon from 'autocannon'

const run = (options) =>
  new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)))
  })

/**
 * `request`: { method, path, headers, body } or `paths`: a function giving each request's
 * { path, headers } in turn (many ids, per-request ETags or tokens).
 */
export async function measure({ origin, request, next, expect, connections, seconds, warmup }) {
  const requests = [next ? { ...request, setupRequest: (base) => ({ ...base, ...next() }) } : request]
  const options = { url: origin, connections, requests, timeout: 30 }
  if (warmup > 0) await run({ ...options, duration: warmup })
  // One request at a time: the latency a single caller sees on an otherwise idle server.
  const alone = check(request, expect, await run({ ...options, connections: 1, amount: 50 }))
  const result = check(request, expect, await run({ ...options, duration: seconds }))
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    aloneP50: alone.latency.p50,
    bytesPerResponse: result.throughput.total / Math.max(result.requests.total, 1),
  }
}

function check(request, expect, result) {
  const unexpected = Object.entries(result.statusCodeStats)
    .filter(([status]) => !expect.includes(Number(status)))
    .map(([status, { count }]) => `${count}× ${status}`)
  if (unexpected.length > 0 || result.errors > 0 || result.timeouts > 0) {
    const problems = [...unexpected, result.errors ? `${result.errors} errors` : '', result.timeouts ? `${result.timeouts} timeouts` : '']
    throw new Error(`${request.method ?? 'GET'} ${request.path}: expected ${expect.join('/')}, got ${problems.filter(Boolean).join(', ')}`)
  }
  return result
}
