import type { QueryClient } from '@tanstack/react-query'
import { type LoaderFunctionArgs, redirect } from 'react-router'
import { ApiError } from '../../api/client'
import { paths, routerPath, signInPath } from '../../config/paths'
import { meQueryOptions } from './api/get-me'
import { sessionStore } from './session-store'

/** Loader for every signed-in route: no session, or one the API no longer accepts, goes to sign-in. */
export function requireSession(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const url = new URL(request.url)
    const from = `${routerPath(url.pathname)}${url.search}`
    if (!sessionStore.get()) throw redirect(signInPath(from))
    try {
      await queryClient.ensureQueryData(meQueryOptions())
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        sessionStore.clear()
        throw redirect(signInPath(from))
      }
      throw error
    }
    return null
  }
}

/** Loader for the sign-in page: someone already signed in has nothing to do there. */
export function redirectIfSignedIn() {
  return sessionStore.get() ? redirect(paths.home.path) : null
}
