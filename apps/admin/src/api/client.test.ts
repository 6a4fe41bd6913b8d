// @vitest-environment node
import type { TokenPair, User } from '@learnonce/contracts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../../api/src/test/app'
import { makeSite, signIn, TEST_PASSWORD } from '../../../api/src/test/factories'
// Brings in the API tests' typing of `inject('templateDatabase')`, which testApp reads.
import type {} from '../../../api/src/test/global-setup'
import type { Session } from '../features/auth/session-store'
import { ApiError } from './api-error'
import { createApiClient, type TokenStore } from './client'
import { problemFieldErrors } from './form-errors'

// The real API, listening on a port.
let api: Awaited<ReturnType<typeof testApp>>
let baseUrl = ''

beforeAll(async () => {
  api = await testApp()
  const address = await api.app.listen({ port: 0, host: '127.0.0.1' })
  baseUrl = `${address}/v1`
})

afterAll(async () => {
  await api?.close()
})

/** Tokens as the browser keeps them, and the refresh calls the client made. */
function browserSession() {
  let stored: Session | null = null
  const tokens: TokenStore = {
    get: () => stored,
    reload: () => stored,
    set: (session) => {
      stored = session
    },
    clear: () => {
      stored = null
    },
  }
  const refreshes: string[] = []
  const client = createApiClient({
    baseUrl,
    tokens,
    fetch: (input, init) => {
      if (String(input).endsWith('/auth/refresh')) refreshes.push(String(init?.body))
      return fetch(input, init)
    },
  })
  return { client, tokens, refreshes }
}

async function signedInSession(role: 'contributor' | 'curator' = 'curator', siteIds: string[] = []) {
  const { user } = await signIn(api.app, role, siteIds)
  const session = browserSession()
  const pair = await session.client.post<TokenPair>(
    '/auth/login',
    { email: user.email, password: TEST_PASSWORD },
    { refreshOnUnauthorized: false },
  )
  session.tokens.set({ accessToken: pair.accessToken, refreshToken: pair.refreshToken })
  return { ...session, user, firstRefreshToken: pair.refreshToken }
}

/**
 * Swaps the stored access token for one the API itself signed an hour ago, so it has expired (the
 * refresh token stays the live one). Quicker and steadier than waiting out a short lifetime.
 */
function expireAccessToken(tokens: TokenStore, userId: string) {
  const session = tokens.get()
  if (!session) throw new Error('not signed in')
  const accessToken = api.app.jwt.sign({ sub: userId }, { clockTimestamp: Date.now() - 3_600_000 })
  tokens.set({ ...session, accessToken })
}

