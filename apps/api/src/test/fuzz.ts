import fc from 'fast-check'
import type { LightMyRequestResponse } from 'fastify'

/** The JSON Schema subset TypeBox writes into the OpenAPI document. */
export interface JsonSchema {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  items?: JsonSchema
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  minItems?: number
  maxItems?: number
  format?: string
  pattern?: string
}

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header'
  required?: boolean
  schema: JsonSchema
}

export interface Operation {
  method: string
  path: string
  parameters: Parameter[]
  body: JsonSchema | null
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema: JsonSchema }> } }>>
}

/** Every operation in the document, with what it takes. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = []
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        body: operation.requestBody?.content?.['application/json']?.schema ?? null,
      })
    }
  }
  return operations
}

/** A request as app.inject takes it, and who sends it. */
export interface FuzzRequest {
  operation: string
  as: 'admin' | 'anonymous'
  method: string
  url: string
  headers: Record<string, string>
  payload?: string
}

/** Text that has broken parsers, databases and renderers before. */
const awkwardText = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDC00y',
  '\uDBFF\uDFFF',
  '\u202Eevil\u202C',
  '\u200F\u200E\u061C',
  '\uFEFFbom',
  'e\u0301\u0301\u0301',
  '😀👩‍👩‍👧‍👦',
  '\u2028\u2029',
  '<script>alert(1)</script>',
  "'; DROP TABLE users; --",
  '%00',
  '%zz',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  'prototype',
  'null',
  'NaN',
  '1e999',
  '-0',
  '0x10',
  '2026-02-30T25:61:00Z',
  '01900000-0000-7000-8000-000000000000',
  '00000000-0000-0000-0000-000000000000',
  '*',
  '"',
  '\\',
  '\t\r\n',
]

const hugeText = ['x'.repeat(20_000), 'é'.repeat(70_000), '\u0000'.repeat(2_000), '\uD800'.repeat(5_000), '😀'.repeat(20_000)]

const nested = (depth: number, leaf: unknown, asArray: boolean): unknown => {
  let value = leaf
  for (let level = 0; level < depth; level++) value = asArray ? [value] : { a: value }
  return value
}

/** A value of any shape that a schema probably does not want. */
const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...awkwardText) },
  { weight: 1, arbitrary: fc.constantFrom(...hugeText) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, -1, 1.5, -0, 2 ** 53 + 1, 1e308, -1e308, 2_147_483_648, Number.MAX_SAFE_INTEGER) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom([], {}, [null], [''], [[]], { '': '' }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 20, max: 3_000 }), fc.boolean()).map(([depth, asArray]) => nested(depth, 'deep', asArray)),
  },
  { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }) },
)

const dateTime = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString())

/** Values the schema accepts (mostly), each part now and then swapped for junk. */
function fromSchema(schema: JsonSchema, pools: IdPools, depth = 0, name = '', junk = true): fc.Arbitrary<unknown> {
  if (!junk) return validFor(schema, pools, depth, name, false)
  return fc.oneof({ weight: 14, arbitrary: validFor(schema, pools, depth, name) }, { weight: 1, arbitrary: junkValue })
}

/** Which list a property's ids come from, by its name (siteId, relatedSolutionIds, outputIds…). */
const idSources: [RegExp, string][] = [
  [/^site/i, '/v1/sites'],
  [/^network/i, '/v1/networks'],
  [/solution/i, '/v1/solutions'],
  [/casestud/i, '/v1/case-studies'],
  [/^(coordinator|user|assignee|author)/i, '/v1/users'],
  [/^(duplicateOf|output|content|item)/i, '/v1/lessons'],
]

