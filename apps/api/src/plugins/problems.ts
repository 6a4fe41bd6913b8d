import type { ProblemFieldError } from '@learnonce/contracts'
import type { FastifyError, FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { isUnavailable, sqlState } from '../db/client.js'
import { Problem } from '../problem.js'

const locations: Record<string, ProblemFieldError['in']> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
}

export interface AjvError {
  keyword: string
  instancePath: string
  message?: string
  params: Record<string, unknown>
}

function fieldErrors(error: FastifyError): ProblemFieldError[] {
  return describeValidationErrors((error.validation ?? []) as AjvError[], locations[error.validationContext ?? 'body'] ?? 'body')
}

/** Schema errors as the API words them, one per field: also used for rows of an import, so a bad cell reads like a bad field. */
export function describeValidationErrors(errors: readonly AjvError[], location: ProblemFieldError['in'] = 'body'): ProblemFieldError[] {
  const seen = new Set<string>()
  const result: ProblemFieldError[] = []
  for (const item of errors) {
    // anyOf/oneOf repeat what their branches already said.
    if (item.keyword === 'anyOf' || item.keyword === 'oneOf') continue
    const { pointer, detail } = describe(item)
    const key = `${pointer} ${detail}`
    if (seen.has(key)) continue
    seen.add(key)
    result.push({ in: location, pointer, detail })
  }
  return result
}

function describe(item: AjvError): { pointer: string; detail: string } {
  const params = item.params
  switch (item.keyword) {
    case 'required':
      return { pointer: `${item.instancePath}/${String(params.missingProperty)}`, detail: 'is required' }
    case 'additionalProperties':
      return { pointer: `${item.instancePath}/${String(params.additionalProperty)}`, detail: 'is not a known property' }
    case 'enum':
      return {
        pointer: item.instancePath || '/',
        detail: `must be one of: ${(params.allowedValues as unknown[]).join(', ')}`,
      }
    case 'pattern':
      if (params.pattern === '\\S') return { pointer: item.instancePath || '/', detail: 'must not be blank' }
      return { pointer: item.instancePath || '/', detail: item.message ?? 'is not valid' }
    case 'minProperties':
      return { pointer: item.instancePath || '/', detail: 'must name at least one property to change' }
    default:
      return { pointer: item.instancePath || '/', detail: item.message ?? 'is not valid' }
  }
}

/** PostgreSQL errors that are the caller's doing, not ours. */
function databaseProblem(error: unknown): Problem | null {
  switch (sqlState(error)) {
    case '23505':
      return new Problem(409, 'This conflicts with an existing record.')
    case '23503':
      return new Problem(409, 'This is still referenced by other records, or refers to one that does not exist.')
    case '40001':
    case '40P01':
      return new Problem(409, 'Another change happened at the same moment; try again.')
    case '22P02':
    case '22007':
    case '22008':
      return new Problem(400, 'A value in the request is not in a form the database accepts.')
    default:
      return null
  }
}

const knownCodes: Record<string, { status: number; detail: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, detail: 'The request body is larger than the 1 MiB limit.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    detail: 'Send the request body as application/json.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    detail: 'The body is empty; send a JSON document or drop the Content-Type header.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, detail: 'The body is not valid JSON.' },
}

/** Every error leaves as application/problem+json; a 500 never shows its stack or message. */
export const problems = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let problem: Problem
    if (error instanceof Problem) {
      problem = error
    } else if (error.validation) {
      const errors = fieldErrors(error)
      const summary = errors.map((e) => `${e.pointer} ${e.detail}`).join('; ')
      problem = new Problem(400, `The request is not valid: ${summary}.`, {
        type: 'validation-error',
        title: 'Your request is not valid',
        errors,
      })
    } else if (error.code && knownCodes[error.code]) {
      const known = knownCodes[error.code] as { status: number; detail: string }
      problem = new Problem(known.status, known.detail)
    } else if (error instanceof SyntaxError && error.statusCode === 400) {
      problem = new Problem(400, 'The body is not valid JSON.')
    } else {
      const fromDatabase = databaseProblem(error)
      const status = error.statusCode ?? 500
      if (fromDatabase) {
        problem = fromDatabase
      } else if (isUnavailable(error)) {
        request.log.error({ err: error }, 'a backing service is unreachable')
        problem = new Problem(503, 'The service cannot reach its database right now; try again shortly.', {
          headers: { 'retry-after': '5' },
        })
      } else if (status >= 400 && status < 500) {
        problem = new Problem(status, error.message)
      } else {
        request.log.error({ err: error }, 'unhandled error')
        problem = new Problem(500, 'Something went wrong on our side. It has been logged; try again later.')
      }
    }
    if (problem.status >= 500 && error instanceof Problem) request.log.error({ err: error }, problem.detail)
    return reply.code(problem.status).headers(problem.headers).type('application/problem+json').send(problem.toJSON())
  })

  app.setNotFoundHandler((request, reply) => {
    const problem = new Problem(404, `There is no route ${request.method} ${request.url.split('?')[0]}.`)
    return reply.code(404).type('application/problem+json').send(problem.toJSON())
  })
})
