import { ApiError } from '../api/client'

/** An error as the user should read it: the API's own `detail`, and each invalid field's message. */
export function ProblemMessage({ error }: { error: Error }) {
  const fieldErrors = error instanceof ApiError ? (error.problem.errors ?? []) : []
  return (
    <div role="alert" className="problem">
      <p>{error instanceof ApiError ? error.problem.detail : 'Something went wrong. Please try again.'}</p>
      {fieldErrors.length > 0 && (
        <ul>
          {fieldErrors.map((fieldError) => (
            <li key={`${fieldError.in}${fieldError.pointer}`}>{fieldError.detail}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
