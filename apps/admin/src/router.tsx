import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, type RouteObject } from 'react-router'
import { Layout } from './components/layout'
import { NotFoundPage } from './components/not-found-page'
import { PageLoading } from './components/page-loading'
import { RouteError } from './components/route-error'
import type { Area } from './config/access'
import { basename, paths } from './config/paths'
import { RequireRole } from './features/auth/require-role'
import { RequireSession } from './features/auth/require-session'
import { redirectIfSignedIn, requireSession } from './features/auth/session-guards'

function SignedInLayout() {
  return (
    <RequireSession>
      <Layout />
    </RequireSession>
  )
}

/** Screens of one area behind its role check (config/access.ts): others see "Not for your role". */
const area = (name: Area, children: RouteObject[]): RouteObject => ({ element: <RequireRole area={name} />, children })

/** The screens of the signed-in admin, each behind its area's role check. Add a screen here. */
export const signedInScreens: RouteObject[] = [
  area('home', [
    { index: true, lazy: () => import('./features/home/routes/home') },
    { path: paths.following.path, lazy: () => import('./features/following/routes/following') },
  ]),
  area('triage', [{ path: paths.triage.path, lazy: () => import('./features/triage/routes/triage') }]),
  area('reports', [{ path: paths.reports.path, lazy: () => import('./features/reports/routes/reports') }]),
  area('home', [{ index: true, lazy: () => import('./features/home/routes/home') }]),
  area('triage', [
    { path: paths.triage.path, lazy: () => import('./features/triage/routes/triage') },
    { path: paths.reviewDue.path, lazy: () => import('./features/review-due/routes/review-due') },
  ]),
  area('review', [{ path: paths.review.path, lazy: () => import('./features/review/routes/review') }]),
  area('myItems', [{ path: paths.myItems.path, lazy: () => import('./features/my-items/routes/my-items') }]),
  area('browse', [
    { path: paths.search.path, lazy: () => import('./features/search/routes/search') },
    { path: paths.lessons.list.path, lazy: () => import('./features/lessons/routes/lessons') },
    { path: paths.lessons.detail.path, lazy: () => import('./features/lessons/routes/lesson') },
    { path: paths.caseStudies.list.path, lazy: () => import('./features/case-studies/routes/case-studies') },
    { path: paths.caseStudies.detail.path, lazy: () => import('./features/case-studies/routes/case-study') },
    { path: paths.solutions.list.path, lazy: () => import('./features/solutions/routes/solutions') },
    { path: paths.solutions.detail.path, lazy: () => import('./features/solutions/routes/solution') },
    { path: paths.networks.list.path, lazy: () => import('./features/networks/routes/networks') },
    { path: paths.networks.detail.path, lazy: () => import('./features/networks/routes/network') },
    { path: paths.networks.thread.path, lazy: () => import('./features/community/routes/thread') },
    { path: paths.events.path, lazy: () => import('./features/events/routes/events') },
  ]),
  area('write', [
    { path: paths.lessons.new.path, lazy: () => import('./features/lessons/routes/new-lesson') },
    { path: paths.lessons.edit.path, lazy: () => import('./features/lessons/routes/edit-lesson') },
    { path: paths.caseStudies.new.path, lazy: () => import('./features/case-studies/routes/new-case-study') },
    { path: paths.caseStudies.edit.path, lazy: () => import('./features/case-studies/routes/edit-case-study') },
    { path: paths.solutions.new.path, lazy: () => import('./features/solutions/routes/new-solution') },
    { path: paths.solutions.edit.path, lazy: () => import('./features/solutions/routes/edit-solution') },
  ]),
  area('files', [
    { path: paths.imports.list.path, lazy: () => import('./features/imports/routes/imports') },
    { path: paths.imports.detail.path, lazy: () => import('./features/imports/routes/import') },
  ]),
  area('admin', [
    { path: paths.admin.sites.path, lazy: () => import('./features/sites/routes/sites') },
    { path: paths.admin.users.path, lazy: () => import('./features/users/routes/users') },
    { path: paths.admin.themes.path, lazy: () => import('./features/themes/routes/themes') },
    { path: paths.admin.apiKeys.path, lazy: () => import('./features/api-keys/routes/api-keys') },
    { path: paths.admin.webhooks.path, lazy: () => import('./features/webhooks/routes/webhooks') },
    { path: paths.admin.audit.path, lazy: () => import('./features/audit/routes/audit') },
    { path: paths.admin.inboundMail.path, lazy: () => import('./features/inbound-mail/routes/inbound-mail') },
    { path: paths.admin.networks.path, lazy: () => import('./features/network-admin/routes/manage-networks') },
    { path: paths.admin.settings.path, lazy: () => import('./features/settings/routes/settings') },
  ]),
]

/**
 * Every route of the admin. Each screen is a route module (`export function Component`, optionally
 * `loader`) in its feature's `routes/` folder, loaded on first visit so each gets its own chunk.
 */
export function routes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      HydrateFallback: PageLoading,
      ErrorBoundary: RouteError,
      children: [
        { path: paths.signIn.path, loader: redirectIfSignedIn, lazy: () => import('./features/auth/routes/sign-in') },
        {
          loader: requireSession(queryClient),
          Component: SignedInLayout,
          children: [...signedInScreens, { path: '*', Component: NotFoundPage }],
        },
      ],
    },
  ]
}

export function createRouter(queryClient: QueryClient) {
  // vite's `base`: '/' by default, '/admin/' when the API serves the admin there.
  return createBrowserRouter(routes(queryClient), { basename: basename || '/' })
}
