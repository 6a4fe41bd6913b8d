import type { DigestFrequency, FeedTokenCreated, Subscription, SubscriptionTarget } from '@learnonce/contracts'
import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { paths } from '../../../config/paths'
import { sitesQueryOptions, useTaxonomy } from '../../content/api/taxonomy'
import { networkNamesQueryOptions } from '../../networks/api/networks'
import {
  findSubscription,
  useDigestSettings,
  useFeedToken,
  useFollow,
  useRevokeFeedToken,
  useRotateFeedToken,
  useSetDigestFrequency,
  useSubscriptions,
  useUnfollow,
} from '../api/following'
import { DigestFrequencyControl } from '../components/digest-frequency'
import { FollowList, type FollowOption } from '../components/follow-list'
import { PrivateFeed } from '../components/private-feed'

/** Route module: "What do I hear about, and how often?" */
export function Component() {
  const subscriptions = useSubscriptions()
  const taxonomy = useTaxonomy()
  const networks = useQuery(networkNamesQueryOptions())
  const sites = useQuery(sitesQueryOptions())
  const settings = useDigestSettings()
  const feed = useFeedToken()
  const follow = useFollow()
  const unfollow = useUnfollow()
  const setFrequency = useSetDigestFrequency()
  const rotate = useRotateFeedToken()
  const revoke = useRevokeFeedToken()
  const [pendingKey, setPendingKey] = useState<string | null>(null)
  const [created, setCreated] = useState<FeedTokenCreated | null>(null)

  const followed = subscriptions.data?.data ?? []
  const keyOf = (target: SubscriptionTarget) => `${target.type}:${target.id ?? target.slug ?? target.value}`
  const option = (label: string, target: SubscriptionTarget): FollowOption => ({
    key: keyOf(target),
    label,
    target,
    subscription: findSubscription(followed, { type: target.type, id: target.id, value: target.slug ?? target.value }),
  })
  const failed = (title: string) => (error: Error) => notifications.show({ color: 'red', title, message: error.message })
  const onFollow = (target: SubscriptionTarget, label: string) => {
    setPendingKey(keyOf(target))
    follow.mutate(target, {
      onSuccess: () => notifications.show({ color: 'green', title: 'Following', message: `You follow ${label} now.` }),
      onError: failed(`${label} was not followed`),
      onSettled: () => setPendingKey(null),
    })
  }
  const onUnfollow = (subscription: Subscription, label: string) => {
    setPendingKey(`${subscription.target.type}:${subscription.target.id ?? subscription.target.value}`)
    unfollow.mutate(subscription.id, {
      onSuccess: () => notifications.show({ color: 'green', title: 'Unfollowed', message: `You no longer follow ${label}.` }),
      onError: failed(`${label} is still followed`),
      onSettled: () => setPendingKey(null),
    })
  }
  const onFrequency = (frequency: DigestFrequency) => {
    if (!settings.data) return
    setFrequency.mutate(
      { frequency, version: settings.data.version },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            title: 'Digest saved',
            message: frequency === 'off' ? 'No more digest emails.' : `You will get a ${frequency} digest.`,
          }),
        onError: failed('The digest setting was not saved'),
      },
    )
  }

  if (subscriptions.isError) {
    return <ErrorState error={subscriptions.error} title="What you follow did not load" onRetry={() => subscriptions.refetch()} />
  }
  const items = followed.filter((subscription) => subscription.target.type === 'item')
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>Following</Title>
        <Text c="dimmed">
          What do you hear about, and how often? New work on what you follow comes in a digest email and a private feed.
        </Text>
      </div>
      <Card withBorder padding="md" radius="md" component="section" aria-labelledby="digest-heading">
        <Title order={2} size="h4" id="digest-heading" mb="xs">
          Digest email
        </Title>
        {settings.data ? (
          <DigestFrequencyControl
            value={settings.data.frequency}
            nextDigestAt={settings.data.nextDigestAt}
            onChange={onFrequency}
            disabled={setFrequency.isPending}
          />
        ) : (
          <LoadingSkeleton rows={1} />
        )}
      </Card>
      {subscriptions.isPending ? (
        <LoadingSkeleton rows={6} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <FollowList
            title="Themes"
            hint="Newly published lessons, case studies and solutions on these themes."
            options={(taxonomy.data?.themes ?? []).map((theme) => option(theme.name, { type: 'theme', slug: theme.slug }))}
            onFollow={onFollow}
            onUnfollow={onUnfollow}
            pendingKey={pendingKey}
          />
          <FollowList
            title="Journey stages"
            hint="New work at these stages of the journey."
            options={(taxonomy.data?.journeyStages ?? []).map((stage) =>
              option(stage.name, { type: 'journeyStage', value: stage.slug as SubscriptionTarget['value'] }),
            )}
            onFollow={onFollow}
            onUnfollow={onUnfollow}
            pendingKey={pendingKey}
          />
          <FollowList
            title="Networks"
            hint="Their content and their events in the next two weeks."
            options={[...(networks.data ?? new Map<string, string>())].map(([id, name]) => option(name, { type: 'network', id }))}
            onFollow={onFollow}
            onUnfollow={onUnfollow}
            pendingKey={pendingKey}
            emptyText="No networks yet."
          />
          <FollowList
            title="Sites"
            hint="What these organisations publish."
            options={(sites.data?.data ?? []).map((site) => option(site.name, { type: 'site', id: site.id }))}
            onFollow={onFollow}
            onUnfollow={onUnfollow}
            pendingKey={pendingKey}
            emptyText="No sites yet."
          />
        </SimpleGrid>
      )}
      <FollowList
        title="Items you follow"
        hint="A lesson, case study or solution you follow from its page: you hear when it changes."
        options={items.map((subscription) => ({
          key: `item:${subscription.target.id}`,
          label: subscription.target.label,
          target: { type: 'item', id: subscription.target.id ?? undefined },
          subscription,
        }))}
        onFollow={onFollow}
        onUnfollow={onUnfollow}
        pendingKey={pendingKey}
        emptyText="You follow no single items."
      />
      <PrivateFeed
        status={feed.data}
        createdUrl={created?.url ?? null}
        pending={rotate.isPending || revoke.isPending}
        onCreate={() =>
          rotate.mutate(undefined, {
            onSuccess: (made) => setCreated(made),
            onError: failed('No feed was made'),
          })
        }
        onRevoke={() =>
          revoke.mutate(undefined, {
            onSuccess: () => {
              setCreated(null)
              notifications.show({ color: 'green', title: 'Feed switched off', message: 'Its address no longer works.' })
            },
            onError: failed('The feed is still on'),
          })
        }
      />
      <Text size="sm" c="dimmed">
        Looking for something to follow? Browse{' '}
        <Anchor component={Link} to={paths.lessons.list.path} underline="always">
          lessons
        </Anchor>{' '}
        or{' '}
        <Anchor component={Link} to={paths.networks.list.path} underline="always">
          networks
        </Anchor>
        .
      </Text>
    </Stack>
  )
}
