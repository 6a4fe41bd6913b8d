import { useMe } from '../auth/api/get-me'
import { SignOutButton } from '../auth/sign-out-button'

export function HomePage() {
  const { data: me } = useMe()
  return (
    <section className="stack">
      <h1>Signed in as {me.name}</h1>
      <dl className="details">
        <dt>Role</dt>
        <dd>{me.role}</dd>
        <dt>Email</dt>
        <dd>{me.email}</dd>
      </dl>
      <div>
        <SignOutButton />
      </div>
    </section>
  )
}
