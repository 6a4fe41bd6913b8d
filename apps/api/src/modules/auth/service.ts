import { createHash, randomBytes } from 'node:crypto'
import type { LoginBody, MeUpdate, TokenPair, User } from '@learnonce/contracts'
import { and, eq, gt, isNull, sql } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import type { Database, Executor } from '../../db/client.js'
import { refreshTokens, users } from '../../db/schema/index.js'
import { invalidField, notFound, Problem, unauthorized } from '../../problem.js'
import { recordAudit } from '../audit/service.js'
import { getUser } from '../users/service.js'
import { hashPassword, verifyPassword } from './passwords.js'
import type { LoginThrottle } from './throttle.js'

export interface AuthContext {
  db: Database
  throttle: LoginThrottle
  signAccessToken: (userId: string) => string
  accessTokenTtlSeconds: number
  refreshTokenTtlSeconds: number
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex')

async function issueTokens(ctx: AuthContext, tx: Executor, user: User, familyId: string): Promise<TokenPair> {
  const refreshToken = `lor_${randomBytes(32).toString('base64url')}`
  await tx.insert(refreshTokens).values({
    familyId,
    userId: user.id,
    tokenHash: sha256(refreshToken),
    expiresAt: new Date(Date.now() + ctx.refreshTokenTtlSeconds * 1000),
  })
  return {
    tokenType: 'Bearer',
    accessToken: ctx.signAccessToken(user.id),
    expiresIn: ctx.accessTokenTtlSeconds,
    refreshToken,
    user,
  }
}

export async function login(ctx: AuthContext, input: LoginBody, ip: string): Promise<TokenPair> {
  const throttleKey = input.email.trim().toLowerCase()
  const retryAfter = await ctx.throttle.retryAfter(throttleKey)
  if (retryAfter > 0) {
    throw new Problem(429, `Too many failed sign-ins for this account; try again in ${Math.ceil(retryAfter / 60)} minute(s).`, {
      headers: { 'retry-after': String(retryAfter) },
    })
  }
  const [account] = await ctx.db
    .select({ id: users.id, passwordHash: users.passwordHash, status: users.status })
    .from(users)
    .where(sql`lower(${users.email}) = ${throttleKey}`)
  const passwordMatches = await verifyPassword(account?.passwordHash ?? null, input.password)
  if (!account || !passwordMatches) {
    await ctx.throttle.recordFailure(throttleKey)
    await recordAudit(ctx.db, {
      action: 'auth.login_failed',
      // Nobody proved who they are: the account is the subject, not the actor.
      actorId: null,
      subjectType: 'user',
      ...(account ? { subjectId: account.id } : {}),
      data: { email: throttleKey },
      ip,
    })
    throw unauthorized('The email or password is not correct.')
  }
  if (account.status !== 'active') throw unauthorized('This account is disabled; ask an admin to enable it.')
  await ctx.throttle.reset(throttleKey)
  return ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ lastLoginAt: sql`now()` }).where(eq(users.id, account.id))
    await recordAudit(tx, { action: 'auth.login', actorId: account.id, subjectType: 'user', subjectId: account.id, ip })
    const user = await getUser(tx, account.id)
    if (!user) throw unauthorized('The email or password is not correct.')
    return issueTokens(ctx, tx, user, uuidv7())
  })
}

type RefreshOutcome = { ok: true; pair: TokenPair } | { ok: false; detail: string }

/**
 * Rotates a refresh token. Each is single-use: presenting one that was already rotated means it
 * leaked, so the whole family (every token descended from that sign-in) is revoked.
 */
export async function refresh(ctx: AuthContext, token: string, ip: string): Promise<TokenPair> {
  const tokenHash = sha256(token)
  const outcome = await ctx.db.transaction(async (tx): Promise<RefreshOutcome> => {
    const [claimed] = await tx
      .update(refreshTokens)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(refreshTokens.tokenHash, tokenHash),
          isNull(refreshTokens.usedAt),
          isNull(refreshTokens.revokedAt),
          gt(refreshTokens.expiresAt, sql`now()`),
        ),
      )
      .returning({ familyId: refreshTokens.familyId, userId: refreshTokens.userId })
    if (claimed) {
      const user = await getUser(tx, claimed.userId)
      if (user?.status !== 'active') return { ok: false, detail: 'This account is disabled.' }
      return { ok: true, pair: await issueTokens(ctx, tx, user, claimed.familyId) }
    }
    const [known] = await tx.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash))
    if (!known) return { ok: false, detail: 'This refresh token is not valid.' }
    if (known.usedAt && !known.revokedAt) {
      await revokeFamily(tx, known.familyId)
      await recordAudit(tx, {
        action: 'auth.token_family_revoked',
        actorId: known.userId,
        subjectType: 'user',
        subjectId: known.userId,
        data: { familyId: known.familyId, reason: 'refresh token reused' },
        ip,
      })
      return { ok: false, detail: 'This refresh token was already used, so every session from that sign-in has been ended. Sign in again.' }
    }
    return {
      ok: false,
      detail: known.revokedAt ? 'This session has ended; sign in again.' : 'This refresh token has expired; sign in again.',
    }
  })
  if (!outcome.ok) throw unauthorized(outcome.detail)
  return outcome.pair
}

async function revokeFamily(tx: Executor, familyId: string) {
  await tx
    .update(refreshTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)))
}

/** Ends the session the refresh token belongs to. Unknown tokens are ignored: logging out twice is fine. */
export async function logout(ctx: AuthContext, token: string, ip: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [known] = await tx
      .select()
      .from(refreshTokens)
      .where(eq(refreshTokens.tokenHash, sha256(token)))
    if (!known || known.revokedAt) return
    await revokeFamily(tx, known.familyId)
    await recordAudit(tx, { action: 'auth.logout', actorId: known.userId, subjectType: 'user', subjectId: known.userId, ip })
  })
}

/** A user changes their own name or password; a new password needs the current one and ends other sessions. */
export async function updateMe(ctx: AuthContext, userId: string, input: MeUpdate): Promise<User> {
  if (input.newPassword !== undefined && input.currentPassword === undefined) {
    throw invalidField('/currentPassword', 'is required to set a new password')
  }
  const [account] = await ctx.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId))
  if (!account) throw notFound('User')
  if (input.newPassword !== undefined && !(await verifyPassword(account.passwordHash, input.currentPassword ?? ''))) {
    throw invalidField('/currentPassword', 'is not your current password')
  }
  const passwordHash = input.newPassword !== undefined ? await hashPassword(input.newPassword) : undefined
  return ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(passwordHash ? { passwordHash } : {}),
        version: sql`${users.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(users.id, userId))
    if (passwordHash) {
      await tx
        .update(refreshTokens)
        .set({ revokedAt: sql`now()` })
        .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)))
      await recordAudit(tx, { action: 'auth.password_changed', actorId: userId, subjectType: 'user', subjectId: userId })
    }
    if (input.name !== undefined) {
      await recordAudit(tx, {
        action: 'user.updated',
        actorId: userId,
        subjectType: 'user',
        subjectId: userId,
        data: { name: input.name },
      })
    }
    const user = await getUser(tx, userId)
    if (!user) throw notFound('User')
    return user
  })
}
