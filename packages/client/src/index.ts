import createClient, { type Client } from 'openapi-fetch'
import type { paths } from './schema.js'

export type { components, operations, paths } from './schema.js'

export interface LearnOnceClientOptions {
  /** Where the API is, e.g. https://hub.example.org (paths in calls start with /v1). */
  baseUrl: string
  /** An access token or API key, or a function returning the current one (so a refreshed token is picked up). */
  token?: string | (() => string | Promise<string>)
  /** A fetch to use instead of the global one (tests, proxies). */
  fetch?: typeof globalThis.fetch
}

export type LearnOnceClient = Client<paths>

/**
 * A typed client for the Learn Once API: paths, parameters, bodies and responses are checked against
 * the OpenAPI document it was generated from. `client.GET('/v1/lessons/{id}', { params: { path: { id } } })`.
 */
export function createLearnOnceClient(options: LearnOnceClientOptions): LearnOnceClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  })
  const { token } = options
  if (token !== undefined) {
    client.use({
      async onRequest({ request }) {
        request.headers.set('authorization', `Bearer ${typeof token === 'function' ? await token() : token}`)
        return request
      },
    })
  }
  return client
}
