import { Ajv, type Options } from 'ajv'
import addFormatsImport from 'ajv-formats'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { badRequest } from '../problem.js'

// ajv-formats is CommonJS with a default export.
const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv

// Ids are compared as text (and PostgreSQL prints them in lower case), so only the canonical lower-case
// form is an id here: ajv's own uuid format also takes upper case and a urn:uuid: prefix.
const canonicalUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const withFormats = (ajv: Ajv) => addFormats(ajv).addFormat('uuid', canonicalUuid)

const common: Options = { allErrors: true, useDefaults: true, removeAdditional: false, strict: false }

/**
 * Two validators: query strings, params and headers arrive as text and are coerced to the schema's
 * types; JSON bodies are not, so `"title": 123` is a 400, never silently "123".
 */
declare module 'fastify' {
  interface FastifyContextConfig {
    /** The body may be left out: a bare POST is validated as `{}` (an action that needs nothing in it). */
    optionalBody?: boolean
  }
}

const loneSurrogate = /\p{Cs}/u

/** What makes a string unstorable, if anything. */
function unstorable(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain the NUL character (U+0000)'
  // Half of a UTF-16 surrogate pair is not Unicode text: it has no UTF-8 form to store or send back.
  if (loneSurrogate.test(text)) return 'must be valid Unicode (it holds half of a surrogate pair)'
  return null
}

/**
 * The first string (value or key) that PostgreSQL text cannot hold faithfully, as a JSON pointer and
 * why, or null: refused at the door, naming where, instead of failing or being altered in the
 * database. Iterative, since a body may nest deeper than the call stack allows.
 */
export function unstorableText(value: unknown): { pointer: string; detail: string } | null {
  const stack: [unknown, string][] = [[value, '']]
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [current, pointer] = next
    if (typeof current === 'string') {
      const detail = unstorable(current)
      if (detail) return { pointer: pointer || '/', detail }
    } else if (current !== null && typeof current === 'object') {
      for (const [key, child] of Object.entries(current)) {
        const childPointer = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`
        const detail = unstorable(key)
        if (detail) return { pointer: childPointer, detail: `is a key that ${detail}` }
        stack.push([child, childPointer])
      }
    }
  }
  return null
}

export const validation = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    if (request.routeOptions.config.optionalBody && request.body === undefined) (request as { body: unknown }).body = {}
    for (const [location, value] of [
      ['body', request.body],
      ['query', request.query],
      ['params', request.params],
    ] as const) {
      const found = unstorableText(value)
      if (found) throw badRequest(`${found.pointer} ${found.detail}.`, [{ in: location, ...found }])
    }
  })
  const coercing = withFormats(new Ajv({ ...common, coerceTypes: 'array' }))
  const strict = withFormats(new Ajv({ ...common, coerceTypes: false }))
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? strict : coercing).compile(schema))
})
