import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { api } from '../../../api/client'
import { paths } from '../../../config/paths'
import { sessionStore } from '../session-store'

/** Ends the session on the server too, so its refresh token cannot be used again. */
export async function signOut(): Promise<void> {
  const session = sessionStore.get()
  if (session) {
    await api
      .post<void>('/auth/logout', { refreshToken: session.refreshToken }, { refreshOnUnauthorized: false })
      // Signing out must work offline too; the access token then simply expires on its own.
      .catch(() => undefined)
  }
  sessionStore.clear()
}

export function useSignOut() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useMutation({
    mutationFn: signOut,
    onSettled: async () => {
      await navigate(paths.signIn.path, { replace: true })
      queryClient.clear()
    },
  })
}
