import { Link } from 'react-router'
import { paths } from '../config/paths'

export function NotFoundPage() {
  return (
    <section className="stack">
      <h1>Page not found</h1>
      <p>
        <Link to={paths.home}>Back to the start</Link>
      </p>
    </section>
  )
}