/** Values of the schema's shape; `junk` lets their parts be swapped for junk too. */
function validFor(schema: JsonSchema, pools: IdPools, depth: number, name = '', junk = true): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const)
  if (schema.enum) return fc.constantFrom(...schema.enum)
  const choices = schema.anyOf ?? schema.oneOf
  if (choices && choices.length > 0) return fc.oneof(...choices.map((choice) => validFor(choice, pools, depth, name, junk)))
  if (schema.allOf && schema.allOf.length > 0) return validFor(Object.assign({}, ...schema.allOf), pools, depth, name, junk)
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  switch (type) {
    case 'string': {
      const list = idSources.find(([pattern]) => pattern.test(name))?.[1]
      const known = list ? pools.byList.get(list) : undefined
      if (schema.format === 'uuid' && known && known.length > 0)
        return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, stringFor(schema, pools))
      return stringFor(schema, pools)
    }
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 1_000 })
    case 'number':
      return fc.double({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 1_000, noNaN: true })
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'array': {
      if (depth > 4) return fc.constant([])
      const items = schema.items ? fromSchema(schema.items, pools, depth + 1, name, junk) : junkValue
      return fc.array(items, { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 4) })
    }
    case 'object': {
      if (depth > 4 || !schema.properties) return fc.constant({})
      const record: Record<string, fc.Arbitrary<unknown>> = {}
      for (const [key, property] of Object.entries(schema.properties)) record[key] = fromSchema(property, pools, depth + 1, key, junk)
      return fc.record(record, { requiredKeys: schema.required ?? [] })
    }
    default:
      return junkValue
  }
}

function stringFor(schema: JsonSchema, pools: IdPools): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return fc.oneof(fc.constantFrom(...pools.all), fc.uuid({ version: 7 }))
    case 'date-time':
      return dateTime
    case 'date':
      return dateTime.map((value) => value.slice(0, 10))
    case 'email':
      return fc.emailAddress()
    case 'uri':
      return fc.webUrl()
  }
  const minLength = schema.minLength ?? 0
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 40))
  let plain: fc.Arbitrary<string> = fc.string({ unit: 'grapheme', minLength, maxLength })
  if (schema.pattern) {
    try {
      plain = fc
        .stringMatching(new RegExp(schema.pattern))
        .filter((value) => value.length >= minLength && value.length <= (schema.maxLength ?? 1e9))
    } catch {
      // A pattern fast-check cannot generate from: plain strings instead.
    }
  }
  // Otherwise valid text with something awkward inside: what reaches the database and search.
  const infused = fc
    .tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.constantFrom(...awkwardText), fc.string({ maxLength: 8 }))
    .map((parts) => parts.join(''))
    .filter((text) => text.length >= minLength && text.length <= (schema.maxLength ?? 1e9))
  return fc.oneof({ weight: 3, arbitrary: plain }, { weight: 2, arbitrary: infused })
}

/** Ids that exist, by the list path that returned them ("/v1/lessons"), and all of them together. */
export interface IdPools {
  byList: Map<string, string[]>
  all: string[]
}

/**
 * Percent-encodes for a URL the way a client would, except that a lone surrogate (which
 * encodeURIComponent refuses) becomes its three bytes as CESU-8: text that is not valid UTF-8.
 */
