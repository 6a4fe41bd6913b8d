import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core'

/** An endpoint's signing secret, shown once after it is created or rotated, with Copy and a warning. */
export function SecretDialog({ secret, title, onClose }: { secret: string | null; title: string; onClose: () => void }) {
  return (
    <Modal opened={secret !== null} onClose={onClose} title={title} centered size="lg" closeOnClickOutside={false} closeOnEscape={false}>
      {secret && (
        <Stack gap="md">
          <Alert color="orange" variant="light" title="You will not see this secret again">
            The receiver verifies each delivery’s signature with it. Store it with the receiver now.
          </Alert>
          <Text size="sm">Signing secret:</Text>
          <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {secret}
          </Code>
          <Group justify="space-between">
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Button color={copied ? 'teal' : undefined} variant={copied ? 'light' : 'filled'} onClick={copy}>
                  {copied ? 'Copied' : 'Copy secret'}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={onClose}>
              I have stored it — close
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
