import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, testApp } from '../test/app.js'
import { rows } from './client.js'
import { parseTextArray } from './text-arrays.js'

describe('reading text[] as PostgreSQL writes it', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await testApp()
  })
  afterAll(() => t.close())

  /** PostgreSQL's own text for an array, so the parser is checked against what the server sends. */
  const written = async (array: ReturnType<typeof sql>) =>
    (await rows<{ text: string }>(t.app.db, sql`select (${array})::text as text`))[0]?.text ?? ''

  it.each([
    ['no elements', sql`'{}'::text[]`, []],
    [
      'plain words',
      sql`array['digital-inclusion', 'shared-care-records', 'workforce']`,
      ['digital-inclusion', 'shared-care-records', 'workforce'],
    ],
    ['site ids', sql`array['019b76b3-3fd1-7ca3-b58a-434bfd9661d5']`, ['019b76b3-3fd1-7ca3-b58a-434bfd9661d5']],
    ['a null element', sql`array['a', null, 'b']::text[]`, ['a', null, 'b']],
    ['the word NULL, which PostgreSQL quotes', sql`array['NULL', 'null']`, ['NULL', 'null']],
    [
      'commas, quotes, braces, backslashes and spaces',
      sql`array['a,b', 'say "hi"', '{x}', 'back\\slash', 'two words', '']`,
      ['a,b', 'say "hi"', '{x}', 'back\\slash', 'two words', ''],
    ],
    ['non-ASCII', sql`array['café', 'Δ', '…']`, ['café', 'Δ', '…']],
    [
      'two dimensions',
      sql`array[array['a','b'], array['c','d']]`,
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['explicit bounds', sql`'[0:1]={a,b}'::text[]`, ['a', 'b']],
  ])('%s', async (_name, array, expected) => {
    expect(parseTextArray(await written(array))).toEqual(expected)
  })

  it('is how the API reads a text[] column on PostgreSQL (and PGlite reads it the same)', async () => {
    const [row] = await rows<{ words: unknown }>(t.app.db, sql`select array['a,b', 'c', null]::text[] as words`)
    expect(row?.words).toEqual(['a,b', 'c', null])
  })
})
