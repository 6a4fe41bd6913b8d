import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'
import type { ResolvedTarget } from './address-guard.js'

export interface SendResult {
  /** null when no response came: refused, reset, timed out. */
  statusCode: number | null
  durationMs: number
  error: string | null
}

/**
 * POSTs `body` to the target, connecting to the address the guard checked (never resolving the name
 * again), and gives up after `timeoutMs` for the whole exchange. The response body is discarded.
 */
export function post(target: ResolvedTarget, headers: Record<string, string>, body: string, timeoutMs: number): Promise<SendResult> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }])
    else callback(null, target.address, target.family)
  }
  const client = target.url.protocol === 'https:' ? https : http
  return new Promise((resolve) => {
    const request = client.request(
      target.url,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body).toString() },
        lookup: pinned,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        response.resume()
        response.on('end', () => resolve({ statusCode: response.statusCode ?? null, durationMs: elapsed(), error: null }))
        response.on('error', () => resolve({ statusCode: response.statusCode ?? null, durationMs: elapsed(), error: null }))
      },
    )
    request.on('error', (error) => {
      const timedOut = error.name === 'AbortError' || error.name === 'TimeoutError'
      resolve({ statusCode: null, durationMs: elapsed(), error: timedOut ? `no response within ${timeoutMs / 1000} s` : error.message })
    })
    request.end(body)
  })
}
