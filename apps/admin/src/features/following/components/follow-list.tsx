import type { Subscription, SubscriptionTarget } from '@learnonce/contracts'
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core'

/** Something that can be followed, as a row of the list. */
export interface FollowOption {
  key: string
  label: string
  /** What following it sends. */
  target: SubscriptionTarget
  /** The follow of it, when it is followed. */
  subscription: Subscription | undefined
}

export interface FollowListProps {
  title: string
  /** One line under the title: what following these brings. */
  hint: string
  options: FollowOption[]
  onFollow: (target: SubscriptionTarget, label: string) => void
  onUnfollow: (subscription: Subscription, label: string) => void
  /** The key of the row whose change is being saved. */
  pendingKey?: string | null
  emptyText?: string
}

/** A titled list of things with a Follow / Following toggle each; followed ones first. */
export function FollowList({
  title,
  hint,
  options,
  onFollow,
  onUnfollow,
  pendingKey = null,
  emptyText = 'Nothing here yet.',
}: FollowListProps) {
  const sorted = [...options].sort((a, b) => Number(b.subscription !== undefined) - Number(a.subscription !== undefined))
  const id = `follow-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {hint}
      </Text>
      {sorted.length === 0 ? (
        <Text size="sm">{emptyText}</Text>
      ) : (
        <Stack gap={6}>
          {sorted.map((option) => {
            const followed = option.subscription
            return (
              <Group key={option.key} justify="space-between" wrap="nowrap">
                <Text size="sm" fw={followed ? 600 : 400}>
                  {option.label}
                </Text>
                <Button
                  size="compact-sm"
                  variant={followed ? 'light' : 'default'}
                  loading={pendingKey === option.key}
                  aria-label={followed ? `Unfollow ${option.label}` : `Follow ${option.label}`}
                  aria-pressed={followed !== undefined}
                  onClick={() => (followed ? onUnfollow(followed, option.label) : onFollow(option.target, option.label))}
                >
                  {followed ? 'Following' : 'Follow'}
                </Button>
              </Group>
            )
          })}
        </Stack>
      )}
    </Card>
  )
}
