import swagger from '@fastify/swagger'
import { Problem } from '@learnonce/contracts'
import scalar from '@scalar/fastify-api-reference'
import type { FastifyInstance, RouteOptions } from 'fastify'
import fp from 'fastify-plugin'

/** The document's tags, in the order the reference lists them. Every operation's tag must be one of these. */
export const documentTags = [
  { name: 'health', description: 'Liveness and readiness, for load balancers and orchestrators.' },
  { name: 'auth', description: 'Sign in, refresh and sign out; the signed-in user’s own account.' },
  { name: 'me', description: 'What the signed-in user works on.' },
  {
    name: 'dashboard',
    description: 'Summary figures for the home screens, each in one query: the pipeline, published content, your items, hub health.',
  },
  {
    name: 'reports',
    description: 'Figures programme teams send upward, as JSON or CSV: adoptions over a period, and the review pipeline by month.',
  },
  { name: 'search', description: 'One ranked full-text search over lessons, case studies, solutions and networks.' },
  {
    name: 'following',
    description:
      'What you follow (themes, journey stages, networks, sites, items), your digest emails, your private Atom feed, and the unsubscribe link.',
  },
  { name: 'feeds', description: 'Newly published content as Atom, for portals and feed readers; no token needed.' },
  { name: 'lessons', description: 'What a site tried, what went well, what did not and what it would do differently.' },
  { name: 'case studies', description: 'Fuller write-ups placed on the journey from vision to review and spread.' },
  { name: 'solutions', description: 'Reusable templates, toolkits and agreements, with their lineage.' },
  { name: 'adoptions', description: 'Sites reusing a solution: replicated, customised or enhanced.' },
  { name: 'triage', description: 'The curators’ queue of submitted items, oldest first.' },
  { name: 'review due', description: 'Published items coming up to (or past) their review-by date, soonest first, for curators.' },
  { name: 'networks', description: 'Action-learning networks of sites, and their events.' },
  {
    name: 'network community',
    description: 'A network as a learning community: its library of resources, its discussions and its news, and their activity.',
  },
  {
    name: 'files',
    description:
      'Uploaded files (type read from the bytes, size-limited), attached to artefacts, links, network resources and event outputs.',
  },
  { name: 'taxonomy', description: 'Themes, care settings and journey stages that classify content.' },
  { name: 'sites', description: 'The organisations that contribute: trusts, practices, councils and more.' },
  { name: 'users', description: 'People and their roles and site memberships (admins).' },
  { name: 'audit', description: 'Who did what, when (admins).' },
  { name: 'settings', description: 'Hub-wide settings: how long each type of content goes before it is due for review (admins).' },
  { name: 'sync', description: 'Every change to published content since a cursor, with tombstones, for integrators’ copies.' },
  { name: 'webhooks', description: 'Signed Standard Webhooks deliveries of content and network events, with their delivery log (admins).' },
  {
    name: 'imports',
    description:
      'Lessons, case studies and solutions from a CSV or XLSX file: a dry-run report first, then a commit (a job for large files).',
  },
  { name: 'inbound mail', description: 'Messages sent to the hub’s inbound address and what became of them (admins).' },
  { name: 'api-keys', description: 'Keys for integrators’ systems: read published content, or submit lessons for one site (admins).' },
]

/**
 * operationIds that the rule below would not name well. A route may also set `schema.operationId`
 * itself, which wins over both.
 */
const namedOperations: Record<string, string> = {
  'GET /healthz': 'getHealth',
  'GET /readyz': 'getReadiness',
  'POST /v1/auth/login': 'login',
  'POST /v1/auth/refresh': 'refreshSession',
  'POST /v1/auth/logout': 'logout',
  'GET /v1/me': 'getMe',
  'PATCH /v1/me': 'updateMe',
  'GET /v1/me/items': 'listMyItems',
  'GET /v1/triage': 'listTriageQueue',
  'POST /v1/triage/next': 'claimNextInTriage',
  'GET /v1/triage/counts': 'countTriageQueue',
  'GET /v1/taxonomy': 'getTaxonomy',
  'GET /v1/networks/:id/events.ics': 'getNetworkCalendar',
  'GET /v1/sync': 'listChanges',
  'PUT /v1/networks/:id/resources/order': 'reorderNetworkResources',
  'GET /v1/networks/:id/updates.atom': 'getNetworkNewsFeed',
}

/**
 * Segments after an id that name things rather than actions (`/lessons/{id}/comments` lists comments,
 * `/lessons/{id}/publish` publishes): 'many' for collections, 'one' for a single document.
 */
