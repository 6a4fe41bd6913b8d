import { Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

export interface EmptyStateProps {
  /** What is (not) here, said kindly: "No submissions waiting — nice." */
  title: string
  /** What to do next. */
  description?: ReactNode
  /** A button or link that does it. */
  action?: ReactNode
}

/** A list with nothing in it says so, and says what to do next. */
export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <Stack align="center" gap="xs" py="xl" ta="center">
      <Title order={2} size="h4">
        {title}
      </Title>
      {description && (
        <Text c="dimmed" maw={480}>
          {description}
        </Text>
      )}
      {action}
    </Stack>
  )
}
