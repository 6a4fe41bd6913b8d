import type { Problem } from '@learnonce/contracts'
import type { LightMyRequestResponse } from 'fastify'
import { expect } from 'vitest'

/** Asserts an RFC 9457 problem with `status` (naming `pointer` among its field errors, when given) and returns it. */
export function expectProblem(res: LightMyRequestResponse, status: number, pointer?: string): Problem {
  expect(res.statusCode, res.body).toBe(status)
  expect(res.headers['content-type']).toContain('application/problem+json')
  const problem = res.json<Problem>()
  expect(problem).toMatchObject({ type: expect.any(String), title: expect.any(String), status, detail: expect.any(String) })
  if (pointer !== undefined) expect(problem.errors?.map((error) => error.pointer)).toContain(pointer)
  return problem
}
