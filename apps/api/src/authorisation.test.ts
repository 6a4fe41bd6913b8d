import type { ContentStatus, ContentType, Site, Taxonomy } from '@learnonce/contracts'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { users } from './db/schema/index.js'
import { validBody } from './modules/content/content-fixtures.js'
import { kindOf } from './modules/content/kinds.js'
import { samplePdf } from './modules/files/file-samples.js'
import { type TestApp, testApp } from './test/app.js'
import { makeSite, type SignedIn, signIn, TEST_PASSWORD } from './test/factories.js'
import { multipartBody, uploadFile } from './test/uploads.js'
import { driveTo } from './test/workflow.js'

/**
 * Who calls: nobody, a disabled account, an expired token, each role, a contributor of the item's
 * site and one of another site, and an API key of each scope (the submit key places lessons at
 * the item's site).
 */
const roles = ['anonymous', 'disabled', 'expired', 'admin', 'curator', 'contributor', 'otherContributor', 'keyRead', 'keySubmit'] as const
type Caller = (typeof roles)[number]
type Expected = Record<Caller, number>

/** A route closed to callers who are not signed in, with each signed-in caller's status. */
const rule = (
  admin: number,
  curator: number,
  contributor: number,
  otherContributor: number,
  keyRead: number,
  keySubmit: number,
): Expected => ({
  anonymous: 401,
  disabled: 401,
  expired: 401,
  admin,
  curator,
  contributor,
  otherContributor,
  keyRead,
  keySubmit,
})
/** A public route: the same answer whoever calls (a bad token on a public route is not checked). */
const open = (status: number): Expected => Object.fromEntries(roles.map((role) => [role, status])) as Expected

interface Call {
  url: string
  payload?: object
  /** Beyond the caller's own (a multipart upload's Content-Type). */
  headers?: Record<string, string>
  /** A body sent as it is (a file), with its content type. */
  file?: { body: string; contentType: string }
}

interface Entry {
  /** The request, made afresh for each caller when it changes what it acts on. */
  call: (f: Fixtures) => Promise<Call> | Call
  expect: Expected
}

const kinds: { type: ContentType; path: string }[] = (['lesson', 'case_study', 'solution'] as const).map((type) => ({
  type,
  path: kindOf(type).path,
}))

/** The people, sites, keys and things the matrix acts on; `fresh…` makes a new one for a call that changes it. */
interface Fixtures {
  siteA: Site
  siteB: Site
  callers: Record<Caller, Record<string, string>>
  contributor: SignedIn
  curator: SignedIn
  admin: SignedIn
  item(type: ContentType, status: ContentStatus): Promise<string>
  shared(type: ContentType, status: ContentStatus): Promise<string>
  comment(type: ContentType): Promise<{ itemId: string; commentId: string }>
  sharedComment(type: ContentType): Promise<{ itemId: string; commentId: string }>
  /** A draft with an open information-governance finding (an NHS number in its title). */
  finding(type: ContentType): Promise<{ itemId: string; findingId: string }>
  adoption(): Promise<{ solutionId: string; adoptionId: string }>
  sharedAdoption(): Promise<{ solutionId: string; adoptionId: string }>
  network(): Promise<string>
  sharedNetwork(): Promise<string>
  event(): Promise<string>
  sharedEvent(): Promise<string>
  /** A file site A's contributor uploaded and attached to nothing. */
  sharedFile(): Promise<string>
  theme(): Promise<string>
  sharedTheme(): Promise<string>
  retiredTheme(): Promise<string>
  /** Every live theme's slug, in the taxonomy's order, read afresh. */
  liveThemes(): Promise<string[]>
  site(): Promise<string>
  archivedSite(): Promise<string>
  user(): Promise<string>
  apiKey(): Promise<string>
  sharedApiKey(): Promise<string>
  webhook(): Promise<string>
  sharedWebhook(): Promise<string>
  sharedDelivery(): Promise<{ webhookId: string; deliveryId: string }>
  /** A new follow of the contributor's (of a new site). */
  subscription(): Promise<string>
  /** Gives every person among the callers a private feed, so each has one to revoke. */
  feedTokens(): Promise<void>
  /** A dry-run import by the contributor of site A, of a file no other import has. */
  anImport(): Promise<string>
  sharedImport(): Promise<string>
  /** A library resource, a discussion (started by the contributor), a reply and news in the shared network. */
  resource(): Promise<string>
  sharedResource(): Promise<string>
  thread(): Promise<string>
  sharedThread(): Promise<string>
  reply(): Promise<string>
  news(): Promise<string>
  sharedNews(): Promise<string>
}

