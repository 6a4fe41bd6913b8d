import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Unsubscribe links carry `<user id>.<signature>`: an HMAC-SHA256 of the user id under a key derived
 * from the JWT secret for this one purpose, so a token can neither be forged nor used as anything
 * else. It names no session and never expires: a digest read months later still unsubscribes.
 */
const purpose = 'learnonce:digest-unsubscribe:v1'

const keyFor = (secret: string) => createHmac('sha256', secret).update(purpose).digest()
const signatureOf = (secret: string, userId: string) => createHmac('sha256', keyFor(secret)).update(userId).digest()

export function unsubscribeToken(secret: string, userId: string): string {
  return `${userId}.${signatureOf(secret, userId).toString('base64url')}`
}

/** The user id a token was signed for, or null when it was not signed by this hub (tampered, truncated, made up). */
export function verifyUnsubscribeToken(secret: string, token: string): string | null {
  const match = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match?.[1] || !match[2]) return null
  const given = Buffer.from(match[2], 'base64url')
  const expected = signatureOf(secret, match[1])
  return given.length === expected.length && timingSafeEqual(given, expected) ? match[1] : null
}
