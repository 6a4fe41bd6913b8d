import { type Static, Type } from 'typebox'
import { User } from './users.js'

export const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
)
export type LoginBody = Static<typeof LoginBody>

export const RefreshBody = Type.Object({ refreshToken: Type.String({ minLength: 20, maxLength: 200 }) }, { additionalProperties: false })
export type RefreshBody = Static<typeof RefreshBody>

export const TokenPair = Type.Object({
  tokenType: Type.Literal('Bearer'),
  accessToken: Type.String(),
  expiresIn: Type.Integer({ description: 'Seconds until the access token expires' }),
  refreshToken: Type.String({ description: 'Single use: every refresh returns a new one' }),
  user: User,
})
export type TokenPair = Static<typeof TokenPair>
