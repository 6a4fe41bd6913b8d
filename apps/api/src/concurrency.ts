/**
 * At most `limit` calls of the returned function run at once; later calls wait their turn, first come
 * first served. For work whose cost is memory as much as time (a sync page holds up to 500 whole items
 * while it is read and mapped): under load, a few pages in flight keep the CPU as busy as fifty would,
 * and the process holds a few pages instead of fifty.
 *
 * A call may pass an AbortSignal: aborted while it waits (its caller hung up), it leaves the queue at
 * once, rejects with the signal's reason, and its work never runs. Work already running is not stopped.
 */
export function concurrencyLimit(limit: number): <T>(work: () => Promise<T>, signal?: AbortSignal) => Promise<T> {
  let running = 0
  const waiting: Array<() => void> = []
  return async (work, signal) => {
    signal?.throwIfAborted()
    if (running < limit) running++
    // A finishing call hands its slot straight to the first waiter, so `running` never drops below
    // the number of calls in their work and a late arrival cannot overtake the queue.
    else await turn(waiting, signal)
    try {
      return await work()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else running--
    }
  }
}

/** Waits in `queue` until a finishing call hands over its slot, or leaves it when `signal` aborts. */
function turn(queue: Array<() => void>, signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const leave = () => {
      queue.splice(queue.indexOf(start), 1)
      reject(signal?.reason)
    }
    const start = () => {
      signal?.removeEventListener('abort', leave)
      resolve()
    }
    queue.push(start)
    signal?.addEventListener('abort', leave, { once: true })
  })
}
