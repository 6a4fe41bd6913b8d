import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { paths } from '../config/paths'
import { ProblemMessage } from './problem-message'

export function RouteError() {
  const error = useRouteError()
  return (
    <main className="page stack">
      <h1>{isRouteErrorResponse(error) && error.status === 404 ? 'Page not found' : 'Something went wrong'}</h1>
      {error instanceof Error && <ProblemMessage error={error} />}
      <p>
        <Link to={paths.home}>Back to the start</Link>
      </p>
    </main>
  )
}
