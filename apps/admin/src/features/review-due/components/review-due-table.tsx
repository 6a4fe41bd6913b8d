import type { ReviewDueEntry } from '@learnonce/contracts'
import { Anchor, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core'
import { Link } from 'react-router'
import { paths } from '../../../config/paths'
import { typeLabels } from '../../triage/labels'

/** "In 12 days", "today", "3 days overdue": the words carry the meaning, the colour only repeats it. */
const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' })

export function DueIn({ entry }: { entry: ReviewDueEntry }) {
  const days = entry.daysLeft
  const text = entry.overdue
    ? days >= -1
      ? 'overdue'
      : `${-days} days overdue`
    : days === 0
      ? 'today'
      : `in ${days} day${days === 1 ? '' : 's'}`
  return (
    <Text size="sm" c={entry.overdue ? 'red.9' : 'orange.9'} fw={600} style={{ whiteSpace: 'nowrap' }}>
      {text}
    </Text>
  )
}

export interface ReviewDueTableProps {
  entries: ReviewDueEntry[]
  onReaffirm: (entry: ReviewDueEntry) => void
  onArchive: (entry: ReviewDueEntry) => void
}

/** The queue as a dense table: kind, title, sites, review-by date, how soon, and the two ways out of it. */
export function ReviewDueTable({ entries, onReaffirm, onArchive }: ReviewDueTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing={6} horizontalSpacing="sm" fz="sm" aria-label="Items due for review">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>Kind</Table.Th>
            <Table.Th>Title</Table.Th>
            <Table.Th>Sites</Table.Th>
            <Table.Th w={130}>Review by</Table.Th>
            <Table.Th w={130}>Due</Table.Th>
            <Table.Th w={190}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {typeLabels[entry.type]}
                </Text>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={paths.review.href(entry.type, entry.id)} size="sm" fw={500} c="inherit">
                  {entry.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={1}>
                  {entry.sites.map((site) => site.name).join(', ') || '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <time dateTime={entry.reviewBy}>{day.format(new Date(entry.reviewBy))}</time>
              </Table.Td>
              <Table.Td>
                <DueIn entry={entry} />
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Button size="xs" variant="light" onClick={() => onReaffirm(entry)} aria-label={`Reaffirm ${entry.title}`}>
                    Reaffirm
                  </Button>
                  <Button size="xs" variant="subtle" color="red" onClick={() => onArchive(entry)} aria-label={`Archive ${entry.title}`}>
                    Archive
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
