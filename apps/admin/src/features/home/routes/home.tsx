import { Stack, Table, Title } from '@mantine/core'
import { useMe } from '../../auth/api/get-me'

/** Route module: the home page. Kept minimal; the dashboard of each role is built on it. */
export function Component() {
  const { data: me } = useMe()
  return (
    <Stack gap="md">
      <Title order={1}>Signed in as {me.name}</Title>
      <Table variant="vertical" withTableBorder maw={480}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={120}>Role</Table.Th>
            <Table.Td>{me.role}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Email</Table.Th>
            <Table.Td>{me.email}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Stack>
  )
}