const subresources: Record<string, 'many' | 'one'> = {
  comments: 'many',
  adoptions: 'many',
  events: 'many',
  deliveries: 'many',
  items: 'many',
  history: 'one',
  actions: 'many',
  lineage: 'one',
  resources: 'many',
  threads: 'many',
  posts: 'many',
  updates: 'many',
  activity: 'many',
}

const pascal = (kebab: string) =>
  kebab
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')
const singular = (noun: string) => (noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun.replace(/s$/, ''))
const itemVerbs: Record<string, string> = { GET: 'get', PUT: 'replace', PATCH: 'update', DELETE: 'delete' }
const collectionVerbs: Record<string, string> = { GET: 'list', POST: 'create' }

/**
 * A stable operationId from the method and the URL, so SDK generators name methods well without every
 * route spelling one out: GET /v1/lessons → listLessons, POST /v1/case-studies/:id/submit →
 * submitCaseStudy, GET /v1/lessons/:id/comments → listLessonComments, PATCH /v1/sites/:id → updateSite.
 */
export function operationIdFor(method: string, url: string): string {
  const named = namedOperations[`${method} ${url}`]
  if (named) return named
  const parts = url.split('/').filter((part) => part !== '' && part !== 'v1')
  const isParam = (index: number) => parts[index]?.startsWith(':') ?? false
  // Every noun followed by an id is an owner of what comes after it: /lessons/:id/comments → Lesson.
  const owners = (end: number) =>
    parts
      .slice(0, end)
      .filter((_part, index) => isParam(index + 1) && !isParam(index))
      .map((noun) => pascal(singular(noun)))
      .join('')
  const last = parts.length - 1
  const lastPart = parts[last] ?? ''
  const verb = method.toLowerCase()
  if (isParam(last)) return `${itemVerbs[method] ?? verb}${owners(last + 1)}`
  if (last > 0 && isParam(last - 1) && subresources[lastPart] === undefined) {
    // An action on an item: its first word is the verb (request-changes → requestLessonChanges).
    const [action = verb, ...rest] = lastPart.split('-')
    return `${action}${owners(last)}${pascal(rest.join('-'))}`
  }
  if (subresources[lastPart] === 'one') return `get${owners(last)}${pascal(lastPart)}`
  const collectionVerb = collectionVerbs[method] ?? verb
  return `${collectionVerb}${owners(last)}${pascal(method === 'GET' ? lastPart : singular(lastPart))}`
}

/** OpenAPI 3.1 generated from the route schemas, at /openapi.json, with a reference UI at /docs. */
export const openapi = fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Learn Once API',
        version: '1.0.0',
        description:
          'Shared learning for health and social care: lessons, case studies, solutions and networks. ' +
          'Errors are RFC 9457 problem details (application/problem+json).',
      },
      tags: documentTags,
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An access token from POST /v1/auth/login, or an API key (`lo_live_…`)' },
        },
        schemas: { Problem },
      },
      security: [{ bearer: [] }],
    },
  })
  // Every API route can answer a problem; say so once, for the docs and for fast serialisation.
  const problemResponse = {
    description: 'Problem details (RFC 9457)',
    content: { 'application/problem+json': { schema: Problem } },
  }
  const operationIds = new Map<string, string>()
  app.addHook('onRoute', (route) => {
    if (!route.schema) return
    if (route.url.startsWith('/v1/')) {
      route.schema.response = { ...(route.schema.response as object | undefined), '4xx': problemResponse, '5xx': problemResponse }
    }
    describeOperation(route, operationIds)
  })
  app.get('/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, () => app.swagger())
  await app.register(scalar, { routePrefix: '/docs', configuration: { url: '/openapi.json', title: 'Learn Once API' } })
})

/**
 * Names, tags and describes one documented operation in place (@fastify/swagger reads the same schema
 * object later). Two routes with one operationId would make generated clients collide, so that fails
 * at start-up rather than in an integrator's build.
 */
function describeOperation(route: RouteOptions, operationIds: Map<string, string>): void {
  const schema = route.schema
  if (!schema || schema.hide || typeof route.method !== 'string' || route.method === 'HEAD' || route.method === 'OPTIONS') return
  const where = `${route.method} ${route.url}`
  const operationId = schema.operationId ?? operationIdFor(route.method, route.url)
  const holder = operationIds.get(operationId)
  if (holder !== undefined && holder !== where) {
    throw new Error(`${where} and ${holder} would share the operationId "${operationId}"; set schema.operationId on one of them`)
  }
  operationIds.set(operationId, where)
  schema.operationId = operationId
  if (!schema.tags) {
    const area = route.url.split('/').filter((part) => part !== '' && part !== 'v1')[0] ?? 'health'
    schema.tags = [area.replaceAll('-', ' ')]
  }
  // Generators and the reference show the description; the summary already says it for simple routes.
  if (!schema.description && schema.summary) schema.description = schema.summary
}
