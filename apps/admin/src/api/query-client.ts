import { QueryClient } from '@tanstack/react-query'
import { ApiError } from './api-error'

/** A 4xx will answer the same on a retry; only network trouble and 5xx are worth another try. */
function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false
  return failureCount < 2
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  })
}
