import type { LoginBody, TokenPair } from '@learnonce/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../api/client'
import { sessionStore } from '../session-store'
import { meQueryKey } from './get-me'

export const signIn = (body: LoginBody) => api.post<TokenPair>('/auth/login', body, { refreshOnUnauthorized: false })

export function useSignIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: signIn,
    onSuccess: (pair) => {
      // Whatever the previous user had cached must not show through.
      queryClient.clear()
      sessionStore.set({ accessToken: pair.accessToken, refreshToken: pair.refreshToken })
      queryClient.setQueryData(meQueryKey, pair.user)
    },
  })
}
