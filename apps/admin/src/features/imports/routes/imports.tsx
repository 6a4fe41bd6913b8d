import type { ImportKind } from '@learnonce/contracts'
import { Badge, Button, FileInput, Group, Paper, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { rowsOf } from '../../../api/pages'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { RelativeTime } from '../../../components/relative-time'
import { paths } from '../../../config/paths'
import { useImports, useUploadImport } from '../api/imports'

const kinds: { value: ImportKind; label: string }[] = [
  { value: 'lessons', label: 'Lessons' },
  { value: 'case-studies', label: 'Case studies' },
  { value: 'solutions', label: 'Solutions' },
]

/** Route module: "What is in this spreadsheet, and what would importing it create?" */
export function Component() {
  const navigate = useNavigate()
  const imports = useImports()
  const upload = useUploadImport()
  const [kind, setKind] = useState<ImportKind>('lessons')
  const [targetState, setTargetState] = useState<'draft' | 'submitted'>('draft')
  const [file, setFile] = useState<File | null>(null)
  const rows = rowsOf(imports.data?.pages)

  const send = () => {
    if (!file) return
    upload.mutate(
      { kind, targetState, file },
      {
        onSuccess: (created) => navigate(paths.imports.detail.href(created.id)),
        onError: (error) => notifications.show({ color: 'red', title: 'The file was not read', message: error.message }),
      },
    )
  }

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>Imports</Title>
        <Text c="dimmed">What is in this spreadsheet, and what would importing it create?</Text>
      </div>

      <Paper withBorder p="md">
        <Stack gap="sm">
          <Text fw={600}>Upload a CSV or XLSX file</Text>
          <Text size="sm" c="dimmed">
            The first row names the columns. You will see a dry run — every row, its problems and likely duplicates — before anything is
            created.
          </Text>
          <Group align="flex-end" gap="md">
            <Select
              label="What the rows are"
              data={kinds}
              value={kind}
              onChange={(value) => value && setKind(value as ImportKind)}
              allowDeselect={false}
              w={180}
            />
            <div>
              <Text size="sm" fw={500} mb={4}>
                Create them as
              </Text>
              <SegmentedControl
                aria-label="Create them as"
                value={targetState}
                onChange={(value) => setTargetState(value as 'draft' | 'submitted')}
                data={[
                  { value: 'draft', label: 'Drafts' },
                  { value: 'submitted', label: 'Submitted for review' },
                ]}
              />
            </div>
            <FileInput
              label="File"
              placeholder="Choose a .csv or .xlsx file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              value={file}
              onChange={setFile}
              clearable
              w={300}
            />
            <Button onClick={send} disabled={!file} loading={upload.isPending}>
              Check the file
            </Button>
          </Group>
        </Stack>
      </Paper>

      <Title order={2} size="h4">
        Earlier imports
      </Title>
      {imports.isPending ? (
        <LoadingSkeleton rows={5} label="Loading imports" />
      ) : imports.isError ? (
        <ErrorState error={imports.error} title="The imports could not be loaded" onRetry={imports.refetch} />
      ) : rows.length === 0 ? (
        <EmptyState title="No imports yet" description="Upload a spreadsheet above to see its dry run." />
      ) : (
        <Table striped highlightOnHover aria-label="Imports">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>File</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Rows</Table.Th>
              <Table.Th>When</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>
                  <Link to={paths.imports.detail.href(entry.id)}>{entry.fileName}</Link>
                </Table.Td>
                <Table.Td>{kinds.find((option) => option.value === entry.kind)?.label}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{entry.status}</Badge>
                </Table.Td>
                <Table.Td>
                  {entry.rowsDone} created · {entry.rowsValid} valid of {entry.rowsTotal}
                </Table.Td>
                <Table.Td>
                  <RelativeTime value={entry.createdAt} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
