import type { TokenPair } from '@learnonce/contracts'
import { apiBaseUrl } from '../config/env'
import { type Session, sessionStore } from '../features/auth/session-store'
import { ApiError, networkProblem, readProblem } from './api-error'

export { ApiError } from './api-error'

export interface RequestOptions {
  body?: unknown
  signal?: AbortSignal
  headers?: HeadersInit
  /** false for the auth endpoints themselves: a 401 there is the answer, not an expired access token. */
  refreshOnUnauthorized?: boolean
}

export interface TokenStore {
  get(): Session | null
  /** Re-reads the stored session, which another tab may have rotated a moment ago. */
  reload(): Session | null
  set(session: Session): void
  clear(): void
}

/** A response body and the ETag it came with (null when the route sends none). */
export interface Tagged<T> {
  data: T
  etag: string | null
}

/** A downloaded file and its name. */
export interface Downloaded {
  blob: Blob
  fileName: string
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface ApiClientOptions {
  /** Where `/auth/login` etc. are: `https://api.example/v1`, or `/v1` on the admin's own origin. */
  baseUrl: string
  tokens: TokenStore
  /** The fetch to send with (tests hand in one that reaches an in-process API). */
  fetch?: typeof globalThis.fetch
}

export function createApiClient({ baseUrl, tokens, fetch: fetchImpl = (...args) => globalThis.fetch(...args) }: ApiClientOptions) {
  let refreshing: Promise<boolean> | null = null

  async function send(method: Method, path: string, options: RequestOptions, session: Session | null) {
    const headers = new Headers(options.headers)
    headers.set('Accept', 'application/json, application/problem+json')
    // A form (a file upload) sets its own multipart Content-Type, boundary and all; a file (a Blob,
    // an import's spreadsheet) goes as it is with its own type; anything else as JSON.
    const form = typeof FormData !== 'undefined' && options.body instanceof FormData ? options.body : null
    const file = !form && options.body instanceof Blob ? options.body : null
    if (file) headers.set('Content-Type', file.type || 'application/octet-stream')
    else if (options.body !== undefined && !form) headers.set('Content-Type', 'application/json')
    if (session) headers.set('Authorization', `Bearer ${session.accessToken}`)
    const body = options.body === undefined ? null : (form ?? file ?? JSON.stringify(options.body))
    try {
      return await fetchImpl(`${baseUrl}${path}`, { method, headers, body, signal: options.signal ?? null })
    } catch (error) {
      if (options.signal?.aborted) throw error
      throw new ApiError(networkProblem)
    }
  }

  /** true when a fresh access token is stored; false when the session is over (and now cleared). */
  async function rotate(stale: Session): Promise<boolean> {
    const latest = tokens.reload()
    if (!latest) return false
    if (latest.refreshToken !== stale.refreshToken) return true
    const response = await send('POST', '/auth/refresh', { body: { refreshToken: latest.refreshToken } }, null)
    if (response.ok) {
      const pair = (await response.json()) as TokenPair
      tokens.set({ accessToken: pair.accessToken, refreshToken: pair.refreshToken })
      return true
    }
    if (response.status === 400 || response.status === 401) {
      tokens.clear()
      return false
    }
    throw new ApiError(await readProblem(response))
  }

  // Refresh tokens are single use and the API ends the whole session when one is reused, so requests
  // that expire together share one refresh, and tabs take turns under a Web Lock.
  function refresh(stale: Session): Promise<boolean> {
    if (refreshing) return refreshing
    const pending = underLock('learnonce.refresh', () => rotate(stale)).finally(() => {
      refreshing = null
    })
    refreshing = pending
    return pending
  }

  async function exchange(method: Method, path: string, options: RequestOptions): Promise<Response> {
    const session = tokens.get()
    let response = await send(method, path, options, session)
    if (response.status === 401 && session && options.refreshOnUnauthorized !== false) {
      if (await refresh(session)) response = await send(method, path, options, tokens.get())
    }
    if (!response.ok) throw new ApiError(await readProblem(response))
    return response
  }

  async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
    const response = await exchange(method, path, options)
    if (response.status === 204 || response.status === 205) return undefined as T
    return (await response.json()) as T
  }

  /** A read with its ETag, for a later conditional write to send back as If-Match. */
  async function getWithEtag<T>(path: string, options: Omit<RequestOptions, 'body'> = {}): Promise<Tagged<T>> {
    const response = await exchange('GET', path, options)
    return { data: (await response.json()) as T, etag: response.headers.get('etag') }
  }

  /**
   * A file the API sends as an attachment (an export, a report's CSV), read whole as a Blob with the
   * name the API gave it. Goes through the same token and refresh as every other call.
   */
  async function download(path: string, options: Omit<RequestOptions, 'body'> = {}): Promise<Downloaded> {
    const response = await exchange('GET', path, options)
    const disposition = response.headers.get('content-disposition') ?? ''
    const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? path.split('?')[0]?.split('/').pop() ?? 'download'
    return { blob: await response.blob(), fileName }
  }

  /** A response's bytes (a file to open or save), without the name: `download` above. */
  async function blob(path: string, options: Omit<RequestOptions, 'body'> = {}): Promise<Blob> {
    return (await download(path, options)).blob
  }

  return {
    request,
    download,
    blob,
    get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
    getWithEtag,
    post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
    put: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
    patch: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
    delete: <T = void>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
  }
}

async function underLock(name: string, run: () => Promise<boolean>): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.locks) return run()
  return await navigator.locks.request(name, run)
}

export type ApiClient = ReturnType<typeof createApiClient>

/**
 * The admin's one client. `/v1` on the admin's own origin (the dev server, preview and nginx forward it
 * to the API), or the API named by VITE_API_URL / `<meta name="learnonce-api-url">` (config/env.ts).
 */
export const api = createApiClient({ baseUrl: apiBaseUrl(), tokens: sessionStore })
