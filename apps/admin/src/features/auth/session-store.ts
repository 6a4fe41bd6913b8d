import { useSyncExternalStore } from 'react'

/** The tokens of the signed-in user. Kept in localStorage so a reload or a new tab stays signed in. */
export interface Session {
  accessToken: string
  refreshToken: string
}

const storageKey = 'learnonce.session'
const listeners = new Set<() => void>()
let current = readStorage()

function readStorage(): Session | null {
  if (typeof localStorage === 'undefined') return null
  try {
    const value: unknown = JSON.parse(localStorage.getItem(storageKey) ?? 'null')
    if (typeof value !== 'object' || value === null) return null
    const { accessToken, refreshToken } = value as Record<string, unknown>
    if (typeof accessToken !== 'string' || typeof refreshToken !== 'string') return null
    return { accessToken, refreshToken }
  } catch {
    return null
  }
}

function publish(session: Session | null) {
  current = session
  for (const listener of listeners) listener()
}

export const sessionStore = {
  get: (): Session | null => current,
  reload(): Session | null {
    const stored = readStorage()
    if (stored?.accessToken !== current?.accessToken || stored?.refreshToken !== current?.refreshToken) publish(stored)
    return current
  },
  set(session: Session) {
    globalThis.localStorage?.setItem(storageKey, JSON.stringify(session))
    publish(session)
  },
  clear() {
    globalThis.localStorage?.removeItem(storageKey)
    publish(null)
  },
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  },
}

// Another tab signed in, refreshed or signed out: follow it, so tabs never hold a rotated refresh token.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === storageKey || event.key === null) publish(readStorage())
  })
}

export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get)
}
