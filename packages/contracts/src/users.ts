import { type Static, Type } from 'typebox'
import { Email, Nullable, PageQuery, RowMeta, StringEnum, Text, Timestamp, Uuid } from './common.js'

export const roles = ['admin', 'curator', 'contributor'] as const
export type Role = (typeof roles)[number]
export const Role = StringEnum(roles)

export const userStatuses = ['active', 'disabled'] as const
export type UserStatus = (typeof userStatuses)[number]
export const UserStatus = StringEnum(userStatuses)

export const Password = Type.String({ minLength: 10, maxLength: 200, description: 'At least 10 characters' })

export const User = Type.Object({
  ...RowMeta,
  email: Email,
  name: Text(200),
  role: Role,
  status: UserStatus,
  siteIds: Type.Array(Uuid, { description: 'Sites this user is a member of (scopes what contributors can touch)' }),
  lastLoginAt: Nullable(Timestamp),
})
export type User = Static<typeof User>

export const UserCreate = Type.Object(
  {
    email: Email,
    name: User.properties.name,
    role: Role,
    password: Password,
    siteIds: Type.Optional(Type.Array(Uuid, { maxItems: 100, uniqueItems: true, default: [] })),
  },
  { additionalProperties: false },
)
export type UserCreate = Static<typeof UserCreate>

export const UserUpdate = Type.Object(
  {
    name: Type.Optional(User.properties.name),
    role: Type.Optional(Role),
    status: Type.Optional(UserStatus),
    siteIds: Type.Optional(Type.Array(Uuid, { maxItems: 100, uniqueItems: true })),
    password: Type.Optional(Password),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type UserUpdate = Static<typeof UserUpdate>

export const MeUpdate = Type.Object(
  {
    name: Type.Optional(User.properties.name),
    currentPassword: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    newPassword: Type.Optional(Password),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type MeUpdate = Static<typeof MeUpdate>

export const UserListQuery = Type.Object(
  {
    ...PageQuery.properties,
    role: Type.Optional(Role),
    status: Type.Optional(UserStatus),
    siteId: Type.Optional(Uuid),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Matches name or email' })),
  },
  { additionalProperties: false },
)
export type UserListQuery = Static<typeof UserListQuery>
