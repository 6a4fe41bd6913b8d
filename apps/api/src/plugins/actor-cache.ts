/**
 * Who a credential is, remembered for a few seconds so a request costs no lookup of its caller.
 *
 * Staleness is bounded two ways: an entry lives `ttlMs` at most, and a write that changes who
 * someone is (a role, a membership, a disabled account, a revoked key) empties the whole cache of the
 * process that made it — those writes are rare, so the simple rule costs nothing measurable. Another
 * process (a replica, a cluster worker) sees the change when its own entry expires.
 */
export interface ActorCache<T> {
  get(credential: string): T | undefined
  set(credential: string, actor: T): void
  clear(): void
}

/** Enough for every active caller of a hub; past it the cache starts again rather than grow. */
const MAX_ENTRIES = 10_000

export function actorCache<T>(ttlMs: number, now: () => number = () => Date.now()): ActorCache<T> {
  const entries = new Map<string, { actor: T; until: number }>()
  return {
    get(credential) {
      const entry = entries.get(credential)
      if (entry === undefined) return undefined
      if (entry.until > now()) return entry.actor
      entries.delete(credential)
      return undefined
    },
    set(credential, actor) {
      if (ttlMs <= 0) return
      if (entries.size >= MAX_ENTRIES) entries.clear()
      entries.set(credential, { actor, until: now() + ttlMs })
    },
    clear() {
      entries.clear()
    },
  }
}
