import type { Role } from '@learnonce/contracts'
import { Button, Stack, Text, Title } from '@mantine/core'
import { Link } from 'react-router'
import { paths } from '../config/paths'

/** Shown instead of a screen the signed-in role may not use (a shared or old link): never a blank page. */
export function NotForYourRole({ role }: { role: Role }) {
  return (
    <Stack gap="sm" maw={560} py="xl">
      <Title order={1}>Not for your role</Title>
      <Text>This screen is not available to a {role}. If you need it, ask an admin of the hub to change your role.</Text>
      <div>
        <Button component={Link} to={paths.home.path} variant="light">
          Go to your home page
        </Button>
      </div>
    </Stack>
  )
}