describe('the session refreshes silently', () => {
  it('ten requests that find the access token expired share one refresh, and all get their answer', async () => {
    const { client, tokens, refreshes, user, firstRefreshToken } = await signedInSession()
    expireAccessToken(tokens, user.id)

    const answers = await Promise.all(Array.from({ length: 10 }, () => client.get<User>('/me')))

    expect(answers.map((me) => me.id)).toEqual(Array.from({ length: 10 }, () => user.id))
    expect(refreshes).toHaveLength(1)
    // The refresh token rotated: the browser holds the new one, and the old one is spent.
    expect(tokens.get()?.refreshToken).not.toBe(firstRefreshToken)
    const reuse = await fetch(`${baseUrl}/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: firstRefreshToken }),
    })
    expect(reuse.status).toBe(401)
  })

  it('a 401 that arrives after another request already refreshed is retried with the new token, no second refresh', async () => {
    const { user } = await signIn(api.app, 'curator')
    let stored: Session | null = null
    const tokens: TokenStore = {
      get: () => stored,
      reload: () => stored,
      set: (session) => {
        stored = session
      },
      clear: () => {
        stored = null
      },
    }
    // The first /me is slow: its 401 comes back only after another request has refreshed.
    let releaseSlow = () => {}
    const slowAnswerHeld = new Promise<void>((resolve) => {
      releaseSlow = resolve
    })
    let meCalls = 0
    const refreshes: string[] = []
    const client = createApiClient({
      baseUrl,
      tokens,
      fetch: async (input, init) => {
        const url = String(input)
        if (url.endsWith('/auth/refresh')) refreshes.push(url)
        const response = await fetch(input, init)
        if (url.endsWith('/me') && ++meCalls === 1) await slowAnswerHeld
        return response
      },
    })
    const pair = await client.post<TokenPair>(
      '/auth/login',
      { email: user.email, password: TEST_PASSWORD },
      { refreshOnUnauthorized: false },
    )
    tokens.set({ accessToken: pair.accessToken, refreshToken: pair.refreshToken })
    expireAccessToken(tokens, user.id)

    const slow = client.get<User>('/me')
    const quick = await client.get<User>('/me')
    releaseSlow()

    expect((await slow).id).toBe(user.id)
    expect(quick.id).toBe(user.id)
    expect(refreshes).toHaveLength(1)
  })

  it('when the session has ended, the request fails with 401 and the stored session is cleared', async () => {
    const { client, tokens, refreshes, user } = await signedInSession()
    await client.post<void>('/auth/logout', { refreshToken: tokens.get()?.refreshToken }, { refreshOnUnauthorized: false })
    expireAccessToken(tokens, user.id)

    const failed = await client.get<User>('/me').catch((error: unknown) => error)

    expect(failed).toBeInstanceOf(ApiError)
    expect((failed as ApiError).status).toBe(401)
    expect(refreshes).toHaveLength(1)
    expect(tokens.get()).toBeNull()
  })
})

describe("the API's problem pointers name the form's fields", () => {
  it('a lesson with a blank title and no summary comes back with errors for title and summary', async () => {
    const site = await makeSite(api.app)
    const { client } = await signedInSession('contributor', [site.id])

    const failed = await client.post('/lessons', { title: '   ', siteId: site.id }).catch((error: unknown) => error)

    expect(failed).toBeInstanceOf(ApiError)
    expect((failed as ApiError).status).toBe(400)
    expect(problemFieldErrors(failed)).toEqual({ title: 'Must not be blank', summary: 'Is required' })
  })
})

describe('conditional writes', () => {
  it('a read keeps its ETag; the write that sends it back succeeds, and one sent with an older ETag is a 412', async () => {
    const site = await makeSite(api.app)
    const { client } = await signedInSession('contributor', [site.id])
    const created = await client.post<{ id: string }>('/lessons', { title: 'Falls at night', summary: 'Sensors helped.', siteId: site.id })

    const first = await client.getWithEtag<{ version: number }>(`/lessons/${created.id}`)
    expect(first.etag).toMatch(/^"1-/)
    await client.patch(`/lessons/${created.id}`, { summary: 'Bed sensors helped.' }, { headers: { 'If-Match': first.etag ?? '' } })

    const stale = await client
      .patch(`/lessons/${created.id}`, { summary: 'Again.' }, { headers: { 'If-Match': first.etag ?? '' } })
      .catch((error: unknown) => error)
    expect(stale).toBeInstanceOf(ApiError)
    expect((stale as ApiError).status).toBe(412)
    expect((await client.getWithEtag(`/lessons/${created.id}`)).etag).toMatch(/^"2-/)
  })
})

describe('downloads', () => {
  it('an export comes down as a file with the name the API gave it; a refused one is an ApiError', async () => {
    const site = await makeSite(api.app)
    const { client } = await signedInSession('curator')
    await client.post('/lessons', { title: 'Falls at night, "quoted"', summary: 'Sensors helped.', siteId: site.id })

    const file = await client.download(`/lessons/export?siteId=${site.id}&format=csv`)

    expect(file.fileName).toBe(`lessons-${new Date().toISOString().slice(0, 10)}.csv`)
    const text = await file.blob.text()
    expect(text.split('\r\n')[1]).toContain('"Falls at night, ""quoted"""')

    const contributor = await signedInSession('contributor', [site.id])
    const refused = await contributor.client.download('/lessons/export').catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(ApiError)
    expect((refused as ApiError).status).toBe(403)
  })
})
