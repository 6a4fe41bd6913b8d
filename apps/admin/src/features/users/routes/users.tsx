import { roles, type User, type UserCreate, type UserUpdate } from '@learnonce/contracts'
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Drawer,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
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
import { useMe } from '../../auth/api/get-me'
import { useSiteOptions } from '../../sites/api/sites'
import { useCreateUser, useUpdateUser, useUsers } from '../api/users'
import { roleLabels, UserForm } from '../components/user-form'

/** Route module: "Who works on the hub, and what may they do?" */
export function Component() {
  const { data: me } = useMe()
  const [filters, setFilters] = useUrlFilters(['q', 'role', 'status', 'siteId', 'panel'])
  const users = useUsers({ q: filters.q, role: filters.role, status: filters.status, siteId: filters.siteId })
  const sites = useSiteOptions()
  const siteName = new Map((sites.data ?? []).map((site) => [site.id, site.name]))
  const rows = rowsOf(users.data?.pages)
  const create = useCreateUser()
  const update = useUpdateUser()
  const [switching, setSwitching] = useState<User | null>(null)
  const [search, setSearch] = useState(filters.q ?? '')
  const applySearch = useDebouncedCallback((value: string) => setFilters({ q: value.trim() || null }), 250)
  const panel = filters.panel
  const editing = panel && panel !== 'new' ? rows.find((user) => user.id === panel) : undefined
  const closePanel = () => setFilters({ panel: null })
  const navigation = useListNavigation({
    count: rows.length,
    enabled: !panel && !switching,
    onOpen: (index) => {
      const user = rows[index]
      if (user) setFilters({ panel: user.id })
    },
  })

  const save = async (body: UserCreate | UserUpdate) => {
    if (editing) {
      if (Object.keys(body).length === 0) {
        notifications.show({ title: 'Nothing to save', message: 'No field was changed.' })
        closePanel()
        return
      }
      const saved = await update.mutateAsync({ user: editing, body: body as UserUpdate })
      notifications.show({ color: 'green', title: 'User saved', message: `${saved.name}’s changes are saved.` })
    } else {
      const saved = await create.mutateAsync(body as UserCreate)
      notifications.show({ color: 'green', title: 'User created', message: `${saved.name} can now sign in.` })
    }
    closePanel()
  }

  const switchStatus = () => {
    if (!switching) return
    const status = switching.status === 'active' ? 'disabled' : 'active'
    update.mutate(
      { user: switching, body: { status } },
      {
        onSuccess: (user) => {
          notifications.show({
            color: 'green',
            title: status === 'disabled' ? 'User disabled' : 'User enabled',
            message: status === 'disabled' ? `${user.name} is signed out and can no longer sign in.` : `${user.name} can sign in again.`,
          })
          setSwitching(null)
        },
        onError: (error) => notifications.show({ color: 'red', title: 'That did not work', message: error.message }),
      },
    )
  }

  const filtered = Boolean(filters.q || filters.role || filters.status || filters.siteId)

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Users</Title>
          <Text c="dimmed">Who works on the hub, and what may they do?</Text>
        </div>
        <Button onClick={() => setFilters({ panel: 'new' })}>New user</Button>
      </Group>

      <Group gap="md" align="flex-end">
        <TextInput
          label="Search"
          placeholder="Name or email"
          type="search"
          w={240}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value)
            applySearch(event.currentTarget.value)
          }}
        />
        <Select
          label="Role"
          placeholder="Any role"
          clearable
          w={160}
          data={roles.map((role) => ({ value: role, label: roleLabels[role] }))}
          value={filters.role ?? null}
          onChange={(value) => setFilters({ role: value })}
        />
        <Select
          label="Site"
          placeholder="Any site"
          clearable
          searchable
          w={240}
          data={(sites.data ?? []).map((site) => ({ value: site.id, label: site.name }))}
          value={filters.siteId ?? null}
          onChange={(value) => setFilters({ siteId: value })}
        />
        <SegmentedControl
          aria-label="Status"
          value={filters.status ?? 'all'}
          onChange={(value) => setFilters({ status: value === 'all' ? null : value })}
          data={[
            { value: 'all', label: 'All' },
            { value: 'active', label: 'Active' },
            { value: 'disabled', label: 'Disabled' },
          ]}
        />
      </Group>

      {users.isPending ? (
        <LoadingSkeleton rows={8} label="Loading users" />
      ) : users.isError ? (
        <ErrorState error={users.error} title="The users could not be loaded" onRetry={users.refetch} />
      ) : rows.length === 0 ? (
        <EmptyState
          title={filtered ? 'No users match these filters' : 'No users yet'}
          description={filtered ? 'Clear a filter or search for part of a name.' : 'Create the first user and give them a role.'}
          action={
            filtered ? (
              <Button
                variant="default"
                onClick={() => {
                  setSearch('')
                  setFilters({ q: null, role: null, status: null, siteId: null })
                }}
              >
                Clear filters
              </Button>
            ) : undefined
          }
        />
      ) : (
        <>
          <Table highlightOnHover striped verticalSpacing="xs" aria-label="Users">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Email</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Sites</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Last sign-in</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((user, index) => (
                <Table.Tr key={user.id} {...navigation.getRowProps(index)}>
                  <Table.Td>
                    <Anchor component="button" type="button" fw={500} size="sm" ta="left" onClick={() => setFilters({ panel: user.id })}>
                      {user.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{user.email}</Table.Td>
                  <Table.Td>{roleLabels[user.role]}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1} maw={260}>
                      {user.siteIds.length === 0 ? '—' : user.siteIds.map((id) => siteName.get(id) ?? 'A site').join(', ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={user.status === 'active' ? 'green' : 'gray'} variant="light" radius="sm">
                      {user.status === 'active' ? 'Active' : 'Disabled'}
                    </Badge>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {user.lastLoginAt ? <RelativeTime value={user.lastLoginAt} /> : 'Never'}
                  </Table.Td>
                  <Table.Td>
                    {user.id !== me.id && (
                      <Button
                        size="compact-sm"
                        variant="light"
                        color={user.status === 'active' ? 'red' : 'green'}
                        aria-label={`${user.status === 'active' ? 'Disable' : 'Enable'} ${user.name}`}
                        onClick={() => setSwitching(user)}
                      >
                        {user.status === 'active' ? 'Disable' : 'Enable'}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <LoadMore query={users} />
        </>
      )}

      <Drawer
        opened={Boolean(panel)}
        onClose={closePanel}
        position="right"
        size="md"
        title={panel === 'new' ? 'New user' : (editing?.name ?? 'User')}
      >
        {panel === 'new' ? (
          <UserForm user={null} sites={sites.data ?? []} onSubmit={save} onCancel={closePanel} />
        ) : editing ? (
          <Stack gap="md">
            {editing.status === 'disabled' && (
              <Alert color="gray" variant="light" title="Disabled">
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm">{editing.name} cannot sign in.</Text>
                  <Button size="xs" color="green" variant="light" onClick={() => setSwitching(editing)}>
                    Enable
                  </Button>
                </Group>
              </Alert>
            )}
            <UserForm
              key={`${editing.id}:${editing.version}`}
              user={editing}
              sites={sites.data ?? []}
              onSubmit={save}
              onCancel={closePanel}
              onReload={() => users.refetch()}
            />
          </Stack>
        ) : users.isPending ? (
          <LoadingSkeleton rows={4} />
        ) : (
          <Text>This user is not in the list as filtered. Clear the filters to find them.</Text>
        )}
      </Drawer>

      <ConfirmModal
        opened={switching !== null}
        title={switching?.status === 'active' ? `Disable ${switching.name}?` : `Enable ${switching?.name ?? 'this user'}?`}
        confirmLabel={switching?.status === 'active' ? 'Disable user' : 'Enable user'}
        color={switching?.status === 'active' ? 'red' : 'green'}
        loading={update.isPending}
        onConfirm={switchStatus}
        onClose={() => setSwitching(null)}
      >
        {switching?.status === 'active'
          ? 'They are signed out everywhere at once and cannot sign in until enabled again. Their content stays.'
          : 'They can sign in again with their password.'}
      </ConfirmModal>
    </Stack>
  )
}
