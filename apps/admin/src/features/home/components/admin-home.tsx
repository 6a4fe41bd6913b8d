import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { Link } from 'react-router'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { RelativeTime } from '../../../components/relative-time'
import { paths } from '../../../config/paths'
import { useHub } from '../api/dashboard'
import { PipelineSection } from './pipeline-section'
import { StatCard } from './stat-card'

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

/** Hub health: people and sites, the webhooks that fail, digest emails and the keys in use. */
function HubSection() {
  const hub = useHub()
  const data = hub.data
  return (
    <Stack gap="md" component="section" aria-labelledby="hub-heading">
      <Title order={2} size="h3" id="hub-heading">
        Hub health
      </Title>
      {hub.isError ? (
        <ErrorState error={hub.error} title="The hub's health did not load" onRetry={() => hub.refetch()} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, md: 5 }}>
            <StatCard
              label="People"
              value={data?.users.active}
              hint={
                data &&
                `${plural(data.users.curator, 'curator')} · ${plural(data.users.contributor, 'contributor')} · ${data.users.disabled} disabled`
              }
              to={paths.admin.users.path}
            />
            <StatCard
              label="Sites"
              value={data?.sites.active}
              hint={data && `${data.sites.archived} archived`}
              to={paths.admin.sites.path}
            />
            <StatCard
              label="Failing webhooks"
              value={data?.failingWebhooks.length}
              hint={data && (data.failingWebhooks.length === 0 ? 'Every endpoint is answering' : 'See the delivery log')}
              to={paths.admin.webhooks.path}
            />
            <StatCard
              label="Digest emails this week"
              value={data?.digests.sent}
              hint={data && (data.digests.failed === 0 ? 'None failed' : `${plural(data.digests.failed, 'failure')}, not resent`)}
            />
            <StatCard
              label="API keys in use"
              value={data?.keys.active}
              hint={data && `${data.keys.neverUsed} never used`}
              to={paths.admin.apiKeys.path}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card withBorder padding="md" radius="md" component="section" aria-labelledby="failing-heading">
              <Title order={3} size="h5" mb="sm" id="failing-heading">
                Failing webhooks
              </Title>
              {!data ? (
                <LoadingSkeleton rows={3} label="Loading webhooks" />
              ) : data.failingWebhooks.length === 0 ? (
                <EmptyState title="No failing deliveries" description="Deliveries that fail, or are being retried, show here." />
              ) : (
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Endpoint</Table.Th>
                      <Table.Th>Failing</Table.Th>
                      <Table.Th>Last try</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.failingWebhooks.map((hook) => (
                      <Table.Tr key={hook.id}>
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            <Anchor component={Link} to={paths.admin.webhooks.href({ webhook: hook.id })} size="sm">
                              {hook.url}
                            </Anchor>
                            {!hook.active && (
                              <Badge color="red" variant="light" size="xs" radius="sm">
                                Disabled
                              </Badge>
                            )}
                          </Group>
                        </Table.Td>
                        <Table.Td>{hook.failing}</Table.Td>
                        <Table.Td>
                          <Text size="sm">
                            {hook.lastStatusCode ?? 'no answer'}
                            {hook.lastAttemptAt && (
                              <>
                                {' · '}
                                <RelativeTime value={hook.lastAttemptAt} />
                              </>
                            )}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Card>
            <Card withBorder padding="md" radius="md" component="section" aria-labelledby="keys-heading">
              <Title order={3} size="h5" mb="sm" id="keys-heading">
                Key usage
              </Title>
              {!data ? (
                <LoadingSkeleton rows={3} label="Loading keys" />
              ) : data.keys.recentlyUsed.length === 0 ? (
                <EmptyState
                  title="No API keys yet"
                  description="Integrators' systems read and submit with keys."
                  action={
                    <Anchor component={Link} to={paths.admin.apiKeys.path}>
                      Create a key
                    </Anchor>
                  }
                />
              ) : (
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Key</Table.Th>
                      <Table.Th>Last used</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.keys.recentlyUsed.map((key) => (
                      <Table.Tr key={key.id}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {key.name}
                          </Text>
                          <Text size="xs" c="dimmed" ff="monospace">
                            {key.prefix}…
                          </Text>
                        </Table.Td>
                        <Table.Td>{key.lastUsedAt ? <RelativeTime value={key.lastUsedAt} /> : 'Never'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Card>
          </SimpleGrid>
        </>
      )}
    </Stack>
  )
}

/** An admin's home: hub health first, then the queue admins also work. */
export function AdminHome() {
  return (
    <Stack gap="xl">
      <HubSection />
      <PipelineSection />
    </Stack>
  )
}
