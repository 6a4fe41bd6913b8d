import { createHmac, randomBytes } from 'node:crypto'

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64 (the key is the decoded bytes). */
export const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`

const keyOf = (secret: string) => Buffer.from(secret.replace(/^whsec_/, ''), 'base64')

/**
 * The `webhook-signature` header: `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">` for each
 * secret, space-separated, so a receiver holding either secret verifies during a rotation.
 */
export function signatureHeader(secrets: string[], messageId: string, timestamp: number, body: string): string {
  return secrets
    .map((secret) => `v1,${createHmac('sha256', keyOf(secret)).update(`${messageId}.${timestamp}.${body}`).digest('base64')}`)
    .join(' ')
}
