import { describe, expect, it } from 'vitest'
import { concurrencyLimit } from './concurrency.js'

/** A promise and the functions that settle it, for work that finishes when the test says so. */
function deferred<T = void>() {
  let resolve!: (value: T) => void
  let reject!: (error: Error) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve))

describe('concurrencyLimit', () => {
  it('runs at most `limit` calls at once and starts the waiting ones in arrival order as slots free', async () => {
    const limited = concurrencyLimit(2)
    const gates = Array.from({ length: 5 }, () => deferred<number>())
    const started: number[] = []
    const results = gates.map((gate, index) =>
      limited(() => {
        started.push(index)
        return gate.promise
      }),
    )
    await settle()
    expect(started).toEqual([0, 1])

    gates[1]?.resolve(1)
    await settle()
    expect(started).toEqual([0, 1, 2])

    gates[0]?.resolve(0)
    gates[2]?.resolve(2)
    await settle()
    expect(started).toEqual([0, 1, 2, 3, 4])

    gates[3]?.resolve(3)
    gates[4]?.resolve(4)
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4])
  })

  it('frees the slot of a call that fails, and passes its error to that caller only', async () => {
    const limited = concurrencyLimit(1)
    const failing = deferred()
    const first = limited(() => failing.promise)
    const second = limited(async () => 'ran')
    failing.reject(new Error('the page could not be read'))
    await expect(first).rejects.toThrow('the page could not be read')
    expect(await second).toBe('ran')
    // The slot is free again: a new call starts at once.
    expect(await limited(async () => 'again')).toBe('again')
  })
})

describe('concurrencyLimit with a signal', () => {
  it('drops a waiting call whose signal aborts: it rejects with the reason, its work never runs, and the next one takes the slot', async () => {
    const limited = concurrencyLimit(1)
    const running = deferred<string>()
    const first = limited(() => running.promise)
    const gone = new AbortController()
    let abandonedRan = false
    const abandoned = limited(async () => {
      abandonedRan = true
      return 'built for nobody'
    }, gone.signal)
    const third = limited(async () => 'third')

    gone.abort(new Error('the caller hung up'))
    await expect(abandoned).rejects.toThrow('the caller hung up')
    running.resolve('first')
    expect(await first).toBe('first')
    expect(await third).toBe('third')
    expect(abandonedRan).toBe(false)
    // Nothing is left holding a slot: two calls in a row each start at once.
    expect(await limited(async () => 'again')).toBe('again')
    expect(await limited(async () => 'and again')).toBe('and again')
  })

  it('refuses a call whose signal has already aborted, and lets a started call finish when its signal aborts later', async () => {
    const limited = concurrencyLimit(1)
    const before = new AbortController()
    before.abort(new Error('gone before it asked'))
    let ran = false
    await expect(
      limited(async () => {
        ran = true
      }, before.signal),
    ).rejects.toThrow('gone before it asked')
    expect(ran).toBe(false)

    const during = new AbortController()
    const gate = deferred<string>()
    const started = limited(() => gate.promise, during.signal)
    during.abort(new Error('too late to stop it'))
    gate.resolve('finished')
    expect(await started).toBe('finished')
  })
})
