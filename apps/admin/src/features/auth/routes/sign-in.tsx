import { Button, Container, Paper, Stack, TextInput, Title } from '@mantine/core'
import type { FormEvent } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { ProblemMessage } from '../../../components/problem-message'
import { safeRedirect } from '../../../config/paths'
import { useSignIn } from '../api/sign-in'

/** Route module: sign in, then go back to where the person was (`?redirectTo=`). */
export function Component() {
  const signIn = useSignIn()
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const credentials = { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') }
    signIn.mutate(credentials, {
      onSuccess: () => navigate(safeRedirect(searchParams.get('redirectTo')), { replace: true }),
    })
  }

  return (
    <Container size={420} pt="10vh" component="main">
      <Paper withBorder p="xl" radius="md">
        <Title order={1} size="h3" mb="md">
          Sign in to Learn Once
        </Title>
        <form onSubmit={submit}>
          <Stack gap="sm">
            <TextInput label="Email" name="email" type="email" autoComplete="username" required />
            <TextInput label="Password" name="password" type="password" autoComplete="current-password" required />
            {signIn.error && <ProblemMessage error={signIn.error} />}
            <Button type="submit" loading={signIn.isPending}>
              Sign in
            </Button>
          </Stack>
        </form>
      </Paper>
    </Container>
  )
}
