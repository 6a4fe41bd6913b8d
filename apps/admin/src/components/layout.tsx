import { Suspense } from 'react'
import { Link, Outlet } from 'react-router'
import { paths } from '../config/paths'
import { PageLoading } from './page-loading'

export function Layout() {
  return (
    <>
      <header className="site-header">
        <Link to={paths.home} className="brand">
          Learn Once <span>admin</span>
        </Link>
        <nav aria-label="Main">
          <a href="/docs">API docs</a>
        </nav>
      </header>
      <main className="page">
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  )
}
