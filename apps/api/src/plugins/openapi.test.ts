import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, testApp } from '../test/app.js'
import { operationIdFor } from './openapi.js'

interface Operation {
  operationId?: string
  tags?: string[]
  description?: string
}
interface Document {
  tags?: { name: string; description?: string }[]
  paths: Record<string, Record<string, Operation>>
}

let test: TestApp
let document: Document
let operations: { where: string; operation: Operation }[]

beforeAll(async () => {
  test = await testApp()
  document = (await test.app.inject({ method: 'GET', url: '/openapi.json' })).json<Document>()
  operations = Object.entries(document.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, operation]) => ({ where: `${method.toUpperCase()} ${path}`, operation })),
  )
})
afterAll(() => test.close())

describe('the OpenAPI document, as SDK generators read it', () => {
  it('gives every operation a unique operationId', () => {
    const missing = operations.filter(({ operation }) => !operation.operationId).map(({ where }) => where)
    expect(missing).toEqual([])
    const ids = operations.map(({ operation }) => operation.operationId)
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([])
  })

  it('tags every operation with a tag the document declares and describes', () => {
    const declared = new Map((document.tags ?? []).map((tag) => [tag.name, tag.description ?? '']))
    const undeclared = operations
      .filter(({ operation }) => !operation.tags?.length || operation.tags.some((tag) => !declared.get(tag)))
      .map(({ where, operation }) => `${where} ${JSON.stringify(operation.tags)}`)
    expect(undeclared).toEqual([])
  })

  it('describes every operation', () => {
    expect(operations.filter(({ operation }) => !operation.description?.trim()).map(({ where }) => where)).toEqual([])
  })

  it('names the operations integrators call most', () => {
    const idOf = (where: string) => operations.find((candidate) => candidate.where === where)?.operation.operationId
    expect({
      list: idOf('GET /v1/lessons'),
      get: idOf('GET /v1/lessons/{id}'),
      create: idOf('POST /v1/lessons'),
      update: idOf('PATCH /v1/lessons/{id}'),
      remove: idOf('DELETE /v1/lessons/{id}'),
      publish: idOf('POST /v1/lessons/{id}/publish'),
      submit: idOf('POST /v1/case-studies/{id}/submit'),
      comments: idOf('GET /v1/lessons/{id}/comments'),
      sites: idOf('GET /v1/sites'),
    }).toEqual({
      list: 'listLessons',
      get: 'getLesson',
      create: 'createLesson',
      update: 'updateLesson',
      remove: 'deleteLesson',
      publish: 'publishLesson',
      submit: 'submitCaseStudy',
      comments: 'listLessonComments',
      sites: 'listSites',
    })
  })
})

describe('operationIdFor', () => {
  it.each([
    ['GET', '/v1/case-studies', 'listCaseStudies'],
    ['POST', '/v1/solutions/:id/request-changes', 'requestSolutionChanges'],
    ['POST', '/v1/lessons/:id/comments', 'createLessonComment'],
    ['DELETE', '/v1/solutions/:id/adoptions/:adoptionId', 'deleteSolutionAdoption'],
    ['GET', '/v1/solutions/:id/lineage', 'getSolutionLineage'],
    ['POST', '/v1/webhooks/:id/ping', 'pingWebhook'],
    ['GET', '/v1/webhooks/:id/deliveries', 'listWebhookDeliveries'],
    ['POST', '/v1/api-keys', 'createApiKey'],
  ])('%s %s is %s', (method, url, expected) => {
    expect(operationIdFor(method, url)).toBe(expected)
  })
})
