import type { DiscussionPost } from '@learnonce/contracts'
import { Anchor, Badge, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { Markdown } from '../../../components/markdown'
import { paths } from '../../../config/paths'
import { useMe } from '../../auth/api/get-me'
import { useSiteNames } from '../../content/api/taxonomy'
import { networkQueryOptions } from '../../networks/api/networks'
import {
  postsQueryOptions,
  threadQueryOptions,
  useCaptureThread,
  useEditPost,
  useModerateThread,
  useRemovePost,
  useReply,
} from '../api/community'
import { canModerate, takesPart } from '../components/roles'

/** Route module: one discussion of a network — its posts, a reply box, moderation, and capture as a lesson. */
export function Component() {
  const { id = '', threadId = '' } = useParams()
  const { data: me } = useMe()
  const network = useQuery(networkQueryOptions(id))
  const thread = useQuery(threadQueryOptions(threadId))
  const posts = useQuery(postsQueryOptions(threadId))
  const reply = useReply(threadId, id)
  const moderate = useModerateThread(threadId, id)
  const capture = useCaptureThread(threadId, id)
  const { name } = useSiteNames()
  const [body, setBody] = useState('')
  const [siteId, setSiteId] = useState<string | null>(null)
  if (network.isPending || thread.isPending) return <LoadingSkeleton rows={6} withTitle label="Loading the discussion" />
  if (network.isError) return <ErrorState error={network.error} title="The network could not be loaded" onRetry={network.refetch} />
  if (thread.isError) return <ErrorState error={thread.error} title="The discussion could not be loaded" onRetry={thread.refetch} />
  const moderator = canModerate(me, network.data)
  const memberSites = network.data.members.map((member) => member.siteId).filter((site) => me.siteIds.includes(site))
  const captureSites = me.role === 'curator' || me.role === 'admin' ? network.data.members.map((member) => member.siteId) : memberSites
  const mayCapture =
    takesPart(me, network.data) && (me.role === 'curator' || me.role === 'admin' || (me.role === 'contributor' && memberSites.length > 0))
  return (
    <Stack gap="md" maw={900}>
      <Anchor component={Link} to={paths.networks.detail.href(id)} size="sm">
        ← {network.data.name}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Title order={1}>{thread.data.title}</Title>
        <Group gap="xs">
          {thread.data.pinned && <Badge>Pinned</Badge>}
          {thread.data.locked && <Badge color="gray">Locked</Badge>}
        </Group>
      </Group>
      {moderator && (
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            loading={moderate.isPending}
            onClick={() => moderate.mutate({ thread: thread.data, change: { pinned: !thread.data.pinned } })}
          >
            {thread.data.pinned ? 'Unpin' : 'Pin'}
          </Button>
          <Button
            size="xs"
            variant="light"
            loading={moderate.isPending}
            onClick={() => moderate.mutate({ thread: thread.data, change: { locked: !thread.data.locked } })}
          >
            {thread.data.locked ? 'Unlock' : 'Lock'}
          </Button>
        </Group>
      )}
      {posts.isPending && <LoadingSkeleton rows={3} label="Loading posts" />}
      {posts.isError && <ErrorState error={posts.error} title="Posts could not be loaded" onRetry={posts.refetch} />}
      <Stack gap="xs" role="list" aria-label="Posts">
        {posts.data?.data.map((post) => (
          <PostCard
            key={post.id}
            post={post}
            threadId={threadId}
            networkId={id}
            mayRemove={moderator || post.authorId === me.id}
            locked={thread.data.locked}
          />
        ))}
      </Stack>
      {thread.data.locked ? (
        <Text c="dimmed">This discussion is locked: it takes no new replies.</Text>
      ) : (
        takesPart(me, network.data) && (
          <Stack gap="xs">
            <Textarea label="Your reply" autosize minRows={3} value={body} onChange={(event) => setBody(event.currentTarget.value)} />
            {reply.error && (
              <Text c="red" size="sm">
                {reply.error.message}
              </Text>
            )}
            <Group>
              <Button
                loading={reply.isPending}
                disabled={!body.trim()}
                onClick={() => reply.mutate(body, { onSuccess: () => setBody('') })}
              >
                Reply
              </Button>
            </Group>
          </Stack>
        )
      )}
      {mayCapture && (
        <Paper withBorder p="sm" component="section" aria-label="Capture as a lesson">
          <Stack gap="xs">
            <Title order={2} size="h5">
              Capture this as a lesson
            </Title>
            <Text size="sm" c="dimmed">
              Makes a draft lesson for your site from this discussion, linked back to it.
            </Text>
            <Group align="flex-end">
              <Select
                label="For site"
                data={captureSites.map((site) => ({ value: site, label: name(site) }))}
                value={siteId}
                onChange={setSiteId}
              />
              <Button
                variant="light"
                disabled={!siteId}
                loading={capture.isPending}
                onClick={() =>
                  siteId &&
                  capture.mutate(siteId, {
                    onSuccess: (lesson) =>
                      notifications.show({
                        color: 'green',
                        title: 'Draft lesson created',
                        message: `“${lesson.title}” is a draft for your site.`,
                      }),
                  })
                }
              >
                Capture as a lesson
              </Button>
            </Group>
            {thread.data.capturedLessonIds.map((lessonId) => (
              <Anchor key={lessonId} component={Link} to={paths.lessons.detail.href(lessonId)} size="sm">
                Open the captured draft lesson
              </Anchor>
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  )
}

function PostCard({
  post,
  threadId,
  networkId,
  mayRemove,
  locked,
}: {
  post: DiscussionPost
  threadId: string
  networkId: string
  mayRemove: boolean
  locked: boolean
}) {
  const edit = useEditPost(threadId, networkId)
  const remove = useRemovePost(threadId, networkId)
  const [editing, setEditing] = useState<string | null>(null)
  const mayEdit = !locked && !post.removed && (post.editableUntil === null ? false : Date.parse(post.editableUntil) > Date.now())
  return (
    <Paper withBorder p="sm" role="listitem">
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {post.authorName ?? 'Someone'}
        </Text>
        <Text size="xs" c="dimmed">
          {new Date(post.createdAt).toLocaleString()}
          {post.editedAt && ' · edited'}
        </Text>
      </Group>
      {editing === null ? (
        post.removed ? (
          <Text c="dimmed" fs="italic">
            {post.body}
          </Text>
        ) : (
          <Markdown>{post.body}</Markdown>
        )
      ) : (
        <Stack gap="xs">
          <Textarea label="Edit your post" autosize value={editing} onChange={(event) => setEditing(event.currentTarget.value)} />
          <Group gap="xs">
            <Button
              size="xs"
              loading={edit.isPending}
              onClick={() => edit.mutate({ post, body: editing }, { onSuccess: () => setEditing(null) })}
            >
              Save
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setEditing(null)}>
              Cancel
            </Button>
          </Group>
        </Stack>
      )}
      {editing === null && !post.removed && (
        <Group gap="xs">
          {mayEdit && (
            <Button size="compact-xs" variant="subtle" onClick={() => setEditing(post.body)}>
              Edit
            </Button>
          )}
          {mayRemove && (
            <Button size="compact-xs" variant="subtle" color="red" loading={remove.isPending} onClick={() => remove.mutate(post)}>
              Remove
            </Button>
          )}
        </Group>
      )}
    </Paper>
  )
}
