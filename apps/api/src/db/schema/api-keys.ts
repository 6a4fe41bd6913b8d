import type { ApiKeyScope } from '@learnonce/contracts'
import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { id, timestamptz } from './columns.js'
import { users } from './identity.js'
import { sites } from './sites.js'

/**
 * Integrators' API keys. Only a SHA-256 hash of the secret is kept: the secret has 256 random bits,
 * so a fast hash is enough (no salt or slow hash needed against guessing), and a hash lets the
 * lookup be one indexed equality. `prefix` is the visible start of the secret, for telling keys apart.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: id(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    secretHash: text('secret_hash').notNull(),
    scopes: text('scopes').array().$type<ApiKeyScope[]>().notNull(),
    siteId: uuid('site_id').references(() => sites.id, { onDelete: 'cascade' }),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at'),
    lastUsedAt: timestamptz('last_used_at'),
    revokedAt: timestamptz('revoked_at'),
  },
  (t) => [
    uniqueIndex('api_keys_secret_hash_key').on(t.secretHash),
    // The admin list is newest first, optionally for one site.
    index('api_keys_site_idx').on(t.siteId, t.id),
  ],
)
