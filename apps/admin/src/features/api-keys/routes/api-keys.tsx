import '@mantine/dates/styles.css'
import type { ApiKey, ApiKeyCreated } from '@learnonce/contracts'
import { Anchor, Badge, Button, Drawer, Group, SegmentedControl, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { rowsOf } from '../../../api/pages'
import { ConfirmModal } from '../../../components/confirm-modal'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { LoadMore } from '../../../components/load-more'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { RelativeTime } from '../../../components/relative-time'
import { useListNavigation } from '../../../hooks/use-list-navigation'
import { useUrlFilters } from '../../../hooks/use-url-filters'
import { useSiteOptions } from '../../sites/api/sites'
import { type ApiKeyState, keyState, useApiKeys, useRevokeApiKey } from '../api/api-keys'
import { CreateKeyForm } from '../components/create-key-form'
import { KeyDetails } from '../components/key-details'
import { KeySecretDialog } from '../components/key-secret-dialog'

const stateLooks: Record<ApiKeyState, { label: string; color: string }> = {
  active: { label: 'Active', color: 'green' },
  revoked: { label: 'Revoked', color: 'red' },
  expired: { label: 'Expired', color: 'gray' },
}

function KeyStateBadge({ apiKey }: { apiKey: ApiKey }) {
  const { label, color } = stateLooks[keyState(apiKey)]
  return (
    <Badge color={color} variant="light" radius="sm">
      {label}
    </Badge>
  )
}

/** Route module: "Which integrations can reach the hub, and with what?" */
export function Component() {
  const [filters, setFilters] = useUrlFilters(['state', 'siteId', 'panel'])
  const keys = useApiKeys({ state: filters.state, siteId: filters.siteId })
  const sites = useSiteOptions()
  const siteName = new Map((sites.data ?? []).map((site) => [site.id, site.name]))
  const rows = rowsOf(keys.data?.pages)
  // The secret lives only here, in this component's state, until the dialog is closed.
  const [created, setCreated] = useState<ApiKeyCreated | null>(null)
  const [revoking, setRevoking] = useState<ApiKey | null>(null)
  const revoke = useRevokeApiKey()
  const panel = filters.panel
  const selected = panel && panel !== 'new' ? rows.find((key) => key.id === panel) : undefined
  const navigation = useListNavigation({
    count: rows.length,
    enabled: !panel && !created && !revoking,
    onOpen: (index) => {
      const key = rows[index]
      if (key) setFilters({ panel: key.id })
    },
  })

  const confirmRevoke = () => {
    if (!revoking) return
    revoke.mutate(revoking.id, {
      onSuccess: () => {
        notifications.show({ color: 'green', title: 'Key revoked', message: `${revoking.name} no longer works.` })
        setRevoking(null)
      },
      onError: (error) => notifications.show({ color: 'red', title: 'The key was not revoked', message: error.message }),
    })
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>API keys</Title>
          <Text c="dimmed">Which integrations can reach the hub, and with what?</Text>
        </div>
        <Button onClick={() => setFilters({ panel: 'new' })}>New key</Button>
      </Group>

      <Group gap="md" align="flex-end">
        <SegmentedControl
          aria-label="State"
          value={filters.state ?? 'all'}
          onChange={(value) => setFilters({ state: value === 'all' ? null : value })}
          data={[
            { value: 'all', label: 'All' },
            { value: 'active', label: 'Active' },
            { value: 'revoked', label: 'Revoked' },
            { value: 'expired', label: 'Expired' },
          ]}
        />
        <Select
          label="Site"
          placeholder="Any site"
          clearable
          searchable
          w={260}
          data={(sites.data ?? []).map((site) => ({ value: site.id, label: site.name }))}
          value={filters.siteId ?? null}
          onChange={(value) => setFilters({ siteId: value })}
        />
      </Group>

      {keys.isPending ? (
        <LoadingSkeleton rows={6} label="Loading API keys" />
      ) : keys.isError ? (
        <ErrorState error={keys.error} title="The keys could not be loaded" onRetry={keys.refetch} />
      ) : rows.length === 0 ? (
        <EmptyState
          title={filters.state || filters.siteId ? 'No keys match these filters' : 'No API keys yet'}
          description="Create a key for each integration, with only the scopes it needs."
          action={<Button onClick={() => setFilters({ panel: 'new' })}>New key</Button>}
        />
      ) : (
        <>
          <Table highlightOnHover striped verticalSpacing="xs" aria-label="API keys">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Key</Table.Th>
                <Table.Th>Scopes</Table.Th>
                <Table.Th>Site</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th>Last used</Table.Th>
                <Table.Th>Expires</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((key, index) => (
                <Table.Tr key={key.id} {...navigation.getRowProps(index)}>
                  <Table.Td>
                    <Anchor component="button" type="button" fw={500} size="sm" ta="left" onClick={() => setFilters({ panel: key.id })}>
                      {key.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text ff="monospace" size="sm">
                      {key.prefix}…
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {key.scopes.map((scope) => (
                        <Badge key={scope} variant="outline" radius="sm" size="sm" tt="none">
                          {scope}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>{key.siteId ? (siteName.get(key.siteId) ?? 'A site') : '—'}</Table.Td>
                  <Table.Td>
                    <KeyStateBadge apiKey={key} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{key.lastUsedAt ? <RelativeTime value={key.lastUsedAt} /> : 'Never'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{key.expiresAt ? <RelativeTime value={key.expiresAt} /> : 'Never'}</Table.Td>
                  <Table.Td>
                    {!key.revokedAt && (
                      <Button
                        size="compact-sm"
                        variant="light"
                        color="red"
                        onClick={() => setRevoking(key)}
                        aria-label={`Revoke ${key.name}`}
                      >
                        Revoke
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <LoadMore query={keys} />
        </>
      )}

      <Drawer
        opened={Boolean(panel)}
        onClose={() => setFilters({ panel: null })}
        position="right"
        size="md"
        title={panel === 'new' ? 'New API key' : 'API key'}
      >
        {panel === 'new' ? (
          <CreateKeyForm
            onCancel={() => setFilters({ panel: null })}
            onCreated={(key) => {
              setFilters({ panel: null })
              setCreated(key)
            }}
          />
        ) : panel ? (
          <KeyDetails id={panel} initial={selected} siteName={siteName} onRevoke={(key) => setRevoking(key)} />
        ) : null}
      </Drawer>

      <KeySecretDialog created={created} onClose={() => setCreated(null)} />

      <ConfirmModal
        opened={revoking !== null}
        title={`Revoke ${revoking?.name ?? 'this key'}?`}
        confirmLabel="Revoke key"
        loading={revoke.isPending}
        onConfirm={confirmRevoke}
        onClose={() => setRevoking(null)}
      >
        The key stops working at once: the integration’s next request is refused. This cannot be undone; create a new key if it is needed
        again.
      </ConfirmModal>
    </Stack>
  )
}
