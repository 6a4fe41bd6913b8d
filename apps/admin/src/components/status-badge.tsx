import type { ContentStatus } from '@learnonce/contracts'
import { Badge, type MantineColor } from '@mantine/core'

const looks: Record<ContentStatus, { label: string; color: MantineColor }> = {
  draft: { label: 'Draft', color: 'gray' },
  submitted: { label: 'Submitted', color: 'blue' },
  in_review: { label: 'In review', color: 'violet' },
  changes_requested: { label: 'Changes requested', color: 'orange' },
  published: { label: 'Published', color: 'green' },
  rejected: { label: 'Rejected', color: 'red' },
  duplicate: { label: 'Duplicate', color: 'grape' },
  archived: { label: 'Archived', color: 'dark' },
}

/** A workflow state as a coloured label with words (colour is never the only signal). */
export function StatusBadge({ status, size = 'sm' }: { status: ContentStatus; size?: 'xs' | 'sm' | 'md' }) {
  const { label, color } = looks[status]
  return (
    <Badge color={color} variant="light" size={size} radius="sm">
      {label}
    </Badge>
  )
}

export const statusLabel = (status: ContentStatus): string => looks[status].label
