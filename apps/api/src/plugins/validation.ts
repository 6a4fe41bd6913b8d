import { Ajv, type ErrorObject, type Options, type ValidateFunction } from 'ajv'
import addFormatsImport from 'ajv-formats'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { badRequest } from '../problem.js'
import { unstorableText } from '../storable-text.js'

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

export const validation = fp(async (app: FastifyInstance) => {
  // A callback hook, not an async one: it runs on every request and never waits for anything.
  app.addHook('preValidation', (request, _reply, done) => {
    if (request.routeOptions.config.optionalBody && request.body === undefined) (request as { body: unknown }).body = {}
    for (const [location, value] of [
      ['body', request.body],
      ['query', request.query],
      ['params', request.params],
    ] as const) {
      const found = unstorableText(value)
      if (found) return done(badRequest(`${found.pointer} ${found.detail}.`, [{ in: location, ...found }]))
    }
    done()
  })
  const coercing = withFormats(new Ajv({ ...common, coerceTypes: 'array' }))
  const strict = withFormats(new Ajv({ ...common, coerceTypes: false }))
  // Compiled on a route's first request, like the serialisers (see serialization.ts): start-up stays
  // fast and a process holds only the validators of the routes it serves. Fastify reads `errors`
  // from the function it was given, so the wrapper passes them on.
  app.setValidatorCompiler(({ schema, httpPart }) => {
    const ajv = httpPart === 'body' ? strict : coercing
    let compiled: ValidateFunction | undefined
    const validate = Object.assign(
      (data: unknown) => {
        compiled ??= ajv.compile(schema)
        const valid = compiled(data)
        validate.errors = compiled.errors
        return valid
      },
      { errors: null as ErrorObject[] | null | undefined },
    )
    return validate
  })
})
