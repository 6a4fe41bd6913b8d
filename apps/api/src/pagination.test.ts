import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeCursor } from './pagination.js'
import { type TestApp, testApp } from './test/app.js'
import { type SignedIn, signIn } from './test/factories.js'

describe('a cursor that was tampered with', () => {
  let t: TestApp
  let admin: SignedIn
  beforeAll(async () => {
    t = await testApp()
    admin = await signIn(t.app, 'admin')
  })
  afterAll(() => t.close())

  const forged = [
    ['not base64 JSON', '%%%'],
    ['the wrong length', encodeCursor(['a', 'b', 'c'])],
    ['text where an id belongs', encodeCursor(['Riverside', 'not-an-id'])],
    ['an id in upper case', encodeCursor(['Riverside', '01A212E9-2BE1-752E-BE9C-B04F09E5B2F1'])],
    ['a number where text belongs', encodeCursor([42, '01a212e9-2be1-752e-be9c-b04f09e5b2f1'])],
  ]
  const lists = ['/v1/sites', '/v1/users', '/v1/networks', '/v1/audit-events', '/v1/lessons', '/v1/events', '/v1/triage', '/v1/me/items']
  // Themes are keyed by [position, slug]: a number first is their shape, so that case does not apply; whole numbers PostgreSQL's integer holds do.
  const themeCases = [
    ...forged.filter(([what]) => what !== 'a number where text belongs'),
    ['a fraction where a position belongs', encodeCursor([1.5, 'clinical-safety'])],
    ['a position beyond an integer', encodeCursor([2 ** 31, 'clinical-safety'])],
  ]
  // Lists keyed by a time first: dates JavaScript would parse but PostgreSQL refuses.
  const timeKeyed = ['/v1/events', '/v1/triage', '/v1/me/items']
  const id = '01a212e9-2be1-752e-be9c-b04f09e5b2f1'
  const badTimes = [
    ['a bare number for a time', encodeCursor(['1', id])],
    ['the 30th of February', encodeCursor(['2026-02-30T09:00:00Z', id])],
    ['a time without a zone', encodeCursor(['2026-02-03T09:00:00', id])],
  ]

  it.each([
    ...lists.flatMap((list) => forged.map(([what, cursor]) => [list, what, cursor])),
    ...themeCases.map(([what, cursor]) => ['/v1/themes', what, cursor]),
    ...timeKeyed.flatMap((list) => badTimes.map(([what, cursor]) => [list, what, cursor])),
  ])('%s answers a cursor with %s with a 400 naming /cursor', async (list, _what, cursor) => {
    const res = await t.app.inject({ method: 'GET', url: `${list}?cursor=${encodeURIComponent(String(cursor))}`, headers: admin.headers })
    expect(res.statusCode, res.body).toBe(400)
    expect(res.json().errors).toEqual([{ in: 'query', pointer: '/cursor', detail: expect.stringContaining('not a cursor from this list') }])
  })

  // Values the cursor's shape admits but the database cannot compare: a 400, never a 500.
  it.each([
    ...['/v1/sites', '/v1/users', '/v1/networks'].flatMap((list) => [
      [list, 'a NUL character in its text', encodeCursor(['a\u0000b', id])],
      [list, 'half a surrogate pair in its text', encodeCursor(['\uD800', id])],
    ]),
    ['/v1/themes', 'a NUL character in its text', encodeCursor([1, 'a\u0000'])],
    ...['/v1/search?q=records', '/v1/lessons?q=records'].flatMap((list) => [
      [list, 'a rank too large for a real', encodeCursor([1e308, id])],
      [list, 'a rank too small for a real', encodeCursor([-1e-320, id])],
    ]),
  ])('%s answers a cursor with %s with a 400 naming /cursor', async (list, _what, cursor) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `${list}${list.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(String(cursor))}`,
      headers: admin.headers,
    })
    expect(res.statusCode, res.body).toBe(400)
    expect(res.json().errors).toEqual([{ in: 'query', pointer: '/cursor', detail: expect.stringContaining('not a cursor from this list') }])
  })
})
