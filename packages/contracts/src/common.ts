import { type Static, type TSchema, Type } from 'typebox'

/** UUID v7: sortable by creation time. */
export const Uuid = Type.String({ format: 'uuid', description: 'UUID (v7, time-ordered)' })
export const Timestamp = Type.String({ format: 'date-time', description: 'ISO 8601 timestamp' })
export const Slug = Type.String({ pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', minLength: 1, maxLength: 80 })
/** Text a person writes: at least one visible character (a blank title is a 400, not an empty card). */
export const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' })

export const Email = Type.String({ format: 'email', maxLength: 254 })

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false })
export type IdParams = Static<typeof IdParams>

/** Keyset pagination: `limit` 1–100 (default 20) and an opaque `cursor` taken from `nextCursor`. */
export const PageQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, description: 'Opaque cursor from a previous page' })),
})
export type PageQuery = Static<typeof PageQuery>

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({
    data: Type.Array(item),
    nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'Pass as `cursor` for the next page; null on the last page' }),
  })
export interface Page<T> {
  data: T[]
  nextCursor: string | null
}

/** One invalid field of a request, as a JSON pointer into the part of the request it came from. */
export const ProblemFieldError = Type.Object({
  in: Type.Union([Type.Literal('body'), Type.Literal('query'), Type.Literal('params'), Type.Literal('headers')]),
  pointer: Type.String({ description: 'JSON pointer to the invalid field, e.g. /title' }),
  detail: Type.String(),
})
export type ProblemFieldError = Static<typeof ProblemFieldError>

/** RFC 9457 problem details, served as application/problem+json. */
export const Problem = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.String(),
  instance: Type.Optional(Type.String()),
  errors: Type.Optional(Type.Array(ProblemFieldError)),
})
export type Problem = Static<typeof Problem>

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

/** A closed set of strings, published as a JSON Schema `enum` (one clear error, readable OpenAPI). */
export const StringEnum = <const T extends readonly string[]>(values: T, options: { description?: string; default?: T[number] } = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options })

/** Every mutable row carries these. */
export const RowMeta = {
  id: Uuid,
  version: Type.Integer({ minimum: 1, description: 'Incremented on every write' }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
}
