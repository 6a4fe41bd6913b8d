import type { ReactNode } from 'react'
import { Navigate, useLocation } from 'react-router'
import { signInPath } from '../../config/paths'
import { useSession } from './session-store'

/** Leaves for sign-in the moment the session ends: signed out in another tab, or a refresh was refused. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession()
  const location = useLocation()
  if (!session) return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />
  return children
}
