import { setFlagsFromString } from 'node:v8'

/**
 * Two settings of V8's garbage collector, made before anything else runs (server.ts calls this first;
 * so do tests that measure memory as production runs). Each is left alone when the command line sets it.
 *
 * - The old generation grows by 60% past what survived its last full collection, not V8's up to four
 *   times: under load, request data promoted out of the young generation piled up to that limit (the
 *   API peaked at 290 MB on list pages and 456 MB on 2.5 MB sync pages at 100,000 lessons; 185 MB and
 *   245 MB with 60%, for the same CPU per response; 30% cost 17% more CPU).
 * - No allocation-site pretenuring. Under load V8 saw the objects of some allocation sites alive at
 *   every young collection (the requests in flight) and began allocating them straight into the old
 *   generation. Those objects die a moment later but stay until a full collection, and everything
 *   they point at (a row's strings, an item's fields) is kept alive and promoted with them: 8 KB per
 *   item request was promoted instead of 0.2 KB, each young collection took 2.5–3.7 ms instead of
 *   1 ms, and full collections ran every 4,000 requests. Without it an item costs ~20% less CPU.
 */
export function tuneGarbageCollector(): void {
  if (!process.execArgv.some((arg) => arg.startsWith('--heap-growing-percent'))) setFlagsFromString('--heap-growing-percent=60')
  if (!process.execArgv.some((arg) => arg.includes('allocation-site-pretenuring'))) setFlagsFromString('--no-allocation-site-pretenuring')
}
