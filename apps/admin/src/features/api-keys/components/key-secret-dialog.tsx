import type { ApiKeyCreated } from '@learnonce/contracts'
import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core'

export interface KeySecretDialogProps {
  /** The key just created, with its secret; null when there is none to show. */
  created: ApiKeyCreated | null
  /** Forget the secret: after this nothing in the admin can show it again. */
  onClose: () => void
}

/**
 * The one time a key's secret is visible. The dialog asks to be closed on purpose (no click outside
 * or Escape by accident), because closing it is the last chance to copy the secret.
 */
export function KeySecretDialog({ created, onClose }: KeySecretDialogProps) {
  return (
    <Modal
      opened={created !== null}
      onClose={onClose}
      title="Copy the new key’s secret now"
      centered
      size="lg"
      closeOnClickOutside={false}
      closeOnEscape={false}
    >
      {created && (
        <Stack gap="md">
          <Alert color="orange" variant="light" title="You will not see this secret again">
            Store it in the integration’s secret store now. Learn Once keeps only a hash of it: if it is lost, revoke the key and create a
            new one.
          </Alert>
          <Text size="sm">
            Secret of <strong>{created.name}</strong>:
          </Text>
          <Code block aria-label="Secret" data-testid="api-key-secret" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {created.secret}
          </Code>
          <Group justify="space-between">
            <CopyButton value={created.secret}>
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
