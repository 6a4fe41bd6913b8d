import { Anchor, Card, Skeleton, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { Link } from 'react-router'

export interface StatCardProps {
  label: string
  /** undefined while loading. */
  value: ReactNode | undefined
  /** A short line under the figure: what it means or what to do. */
  hint?: ReactNode
  /** Where the figure's items are listed. */
  to?: string
}

/** One figure people glance at, with a link to the list behind it. */
export function StatCard({ label, value, hint, to }: StatCardProps) {
  return (
    <Card withBorder padding="md" radius="md">
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      {value === undefined ? (
        <Skeleton height={32} width={64} my={4} />
      ) : (
        <Text fz={28} fw={700} lh={1.3}>
          {to ? (
            <Anchor component={Link} to={to} inherit underline="hover">
              {value}
            </Anchor>
          ) : (
            value
          )}
        </Text>
      )}
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Card>
  )
}
