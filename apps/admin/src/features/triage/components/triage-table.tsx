import type { TriageEntry } from '@learnonce/contracts'
import { Anchor, Table, Text, Tooltip } from '@mantine/core'
import { Link } from 'react-router'
import { RelativeTime } from '../../../components/relative-time'
import { paths } from '../../../config/paths'
import { regionLabels, typeLabels } from '../labels'
import classes from './triage.module.css'

export interface TriageTableProps {
  entries: TriageEntry[]
  /** From useListNavigation: marks the active row and moves it on click. */
  getRowProps: (index: number) => object
}

/** An item waiting longer than this is shown as overdue. */
const OVERDUE_DAYS = 7

function Age({ days }: { days: number }) {
  // Darker shades keep 4.5:1 contrast on white; the words carry the meaning, the colour only repeats it.
  const color = days >= OVERDUE_DAYS ? 'red.9' : days >= 3 ? 'orange.9' : 'dimmed'
  return (
    <Text size="sm" c={color} fw={days >= 3 ? 600 : 400} style={{ whiteSpace: 'nowrap' }}>
      {days === 0 ? 'today' : days === 1 ? '1 day' : `${days} days`}
    </Text>
  )
}

/** The queue as a dense table: kind, title, sites, submitted, age, assignee. */
export function TriageTable({ entries, getRowProps }: TriageTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing={6} horizontalSpacing="sm" fz="sm" aria-label="Submissions waiting for review">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>Kind</Table.Th>
            <Table.Th>Title</Table.Th>
            <Table.Th>Sites</Table.Th>
            <Table.Th w={130}>Submitted</Table.Th>
            <Table.Th w={90}>Age</Table.Th>
            <Table.Th w={160}>Assignee</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry, index) => (
            <Table.Tr key={entry.id} {...getRowProps(index)} className={classes.row}>
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
                {entry.sites[0] && (
                  <Text size="xs" c="dimmed">
                    {[...new Set(entry.sites.map((site) => regionLabels[site.region]))].join(', ')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <RelativeTime value={entry.submittedAt} />
                {entry.submitter && (
                  <Text size="xs" c="dimmed">
                    by {entry.submitter.name}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Age days={entry.ageDays} />
              </Table.Td>
              <Table.Td>
                {entry.assignee ? (
                  <Tooltip label="In review" openDelay={300}>
                    <Text size="sm">{entry.assignee.name}</Text>
                  </Tooltip>
                ) : (
                  <Text size="sm" c="dimmed">
                    Unclaimed
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
