import type { FormEvent } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { ProblemMessage } from '../../components/problem-message'
import { safeRedirect } from '../../config/paths'
import { useSignIn } from './api/sign-in'

export function SignInPage() {
  const signIn = useSignIn()
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const credentials = { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') }
    signIn.mutate(credentials, {
      onSuccess: () => navigate(safeRedirect(searchParams.get('redirectTo')), { replace: true }),
    })
  }

  return (
    <main className="sign-in">
      <h1>Sign in to Learn Once</h1>
      <form onSubmit={submit} className="stack">
        <label htmlFor="sign-in-email">Email</label>
        <input id="sign-in-email" name="email" type="email" autoComplete="username" required />
        <label htmlFor="sign-in-password">Password</label>
        <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required />
        {signIn.error && <ProblemMessage error={signIn.error} />}
        <button type="submit" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  )
}
