import fastJson from 'fast-json-stringify'
import type { FastifyInstance, FastifySerializerCompiler } from 'fastify'
import fp from 'fastify-plugin'

type Schema = Record<string, unknown>

const typed = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array'])
const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The property every branch of a union of objects fixes to its own constant (`type: 'lesson'`), if
 * there is one: then the branch can be chosen by that property alone.
 */
function discriminatorOf(branches: unknown[]): string | null {
  if (branches.length < 2 || !branches.every((branch) => isSchema(branch) && branch.type === 'object' && isSchema(branch.properties)))
    return null
  const [first] = branches as Schema[]
  for (const [name, property] of Object.entries(first?.properties as Schema)) {
    if (!isSchema(property) || property.const === undefined) continue
    const values = (branches as Schema[]).map((branch) => {
      const candidate = (branch.properties as Schema)[name]
      const required = Array.isArray(branch.required) && branch.required.includes(name)
      return isSchema(candidate) && required ? candidate.const : undefined
    })
    if (values.every((value) => value !== undefined) && new Set(values).size === values.length) return name
  }
  return null
}

/**
 * Rewrites the two kinds of union that fast-json-stringify would otherwise serialise by validating
 * the value against each branch in turn (a full schema validation per value: every date-time
 * format's regular expression, every nested item of a sync change):
 * - `anyOf: [X, {type: 'null'}]` (contracts' `Nullable`, X a primitive, object or array) becomes
 *   `type: [X's type, 'null']`, which it writes after a `typeof`/`=== null` check;
 * - a union of objects that each fix one property to their own constant (a discriminated union,
 *   like a sync change's `type`) becomes `if {that property: const} then … else …`, where only the
 *   one property is validated.
 * Only what the serialiser compiles is rewritten: validation and the OpenAPI document keep the
 * schemas as declared.
 */
export function cheaperUnions(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(cheaperUnions)
  if (!isSchema(schema)) return schema
  const anyOf = schema.anyOf
  if (Array.isArray(anyOf) && anyOf.length === 2) {
    const value = anyOf.find((branch) => !(isSchema(branch) && branch.type === 'null'))
    const hasNull = anyOf.some((branch) => isSchema(branch) && branch.type === 'null' && Object.keys(branch).length === 1)
    if (hasNull && isSchema(value) && typeof value.type === 'string' && typed.has(value.type) && value.anyOf === undefined) {
      const { anyOf: _, ...rest } = schema
      const merged: Schema = { ...rest, ...(cheaperUnions(value) as Schema), type: [value.type, 'null'] }
      if (Array.isArray(value.enum)) merged.enum = [...value.enum, null]
      return merged
    }
  }
  if (Array.isArray(anyOf)) {
    const name = discriminatorOf(anyOf)
    if (name !== null) {
      const { anyOf: _, ...rest } = schema
      const chain = (branches: Schema[]): Schema => {
        const [branch, ...others] = branches as [Schema, ...Schema[]]
        const rewritten = cheaperUnions(branch) as Schema
        if (others.length === 0) return rewritten
        const constant = (branch.properties as Schema)[name] as Schema
        return {
          if: { type: 'object', properties: { [name]: { const: constant.const } }, required: [name] },
          // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else, never awaited
          then: rewritten,
          else: chain(others),
        }
      }
      return { ...rest, ...chain(anyOf as Schema[]) }
    }
  }
  const copy: Schema = {}
  for (const [key, child] of Object.entries(schema)) copy[key] = cheaperUnions(child)
  return copy
}

/**
 * Response schemas compiled by fast-json-stringify, with unions it can write without validating
 * (above), each on its route's first response rather than at start-up: compiling every route's
 * schemas up front took most of the seconds before the API was ready, and held tens of megabytes for
 * routes a process may never serve.
 */
export const serialization = fp(async (app: FastifyInstance) => {
  app.setSerializerCompiler(({ schema }) => {
    let serialize: ((data: unknown) => string) | undefined
    return (data: unknown) => {
      serialize ??= fastJson(cheaperUnions(schema) as Parameters<typeof fastJson>[0])
      return serialize(data)
    }
  })
})

/**
 * The serialiser for a route whose handler builds each object to its schema's exact shape: the
 * content lists (`toListItem`, held to the schema by list-rows.test.ts), the routes that answer an
 * item (`toItem`) and the sync feed (both held to their schemas by sync.test.ts). V8's own
 * JSON.stringify writes a page of 20 lessons in half the time fast-json-stringify takes (37 against
 * 75 µs), which escapes every string through a regular expression and joins the page from thousands
 * of pieces that must then be flattened into one string to be sent. The schema still documents the
 * route; it no longer filters what the handler returns, so such a handler must never hand back a row
 * as it was read.
 */
export const builtToShape: FastifySerializerCompiler<unknown> = () => JSON.stringify
