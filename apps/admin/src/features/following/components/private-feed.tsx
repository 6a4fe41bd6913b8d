import type { FeedTokenStatus } from '@learnonce/contracts'
import { Alert, Button, Card, Code, CopyButton, Group, Stack, Text, Title } from '@mantine/core'
import { RelativeTime } from '../../../components/relative-time'

export interface PrivateFeedProps {
  status: FeedTokenStatus | undefined
  /** The URL just made: the only time it is shown. */
  createdUrl: string | null
  onCreate: () => void
  onRevoke: () => void
  pending?: boolean
}

/** The person's private Atom feed: make it (the URL shows once), replace it, or switch it off. */
export function PrivateFeed({ status, createdUrl, onCreate, onRevoke, pending = false }: PrivateFeedProps) {
  const active = status?.active ?? false
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="private-feed-heading">
      <Title order={2} size="h4" id="private-feed-heading">
        Private feed
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        The same as your digest, as an Atom feed for a feed reader. Its address is a secret: anyone with it can read your feed.
      </Text>
      <Stack gap="sm">
        {createdUrl && (
          <Alert color="orange" variant="light" title="Copy your feed’s address now: it is not shown again">
            <Stack gap="xs">
              <Code block aria-label="Private feed address" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
                {createdUrl}
              </Code>
              <CopyButton value={createdUrl}>
                {({ copied, copy }) => (
                  <Button size="xs" w="fit-content" color={copied ? 'teal' : undefined} onClick={copy}>
                    {copied ? 'Copied' : 'Copy address'}
                  </Button>
                )}
              </CopyButton>
            </Stack>
          </Alert>
        )}
        <Text size="sm">
          {active && status?.createdAt ? (
            <>
              Your feed was made <RelativeTime value={status.createdAt} />
              {status.lastUsedAt ? (
                <>
                  {' '}
                  and last read <RelativeTime value={status.lastUsedAt} />
                </>
              ) : (
                ' and has not been read yet'
              )}
              .
            </>
          ) : (
            'You have no private feed.'
          )}
        </Text>
        <Group>
          <Button onClick={onCreate} loading={pending} variant={active ? 'default' : 'filled'}>
            {active ? 'Replace the address' : 'Make my private feed'}
          </Button>
          {active && (
            <Button color="red" variant="light" onClick={onRevoke} disabled={pending}>
              Switch the feed off
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  )
}
