import { Alert, Text } from '@mantine/core'
import { ApiError } from '../../../api/api-error'

/** The 409 a publish gets while information-governance findings are open. */
export function isOpenFindings(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409 && error.problem.type.endsWith('/open-findings')
}

/** Says why publishing was refused and what to do, next to the findings it lists. */
export function OpenFindingsAlert({ error }: { error: ApiError }) {
  return (
    <Alert color="orange" variant="light" title="Not published: personal data check" role="alert">
      <Text size="sm">{error.problem.detail}</Text>
      <Text size="sm" mt={4}>
        Each finding is listed under “Personal data check” below.
      </Text>
    </Alert>
  )
}
