import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter } from 'react-router'
import { Layout } from './components/layout'
import { NotFoundPage } from './components/not-found-page'
import { PageLoading } from './components/page-loading'
import { RouteError } from './components/route-error'
import { paths } from './config/paths'
import { RequireSession } from './features/auth/require-session'
import { redirectIfSignedIn, requireSession } from './features/auth/session-guards'

function SignedInLayout() {
  return (
    <RequireSession>
      <Layout />
    </RequireSession>
  )
}

/** Every route of the admin. Screens load lazily; signed-in routes share the session guard and layout. */
export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter([
    {
      HydrateFallback: PageLoading,
      ErrorBoundary: RouteError,
      children: [
        {
          path: paths.signIn,
          loader: redirectIfSignedIn,
          lazy: async () => ({ Component: (await import('./features/auth/sign-in-page')).SignInPage }),
        },
        {
          loader: requireSession(queryClient),
          Component: SignedInLayout,
          children: [
            {
              index: true,
              lazy: async () => ({ Component: (await import('./features/home/home-page')).HomePage }),
            },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ])
}