let sequence = 0
const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`
const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

/**
 * Every route in the OpenAPI document, with who gets which status. A route missing here fails the
 * test: a new route ships with its rules. 404 is "you may not know it exists"; 403 "you may see it
 * but not do this"; 401 "sign in"; keys reach only routes opened to their scope.
 */
function matrix(): Record<string, Entry> {
  const entries: Record<string, Entry> = {
    'GET /healthz': { call: () => ({ url: '/healthz' }), expect: open(200) },
    'GET /readyz': { call: () => ({ url: '/readyz' }), expect: open(200) },
    'POST /v1/auth/login': {
      call: (f) => ({ url: '/v1/auth/login', payload: { email: f.contributor.user.email, password: TEST_PASSWORD } }),
      expect: open(200),
    },
    'POST /v1/auth/refresh': { call: () => ({ url: '/v1/auth/refresh', payload: { refreshToken: 'x'.repeat(40) } }), expect: open(401) },
    'POST /v1/auth/logout': { call: () => ({ url: '/v1/auth/logout', payload: { refreshToken: 'x'.repeat(40) } }), expect: open(204) },
    'GET /v1/me': { call: () => ({ url: '/v1/me' }), expect: rule(200, 200, 200, 200, 403, 403) },
    'PATCH /v1/me': {
      call: () => ({ url: '/v1/me', payload: { name: `Renamed ${unique()}` } }),
      expect: rule(200, 200, 200, 200, 403, 403),
    },
    'GET /v1/me/items': { call: () => ({ url: '/v1/me/items' }), expect: rule(200, 200, 200, 200, 403, 403) },

    'GET /v1/me/subscriptions': { call: () => ({ url: '/v1/me/subscriptions' }), expect: rule(200, 200, 200, 200, 403, 403) },
    'POST /v1/me/subscriptions': {
      call: (f) => ({ url: '/v1/me/subscriptions', payload: { target: { type: 'site', id: f.siteA.id } } }),
      expect: rule(201, 201, 201, 201, 403, 403),
    },
    'DELETE /v1/me/subscriptions/{id}': {
      // The contributor's own follow: theirs to remove; to everyone else it does not exist.
      call: async (f) => ({ url: `/v1/me/subscriptions/${await f.subscription()}` }),
      expect: rule(404, 404, 204, 404, 403, 403),
    },
    'GET /v1/me/digest-settings': { call: () => ({ url: '/v1/me/digest-settings' }), expect: rule(200, 200, 200, 200, 403, 403) },
    'PUT /v1/me/digest-settings': {
      call: () => ({ url: '/v1/me/digest-settings', payload: { frequency: 'daily' } }),
      expect: rule(200, 200, 200, 200, 403, 403),
    },
    'GET /v1/me/feed-token': { call: () => ({ url: '/v1/me/feed-token' }), expect: rule(200, 200, 200, 200, 403, 403) },
    'POST /v1/me/feed-token': { call: () => ({ url: '/v1/me/feed-token' }), expect: rule(201, 201, 201, 201, 403, 403) },
    'DELETE /v1/me/feed-token': {
      call: async (f) => {
        await f.feedTokens()
        return { url: '/v1/me/feed-token' }
      },
      expect: rule(204, 204, 204, 204, 403, 403),
    },
    'GET /v1/feeds/private/{token}.atom': { call: () => ({ url: '/v1/feeds/private/lof_not-a-real-token.atom' }), expect: open(404) },
    'GET /v1/unsubscribe': { call: () => ({ url: '/v1/unsubscribe?token=not-a-token' }), expect: open(400) },
    'POST /v1/unsubscribe': { call: () => ({ url: '/v1/unsubscribe?token=not-a-token' }), expect: open(400) },

    'GET /v1/sites': { call: () => ({ url: '/v1/sites' }), expect: rule(200, 200, 200, 200, 200, 200) },
    'POST /v1/sites': {
      call: () => ({ url: '/v1/sites', payload: { name: `Site ${unique()}`, kind: 'gp_practice', region: 'london' } }),
      expect: rule(201, 403, 403, 403, 403, 403),
    },
    'GET /v1/sites/{id}': { call: (f) => ({ url: `/v1/sites/${f.siteA.id}` }), expect: rule(200, 200, 200, 200, 200, 200) },
    'PATCH /v1/sites/{id}': {
      call: async (f) => ({ url: `/v1/sites/${await f.site()}`, payload: { name: `Renamed ${unique()}` } }),
      expect: rule(200, 403, 403, 403, 403, 403),
    },
    'DELETE /v1/sites/{id}': { call: async (f) => ({ url: `/v1/sites/${await f.site()}` }), expect: rule(204, 403, 403, 403, 403, 403) },
    'POST /v1/sites/{id}/archive': {
      call: async (f) => ({ url: `/v1/sites/${await f.site()}/archive` }),
      expect: rule(200, 403, 403, 403, 403, 403),
    },
    'POST /v1/sites/{id}/restore': {
      call: async (f) => ({ url: `/v1/sites/${await f.archivedSite()}/restore` }),
      expect: rule(200, 403, 403, 403, 403, 403),
    },

    'GET /v1/users': { call: () => ({ url: '/v1/users' }), expect: rule(200, 403, 403, 403, 403, 403) },
    'POST /v1/users': {
      call: () => ({
        url: '/v1/users',
        payload: { email: `new-${unique()}@test.learnonce.dev`, name: 'New person', role: 'contributor', password: TEST_PASSWORD },
      }),
      expect: rule(201, 403, 403, 403, 403, 403),
    },
    'GET /v1/users/{id}': { call: async (f) => ({ url: `/v1/users/${await f.user()}` }), expect: rule(200, 403, 403, 403, 403, 403) },
    'PATCH /v1/users/{id}': {
      call: async (f) => ({ url: `/v1/users/${await f.user()}`, payload: { name: 'Renamed' } }),
      expect: rule(200, 403, 403, 403, 403, 403),
    },
    'GET /v1/audit-events': { call: () => ({ url: '/v1/audit-events' }), expect: rule(200, 403, 403, 403, 403, 403) },
    'GET /v1/api-keys': { call: () => ({ url: '/v1/api-keys' }), expect: rule(200, 403, 403, 403, 403, 403) },
    'POST /v1/api-keys': {
      call: () => ({ url: '/v1/api-keys', payload: { name: `Key ${unique()}`, scopes: ['content:read'] } }),
      expect: rule(201, 403, 403, 403, 403, 403),
    },
    'GET /v1/api-keys/{id}': {
      call: async (f) => ({ url: `/v1/api-keys/${await f.sharedApiKey()}` }),
      expect: rule(200, 403, 403, 403, 403, 403),
    },
    'DELETE /v1/api-keys/{id}': {
      call: async (f) => ({ url: `/v1/api-keys/${await f.apiKey()}` }),
      expect: rule(204, 403, 403, 403, 403, 403),
    },

    'POST /v1/imports': {
      call: (f) => ({
        url: '/v1/imports?kind=lessons&fileName=lessons.csv',
        file: { body: `title,summary,siteId\nImported ${unique()},A summary,${f.siteA.id}`, contentType: 'text/csv' },
      }),
      // Anyone who writes content may run a dry run; a row for a site that is not theirs is an error in the report.
      expect: rule(201, 201, 201, 201, 403, 403),
    },
    'GET /v1/imports': { call: () => ({ url: '/v1/imports' }), expect: rule(200, 200, 200, 200, 403, 403) },
    'GET /v1/imports/{id}': {
      call: async (f) => ({ url: `/v1/imports/${await f.sharedImport()}` }),
      expect: rule(200, 200, 200, 404, 403, 403),
    },
    'POST /v1/imports/{id}/commit': {
      call: async (f) => ({ url: `/v1/imports/${await f.anImport()}/commit` }),
      expect: rule(200, 200, 200, 404, 403, 403),
    },
    'GET /v1/inbound-messages': { call: () => ({ url: '/v1/inbound-messages' }), expect: rule(200, 403, 403, 403, 403, 403) },

    'GET /v1/triage': { call: () => ({ url: '/v1/triage' }), expect: rule(200, 200, 403, 403, 403, 403) },
    'GET /v1/triage/counts': { call: () => ({ url: '/v1/triage/counts' }), expect: rule(200, 200, 403, 403, 403, 403) },
    'GET /v1/review-due': { call: () => ({ url: '/v1/review-due' }), expect: rule(200, 200, 403, 403, 403, 403) },
    'GET /v1/settings/review-periods': { call: () => ({ url: '/v1/settings/review-periods' }), expect: rule(200, 200, 403, 403, 403, 403) },
    'PUT /v1/settings/review-periods': {
      call: () => ({ url: '/v1/settings/review-periods', payload: { lessons: 24 } }),
      expect: rule(200, 403, 403, 403, 403, 403),
    },
    'GET /v1/dashboard/pipeline': { call: () => ({ url: '/v1/dashboard/pipeline' }), expect: rule(200, 200, 403, 403, 403, 403) },
    'GET /v1/dashboard/content': { call: () => ({ url: '/v1/dashboard/content' }), expect: rule(200, 200, 200, 200, 403, 403) },
    'GET /v1/dashboard/mine': { call: () => ({ url: '/v1/dashboard/mine' }), expect: rule(200, 200, 200, 200, 403, 403) },
    'GET /v1/dashboard/hub': { call: () => ({ url: '/v1/dashboard/hub' }), expect: rule(200, 403, 403, 403, 403, 403) },
    'GET /v1/reports/adoptions': { call: () => ({ url: '/v1/reports/adoptions' }), expect: rule(200, 200, 403, 403, 403, 403) },
    'GET /v1/reports/pipeline': { call: () => ({ url: '/v1/reports/pipeline' }), expect: rule(200, 200, 403, 403, 403, 403) },
    'POST /v1/triage/next': {
      call: async (f) => {
        await f.item('lesson', 'submitted')
        return { url: '/v1/triage/next', payload: {} }
      },
      expect: rule(200, 200, 403, 403, 403, 403),
    },
    'GET /v1/solutions/{id}/lineage': {
      call: async (f) => ({ url: `/v1/solutions/${await f.shared('solution', 'draft')}/lineage` }),
      expect: rule(200, 200, 200, 404, 404, 404),
    },
    'GET /v1/solutions/{id}/adoptions': {
      call: async (f) => ({ url: `/v1/solutions/${(await f.sharedAdoption()).solutionId}/adoptions` }),
      expect: rule(200, 200, 200, 200, 200, 200),
    },
    'POST /v1/solutions/{id}/adoptions': {
      call: async (f) => ({
        url: `/v1/solutions/${await f.item('solution', 'published')}/adoptions`,
        payload: { siteId: f.siteB.id, mode: 'replicate' },
      }),
      // The adopting site (B) records its adoption; the solution's own site (A) does not.
      expect: rule(201, 201, 403, 201, 403, 403),
    },
    'GET /v1/solutions/{id}/adoptions/{adoptionId}': {
      call: async (f) => {
        const { solutionId, adoptionId } = await f.sharedAdoption()
        return { url: `/v1/solutions/${solutionId}/adoptions/${adoptionId}` }
      },
      expect: rule(200, 200, 200, 200, 200, 200),
    },
    'PATCH /v1/solutions/{id}/adoptions/{adoptionId}': {
      call: async (f) => {
        const { solutionId, adoptionId } = await f.adoption()
        return { url: `/v1/solutions/${solutionId}/adoptions/${adoptionId}`, payload: { notes: 'Going well' } }
      },
      expect: rule(200, 200, 403, 200, 403, 403),
    },
    'DELETE /v1/solutions/{id}/adoptions/{adoptionId}': {
      call: async (f) => {
        const { solutionId, adoptionId } = await f.adoption()
        return { url: `/v1/solutions/${solutionId}/adoptions/${adoptionId}` }
      },
      expect: rule(204, 204, 403, 204, 403, 403),
    },

    'GET /v1/networks': { call: () => ({ url: '/v1/networks' }), expect: rule(200, 200, 200, 200, 200, 200) },
    'POST /v1/networks': {
      call: () => ({ url: '/v1/networks', payload: { name: `Network ${unique()}`, purpose: 'Share what works.' } }),
      expect: rule(201, 201, 403, 403, 403, 403),
    },
    'GET /v1/networks/{id}': {
      call: async (f) => ({ url: `/v1/networks/${await f.sharedNetwork()}` }),
      expect: rule(200, 200, 200, 200, 200, 200),
    },
    'PATCH /v1/networks/{id}': {
      call: async (f) => ({ url: `/v1/networks/${await f.network()}`, payload: { purpose: 'A new purpose.' } }),
      expect: rule(200, 200, 403, 403, 403, 403),
    },
    'DELETE /v1/networks/{id}': {
      call: async (f) => ({ url: `/v1/networks/${await f.network()}` }),
      expect: rule(204, 204, 403, 403, 403, 403),
    },
    'GET /v1/networks/{id}/events': {
      call: async (f) => ({ url: `/v1/networks/${await f.sharedNetwork()}/events` }),
      expect: rule(200, 200, 200, 200, 200, 200),
    },
    'POST /v1/networks/{id}/events': {
      call: async (f) => ({
        url: `/v1/networks/${await f.sharedNetwork()}/events`,
        payload: { title: `Event ${unique()}`, kind: 'workshop', startsAt: future(10), endsAt: future(11), location: 'Leeds' },
      }),
      expect: rule(201, 201, 403, 403, 403, 403),
    },
    'GET /v1/networks/{id}/events.ics': {
      call: async (f) => ({ url: `/v1/networks/${await f.sharedNetwork()}/events.ics` }),
      expect: open(200),
    },
    'GET /v1/networks/{id}/resources': {
      call: async (f) => ({ url: `/v1/networks/${await f.sharedNetwork()}/resources` }),
      expect: rule(200, 200, 200, 200, 403, 403),
    },
    'POST /v1/networks/{id}/resources': {
      call: async (f) => ({
        url: `/v1/networks/${await f.sharedNetwork()}/resources`,
        payload: { title: `Agenda ${unique()}`, kind: 'agenda', url: 'https://example.org/agenda.pdf' },
      }),
      expect: rule(201, 201, 201, 403, 403, 403),
    },
    'PUT /v1/networks/{id}/resources/order': {
      call: async (f) => ({ url: `/v1/networks/${await f.network()}/resources/order`, payload: { resourceIds: [] } }),
      expect: rule(200, 200, 403, 403, 403, 403),
    },
    'GET /v1/resources/{id}': {
      call: async (f) => ({ url: `/v1/resources/${await f.sharedResource()}` }),
      expect: rule(200, 200, 200, 200, 403, 403),
    },
    'PATCH /v1/resources/{id}': {
      call: async (f) => ({ url: `/v1/resources/${await f.resource()}`, payload: { kind: 'toolkit' } }),
      expect: rule(200, 200, 403, 403, 403, 403),
    },
    'DELETE /v1/resources/{id}': {
      call: async (f) => ({ url: `/v1/resources/${await f.resource()}` }),
      expect: rule(204, 204, 403, 403, 403, 403),
    },
    'GET /v1/networks/{id}/threads': {
      call: async (f) => ({ url: `/v1/networks/${await f.sharedNetwork()}/threads` }),
      expect: rule(200, 200, 200, 200, 403, 403),
    },
    'POST /v1/networks/{id}/threads': {
      call: async (f) => ({
        url: `/v1/networks/${await f.sharedNetwork()}/threads`,
        payload: { title: `Thread ${unique()}`, body: 'How did you start?' },
      }),
      expect: rule(201, 201, 201, 403, 403, 403),
    },
    'GET /v1/threads/{id}': {
      call: async (f) => ({ url: `/v1/threads/${await f.sharedThread()}` }),
      expect: rule(200, 200, 200, 200, 403, 403),
    },
    'PATCH /v1/threads/{id}': {
      call: async (f) => ({ url: `/v1/threads/${await f.thread()}`, payload: { pinned: true } }),
      expect: rule(200, 200, 403, 403, 403, 403),
    },
    'GET /v1/threads/{id}/posts': {
      call: async (f) => ({ url: `/v1/threads/${await f.sharedThread()}/posts` }),
      expect: rule(200, 200, 200, 200, 403, 403),
    },
    'POST /v1/threads/{id}/posts': {
      call: async (f) => ({ url: `/v1/threads/${await f.sharedThread()}/posts`, payload: { body: 'Same here.' } }),
      expect: rule(201, 201, 201, 403, 403, 403),
    },
    'POST /v1/threads/{id}/capture': {
      call: async (f) => ({ url: `/v1/threads/${await f.sharedThread()}/capture`, payload: { siteId: f.siteA.id } }),
      expect: rule(201, 201, 201, 403, 403, 403),
    },
    'GET /v1/posts/{id}': {
      call: async (f) => ({ url: `/v1/posts/${await f.reply()}` }),
      expect: rule(200, 200, 200, 200, 403, 403),
    },
    'PATCH /v1/posts/{id}': {
      call: async (f) => ({ url: `/v1/posts/${await f.reply()}`, payload: { body: 'Corrected.' } }),
      expect: rule(403, 403, 200, 403, 403, 403),
    },
    'DELETE /v1/posts/{id}': {
      call: async (f) => ({ url: `/v1/posts/${await f.reply()}` }),
      expect: rule(204, 204, 204, 403, 403, 403),
    },
    'GET /v1/networks/{id}/updates': {
      call: async (f) => ({ url: `/v1/networks/${await f.sharedNetwork()}/updates` }),
      expect: rule(200, 200, 200, 200, 403, 403),
    },
    'POST /v1/networks/{id}/updates': {
      call: async (f) => ({
        url: `/v1/networks/${await f.sharedNetwork()}/updates`,
        payload: { title: `News ${unique()}`, body: 'The pilot starts.', kind: 'announcement' },
      }),
      expect: rule(201, 201, 403, 403, 403, 403),
    },
    'GET /v1/networks/{id}/updates.atom': {
      call: async (f) => ({ url: `/v1/networks/${await f.sharedNetwork()}/updates.atom` }),
      expect: rule(200, 200, 200, 200, 403, 403),
    },
    'GET /v1/networks/{id}/activity': {
      call: async (f) => ({ url: `/v1/networks/${await f.sharedNetwork()}/activity` }),
      expect: rule(200, 200, 200, 200, 403, 403),
    },
    'GET /v1/updates/{id}': {
      call: async (f) => ({ url: `/v1/updates/${await f.sharedNews()}` }),
      expect: rule(200, 200, 200, 200, 403, 403),
    },
    'PATCH /v1/updates/{id}': {
      call: async (f) => ({ url: `/v1/updates/${await f.news()}`, payload: { kind: 'evaluation_report' } }),
      expect: rule(200, 200, 403, 403, 403, 403),
    },
    'DELETE /v1/updates/{id}': {
      call: async (f) => ({ url: `/v1/updates/${await f.news()}` }),
      expect: rule(204, 204, 403, 403, 403, 403),
    },
    'GET /v1/events': { call: () => ({ url: '/v1/events' }), expect: rule(200, 200, 200, 200, 200, 200) },
    'GET /v1/events/{eventId}': {
      call: async (f) => ({ url: `/v1/events/${await f.sharedEvent()}` }),
      expect: rule(200, 200, 200, 200, 200, 200),
    },
    'PATCH /v1/events/{eventId}': {
      call: async (f) => ({ url: `/v1/events/${await f.event()}`, payload: { location: 'Room 2' } }),
      expect: rule(200, 200, 403, 403, 403, 403),
    },
    'DELETE /v1/events/{eventId}': {
      call: async (f) => ({ url: `/v1/events/${await f.event()}` }),
      expect: rule(204, 204, 403, 403, 403, 403),
    },

    'GET /v1/taxonomy': { call: () => ({ url: '/v1/taxonomy' }), expect: rule(200, 200, 200, 200, 200, 200) },
    'GET /v1/themes': { call: () => ({ url: '/v1/themes' }), expect: rule(200, 200, 200, 200, 200, 200) },
    'POST /v1/themes': {
      call: () => ({ url: '/v1/themes', payload: { name: `Theme ${unique()}` } }),
      expect: rule(201, 403, 403, 403, 403, 403),
    },
    'PUT /v1/themes/order': {
      call: async (f) => ({ url: '/v1/themes/order', payload: { slugs: (await f.liveThemes()).reverse() } }),
      expect: rule(200, 403, 403, 403, 403, 403),
    },
    'GET /v1/themes/{slug}': {
      call: async (f) => ({ url: `/v1/themes/${await f.sharedTheme()}` }),
      expect: rule(200, 200, 200, 200, 200, 200),
    },
    'PATCH /v1/themes/{slug}': {
      call: async (f) => ({ url: `/v1/themes/${await f.theme()}`, payload: { description: 'Described.' } }),
      expect: rule(200, 403, 403, 403, 403, 403),
    },
    'DELETE /v1/themes/{slug}': {
      call: async (f) => ({ url: `/v1/themes/${await f.theme()}` }),
      expect: rule(204, 403, 403, 403, 403, 403),
    },
    'POST /v1/themes/{slug}/retire': {
      call: async (f) => ({ url: `/v1/themes/${await f.theme()}/retire` }),
      expect: rule(200, 403, 403, 403, 403, 403),
    },
    'POST /v1/themes/{slug}/restore': {
      call: async (f) => ({ url: `/v1/themes/${await f.retiredTheme()}/restore` }),
      expect: rule(200, 403, 403, 403, 403, 403),
    },
    'POST /v1/files': {
      call: () => ({ url: '/v1/files', ...multipartBody('agenda.pdf', samplePdf()) }),
      expect: rule(201, 201, 201, 201, 403, 403),
    },
    'GET /v1/files/{id}': {
      call: async (f) => ({ url: `/v1/files/${await f.sharedFile()}` }),
      expect: rule(200, 200, 200, 404, 404, 404),
    },
    'GET /v1/files/{id}/content': {
      call: async (f) => ({ url: `/v1/files/${await f.sharedFile()}/content` }),
      expect: rule(200, 200, 200, 404, 404, 404),
    },
    'GET /v1/search': { call: () => ({ url: '/v1/search?q=discharge' }), expect: rule(200, 200, 200, 200, 200, 200) },
    'GET /v1/feed.atom': { call: () => ({ url: '/v1/feed.atom' }), expect: open(200) },
    'GET /v1/sync': { call: () => ({ url: '/v1/sync' }), expect: rule(200, 200, 200, 200, 200, 200) },

    'POST /v1/webhooks': {
      call: () => ({ url: '/v1/webhooks', payload: { url: 'http://127.0.0.1:9/hook', events: ['ping'] } }),
      expect: rule(201, 403, 403, 403, 403, 403),
    },
    'GET /v1/webhooks': { call: () => ({ url: '/v1/webhooks' }), expect: rule(200, 403, 403, 403, 403, 403) },
    'GET /v1/webhooks/{id}': {
      call: async (f) => ({ url: `/v1/webhooks/${await f.sharedWebhook()}` }),
      expect: rule(200, 403, 403, 403, 403, 403),
    },
    'PATCH /v1/webhooks/{id}': {
      call: async (f) => ({ url: `/v1/webhooks/${await f.webhook()}`, payload: { description: 'Described.' } }),
      expect: rule(200, 403, 403, 403, 403, 403),
    },
    'DELETE /v1/webhooks/{id}': {
      call: async (f) => ({ url: `/v1/webhooks/${await f.webhook()}` }),
      expect: rule(204, 403, 403, 403, 403, 403),
    },
    'POST /v1/webhooks/{id}/rotate-secret': {
      call: async (f) => ({ url: `/v1/webhooks/${await f.webhook()}/rotate-secret`, payload: {} }),
      expect: rule(200, 403, 403, 403, 403, 403),
    },
    'GET /v1/webhooks/{id}/deliveries': {
      call: async (f) => ({ url: `/v1/webhooks/${await f.sharedWebhook()}/deliveries` }),
      expect: rule(200, 403, 403, 403, 403, 403),
    },
    'POST /v1/webhooks/{id}/deliveries/{deliveryId}/resend': {
      call: async (f) => {
        const { webhookId, deliveryId } = await f.sharedDelivery()
        return { url: `/v1/webhooks/${webhookId}/deliveries/${deliveryId}/resend` }
      },
      expect: rule(202, 403, 403, 403, 403, 403),
    },
    'POST /v1/webhooks/{id}/ping': {
      call: async (f) => ({ url: `/v1/webhooks/${await f.sharedWebhook()}/ping` }),
      expect: rule(202, 403, 403, 403, 403, 403),
    },
  }

  // The three content kinds share their routes and rules. Items live at site A, written by its contributor.
  for (const { type, path } of kinds) {
    Object.assign(entries, {
      [`GET ${path}`]: { call: () => ({ url: path }), expect: rule(200, 200, 200, 200, 200, 200) },
      // Exports: curators and admins; keys get published content only (a submit key includes content:read).
      [`GET ${path}/export`]: { call: () => ({ url: `${path}/export?format=json` }), expect: rule(200, 200, 403, 403, 200, 200) },
      [`POST ${path}`]: {
        call: (f: Fixtures) => ({
          url: path,
          payload:
            type === 'case_study' ? validBody.caseStudy([f.siteA.id]) : validBody[type === 'lesson' ? 'lesson' : 'solution'](f.siteA.id),
        }),
        // A submit key places lessons at its own site, and nothing else.
        expect: rule(201, 201, 201, 403, 403, type === 'lesson' ? 201 : 403),
      },
      [`GET ${path}/{id}`]: {
        call: async (f: Fixtures) => ({ url: `${path}/${await f.shared(type, 'draft')}` }),
        expect: rule(200, 200, 200, 404, 404, 404),
      },
      [`PATCH ${path}/{id}`]: {
        call: async (f: Fixtures) => ({ url: `${path}/${await f.item(type, 'draft')}`, payload: { title: `Retitled ${unique()}` } }),
        expect: rule(200, 200, 200, 404, 403, 403),
      },
      [`DELETE ${path}/{id}`]: {
        call: async (f: Fixtures) => ({ url: `${path}/${await f.item(type, 'draft')}` }),
        expect: rule(204, 204, 204, 404, 403, 403),
      },
      [`POST ${path}/{id}/submit`]: {
        call: async (f: Fixtures) => ({ url: `${path}/${await f.item(type, 'draft')}/submit`, payload: {} }),
        expect: rule(200, 200, 200, 404, 403, type === 'lesson' ? 404 : 403),
      },
      [`POST ${path}/{id}/claim`]: {
        call: async (f: Fixtures) => ({ url: `${path}/${await f.item(type, 'submitted')}/claim`, payload: {} }),
        expect: rule(200, 200, 403, 404, 403, 403),
      },
      [`POST ${path}/{id}/release`]: {
        call: async (f: Fixtures) => ({ url: `${path}/${await f.item(type, 'in_review')}/release`, payload: {} }),
        expect: rule(200, 200, 403, 404, 403, 403),
      },
      [`POST ${path}/{id}/request-changes`]: {
        call: async (f: Fixtures) => ({
          url: `${path}/${await f.item(type, 'in_review')}/request-changes`,
          payload: { note: 'Please add dates.' },
        }),
        expect: rule(403, 200, 403, 404, 403, 403),
      },
      [`POST ${path}/{id}/publish`]: {
        call: async (f: Fixtures) => ({ url: `${path}/${await f.item(type, 'in_review')}/publish`, payload: {} }),
        expect: rule(200, 200, 403, 404, 403, 403),
      },
      [`POST ${path}/{id}/reject`]: {
        call: async (f: Fixtures) => ({ url: `${path}/${await f.item(type, 'in_review')}/reject`, payload: { note: 'Out of scope.' } }),
        expect: rule(200, 200, 403, 404, 403, 403),
      },
      [`POST ${path}/{id}/mark-duplicate`]: {
        call: async (f: Fixtures) => ({
          url: `${path}/${await f.item(type, 'in_review')}/mark-duplicate`,
          payload: { duplicateOfId: await f.shared(type, 'published') },
        }),
        expect: rule(200, 200, 403, 404, 403, 403),
      },
      [`POST ${path}/{id}/archive`]: {
        call: async (f: Fixtures) => ({ url: `${path}/${await f.item(type, 'published')}/archive`, payload: {} }),
        expect: rule(200, 200, 403, 403, 403, 403),
      },
      [`POST ${path}/{id}/reaffirm`]: {
        call: async (f: Fixtures) => ({ url: `${path}/${await f.item(type, 'published')}/reaffirm`, payload: { note: 'Still holds.' } }),
        expect: rule(200, 200, 403, 403, 403, 403),
      },
      [`POST ${path}/{id}/restore`]: {
        call: async (f: Fixtures) => ({ url: `${path}/${await f.item(type, 'archived')}/restore`, payload: {} }),
        expect: rule(200, 200, 403, 404, 403, 403),
      },
      [`GET ${path}/{id}/history`]: {
        call: async (f: Fixtures) => ({ url: `${path}/${await f.shared(type, 'draft')}/history` }),
        expect: rule(200, 200, 200, 404, 403, 403),
      },
      [`GET ${path}/{id}/comments`]: {
        call: async (f: Fixtures) => ({ url: `${path}/${await f.shared(type, 'draft')}/comments` }),
        expect: rule(200, 200, 200, 404, 403, 403),
      },
      [`POST ${path}/{id}/comments`]: {
        call: async (f: Fixtures) => ({ url: `${path}/${await f.shared(type, 'draft')}/comments`, payload: { body: 'A comment.' } }),
        expect: rule(201, 201, 201, 404, 403, 403),
      },
      [`GET ${path}/{id}/comments/{commentId}`]: {
        call: async (f: Fixtures) => {
          const { itemId, commentId } = await f.sharedComment(type)
          return { url: `${path}/${itemId}/comments/${commentId}` }
        },
        expect: rule(200, 200, 200, 404, 403, 403),
      },
      [`PATCH ${path}/{id}/comments/{commentId}`]: {
        call: async (f: Fixtures) => {
          const { itemId, commentId } = await f.comment(type)
          return { url: `${path}/${itemId}/comments/${commentId}`, payload: { body: 'Edited.' } }
        },
        expect: rule(403, 403, 200, 404, 403, 403),
      },
      [`DELETE ${path}/{id}/comments/{commentId}`]: {
        call: async (f: Fixtures) => {
          const { itemId, commentId } = await f.comment(type)
          return { url: `${path}/${itemId}/comments/${commentId}` }
        },
        expect: rule(204, 403, 204, 404, 403, 403),
      },
      [`GET ${path}/{id}/similar`]: {
        call: async (f: Fixtures) => ({ url: `${path}/${await f.shared(type, 'draft')}/similar` }),
        expect: rule(200, 200, 200, 404, 403, 403),
      },
      [`GET ${path}/{id}/findings`]: {
        call: async (f: Fixtures) => ({ url: `${path}/${await f.shared(type, 'draft')}/findings` }),
        expect: rule(200, 200, 200, 404, 403, 403),
      },
      [`POST ${path}/{id}/findings/{findingId}/resolve`]: {
        call: async (f: Fixtures) => {
          const { itemId, findingId } = await f.finding(type)
          return { url: `${path}/${itemId}/findings/${findingId}/resolve`, payload: { resolution: 'not_personal', note: 'A test number.' } }
        },
        expect: rule(200, 200, 403, 404, 403, 403),
      },
      [`GET ${path}/{id}/actions`]: {
        call: async (f: Fixtures) => ({ url: `${path}/${await f.shared(type, 'draft')}/actions` }),
        expect: rule(200, 200, 200, 404, 403, 403),
      },
    })
  }
  return entries
}

async function fixtures(t: TestApp): Promise<Fixtures> {
  const { app } = t
  const [siteA, siteB] = [await makeSite(app), await makeSite(app)]
  const admin = await signIn(app, 'admin')
  const curator = await signIn(app, 'curator')
  const contributor = await signIn(app, 'contributor', [siteA.id])
  const otherContributor = await signIn(app, 'contributor', [siteB.id])
  const disabled = await signIn(app, 'contributor', [siteA.id])
  await app.db.update(users).set({ status: 'disabled' }).where(eq(users.id, disabled.user.id))
  const expired = app.jwt.sign({ sub: contributor.user.id }, { expiresIn: 1 })
  const key = async (scopes: string[], siteId?: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/api-keys',
      headers: admin.headers,
      payload: { name: `Key ${unique()}`, scopes, ...(siteId ? { siteId } : {}) },
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<{ id: string; secret: string }>()
  }
  const keyRead = await key(['content:read'])
  const keySubmit = await key(['content:submit'], siteA.id)
  // The expired token must be past its expiry (a whole second) before anyone uses it.
  await new Promise((resolve) => setTimeout(resolve, 1_100))
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
  const callers: Record<Caller, Record<string, string>> = {
    anonymous: {},
    disabled: disabled.headers,
    expired: bearer(expired),
    admin: admin.headers,
    curator: curator.headers,
    contributor: contributor.headers,
    otherContributor: otherContributor.headers,
    keyRead: bearer(keyRead.secret),
    keySubmit: bearer(keySubmit.secret),
  }

  const post = async (who: SignedIn, url: string, payload: object = {}) => {
    const res = await app.inject({ method: 'POST', url, headers: who.headers, payload })
    expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(300)
    return res.json<{ id: string; slug?: string }>()
  }
  const once = <T>(make: () => Promise<T>) => {
    let made: Promise<T> | undefined
    return () => {
      made ??= make()
      return made
    }
  }
  const sharedItems = new Map<string, Promise<string>>()
  const item = async (type: ContentType, status: ContentStatus) => {
    const body = type === 'case_study' ? validBody.caseStudy([siteA.id]) : validBody[type === 'lesson' ? 'lesson' : 'solution'](siteA.id)
    const { id } = await post(contributor, kindOf(type).path, body)
    const original = status === 'duplicate' ? await shared(type, 'published') : ''
    await driveTo(app, kindOf(type).path, id, status, { contributor, curator }, original)
    return id
  }
  const shared = (type: ContentType, status: ContentStatus) => {
    const key = `${type} ${status}`
    if (!sharedItems.has(key)) sharedItems.set(key, item(type, status))
    return sharedItems.get(key) as Promise<string>
  }
  const comment = async (type: ContentType) => {
    const itemId = await shared(type, 'draft')
    const { id } = await post(contributor, `${kindOf(type).path}/${itemId}/comments`, { body: 'From the author.' })
    return { itemId, commentId: id }
  }
  const sharedComments = new Map<ContentType, Promise<{ itemId: string; commentId: string }>>()
  const finding = async (type: ContentType) => {
    const body = type === 'case_study' ? validBody.caseStudy([siteA.id]) : validBody[type === 'lesson' ? 'lesson' : 'solution'](siteA.id)
    const { id: itemId } = await post(contributor, kindOf(type).path, { ...body, title: 'Letter for 943 476 5919' })
    const res = await app.inject({ method: 'GET', url: `${kindOf(type).path}/${itemId}/findings`, headers: curator.headers })
    const findingId = res.json<{ data: { id: string }[] }>().data[0]?.id ?? ''
    return { itemId, findingId }
  }
  const adoption = async () => {
    const solutionId = await item('solution', 'published')
    // Another site adopts site A's solution (a site does not adopt its own).
    const { id } = await post(admin, `/v1/solutions/${solutionId}/adoptions`, { siteId: siteB.id, mode: 'replicate' })
    return { solutionId, adoptionId: id }
  }
  const network = async () =>
    (await post(admin, '/v1/networks', { name: `Network ${unique()}`, purpose: 'Share.', members: [{ siteId: siteA.id, role: 'lead' }] }))
      .id
  const sharedNetwork = once(network)
  const event = async () =>
    (
      await post(admin, `/v1/networks/${await sharedNetwork()}/events`, {
        title: `Event ${unique()}`,
        kind: 'webinar',
        startsAt: future(3),
        endsAt: future(4),
        onlineUrl: 'https://meet.example.org/x',
      })
    ).id
  const theme = async () => (await post(admin, '/v1/themes', { name: `Theme ${unique()}` })).slug ?? ''
  const site = async () => (await makeSite(app)).id
  const webhook = async () => (await post(admin, '/v1/webhooks', { url: 'http://127.0.0.1:9/hook', events: ['ping'] })).id
  const sharedWebhook = once(webhook)
  const anImport = async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/imports?kind=lessons&fileName=lessons.csv',
      headers: { ...contributor.headers, 'content-type': 'text/csv' },
      payload: `title,summary,siteId\nImported ${unique()},A summary,${siteA.id}`,
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<{ id: string }>().id
  }
  const apiKey = async () => (await key(['content:read'])).id
  const resource = async () =>
    (
      await post(contributor, `/v1/networks/${await sharedNetwork()}/resources`, {
        title: `Agenda ${unique()}`,
        kind: 'agenda',
        url: 'https://example.org/a',
      })
    ).id
  const thread = async () =>
    (await post(contributor, `/v1/networks/${await sharedNetwork()}/threads`, { title: `Thread ${unique()}`, body: 'Where do we start?' }))
      .id
  const sharedThread = once(thread)
  const news = async () =>
    (
      await post(admin, `/v1/networks/${await sharedNetwork()}/updates`, {
        title: `News ${unique()}`,
        body: 'Welcome.',
        kind: 'announcement',
      })
    ).id
  return {
    siteA,
    siteB,
    callers,
    contributor,
    curator,
    admin,
    item,
    shared,
    comment,
    sharedComment: (type) => {
      if (!sharedComments.has(type)) sharedComments.set(type, comment(type))
      return sharedComments.get(type) as Promise<{ itemId: string; commentId: string }>
    },
    finding,
    adoption,
    sharedAdoption: once(adoption),
    network,
    sharedNetwork,
    event,
    sharedEvent: once(event),
    sharedFile: once(async () => (await uploadFile(app, contributor, 'shared.pdf', samplePdf())).id),
    theme,
    sharedTheme: once(theme),
    retiredTheme: async () => {
      const slug = await theme()
      await post(admin, `/v1/themes/${slug}/retire`)
      return slug
    },
    liveThemes: async () => {
      const res = await app.inject({ method: 'GET', url: '/v1/taxonomy', headers: admin.headers })
      expect(res.statusCode, res.body).toBe(200)
      return res.json<Taxonomy>().themes.map((theme) => theme.slug)
    },
    site,
    archivedSite: async () => {
      const id = await site()
      await post(admin, `/v1/sites/${id}/archive`)
      return id
    },
    user: async () => (await signIn(app, 'contributor', [siteB.id])).user.id,
    apiKey,
    sharedApiKey: once(apiKey),
    webhook,
    sharedWebhook,
    subscription: async () => (await post(contributor, '/v1/me/subscriptions', { target: { type: 'site', id: await site() } })).id,
    feedTokens: async () => {
      for (const caller of ['admin', 'curator', 'contributor', 'otherContributor'] as const) {
        const res = await app.inject({ method: 'POST', url: '/v1/me/feed-token', headers: callers[caller] })
        expect(res.statusCode, res.body).toBe(201)
      }
    },
    resource,
    sharedResource: once(resource),
    thread,
    sharedThread,
    reply: async () => (await post(contributor, `/v1/threads/${await sharedThread()}/posts`, { body: 'A reply.' })).id,
    news,
    sharedNews: once(news),
    sharedDelivery: once(async () => {
      const webhookId = await sharedWebhook()
      const { id } = await post(admin, `/v1/webhooks/${webhookId}/ping`)
      return { webhookId, deliveryId: id }
    }),
    anImport,
    sharedImport: once(anImport),
  }
}

describe('the authorisation matrix: every route × every kind of caller', () => {
  let t: TestApp
  let f: Fixtures
  beforeAll(async () => {
    t = await testApp({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' })
    f = await fixtures(t)
  }, 120_000)
  afterAll(() => t.close())

  it('declares the expected status of every route in the OpenAPI document for every caller', async () => {
    await t.app.ready()
    const document = t.app.swagger() as { paths: Record<string, Record<string, unknown>> }
    const routes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    )
    const table = matrix()
    expect(
      routes.filter((route) => !(route in table)),
      'routes without an entry in the matrix',
    ).toEqual([])
    expect(
      Object.keys(table).filter((route) => !routes.includes(route)),
      'entries for routes that no longer exist',
    ).toEqual([])
  })

  it('answers each caller of each route with its declared status', { timeout: 600_000 }, async () => {
    const table = matrix()
    const wrong: string[] = []
    for (const [route, entry] of Object.entries(table)) {
      const [method = 'GET'] = route.split(' ')
      for (const caller of roles) {
        try {
          const call = await entry.call(f)
          const res = await t.app.inject({
            method: method as 'GET',
            url: call.url,
            headers: { ...f.callers[caller], ...call.headers, ...(call.file ? { 'content-type': call.file.contentType } : {}) },
            ...(call.file ? { payload: call.file.body } : call.payload ? { payload: call.payload } : {}),
          })
          if (res.statusCode !== entry.expect[caller])
            wrong.push(`${route} as ${caller}: ${res.statusCode}, declared ${entry.expect[caller]} (${res.body.slice(0, 120)})`)
        } catch (error) {
          wrong.push(`${route} as ${caller}: setting up failed: ${String(error).slice(0, 200)}`)
        }
      }
    }
    expect(wrong).toEqual([])
  })
})

describe('no unpublished title, count or id reaches someone who may not see it', () => {
  let t: TestApp
  let f: Fixtures
  const outsiders = ['anonymous', 'otherContributor', 'keyRead', 'keySubmit'] as const
  const marker = `Unseen${unique()}`
  const hidden: string[] = []
  let getUrls: string[] = []
  beforeAll(async () => {
    t = await testApp({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' })
    f = await fixtures(t)
    const { app } = t
    const send = async (method: 'POST' | 'PATCH', url: string, payload: object, who = f.admin) => {
      const res = await app.inject({ method, url, headers: who.headers, payload })
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300)
      return res.json<{ id: string }>()
    }
    // Site A's unpublished work, in every state an outsider must not see, titled with the marker.
    for (const [type, status] of [
      ['lesson', 'draft'],
      ['case_study', 'submitted'],
      ['solution', 'in_review'],
      ['lesson', 'changes_requested'],
      ['lesson', 'rejected'],
      ['case_study', 'archived'],
    ] as const) {
      const id = await f.item(type, status)
      await send('PATCH', `${kindOf(type).path}/${id}`, { title: `${marker} ${status} ${type}` })
      hidden.push(id)
    }
    const [draftLesson = '', submittedCaseStudy = '', reviewedSolution = ''] = hidden
    // …linked from published places by people who may see it: a network's content, an event's
    // outputs, a published lesson's related ids, and commented on.
    const published = await f.shared('lesson', 'published')
    const publishedSolution = await f.shared('solution', 'published')
    await send('PATCH', `/v1/lessons/${published}`, {
      relatedSolutionIds: [reviewedSolution, publishedSolution],
      relatedCaseStudyIds: [submittedCaseStudy],
    })
    const network = await f.sharedNetwork()
    await send('PATCH', `/v1/networks/${network}`, { contentIds: [published, draftLesson, submittedCaseStudy] })
    const event = await f.sharedEvent()
    await send('PATCH', `/v1/events/${event}`, { outputIds: [published, draftLesson, reviewedSolution] })
    await send('POST', `/v1/lessons/${draftLesson}/comments`, { body: `${marker} comment` }, f.contributor)

    // Every GET in the document, pointed at published things (and the search and filters an outsider might try).
    await t.app.ready()
    const document = t.app.swagger() as { paths: Record<string, Record<string, unknown>> }
    const targets: Record<string, () => Promise<string>> = {
      '/v1/lessons/{id}': async () => published,
      '/v1/case-studies/{id}': () => f.shared('case_study', 'published'),
      '/v1/solutions/{id}': async () => publishedSolution,
      '/v1/networks/{id}': async () => network,
      '/v1/sites/{id}': async () => f.siteA.id,
      '/v1/users/{id}': async () => f.contributor.user.id,
      '/v1/api-keys/{id}': () => f.sharedApiKey(),
      '/v1/webhooks/{id}': () => f.sharedWebhook(),
      '/v1/themes/{slug}': () => f.sharedTheme(),
    }
    for (const [path, methods] of Object.entries(document.paths)) {
      if (!('get' in methods)) continue
      let url = path.replace('{eventId}', event)
      for (const [prefix, target] of Object.entries(targets))
        if (url.startsWith(prefix)) url = url.replace(prefix, prefix.replace(/\{\w+\}/, await target()))
      if (url.includes('{commentId}')) url = url.replace('{commentId}', (await f.sharedComment('lesson')).commentId)
      if (url.includes('{adoptionId}')) url = url.replace('{adoptionId}', (await f.sharedAdoption()).adoptionId)
      getUrls.push(url)
    }
    getUrls = [
      ...getUrls,
      `/v1/search?q=${marker}`,
      `/v1/lessons?q=${marker}`,
      '/v1/lessons?status=draft',
      '/v1/case-studies?status=submitted',
      '/v1/solutions?status=in_review',
      `/v1/lessons?siteId=${f.siteA.id}`,
      `/v1/events?networkId=${network}`,
      '/v1/sync?limit=100',
    ]
    // A client that has caught up with the sync feed: its next page must stay empty, its cursor unchanged.
    let cursor = ''
    for (let page = 0; page < 20; page++) {
      const res = await app.inject({
        method: 'GET',
        url: `/v1/sync?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
        headers: f.callers.keyRead,
      })
      const { data, nextCursor } = res.json<{ data: unknown[]; nextCursor: string }>()
      if (cursor && data.length === 0) break
      cursor = encodeURIComponent(nextCursor)
    }
    getUrls.push(`/v1/sync?cursor=${cursor}`)
  }, 180_000)
  afterAll(() => t.close())

  /** What each outsider receives from every GET: status, ETag and body. */
  async function snapshot(): Promise<Map<string, { status: number; etag: unknown; body: string }>> {
    const seen = new Map<string, { status: number; etag: unknown; body: string }>()
    for (const caller of outsiders) {
      for (const url of getUrls) {
        const res = await t.app.inject({ method: 'GET', url, headers: f.callers[caller] })
        // A calendar stamps each event with the time it was generated: not a property of the data.
        let body = res.body.replace(/^DTSTAMP:.*$/gm, 'DTSTAMP')
        // A snapshot's cursor holds the database's transaction horizon, which every write anywhere
        // advances: it says that something was written, not what. Its data must not move.
        if (url.startsWith('/v1/sync') && !url.includes('cursor=') && res.statusCode === 200) {
          body = JSON.stringify({ ...res.json(), nextCursor: 'snapshot' })
        }
        seen.set(`${caller} GET ${url}`, { status: res.statusCode, etag: res.headers.etag, body })
      }
    }
    return seen
  }

  it('keeps unpublished titles and ids out of every response to outsiders: lists, items, search, related ids, networks, events, feeds', async () => {
    expect(getUrls.length).toBeGreaterThan(45)
    const leaks: string[] = []
    let answered = 0
    for (const [request, { status, body }] of await snapshot()) {
      if (status === 200) answered++
      if (body.includes(marker)) leaks.push(`${request}: the title`)
      for (const id of hidden) if (body.includes(id)) leaks.push(`${request}: id ${id}`)
    }
    expect(leaks).toEqual([])
    // The published side of each link is visible, so the checks above looked at real answers.
    expect(answered).toBeGreaterThan(60)
  })

  it('answers outsiders byte for byte the same (ETags too) before and after site A writes and moves unpublished work', async () => {
    const before = await snapshot()
    // More unpublished work, classified like published work so any count or facet would move.
    const draft = await f.item('lesson', 'draft')
    await t.app.inject({
      method: 'PATCH',
      url: `/v1/lessons/${draft}`,
      headers: f.contributor.headers,
      payload: { title: `${marker} later`, region: 'london', journeyStage: 'vision' },
    })
    await f.item('solution', 'submitted')
    await f.item('case_study', 'rejected')
    await t.app.inject({
      method: 'POST',
      url: `/v1/lessons/${hidden[0]}/comments`,
      headers: f.curator.headers,
      payload: { body: 'Internal', internal: true },
    })
    const after = await snapshot()
    const changed = [...before].filter(([request, seen]) => {
      const now = after.get(request)
      return !now || now.status !== seen.status || now.etag !== seen.etag || now.body !== seen.body
    })
    expect(changed.map(([request]) => request)).toEqual([])
  })
})
