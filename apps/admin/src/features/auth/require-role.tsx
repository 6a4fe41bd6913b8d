import type { ReactNode } from 'react'
import { Outlet } from 'react-router'
import { NotForYourRole } from '../../components/not-for-your-role'
import { type Area, mayUse } from '../../config/access'
import { useMe } from './api/get-me'

/**
 * Renders the screens of `area` only for the roles that may use them; anyone else following a link
 * there sees "Not for your role". Use it as the element of a pathless route around those screens.
 */
export function RequireRole({ area, children }: { area: Area; children?: ReactNode }) {
  const { data: me } = useMe()
  if (!mayUse(me.role, area)) return <NotForYourRole role={me.role} />
  return children ?? <Outlet />
}
