import { Skeleton, Stack } from '@mantine/core'

export interface LoadingSkeletonProps {
  /** How many grey lines stand in for rows (a table's or a list's). */
  rows?: number
  /** A taller first bar for the page title. */
  withTitle?: boolean
  /** Read out by screen readers instead of the shapes. */
  label?: string
}

/** Placeholder shapes while data loads, announced once as a status. */
export function LoadingSkeleton({ rows = 4, withTitle = false, label = 'Loading' }: LoadingSkeletonProps) {
  return (
    <Stack gap="sm" role="status" aria-label={label} aria-busy="true">
      {withTitle && <Skeleton height={28} width="40%" mb="sm" />}
      {Array.from({ length: rows }, (_, index) => (
        // Shapes only; their order never changes.
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity of their own
        <Skeleton key={index} height={18} width={index % 3 === 2 ? '70%' : '100%'} />
      ))}
    </Stack>
  )
}
