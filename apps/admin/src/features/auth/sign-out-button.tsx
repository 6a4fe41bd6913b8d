import { useSignOut } from './api/sign-out'

export function SignOutButton() {
  const signOut = useSignOut()
  return (
    <button type="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
      {signOut.isPending ? 'Signing out…' : 'Sign out'}
    </button>
  )
}
