import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { type ApiKey, type ApiKeyCreate, type ApiKeyCreated, type ApiKeyListQuery, apiKeyPrefix } from '@learnonce/contracts'
import { and, desc, eq, gt, isNotNull, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm'
import { type Database, type Executor, rows } from '../../db/client.js'
import { apiKeys, sites } from '../../db/schema/index.js'
import { decodeCursor } from '../../pagination.js'
import type { KeyActor } from '../../plugins/auth.js'
import { invalidField, notFound, unauthorized } from '../../problem.js'
import { recordAudit } from '../audit/service.js'

/** 32 random bytes (256 bits) is beyond guessing, which is why a plain SHA-256 is a safe way to store it. */
const SECRET_BYTES = 32
/** How much of the secret the list shows: the prefix and four characters, too few to help a guess. */
const DISPLAY_LENGTH = apiKeyPrefix.length + 4

const hashOf = (secret: string) => createHash('sha256').update(secret).digest()

type ApiKeyRow = typeof apiKeys.$inferSelect

const iso = (date: Date | null) => date?.toISOString() ?? null

function toApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    siteId: row.siteId,
    createdAt: row.createdAt.toISOString(),
    expiresAt: iso(row.expiresAt),
    lastUsedAt: iso(row.lastUsedAt),
    revokedAt: iso(row.revokedAt),
    createdById: row.createdById,
  }
}

async function checkCreate(db: Executor, input: ApiKeyCreate): Promise<void> {
  if (input.scopes.includes('content:submit') && input.siteId === undefined) {
    throw invalidField('/siteId', 'is required for the content:submit scope: a key submits lessons for one site')
  }
  if (input.siteId !== undefined) {
    const [site] = await db.select({ id: sites.id }).from(sites).where(eq(sites.id, input.siteId))
    if (!site) throw invalidField('/siteId', 'is not a known site')
  }
  if (input.expiresAt !== undefined && Date.parse(input.expiresAt) <= Date.now()) {
    throw invalidField('/expiresAt', 'must be in the future')
  }
}

/** Creates a key; the answer is the only place its secret ever appears. */
export async function createApiKey(db: Database, input: ApiKeyCreate, actorId: string | null): Promise<ApiKeyCreated> {
  return db.transaction(async (tx) => {
    await checkCreate(tx, input)
    const secret = apiKeyPrefix + randomBytes(SECRET_BYTES).toString('base64url')
    const [row] = await tx
      .insert(apiKeys)
      .values({
        name: input.name,
        prefix: secret.slice(0, DISPLAY_LENGTH),
        secretHash: hashOf(secret).toString('hex'),
        scopes: input.scopes,
        siteId: input.siteId ?? null,
        expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
        createdById: actorId,
      })
      .returning()
    if (!row) throw new Error('insert returned no row')
    await recordAudit(tx, {
      action: 'api_key.created',
      actorId,
      subjectType: 'api_key',
      subjectId: row.id,
      data: { name: row.name, prefix: row.prefix, scopes: row.scopes, siteId: row.siteId, expiresAt: iso(row.expiresAt) },
    })
    return { ...toApiKey(row), secret }
  })
}

export async function getApiKey(db: Executor, id: string): Promise<ApiKey> {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id))
  if (!row) throw notFound('API key')
  return toApiKey(row)
}

const stateFilters: Record<NonNullable<ApiKeyListQuery['state']>, SQL | undefined> = {
  active: and(isNull(apiKeys.revokedAt), or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, sql`now()`))),
  revoked: isNotNull(apiKeys.revokedAt),
  expired: and(isNull(apiKeys.revokedAt), lte(apiKeys.expiresAt, sql`now()`)),
}

/** Newest first; `limit + 1` rows. */
export async function listApiKeys(db: Executor, query: ApiKeyListQuery, limit: number): Promise<ApiKey[]> {
  const cursor = decodeCursor(query.cursor, ['uuid'])
  const filters: (SQL | undefined)[] = [
    query.siteId ? eq(apiKeys.siteId, query.siteId) : undefined,
    query.state ? stateFilters[query.state] : undefined,
    cursor ? lt(apiKeys.id, String(cursor[0])) : undefined,
  ]
  const found = await db
    .select()
    .from(apiKeys)
    .where(and(...filters))
    .orderBy(desc(apiKeys.id))
    .limit(limit + 1)
  return found.map(toApiKey)
}

export const apiKeyCursor = (key: ApiKey) => [key.id]

/** Revokes a key at once: the next request with it is a 401. Revoking a revoked key changes nothing. */
export async function revokeApiKey(db: Database, id: string, actorId: string | null): Promise<void> {
  await db.transaction(async (tx) => {
    const [existing] = await tx.select({ revokedAt: apiKeys.revokedAt }).from(apiKeys).where(eq(apiKeys.id, id)).for('update')
    if (!existing) throw notFound('API key')
    if (existing.revokedAt) return
    const [row] = await tx.update(apiKeys).set({ revokedAt: sql`now()` }).where(eq(apiKeys.id, id)).returning()
    if (!row) throw notFound('API key')
    await recordAudit(tx, {
      action: 'api_key.revoked',
      actorId,
      subjectType: 'api_key',
      subjectId: id,
      data: { name: row.name, prefix: row.prefix },
    })
  })
}

interface KeyLookup {
  id: string
  name: string
  secretHash: string
  scopes: KeyActor['scopes']
  siteId: string | null
  revoked: boolean
  expired: boolean
  expiresAt: Date | null
}

/**
 * The key a secret belongs to, as an actor, in one statement that also records the use. The
 * statement reads the row every request (no cache), so a revoked or expired key stops at once;
 * last_used_at is written at most once a minute, so a busy integrator does not turn every read
 * into a row update.
 */
export async function authenticateKey(db: Executor, secret: string): Promise<{ actor: KeyActor; expiresAt: Date | null }> {
  const hash = hashOf(secret)
  const [found] = await rows<KeyLookup>(
    db,
    sql`with found as (
          select id, name, secret_hash, scopes, site_id, expires_at, revoked_at is not null as revoked,
            coalesce(expires_at <= now(), false) as expired
          from api_keys where secret_hash = ${hash.toString('hex')}
        ), touched as (
          update api_keys set last_used_at = now()
          where id = (select id from found where not revoked and not expired)
            and (last_used_at is null or last_used_at < now() - interval '1 minute')
          returning id
        )
        select id, name, secret_hash as "secretHash", scopes, site_id::text as "siteId", revoked, expired,
          expires_at as "expiresAt" from found`,
  )
  // The lookup is by hash, so timing reveals nothing of the secret; the compare is constant-time anyway.
  if (!found || !timingSafeEqual(Buffer.from(found.secretHash, 'hex'), hash)) throw unauthorized('This API key is not valid.')
  if (found.revoked) throw unauthorized('This API key has been revoked.')
  if (found.expired) throw unauthorized('This API key has expired.')
  return {
    actor: { kind: 'key', id: found.id, role: 'integrator', name: found.name, scopes: found.scopes, siteId: found.siteId, siteIds: [] },
    expiresAt: found.expiresAt === null ? null : new Date(found.expiresAt),
  }
}
