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

/** Published and within 30 days of its review-by date, or past it: the API's `stale`. */
export function StaleBadge({ reviewBy, size = 'sm' }: { reviewBy: string | null; size?: 'xs' | 'sm' | 'md' }) {
  const overdue = reviewBy !== null && Date.parse(reviewBy) < Date.now()
  return (
    <Badge
      color={overdue ? 'red' : 'yellow'}
      variant="outline"
      size={size}
      radius="sm"
      title={reviewBy ? `${overdue ? 'Was due for review' : 'Due for review'} ${new Date(reviewBy).toLocaleDateString()}` : undefined}
    >
      Stale
    </Badge>
  )
}
