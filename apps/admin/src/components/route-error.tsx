import { Anchor, Container, Stack, Title } from '@mantine/core'
import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { paths } from '../config/paths'
import { ErrorState } from './error-state'

export function RouteError() {
  const error = useRouteError()
  return (
    <Container size="sm" py="xl">
      <Stack gap="md">
        <Title order={1}>{isRouteErrorResponse(error) && error.status === 404 ? 'Page not found' : 'Something went wrong'}</Title>
        {error instanceof Error && <ErrorState error={error} title="What happened" />}
        <Anchor component={Link} to={paths.home.path}>
          Back to the start
        </Anchor>
      </Stack>
    </Container>
  )
}
