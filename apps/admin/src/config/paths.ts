import type { ContentType } from '@learnonce/contracts'

/**
 * Every client-side path of the admin, so links and redirects change in one place. `path` is the
 * router pattern; `href(...)` builds a link to it. Filters, tabs and selections belong in the query
 * string (`href({ theme: 'x' })`) so a copied link reproduces the view.
 */
export type Query = Record<string, string | number | boolean | readonly string[] | null | undefined>

/** `/lessons` + `{ q: 'falls', theme: ['a', 'b'] }` → `/lessons?q=falls&theme=a&theme=b` (empty values left out). */
export function withQuery(path: string, query?: Query): string {
  if (!query) return path
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) for (const item of value) search.append(key, String(item))
    else search.set(key, String(value))
  }
  const text = search.toString()
  return text ? `${path}?${text}` : path
}

const fixed = (path: string) => ({ path, href: (query?: Query) => withQuery(path, query) })

/** The four screens each kind of content has: list, detail, new and edit. */
function contentPaths(base: string) {
  return {
    list: fixed(base),
    detail: { path: `${base}/:id`, href: (id: string) => `${base}/${encodeURIComponent(id)}` },
    new: fixed(`${base}/new`),
    edit: { path: `${base}/:id/edit`, href: (id: string) => `${base}/${encodeURIComponent(id)}/edit` },
  }
}

export const paths = {
  home: fixed('/'),
  signIn: fixed('/sign-in'),
  triage: fixed('/triage'),
  reports: fixed('/reports'),
  reviewDue: fixed('/review-due'),
  review: {
    path: '/review/:type/:id',
    href: (type: ContentType, id: string, query?: Query) => withQuery(`/review/${type}/${encodeURIComponent(id)}`, query),
  },
  myItems: fixed('/my-items'),
  search: fixed('/search'),
  lessons: contentPaths('/lessons'),
  caseStudies: contentPaths('/case-studies'),
  solutions: contentPaths('/solutions'),
  networks: {
    list: fixed('/networks'),
    detail: { path: '/networks/:id', href: (id: string) => `/networks/${encodeURIComponent(id)}` },
    /** The API links captured lessons back here: keep it in step with threadUrl in modules/community/capture.ts. */
    thread: {
      path: '/networks/:id/discussions/:threadId',
      href: (id: string, threadId: string) => `/networks/${encodeURIComponent(id)}/discussions/${encodeURIComponent(threadId)}`,
    },
  },
  events: fixed('/events'),
  following: fixed('/following'),
  imports: {
    list: fixed('/imports'),
    detail: { path: '/imports/:id', href: (id: string) => `/imports/${encodeURIComponent(id)}` },
  },
  admin: {
    sites: fixed('/admin/sites'),
    users: fixed('/admin/users'),
    themes: fixed('/admin/themes'),
    apiKeys: fixed('/admin/api-keys'),
    webhooks: fixed('/admin/webhooks'),
    audit: fixed('/admin/audit'),
    inboundMail: fixed('/admin/inbound-mail'),
    settings: fixed('/admin/settings'),
    networks: fixed('/admin/networks'),
  },
} as const

/** The detail, edit and list paths of a kind of content, by the API's content type. */
export const contentPathsByType: Record<ContentType, ReturnType<typeof contentPaths>> = {
  lesson: paths.lessons,
  case_study: paths.caseStudies,
  solution: paths.solutions,
}

/** Where the admin is served: '' at the origin's root, '/admin' when built with `--base /admin/`. */
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '')

/** A browser pathname as the router sees it (without the basename). */
export function routerPath(pathname: string): string {
  if (!basename || !pathname.startsWith(basename)) return pathname
  return pathname.slice(basename.length) || '/'
}

/** The sign-in path that brings the user back to `from` (a same-origin path) afterwards. */
export function signInPath(from?: string): string {
  if (!from || from === paths.home.path) return paths.signIn.path
  return `${paths.signIn.path}?${new URLSearchParams({ redirectTo: from })}`
}

/** Only a local path may be a redirect target: never another origin ("//evil.example" included). */
export function safeRedirect(target: string | null): string {
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return paths.home.path
  return target
}
