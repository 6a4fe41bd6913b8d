import type { User, UserCreate, UserListQuery, UserUpdate } from '@learnonce/contracts'
import { and, asc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm'
import type { Database, Executor } from '../../db/client.js'
import { memberships, refreshTokens, sites, users } from '../../db/schema/index.js'
import { matches, searchText } from '../../db/search.js'
import { decodeCursor } from '../../pagination.js'
import { checkPrecondition, type Precondition } from '../../plugins/etag.js'
import { conflict, invalidField, notFound } from '../../problem.js'
import { recordAudit } from '../audit/service.js'
import { hashPassword } from '../auth/passwords.js'

const siteIds = sql<string[]>`coalesce((select array_agg(${memberships.siteId}::text order by ${memberships.siteId})
  from ${memberships} where ${memberships.userId} = ${users.id}), '{}')`

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  status: users.status,
  lastLoginAt: users.lastLoginAt,
  version: users.version,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
  siteIds,
}

type UserRow = Omit<typeof users.$inferSelect, 'passwordHash'> & { siteIds: string[] }

function toUser(row: UserRow): User {
  return {
    ...row,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

export async function getUser(db: Executor, id: string): Promise<User | null> {
  const [row] = await db.select(userColumns).from(users).where(eq(users.id, id))
  return row ? toUser(row) : null
}

/** Ordered by email; `limit + 1` rows. */
export async function listUsers(db: Executor, query: UserListQuery, limit: number): Promise<User[]> {
  const cursor = decodeCursor(query.cursor, ['text', 'uuid'])
  const filters: (SQL | undefined)[] = [
    query.role ? eq(users.role, query.role) : undefined,
    query.status ? eq(users.status, query.status) : undefined,
    query.siteId
      ? sql`exists (select 1 from ${memberships} where ${memberships.userId} = ${users.id} and ${memberships.siteId} = ${query.siteId})`
      : undefined,
    query.q ? matches(searchText.users, query.q) : undefined,
    cursor ? sql`(lower(${users.email}), ${users.id}) > (${cursor[0]}, ${cursor[1]})` : undefined,
  ]
  const found = await db
    .select(userColumns)
    .from(users)
    .where(and(...filters))
    .orderBy(asc(sql`lower(${users.email})`), asc(users.id))
    .limit(limit + 1)
  return found.map(toUser)
}

export const userCursor = (user: User) => [user.email.toLowerCase(), user.id]

async function checkSites(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return
  const found = await db
    .select({ id: sites.id })
    .from(sites)
    .where(inArray(sites.id, [...ids]))
  const known = new Set(found.map((site) => site.id))
  const index = ids.findIndex((id) => !known.has(id))
  if (index >= 0) throw invalidField(`/siteIds/${index}`, 'is not a known site')
}

async function setMemberships(db: Executor, userId: string, ids: readonly string[]) {
  await db.delete(memberships).where(eq(memberships.userId, userId))
  if (ids.length > 0) await db.insert(memberships).values(ids.map((siteId) => ({ userId, siteId })))
}

export async function findUserIdByEmail(db: Executor, email: string): Promise<string | null> {
  const [row] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${email})`)
  return row?.id ?? null
}

export async function createUser(db: Database, input: UserCreate, actorId: string | null): Promise<User> {
  const passwordHash = await hashPassword(input.password)
  return db.transaction(async (tx) => {
    if (await findUserIdByEmail(tx, input.email)) throw conflict(`A user with the email ${input.email} already exists.`)
    const memberSiteIds = input.siteIds ?? []
    await checkSites(tx, memberSiteIds)
    const [created] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, role: input.role, passwordHash })
      .returning({ id: users.id })
    if (!created) throw new Error('insert returned no row')
    await setMemberships(tx, created.id, memberSiteIds)
    await recordAudit(tx, {
      action: 'user.created',
      actorId,
      subjectType: 'user',
      subjectId: created.id,
      data: { email: input.email, role: input.role, siteIds: memberSiteIds },
    })
    const user = await getUser(tx, created.id)
    if (!user) throw new Error('created user vanished')
    return user
  })
}

/** `expected` is the If-Match version (null: none sent), checked under the row lock. */
export async function updateUser(db: Database, id: string, input: UserUpdate, expected: Precondition, actorId: string): Promise<User> {
  const passwordHash = input.password ? await hashPassword(input.password) : undefined
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(users).where(eq(users.id, id)).for('update')
    if (!current) throw notFound('User')
    checkPrecondition(expected, 'user', current.version)
    const losesAdmin =
      current.role === 'admin' &&
      current.status === 'active' &&
      ((input.role !== undefined && input.role !== 'admin') || input.status === 'disabled')
    if (losesAdmin) {
      const [other] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.role, 'admin'), eq(users.status, 'active'), ne(users.id, id)))
        .limit(1)
        // Locked too, so two admins demoting each other at once cannot both pass this check.
        .for('update')
      if (!other) throw conflict('This is the last active admin; make another admin first.')
    }
    if (input.siteIds) await checkSites(tx, input.siteIds)
    await tx
      .update(users)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.role !== undefined ? { role: input.role } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(passwordHash ? { passwordHash } : {}),
        version: sql`${users.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(users.id, id))
    if (input.siteIds) await setMemberships(tx, id, input.siteIds)
    // A disabled account or a reset password ends every session it had.
    if (input.status === 'disabled' || passwordHash) {
      await tx
        .update(refreshTokens)
        .set({ revokedAt: sql`now()` })
        .where(and(eq(refreshTokens.userId, id), sql`${refreshTokens.revokedAt} is null`))
    }
    const { password: _password, ...changes } = input
    await recordAudit(tx, {
      action: 'user.updated',
      actorId,
      subjectType: 'user',
      subjectId: id,
      data: { ...changes, ...(passwordHash ? { passwordReset: true } : {}) },
    })
    const user = await getUser(tx, id)
    if (!user) throw notFound('User')
    return user
  })
}
