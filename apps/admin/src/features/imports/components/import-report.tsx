import type { ImportReportRow } from '@learnonce/contracts'
import { Anchor, Badge, List, Table, Text } from '@mantine/core'
import { Link } from 'react-router'
import { contentPathsByType } from '../../../config/paths'

/** The dry run row by row: what would be created, each problem by column, and likely duplicates. */
export function ImportReport({ rows }: { rows: ImportReportRow[] }) {
  return (
    <Table striped verticalSpacing={6} aria-label="Dry-run report">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={70}>Row</Table.Th>
          <Table.Th w={110}>Outcome</Table.Th>
          <Table.Th>Title</Table.Th>
          <Table.Th>Problems and duplicates</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.row}>
            <Table.Td>{row.row}</Table.Td>
            <Table.Td>
              {row.outcome === 'create' ? (
                <Badge color="green" variant="light">
                  Create
                </Badge>
              ) : (
                <Badge color="red" variant="light">
                  Error
                </Badge>
              )}
            </Table.Td>
            <Table.Td>{row.title ?? <Text c="dimmed">No title</Text>}</Table.Td>
            <Table.Td>
              <List size="sm" spacing={2}>
                {row.errors.map((error) => (
                  <List.Item key={`${error.pointer}${error.detail}`}>
                    <Text span fw={600}>
                      {error.column ?? error.pointer}
                    </Text>{' '}
                    {error.detail}
                    {error.suggestions && error.suggestions.length > 0 && <> — did you mean {error.suggestions.join(', or ')}?</>}
                  </List.Item>
                ))}
                {row.duplicates.map((duplicate) => (
                  <List.Item key={duplicate.item?.id ?? `row-${duplicate.row}`}>
                    <Text span c="orange.8" fw={600}>
                      Likely duplicate
                    </Text>{' '}
                    {duplicate.item ? (
                      <Anchor component={Link} to={contentPathsByType[duplicate.item.type].detail.href(duplicate.item.id)}>
                        {duplicate.item.title}
                      </Anchor>
                    ) : (
                      `of row ${duplicate.row}`
                    )}{' '}
                    ({duplicate.reason})
                  </List.Item>
                ))}
              </List>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
