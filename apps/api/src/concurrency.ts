/**
 * At most `limit` calls of the returned function run at once; later calls wait their turn, first come
 * first served. For work whose cost is memory as much as time (a sync page holds up to 500 whole items
 * while it is read and mapped): under load, a few pages in flight keep the CPU as busy as fifty would,
 * and the process holds a few pages instead of fifty.
 */
export function concurrencyLimit(limit: number): <T>(work: () => Promise<T>) => Promise<T> {
  let running = 0
  const waiting: Array<() => void> = []
  return async (work) => {
    if (running < limit) running++
    // A finishing call hands its slot straight to the first waiter, so `running` never drops below
    // the number of calls in their work and a late arrival cannot overtake the queue.
    else await new Promise<void>((resolve) => waiting.push(resolve))
    try {
      return await work()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else running--
    }
  }
}
