import { Button } from '@mantine/core'
import { useSignOut } from './api/sign-out'

export function SignOutButton() {
  const signOut = useSignOut()
  return (
    <Button variant="default" size="xs" onClick={() => signOut.mutate()} loading={signOut.isPending}>
      Sign out
    </Button>
  )
}
