import type { User } from '@learnonce/contracts'
import { MantineProvider } from '@mantine/core'
import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { createMemoryRouter, type RouteObject, RouterProvider } from 'react-router'
import { createQueryClient } from '../api/query-client'
import { theme } from '../app/theme'
import { PageLoading } from '../components/page-loading'
import { meQueryKey } from '../features/auth/api/get-me'

export interface RenderOptions {
  /** The URL the app starts at. */
  url?: string
  /** The signed-in user as /v1/me answered (routes under the session guard expect one). */
  me?: User
  /** Answers already in the cache (key, data), so a screen renders them without asking the network. */
  queryData?: [readonly unknown[], unknown][]
}

/** Renders routes (or one element at `/`) with the providers the admin has: theme, query cache, router. */
export function renderApp(routesOrElement: RouteObject[] | ReactElement, { url = '/', me, queryData = [] }: RenderOptions = {}) {
  const queryClient = createQueryClient()
  if (me) queryClient.setQueryData(meQueryKey, me)
  for (const [key, data] of queryData) queryClient.setQueryData(key, data)
  const routes = Array.isArray(routesOrElement) ? routesOrElement : [{ path: '*', element: routesOrElement }]
  const router = createMemoryRouter([{ HydrateFallback: PageLoading, children: routes }], { initialEntries: [url] })
  const view = render(
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  )
  return { ...view, router, queryClient }
}

/** A user as /v1/me returns one. */
export function userWithRole(role: User['role']): User {
  const now = new Date().toISOString()
  return {
    id: '01900000-0000-7000-8000-000000000001',
    version: 1,
    createdAt: now,
    updatedAt: now,
    email: `${role}@demo.learnonce.dev`,
    name: `Demo ${role}`,
    role,
    status: 'active',
    siteIds: [],
    lastLoginAt: now,
  }
}
