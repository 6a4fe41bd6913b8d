import fastJson from 'fast-json-stringify'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

type Schema = Record<string, unknown>

const primitive = new Set(['string', 'number', 'integer', 'boolean'])
const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * `anyOf: [<a primitive>, {type: 'null'}]` (what contracts' `Nullable` declares) as
 * `type: [<the primitive>, 'null']`. Both mean the same; the serialiser writes the second with a
 * `typeof` check, but tries each branch of an `anyOf` with a full schema validation (a date-time
 * format's regular expression for every nullable timestamp of every row). Only what the serialiser
 * compiles is rewritten: validation and the OpenAPI document keep the schemas as declared.
 */
export function nullableAsTypes(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(nullableAsTypes)
  if (!isSchema(schema)) return schema
  const anyOf = schema.anyOf
  if (Array.isArray(anyOf) && anyOf.length === 2) {
    const value = anyOf.find((branch) => !(isSchema(branch) && branch.type === 'null'))
    const hasNull = anyOf.some((branch) => isSchema(branch) && branch.type === 'null' && Object.keys(branch).length === 1)
    if (hasNull && isSchema(value) && typeof value.type === 'string' && primitive.has(value.type) && value.anyOf === undefined) {
      const { anyOf: _, ...rest } = schema
      const merged: Schema = { ...rest, ...value, type: [value.type, 'null'] }
      if (Array.isArray(value.enum)) merged.enum = [...value.enum, null]
      return merged
    }
  }
  const copy: Schema = {}
  for (const [key, child] of Object.entries(schema)) copy[key] = nullableAsTypes(child)
  return copy
}

/** Response schemas compiled by fast-json-stringify, with nullable primitives written as type lists. */
export const serialization = fp(async (app: FastifyInstance) => {
  app.setSerializerCompiler(({ schema }) => fastJson(nullableAsTypes(schema) as Parameters<typeof fastJson>[0]))
})
