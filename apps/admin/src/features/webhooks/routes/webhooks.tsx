import type { Webhook } from '@learnonce/contracts'
import { Anchor, Badge, Button, Drawer, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { rowsOf } from '../../../api/pages'
import { ConfirmModal } from '../../../components/confirm-modal'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { RelativeTime } from '../../../components/relative-time'
import { useListNavigation } from '../../../hooks/use-list-navigation'
import { useUrlFilters } from '../../../hooks/use-url-filters'
import { useRotateSecret, useWebhooks } from '../api/webhooks'
import { Deliveries } from '../components/deliveries'
import { SecretDialog } from '../components/secret-dialog'
import { WebhookForm } from '../components/webhook-form'

function StateBadge({ webhook }: { webhook: Webhook }) {
  if (webhook.active)
    return (
      <Badge color="green" variant="light" radius="sm">
        Active
      </Badge>
    )
  if (webhook.disabledAt)
    return (
      <Badge color="red" variant="light" radius="sm">
        Switched off by the hub
      </Badge>
    )
  return (
    <Badge color="gray" variant="light" radius="sm">
      Inactive
    </Badge>
  )
}

/** Route module: "Which systems hear about new content, and do they get it?" */
export function Component() {
  const [filters, setFilters] = useUrlFilters(['panel', 'tab'])
  const webhooks = useWebhooks()
  const rows = rowsOf(webhooks.data?.pages)
  const rotate = useRotateSecret()
  const [secret, setSecret] = useState<{ value: string; title: string } | null>(null)
  const [rotating, setRotating] = useState<Webhook | null>(null)
  const panel = filters.panel
  const selected = panel && panel !== 'new' ? rows.find((webhook) => webhook.id === panel) : undefined
  const closePanel = () => setFilters({ panel: null, tab: null })
  const navigation = useListNavigation({
    count: rows.length,
    enabled: !panel && !secret && !rotating,
    onOpen: (index) => {
      const webhook = rows[index]
      if (webhook) setFilters({ panel: webhook.id, tab: 'deliveries' })
    },
  })

  const confirmRotate = () => {
    if (!rotating) return
    rotate.mutate(rotating.id, {
      onSuccess: (rotated) => {
        setRotating(null)
        notifications.show({ color: 'green', title: 'New secret issued', message: 'The old one keeps signing for a day as well.' })
        setSecret({ value: rotated.secret, title: 'Copy the new signing secret now' })
      },
      onError: (error) => notifications.show({ color: 'red', title: 'The secret was not rotated', message: error.message }),
    })
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Webhooks</Title>
          <Text c="dimmed">Which systems hear about new content, and do they get it?</Text>
        </div>
        <Button onClick={() => setFilters({ panel: 'new', tab: null })}>New endpoint</Button>
      </Group>
      {webhooks.isPending ? (
        <LoadingSkeleton rows={5} label="Loading webhooks" />
      ) : webhooks.isError ? (
        <ErrorState error={webhooks.error} title="The webhooks could not be loaded" onRetry={webhooks.refetch} />
      ) : rows.length === 0 ? (
        <EmptyState
          title="No endpoints yet"
          description="Register a URL to be told when lessons, case studies and solutions are published."
          action={<Button onClick={() => setFilters({ panel: 'new' })}>New endpoint</Button>}
        />
      ) : (
        <Table highlightOnHover striped verticalSpacing="xs" aria-label="Webhooks">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>URL</Table.Th>
              <Table.Th>Events</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Changed</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((webhook, index) => (
              <Table.Tr key={webhook.id} {...navigation.getRowProps(index)}>
                <Table.Td>
                  <Anchor
                    component="button"
                    type="button"
                    fw={500}
                    size="sm"
                    ta="left"
                    onClick={() => setFilters({ panel: webhook.id, tab: 'deliveries' })}
                  >
                    {webhook.url}
                  </Anchor>
                  {webhook.description && (
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {webhook.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2} maw={320}>
                    {webhook.events.join(', ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StateBadge webhook={webhook} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <RelativeTime value={webhook.updatedAt} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Drawer
        opened={Boolean(panel)}
        onClose={closePanel}
        position="right"
        size="xl"
        title={panel === 'new' ? 'New endpoint' : (selected?.url ?? 'Endpoint')}
      >
        {panel === 'new' ? (
          <WebhookForm
            webhook={null}
            onCancel={closePanel}
            onReload={() => webhooks.refetch()}
            onSaved={(saved) => {
              setFilters({ panel: saved.id, tab: 'deliveries' })
              if ('secret' in saved) setSecret({ value: saved.secret, title: 'Copy the endpoint’s signing secret now' })
            }}
          />
        ) : selected ? (
          <Tabs value={filters.tab ?? 'deliveries'} onChange={(tab) => setFilters({ tab })} keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="deliveries">Deliveries</Tabs.Tab>
              <Tabs.Tab value="settings">Settings</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="deliveries">
              <Deliveries webhookId={selected.id} />
            </Tabs.Panel>
            <Tabs.Panel value="settings">
              <Stack gap="lg">
                <WebhookForm
                  key={`${selected.id}:${selected.version}`}
                  webhook={selected}
                  onCancel={closePanel}
                  onReload={() => webhooks.refetch()}
                  onSaved={() => setFilters({ tab: 'deliveries' })}
                />
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm" c="dimmed">
                    {selected.previousSecretExpiresAt ? (
                      <>
                        The previous secret also signs until <RelativeTime value={selected.previousSecretExpiresAt} />.
                      </>
                    ) : (
                      'A new secret replaces the current one; the old one keeps signing for a day so the receiver can switch.'
                    )}
                  </Text>
                  <Button variant="light" color="orange" onClick={() => setRotating(selected)}>
                    Rotate secret
                  </Button>
                </Group>
              </Stack>
            </Tabs.Panel>
          </Tabs>
        ) : webhooks.isPending ? (
          <LoadingSkeleton rows={4} />
        ) : (
          <Text>This endpoint is not on the list any more.</Text>
        )}
      </Drawer>

      <SecretDialog secret={secret?.value ?? null} title={secret?.title ?? ''} onClose={() => setSecret(null)} />

      <ConfirmModal
        opened={rotating !== null}
        title="Rotate the signing secret?"
        confirmLabel="Rotate secret"
        color="orange"
        loading={rotate.isPending}
        onConfirm={confirmRotate}
        onClose={() => setRotating(null)}
      >
        A new secret is issued and shown once. The current one keeps signing deliveries for a day, so the receiver has time to switch.
      </ConfirmModal>
    </Stack>
  )
}
