import type { ApiKey } from '@learnonce/contracts'
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '../../../api/client'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { RelativeTime } from '../../../components/relative-time'
import { keyState } from '../api/api-keys'

const apiKeyQueryOptions = (id: string, initial?: ApiKey) =>
  queryOptions({
    queryKey: ['api-keys', 'detail', id],
    queryFn: ({ signal }) => api.get<ApiKey>(`/api-keys/${id}`, { signal }),
    ...(initial ? { initialData: initial } : {}),
  })

/** A key as the side panel shows it: what it may do and when it was used — never its secret. */
export function KeyDetails({
  id,
  initial,
  siteName,
  onRevoke,
}: {
  id: string
  initial: ApiKey | undefined
  siteName: Map<string, string>
  onRevoke: (key: ApiKey) => void
}) {
  const key = useQuery(apiKeyQueryOptions(id, initial))
  if (key.isPending) return <LoadingSkeleton rows={5} label="Loading the key" />
  if (key.isError) return <ErrorState error={key.error} title="The key could not be loaded" onRetry={key.refetch} />
  const data = key.data
  const state = keyState(data)
  return (
    <Stack gap="md">
      <Text fw={600} size="lg">
        {data.name}
      </Text>
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={120}>Key</Table.Th>
            <Table.Td ff="monospace">{data.prefix}…</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Scopes</Table.Th>
            <Table.Td>
              <Group gap={4}>
                {data.scopes.map((scope) => (
                  <Badge key={scope} variant="outline" radius="sm" size="sm" tt="none">
                    {scope}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Site</Table.Th>
            <Table.Td>{data.siteId ? (siteName.get(data.siteId) ?? data.siteId) : 'Any (read only)'}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>State</Table.Th>
            <Table.Td>{state === 'active' ? 'Active' : state === 'revoked' ? 'Revoked' : 'Expired'}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Created</Table.Th>
            <Table.Td>
              <RelativeTime value={data.createdAt} />
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Last used</Table.Th>
            <Table.Td>{data.lastUsedAt ? <RelativeTime value={data.lastUsedAt} /> : 'Never'}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Expires</Table.Th>
            <Table.Td>{data.expiresAt ? <RelativeTime value={data.expiresAt} /> : 'Never'}</Table.Td>
          </Table.Tr>
          {data.revokedAt && (
            <Table.Tr>
              <Table.Th>Revoked</Table.Th>
              <Table.Td>
                <RelativeTime value={data.revokedAt} />
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed">
        The secret was shown once, when the key was created. Lost it? Revoke this key and create a new one.
      </Text>
      {!data.revokedAt && (
        <Group>
          <Button color="red" variant="light" onClick={() => onRevoke(data)}>
            Revoke key
          </Button>
        </Group>
      )}
    </Stack>
  )
}
