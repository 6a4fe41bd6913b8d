import type { ProblemFieldError } from '@learnonce/contracts'

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

export const problemTypeBase = 'https://learnonce.dev/problems/'

/**
 * An RFC 9457 problem. Throw it anywhere; the problems plugin turns it into an
 * application/problem+json response.
 */
export class Problem extends Error {
  readonly type: string
  readonly title: string
  readonly headers: Record<string, string>

  constructor(
    readonly status: number,
    readonly detail: string,
    options: { type?: string; title?: string; errors?: ProblemFieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail)
    this.name = 'Problem'
    this.title = options.title ?? titles[status] ?? 'Error'
    this.type = problemTypeBase + (options.type ?? slug(this.title))
    this.errors = options.errors
    this.headers = options.headers ?? {}
  }

  readonly errors: ProblemFieldError[] | undefined

  toJSON() {
    return {
      type: this.type,
      title: this.title,
      status: this.status,
      detail: this.detail,
      ...(this.errors ? { errors: this.errors } : {}),
    }
  }
}

const slug = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-')

export const badRequest = (detail: string, errors?: ProblemFieldError[]) =>
  new Problem(400, detail, errors ? { type: 'validation-error', title: 'Your request is not valid', errors } : {})
/** One invalid body field: a 400 naming it. */
export const invalidField = (pointer: string, detail: string, location: ProblemFieldError['in'] = 'body') =>
  badRequest(`${pointer.slice(1)} ${detail}`, [{ in: location, pointer, detail }])
export const unauthorized = (detail = 'Sign in first: send Authorization: Bearer <token>.') => new Problem(401, detail)
export const forbidden = (detail: string) => new Problem(403, detail)
export const notFound = (what: string) => new Problem(404, `${what} was not found.`)
export const conflict = (detail: string) => new Problem(409, detail)