function encode(value: string): string {
  let out = ''
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0
    if (code >= 0xd800 && code <= 0xdfff)
      out +=
        `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase()
    else out += encodeURIComponent(char)
  }
  return out
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''))

/** Segments for a path parameter: ids that exist, ids that do not, and text that is no id at all. */
function pathValue(operation: Operation, name: string, pools: IdPools): fc.Arbitrary<string> {
  const segments = operation.path.split('/')
  const index = segments.indexOf(`{${name}}`)
  const known = pools.byList.get(segments.slice(0, index).join('/')) ?? pools.all
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...(known.length > 0 ? known : pools.all)) },
    { weight: 2, arbitrary: fc.uuid({ version: 7 }) },
    { weight: 2, arbitrary: junkValue.map((value) => encode(asText(value)).slice(0, 300) || 'x') },
    { weight: 1, arbitrary: fc.constantFrom('%zz', '%E0%A4%A', '%C0%80', '%00', 'a%2Fb', '..', '.', '%20', 'x'.repeat(150)) },
  )
}

const headerText = fc.oneof(
  fc.constantFrom('', '*', 'W/"x"', '"0123"', '"', 'null', 'x'.repeat(4_000), 'é\u00ff', '"a", "b"', 'W/'),
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 60 }),
)

/** Extra headers a client might send, well-formed or not (values a real client can put on the wire). */
const extraHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    'if-match': headerText,
    'if-none-match': headerText,
    'idempotency-key': headerText,
    accept: fc.constantFrom('application/json', 'text/html', '*/*', 'application/problem+json', 'image/png', ''),
    'accept-language': headerText,
    'x-request-id': headerText,
    'x-forwarded-for': fc.constantFrom('1.2.3.4', 'not-an-ip', '::1, 10.0.0.1', ''),
    origin: fc.constantFrom('https://evil.example', 'null', 'https://portal.example.org'),
  },
  { requiredKeys: [] },
)

const anonymousAuthorization = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(
    'Bearer',
    'Bearer ',
    'Bearer junk',
    'Basic YWRtaW46YWRtaW4=',
    'Bearer lo_live_0000000000000000',
    'Bearer a.b.c',
    'bearer x',
  ),
  headerText.map((value) => `Bearer ${value}`),
)

/** A body for an operation: its schema's shape mostly, sometimes another shape, broken JSON or pollution keys. */
const json = (value: unknown) => ({ payload: JSON.stringify(value) ?? 'null', contentType: 'application/json' })

function bodyFor(operation: Operation, pools: IdPools): fc.Arbitrary<{ payload?: string; contentType?: string }> {
  const shaped = operation.body ? fromSchema(operation.body, pools).map(json) : fc.constant({})
  const polluted = (operation.body ? validFor(operation.body, pools, 0) : fc.constant({})).chain((value) =>
    fc
      .constantFrom(
        '{"__proto__":{"admin":true,"role":"admin"}}',
        '{"constructor":{"prototype":{"admin":true}}}',
        '{"__proto__":null}',
        '{"toString":"x","valueOf":1,"hasOwnProperty":2}',
      )
      .map((extra) => {
        const merged =
          typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value, ...JSON.parse(extra) } : JSON.parse(extra)
        // JSON.parse made __proto__ an own key; stringify keeps it as a key on the wire.
        return { payload: JSON.stringify(merged), contentType: 'application/json' }
      }),
  )
  const broken = fc.constantFrom(
    { payload: '{', contentType: 'application/json' },
    { payload: '', contentType: 'application/json' },
    { payload: 'null', contentType: 'application/json' },
    { payload: '[]', contentType: 'application/json' },
    { payload: '"text"', contentType: 'application/json' },
    { payload: '{"a":1,"a":2}', contentType: 'application/json' },
    { payload: 'name=x&role=admin', contentType: 'application/x-www-form-urlencoded' },
    { payload: 'hello', contentType: 'text/plain' },
    { payload: '{}', contentType: 'application/json; charset=utf-16' },
    { payload: '{}', contentType: 'application/vnd.api+json' },
    { payload: '{}', contentType: 'multipart/form-data; boundary=x' },
    { payload: '\u0000\u0001', contentType: 'application/octet-stream' },
    { payload: `{"x":"${'y'.repeat(1_100_000)}"}`, contentType: 'application/json' },
  )
  return fc.oneof(
    { weight: operation.body ? 8 : 5, arbitrary: shaped },
    { weight: 1, arbitrary: junkValue.map(json) },
    { weight: 1, arbitrary: polluted },
    { weight: 1, arbitrary: broken },
  )
}

/**
 * A cursor as a client could forge one: base64url JSON (the lists' own format) holding values of
 * the right and the wrong kinds — ids, times, ranks at the edges of every number type, awkward text.
 */
const cursorPart = fc.oneof(
  { weight: 3, arbitrary: fc.uuid({ version: 7 }) },
  { weight: 1, arbitrary: dateTime },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      0,
      1,
      -1,
      0.5,
      1e308,
      -1e308,
      1e-320,
      -1e-320,
      3.5e38,
      1e-39,
      2 ** 63,
      'c',
      's',
      '0',
      '99999999999999999999999',
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom(...awkwardText) },
  { weight: 1, arbitrary: fc.constantFrom('a\u0000', '\u0000', '\uD800', 'x\uDFFF') },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: junkValue },
)
// Shaped like the lists' own cursors ([key, id], [id], [text, text], the sync feed's [phase, a, b]).
const forgedCursor: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 4, arbitrary: fc.tuple(cursorPart, fc.uuid({ version: 7 })) },
    { weight: 1, arbitrary: fc.tuple(cursorPart) },
    { weight: 1, arbitrary: fc.tuple(cursorPart, cursorPart) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('s', 'c'), cursorPart, cursorPart) },
  )
  .map((parts) => Buffer.from(JSON.stringify(parts)).toString('base64url'))

/** A query string from the operation's parameters, with junk, duplicate and pollution keys mixed in. */
function queryFor(operation: Operation, pools: IdPools, clean = false): fc.Arbitrary<string> {
  const parameters = operation.parameters.filter((parameter) => parameter.in === 'query')
  const known: Record<string, fc.Arbitrary<unknown>> = {}
  for (const parameter of parameters) {
    const generated = fromSchema(parameter.schema, pools, 0, parameter.name, !clean)
    known[parameter.name] =
      parameter.name === 'cursor' ? fc.oneof({ weight: 1, arbitrary: generated }, { weight: 3, arbitrary: forgedCursor }) : generated
  }
  const names = parameters.map((parameter) => parameter.name)
  // Required parameters are there nine times in ten, so most requests get past them to what follows.
  const required = parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name)
  // Clean requests carry a cursor three times in four where the list takes one.
  const withCursor = names.includes('cursor') ? [...required, 'cursor'] : required
  const record = clean
    ? fc.oneof(
        { weight: 1, arbitrary: fc.record(known, { requiredKeys: required }) },
        { weight: 3, arbitrary: fc.record(known, { requiredKeys: withCursor }) },
      )
    : fc.oneof(
        { weight: 9, arbitrary: fc.record(known, { requiredKeys: required }) },
        { weight: 1, arbitrary: fc.record(known, { requiredKeys: [] }) },
      )
  const pairs = record.map((values) =>
    Object.entries(values).flatMap(([name, value]) =>
      Array.isArray(value) ? value.map((item) => `${name}=${encode(asText(item))}`) : [`${name}=${encode(asText(value))}`],
    ),
  )
  const extra = fc.array(
    fc.oneof(
      fc.constantFrom(
        '__proto__=x',
        '__proto__[admin]=1',
        'constructor[prototype][admin]=1',
        'a[b][c]=d',
        '=',
        '&&',
        'x',
        '%zz=1',
        'q=%E0%A4%A',
      ),
      names.length > 0
        ? fc.tuple(fc.constantFrom(...names), junkValue).map(([name, value]) => `${name}=${encode(asText(value)).slice(0, 3_000)}`)
        : fc.constant('x=1'),
    ),
    { maxLength: 3 },
  )
  if (clean) return pairs.map((good) => (good.length > 0 ? `?${good.join('&')}` : ''))
  return fc.tuple(pairs, extra, fc.boolean()).map(([good, bad, duplicate]) => {
    const all = [...good, ...bad]
    // A key twice: Fastify hands the route an array where it expects one value.
    if (duplicate && good.length > 0) all.push(good[0] ?? '')
    return all.length > 0 ? `?${all.join('&')}` : ''
  })
}

/**
 * Requests for one operation: every part generated from what the document says it takes. Half are
 * chaos (any part may be junk); half are clean (right shapes, ids that exist, text with awkward
 * characters inside, forged cursors), so they get past validation to the SQL behind it.
 */
export function requestsFor(operation: Operation, pools: IdPools): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(chaosFor(operation, pools), cleanFor(operation, pools))
}

function cleanFor(operation: Operation, pools: IdPools): fc.Arbitrary<FuzzRequest> {
  const pathValues: Record<string, fc.Arbitrary<string>> = {}
  for (const [, name = ''] of operation.path.matchAll(/\{([^}]+)\}/g)) {
    const segments = operation.path.split('/')
    const known = pools.byList.get(segments.slice(0, segments.indexOf(`{${name}}`)).join('/')) ?? pools.all
    pathValues[name] = fc.constantFrom(...(known.length > 0 ? known : pools.all))
  }
  return fc
    .record({
      as: fc.constantFrom('admin' as const, 'admin' as const, 'anonymous' as const),
      path: fc.record(pathValues),
      query: queryFor(operation, pools, true),
      body: operation.body ? validFor(operation.body, pools, 0, '', false).map(json) : fc.constant(null),
    })
    .map(
      ({ as, path, query, body }): FuzzRequest => ({
        operation: `${operation.method} ${operation.path}`,
        as,
        method: operation.method,
        url: operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => path[name] ?? 'x') + query,
        headers: body ? { 'content-type': 'application/json' } : {},
        ...(body ? { payload: body.payload } : {}),
      }),
    )
}

function chaosFor(operation: Operation, pools: IdPools): fc.Arbitrary<FuzzRequest> {
  const pathNames = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '')
  const pathValues: Record<string, fc.Arbitrary<string>> = {}
  for (const name of pathNames) pathValues[name] = pathValue(operation, name, pools)
  const headerParameters: Record<string, fc.Arbitrary<unknown>> = {}
  for (const parameter of operation.parameters.filter((p) => p.in === 'header'))
    headerParameters[parameter.name] = fromSchema(parameter.schema, pools)
  return fc
    .record({
      as: fc.constantFrom('admin' as const, 'anonymous' as const),
      path: fc.record(pathValues),
      query: queryFor(operation, pools),
      headerParameters: fc.record(headerParameters, { requiredKeys: [] }),
      headers: extraHeaders,
      authorization: anonymousAuthorization,
      body: bodyFor(operation, pools),
    })
    .map(({ as, path, query, headerParameters, headers, authorization, body }) => {
      const url = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => path[name] ?? 'x') + query
      const all: Record<string, string> = { ...headers }
      for (const [name, value] of Object.entries(headerParameters)) {
        // Only what can travel in a header: Latin-1 without control characters.
        const text = asText(value)
        if (/^[\t\x20-\x7e\x80-\xff]*$/.test(text)) all[name.toLowerCase()] = text
      }
      if (as === 'anonymous' && authorization !== undefined) all.authorization = authorization
      if (body.contentType) all['content-type'] = body.contentType
      return {
        operation: `${operation.method} ${operation.path}`,
        as,
        method: operation.method,
        url,
        headers: all,
        ...(body.payload !== undefined ? { payload: body.payload } : {}),
      }
    })
}

/** What is wrong with a response to a generated request, if anything: a 5xx, or an error that is no problem document. */
export function violation(res: LightMyRequestResponse): string | null {
  if (res.statusCode >= 500) return `${res.statusCode}: ${res.body.slice(0, 300)}`
  if (res.statusCode < 400) return null
  const contentType = String(res.headers['content-type'] ?? '')
  if (!contentType.startsWith('application/problem+json')) return `${res.statusCode} as ${contentType}: ${res.body.slice(0, 200)}`
  let problem: { type?: unknown; title?: unknown; status?: unknown }
  try {
    problem = JSON.parse(res.body)
  } catch {
    return `${res.statusCode}: a problem that is not JSON`
  }
  if (typeof problem.type !== 'string' || typeof problem.title !== 'string' || problem.status !== res.statusCode) {
    return `${res.statusCode}: a problem without type, title or the right status: ${res.body.slice(0, 200)}`
  }
  return null
}
