import type { ProblemFieldError } from '@learnonce/contracts'
import type { FormErrors } from '@mantine/form'
import type { TSchema } from 'typebox'
import { Compile, type Validator } from 'typebox/compile'
import type { TLocalizedValidationError } from 'typebox/error'
import { ApiError } from './api-error'

/**
 * The bridge between the API's problem pointers, TypeBox's errors and @mantine/form's field paths:
 * JSON pointer `/links/0/url` is form path `links.0.url`.
 */
export function pointerToPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.')
}

/** A message to show under a field: the API's "is required" reads as "Is required". */
const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/** The field errors of a failed request's body, by form path; empty for any other error. */
export function problemFieldErrors(error: unknown): Record<string, string> {
  const fields: Record<string, string> = {}
  if (!(error instanceof ApiError)) return fields
  for (const fieldError of error.problem.errors ?? []) {
    const path = pointerToPath(fieldError.pointer)
    // The first message for a field is the one worth reading; the rest follow from it.
    if (fieldError.in === 'body' && path && !(path in fields)) fields[path] = sentence(fieldError.detail)
  }
  return fields
}

/** The part of a form a field error belongs to: `links.0.url` lives in `links`. */
const rootOf = (path: string): string => path.split('.')[0] ?? path

interface FormLike {
  getValues(): object
  setErrors(errors: FormErrors): void
}

/**
 * Puts a failed request's field errors under the form's fields. Returns what could not be placed
 * (errors about the query or URL, the body as a whole, or a field this form has no input for), for
 * the screen to show in an alert above the form.
 */
export function applyProblemToForm(form: FormLike, error: unknown): ProblemFieldError[] {
  if (!(error instanceof ApiError)) return []
  const values = form.getValues()
  const placed = problemFieldErrors(error)
  const onForm = Object.fromEntries(Object.entries(placed).filter(([path]) => rootOf(path) in values))
  form.setErrors(onForm)
  return (error.problem.errors ?? []).filter((fieldError) => {
    const path = pointerToPath(fieldError.pointer)
    return fieldError.in !== 'body' || !(path in onForm)
  })
}

const validators = new WeakMap<TSchema, Validator>()

/** TypeBox compiles a schema once (to a fast checker; without `eval`, e.g. under a strict CSP, it interprets). */
function validatorFor(schema: TSchema): Validator {
  let validator = validators.get(schema)
  if (!validator) {
    validator = Compile(schema)
    validators.set(schema, validator)
  }
  return validator
}

function describe(error: TLocalizedValidationError): string | null {
  switch (error.keyword) {
    case 'required':
      return 'Is required'
    case 'pattern':
      return error.params.pattern === '\\S' ? 'Must not be blank' : 'Is not in the expected form'
    case 'minLength':
      return error.params.limit === 1 ? 'Is required' : `Must be at least ${error.params.limit} characters`
    case 'maxLength':
      return `Must be at most ${error.params.limit} characters`
    case 'minItems':
      return error.params.limit === 1 ? 'Choose at least one' : `Choose at least ${error.params.limit}`
    case 'maxItems':
      return `Choose at most ${error.params.limit}`
    case 'format':
      return `Must be a valid ${error.params.format.replace('-', ' ')}`
    case 'enum':
      return 'Choose one of the options'
    // A key the schema does not know is the form's own bookkeeping, not something the user typed.
    case 'additionalProperties':
    case 'boolean':
      return null
    default:
      return sentence(error.message)
  }
}

/**
 * Checks `values` against a contracts schema in the browser, with the same rules the API applies to
 * the request, and returns the errors by form path (empty when the request would pass).
 */
export function schemaFieldErrors(schema: TSchema, values: unknown): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const error of validatorFor(schema).Errors(values)) {
    const message = describe(error)
    if (!message) continue
    const paths =
      error.keyword === 'required'
        ? error.params.requiredProperties.map((property) => pointerToPath(`${error.instancePath}/${property}`))
        : [pointerToPath(error.instancePath)]
    for (const path of paths) if (path && !(path in fields)) fields[path] = message
  }
  return fields
}

/**
 * `useForm({ validate: schemaValidator(LessonCreate) })`: the form checks itself with the API's schema.
 * `toBody` turns the form's values into the request body first, when they differ (blank optional
 * fields left out, strings to numbers).
 */
export function schemaValidator<Values>(schema: TSchema, toBody?: (values: Values) => unknown) {
  return (values: Values): FormErrors => schemaFieldErrors(schema, toBody ? toBody(values) : values)
}
