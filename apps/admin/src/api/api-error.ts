import type { Problem } from '@learnonce/contracts'

/** A non-2xx answer from the API, carrying its RFC 9457 problem details. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail)
    this.name = 'ApiError'
  }

  get status(): number {
    return this.problem.status
  }
}

/** What a failed fetch (offline, DNS, refused) looks like to the rest of the admin. */
export const networkProblem: Problem = {
  type: 'about:blank',
  title: 'Network error',
  status: 0,
  detail: 'Could not reach the Learn Once API. Check your connection and try again.',
}

/** The response's problem body, or one made from its status when a proxy answered with something else. */
export async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || 'Request failed',
    status: response.status,
    detail: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
  }
  if (!(response.headers.get('content-type') ?? '').includes('json')) return fallback
  const body: unknown = await response.json().catch(() => null)
  return isProblem(body) ? body : fallback
}

function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false
  const { status, detail, title } = value as Record<string, unknown>
  return typeof status === 'number' && typeof detail === 'string' && typeof title === 'string'
}
