import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { findSubscription, useFollow, useSubscriptions, useUnfollow } from '../api/following'

export interface FollowButtonProps {
  type: 'network' | 'site' | 'item'
  id: string
  /** What is followed, for the button's accessible name and the notification. */
  label: string
}

/** Follow or unfollow the thing on this page; the Following page lists it with everything else. */
export function FollowButton({ type, id, label }: FollowButtonProps) {
  const subscriptions = useSubscriptions()
  const follow = useFollow()
  const unfollow = useUnfollow()
  const followed = findSubscription(subscriptions.data?.data ?? [], { type, id })
  const failed = (error: Error) => notifications.show({ color: 'red', title: 'That did not work', message: error.message })
  return (
    <Button
      size="xs"
      variant={followed ? 'light' : 'default'}
      disabled={subscriptions.isPending}
      loading={follow.isPending || unfollow.isPending}
      aria-pressed={followed !== undefined}
      aria-label={followed ? `Unfollow ${label}` : `Follow ${label}`}
      onClick={() =>
        followed
          ? unfollow.mutate(followed.id, {
              onSuccess: () => notifications.show({ color: 'green', title: 'Unfollowed', message: `You no longer follow ${label}.` }),
              onError: failed,
            })
          : follow.mutate(
              { type, id },
              {
                onSuccess: () => notifications.show({ color: 'green', title: 'Following', message: `You follow ${label} now.` }),
                onError: failed,
              },
            )
      }
    >
      {followed ? 'Following' : 'Follow'}
    </Button>
  )
}
