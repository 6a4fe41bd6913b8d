import { Alert, Button, List, Stack, Text } from '@mantine/core'
import { ApiError } from '../api/api-error'

export interface ErrorStateProps {
  error: Error
  /** Shown as the alert's title; the API's own `detail` follows it. */
  title?: string
  /** Offers a Retry button (e.g. a query's `refetch`). */
  onRetry?: () => unknown
}

/** An error said plainly: what happened (the API's `detail` and field messages) and what to try. */
export function ErrorState({ error, title = 'Something went wrong', onRetry }: ErrorStateProps) {
  const problem = error instanceof ApiError ? error.problem : null
  const fieldErrors = problem?.errors ?? []
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Stack gap="xs">
        <Text size="sm">{problem ? problem.detail : 'Something went wrong. Please try again.'}</Text>
        {fieldErrors.length > 0 && (
          <List size="sm">
            {fieldErrors.map((fieldError) => (
              <List.Item key={`${fieldError.in}${fieldError.pointer}`}>{fieldError.detail}</List.Item>
            ))}
          </List>
        )}
        {onRetry && (
          <div>
            <Button size="xs" variant="outline" color="red" onClick={() => onRetry()}>
              Retry
            </Button>
          </div>
        )}
      </Stack>
    </Alert>
  )
}
