// Text PostgreSQL can store as sent: the checks every input path applies before text reaches SQL.

const loneSurrogate = /\p{Cs}/u

/** What makes a string unstorable as PostgreSQL text, if anything. */
export function unstorable(text: string): string | null {
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
