import { Alert, Button, Group, Paper, Progress, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { paths } from '../../../config/paths'
import { importableFields, useCommitImport, useImport, useUploadImport } from '../api/imports'
import { ImportReport } from '../components/import-report'

/** Route module: "Is this file ready to import, and how far has the import got?" */
export function Component() {
  const { id = '' } = useParams()
  const navigate = useNavigate()
  const found = useImport(id)
  const commit = useCommitImport()
  const rerun = useUploadImport()
  const [mapping, setMapping] = useState<Record<string, string> | null>(null)

  if (found.isPending) return <LoadingSkeleton rows={8} label="Loading the import" />
  if (found.isError) return <ErrorState error={found.error} title="The import could not be loaded" onRetry={found.refetch} />
  const record = found.data
  const chosen = mapping ?? record.mapping
  const errors = record.rowsTotal - record.rowsValid
  const working = record.status === 'queued' || record.status === 'running'

  const commitNow = () =>
    commit.mutate(record.id, {
      onSuccess: (done) =>
        notifications.show({
          color: 'green',
          title: done.status === 'committed' ? 'Imported' : 'Import started',
          message:
            done.status === 'committed' ? `${done.rowsDone} items created.` : 'Large files run in the background; watch the progress here.',
        }),
      onError: (error) => notifications.show({ color: 'red', title: 'The import was not committed', message: error.message }),
    })
  const checkAgain = () =>
    rerun.mutate(
      { kind: record.kind, targetState: record.targetState, file: { fileId: record.fileId ?? '' }, mapping: chosen },
      {
        onSuccess: (created) => {
          setMapping(null)
          navigate(paths.imports.detail.href(created.id))
        },
        onError: (error) => notifications.show({ color: 'red', title: 'The file was not checked again', message: error.message }),
      },
    )

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>Import of {record.fileName}</Title>
        <Text c="dimmed">Is this file ready to import, and how far has the import got?</Text>
      </div>

      <Group gap="xl">
        <Text>
          <b>{record.rowsTotal}</b> rows
        </Text>
        <Text c="green.8">
          <b>{record.rowsValid}</b> would be created
        </Text>
        <Text c={errors > 0 ? 'red.8' : undefined}>
          <b>{errors}</b> with errors
        </Text>
        <Text>Status: {record.status}</Text>
      </Group>

      {record.alreadyImportedAs && record.status === 'ready' && (
        <Alert color="yellow" title="Already imported">
          This file was already imported with the same columns; committing it again would create nothing new.
        </Alert>
      )}
      {record.error && (
        <Alert color="red" title="The import stopped">
          {record.error}
        </Alert>
      )}

      {(working || record.status === 'committed') && (
        <Stack gap={4}>
          <Text size="sm">
            {record.rowsDone} of {record.rowsValid} rows created
          </Text>
          <Progress
            value={record.rowsValid === 0 ? 100 : (100 * record.rowsDone) / record.rowsValid}
            aria-label="Rows created"
            animated={working}
          />
        </Stack>
      )}

      {record.status === 'ready' && (
        <Group>
          <Button onClick={commitNow} loading={commit.isPending} disabled={record.rowsValid === 0 || Boolean(record.alreadyImportedAs)}>
            Import {record.rowsValid} {record.rowsValid === 1 ? 'row' : 'rows'} as {record.targetState === 'draft' ? 'drafts' : 'submitted'}
          </Button>
        </Group>
      )}

      {record.status === 'ready' && record.fileId && (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Text fw={600}>Columns</Text>
            <Text size="sm" c="dimmed">
              Choose the field each column fills, then check the file again.
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
              {record.headers.map((header) => (
                <Select
                  key={header}
                  label={header}
                  placeholder="Not imported"
                  clearable
                  data={importableFields(record.kind)}
                  value={chosen[header] ?? null}
                  onChange={(field) => {
                    const next = { ...chosen }
                    if (field) next[header] = field
                    else delete next[header]
                    setMapping(next)
                  }}
                />
              ))}
            </SimpleGrid>
            <Group>
              <Button variant="light" onClick={checkAgain} loading={rerun.isPending} disabled={mapping === null}>
                Check again with these columns
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}

      <Title order={2} size="h4">
        Dry run{record.report.truncated ? ' (the first 1,000 rows worth reading)' : ''}
      </Title>
      <ImportReport rows={record.report.rows} />
    </Stack>
  )
}
