import { type Static, Type } from 'typebox'
import { Nullable, PageQuery, Text, Timestamp, Uuid } from './common.js'

/**
 * A comment in an item's review thread, between curators and the item's contributors. `internal`
 * notes are for curators and admins only: a contributor never receives one, nor learns it exists.
 */
export const Comment = Type.Object({
  id: Uuid,
  version: Type.Integer({ minimum: 1 }),
  body: Type.String({ description: 'Markdown, stored as written' }),
  internal: Type.Boolean(),
  authorId: Nullable(Uuid),
  authorName: Nullable(Type.String()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Comment = Static<typeof Comment>

export const CommentBody = Text(10_000)

export const CommentCreate = Type.Object(
  {
    body: CommentBody,
    internal: Type.Optional(Type.Boolean({ default: false, description: 'A note for curators and admins only' })),
  },
  { additionalProperties: false },
)
export type CommentCreate = Static<typeof CommentCreate>

export const CommentUpdate = Type.Object({ body: CommentBody }, { additionalProperties: false })
export type CommentUpdate = Static<typeof CommentUpdate>

export const CommentListQuery = Type.Object({ ...PageQuery.properties }, { additionalProperties: false })
export type CommentListQuery = Static<typeof CommentListQuery>

export const CommentParams = Type.Object({ id: Uuid, commentId: Uuid }, { additionalProperties: false })
export type CommentParams = Static<typeof CommentParams>
