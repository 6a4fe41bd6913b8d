import { Alert, Button, Group, Text } from '@mantine/core'
import { ApiError } from '../api/api-error'
import { ErrorState } from './error-state'

export interface ProblemAlertProps {
  error: Error
  /** Fetches the item again (e.g. `refetch`, or invalidating its query) so the user sees what changed. */
  onReload: () => unknown
}

/** A 409 (the item moved on) or 412 (someone saved first). */
export function isConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && (error.status === 409 || error.status === 412)
}

/**
 * After a write failed because the item changed under the user: says what happened and offers Reload.
 * Any other error is shown as an ordinary error state.
 */
export function ProblemAlert({ error, onReload }: ProblemAlertProps) {
  if (!isConflict(error)) return <ErrorState error={error} />
  const title = error.status === 412 ? 'Someone else changed this first' : 'This can’t be done any more'
  return (
    <Alert color="orange" variant="light" title={title} role="alert">
      <Group justify="space-between" align="center" wrap="nowrap">
        <Text size="sm">{error.problem.detail} Reload to see the latest version, then try again.</Text>
        <Button size="xs" color="orange" onClick={() => onReload()}>
          Reload
        </Button>
      </Group>
    </Alert>
  )
}
