import { type Static, Type } from 'typebox'
import { Nullable, PageQuery, StringEnum, Text, Timestamp, Uuid } from './common.js'

/**
 * What an integrator's key may do. `content:read` reads published content, taxonomy, sites,
 * networks and events; `content:submit` also creates lessons for the key's one site and submits
 * them (a portal's "share your lesson" form), so it needs a `siteId`.
 */
export const apiKeyScopes = ['content:read', 'content:submit'] as const
export type ApiKeyScope = (typeof apiKeyScopes)[number]
export const ApiKeyScope = StringEnum(apiKeyScopes)

/** The visible start of every secret, so a leaked key is recognisable (secret scanners, logs). */
export const apiKeyPrefix = 'lo_live_'

/** A key as admins see it: never the secret, never its hash. */
export const ApiKey = Type.Object({
  id: Uuid,
  name: Text(200),
  prefix: Type.String({ description: `The first characters of the secret (${apiKeyPrefix}…), to tell keys apart` }),
  scopes: Type.Array(ApiKeyScope, { minItems: 1, uniqueItems: true }),
  siteId: Nullable(Uuid),
  createdAt: Timestamp,
  expiresAt: Nullable(Timestamp),
  /** Updated at most once a minute. */
  lastUsedAt: Nullable(Timestamp),
  revokedAt: Nullable(Timestamp),
  createdById: Nullable(Uuid),
})
export type ApiKey = Static<typeof ApiKey>

export const ApiKeyCreate = Type.Object(
  {
    name: ApiKey.properties.name,
    scopes: ApiKey.properties.scopes,
    siteId: Type.Optional(Uuid),
    expiresAt: Type.Optional(Timestamp),
  },
  { additionalProperties: false },
)
export type ApiKeyCreate = Static<typeof ApiKeyCreate>

/** The answer to a create: the only time the secret is shown. */
export const ApiKeyCreated = Type.Object({
  ...ApiKey.properties,
  secret: Type.String({ description: 'Send as `Authorization: Bearer <secret>`. Shown once; store it now.' }),
})
export type ApiKeyCreated = Static<typeof ApiKeyCreated>

export const apiKeyStates = ['active', 'revoked', 'expired'] as const
export const ApiKeyListQuery = Type.Object(
  {
    ...PageQuery.properties,
    siteId: Type.Optional(Uuid),
    state: Type.Optional(StringEnum(apiKeyStates)),
  },
  { additionalProperties: false },
)
export type ApiKeyListQuery = Static<typeof ApiKeyListQuery>

/** What each scope lets a key do: `content:submit` also reads, as its portal form shows what was published. */
export const apiKeyScopeGrants: Record<ApiKeyScope, readonly ApiKeyScope[]> = {
  'content:read': ['content:read'],
  'content:submit': ['content:read', 'content:submit'],
}
