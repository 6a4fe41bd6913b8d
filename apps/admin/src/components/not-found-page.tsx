import { Anchor, Stack, Title } from '@mantine/core'
import { Link } from 'react-router'
import { paths } from '../config/paths'

export function NotFoundPage() {
  return (
    <Stack gap="sm">
      <Title order={1}>Page not found</Title>
      <Anchor component={Link} to={paths.home.path}>
        Back to the start
      </Anchor>
    </Stack>
  )
}
