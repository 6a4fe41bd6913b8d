import { setFlagsFromString } from 'node:v8'

/**
 * V8 lets the old generation grow to up to four times what survived the last full collection before
 * it collects again. Under load, request data promoted out of the young generation piles up to that
 * limit: the API peaked at 290 MB on list pages and 456 MB on 2.5 MB sync pages at 100,000 lessons.
 * Growing by 60% instead kept it to 185 MB and 245 MB for the same CPU per response (measured with
 * `pnpm bench`; 30% cost 17% more CPU). `node --heap-growing-percent=N dist/server.js` overrides it.
 * Called by server.ts before anything else, and by tests that measure memory as production runs.
 */
export function limitHeapGrowth(): void {
  if (!process.execArgv.some((arg) => arg.startsWith('--heap-growing-percent'))) setFlagsFromString('--heap-growing-percent=60')
}
