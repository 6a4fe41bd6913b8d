import { ErrorState } from './error-state'

/** An error as the user should read it: the API's own `detail`, and each invalid field's message. */
export function ProblemMessage({ error }: { error: Error }) {
  return <ErrorState error={error} title={error.name === 'ApiError' ? 'That did not work' : 'Something went wrong'} />
}
