import pg from 'pg'

/** PostgreSQL's type id for text[] (pg's TypeId lists only scalar types, hence the cast). */
export const TEXT_ARRAY_OID = 1009 as Parameters<typeof pg.types.getTypeParser>[0]

const parseAnyTextArray = pg.types.getTypeParser(TEXT_ARRAY_OID) as (value: string) => unknown[]

/**
 * A text[] as PostgreSQL writes it, read with one native split when it can be: themes, tags, care
 * settings and site ids are plain words, so `{a,b,c}` needs no character-by-character parser (the
 * generic one allocated a quarter of everything a list page allocated). PostgreSQL quotes every
 * element that holds a comma, quote, backslash, brace, white space or is empty or "NULL", so an
 * array with no `"` and no nested `{` is exactly its elements between commas, and a bare NULL is a
 * null element. Anything else (quoted elements, nested or bounded arrays) takes the generic parser.
 */
export function parseTextArray(value: string): (string | null)[] {
  if (value === '{}') return []
  if (value.charCodeAt(0) !== 123 || value.includes('"') || value.indexOf('{', 1) !== -1) {
    return parseAnyTextArray(value) as (string | null)[]
  }
  const elements: (string | null)[] = value.slice(1, -1).split(',')
  for (let index = 0; index < elements.length; index++) if (elements[index] === 'NULL') elements[index] = null
  return elements
}
