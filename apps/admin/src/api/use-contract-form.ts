import { type UseFormInput, type UseFormReturnType, useForm } from '@mantine/form'
import type { TSchema } from 'typebox'
import { schemaValidator } from './form-errors'

export interface ContractFormInput<Values> extends Omit<UseFormInput<Values>, 'validate'> {
  /** The contracts schema of the request body (e.g. `LessonCreate`): the API checks the same one. */
  schema: TSchema
  /** The request body made from the form's values, when they differ. */
  toBody?: (values: Values) => unknown
}

/**
 * A @mantine/form form validated in the browser by a contracts schema before anything is sent.
 * After a failed request, `applyProblemToForm(form, error)` puts the API's field errors on it.
 */
export function useContractForm<Values extends Record<string, unknown>>({
  schema,
  toBody,
  ...options
}: ContractFormInput<Values>): UseFormReturnType<Values> {
  return useForm<Values>({ validateInputOnBlur: true, ...options, validate: schemaValidator(schema, toBody) })
}
