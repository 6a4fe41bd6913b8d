import type { Role } from '@learnonce/contracts'
import { Badge, Group, Stack, Text, Title } from '@mantine/core'
import { useMe } from '../../auth/api/get-me'
import { AdminHome } from '../components/admin-home'
import { ContributorHome } from '../components/contributor-home'
import { CuratorHome } from '../components/curator-home'

const questions: Record<Role, string> = {
  curator: 'What needs you now: the queue, its age, and what the hub publishes.',
  contributor: 'Your drafts, what came back with a note, and what went out.',
  admin: 'How the hub is doing: people, sites, webhooks and keys, and the queue.',
}

/** Route module: the home page, "What needs me now?", one dashboard per role. */
export function Component() {
  const { data: me } = useMe()
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>Signed in as {me.name}</Title>
        <Group gap="xs">
          <Badge variant="light" radius="sm">
            {me.role}
          </Badge>
          <Text size="sm" c="dimmed">
            {me.email}
          </Text>
        </Group>
        <Text c="dimmed">{questions[me.role]}</Text>
      </Stack>
      {me.role === 'curator' && <CuratorHome />}
      {me.role === 'contributor' && <ContributorHome />}
      {me.role === 'admin' && <AdminHome />}
    </Stack>
  )
}
