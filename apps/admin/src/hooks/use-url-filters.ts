import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'

export type UrlFilters<K extends string> = { [Key in K]: string | undefined }

/**
 * Filters, tabs and selections kept in the query string, so a copied link reproduces the view
 * (`/triage?type=lesson&theme=x`). Returns the current values of `keys` and a setter that changes some
 * of them (null or '' removes one) and leaves any other parameter alone. Changes replace the history
 * entry, so Back leaves the screen rather than stepping through every filter click.
 */
export function useUrlFilters<const K extends string>(
  keys: readonly K[],
): [UrlFilters<K>, (changes: Partial<Record<K, string | null>>) => void] {
  const [searchParams, setSearchParams] = useSearchParams()
  const signature = keys.join('\u0000')
  // biome-ignore lint/correctness/useExhaustiveDependencies: `signature` stands for `keys`, which callers write inline
  const values = useMemo(
    () => Object.fromEntries(keys.map((key) => [key, searchParams.get(key) ?? undefined])) as UrlFilters<K>,
    [searchParams, signature],
  )
  const update = useCallback(
    (changes: Partial<Record<K, string | null>>) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current)
          for (const [key, value] of Object.entries(changes) as [K, string | null | undefined][]) {
            if (value === null || value === undefined || value === '') next.delete(key)
            else next.set(key, value)
          }
          return next
        },
        { replace: true },
      )
    },
    [setSearchParams],
  )
  return [values, update]
}
