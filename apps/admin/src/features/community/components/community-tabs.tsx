import { type FileMeta, type JourneyStage, type Network, type NetworkResource, newsKinds, resourceKinds } from '@learnonce/contracts'
import { Anchor, Badge, Button, Group, Paper, Select, Stack, Tabs, Text, Textarea, TextInput, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { Markdown } from '../../../components/markdown'
import { paths } from '../../../config/paths'
import { useMe } from '../../auth/api/get-me'
import { useJourneyStageOptions } from '../../content/components/classification-fields'
import { FileLink } from '../../files/components/file-link'
import { FileUploadButton } from '../../files/components/file-upload-button'
import {
  newsQueryOptions,
  resourcesQueryOptions,
  threadsQueryOptions,
  useAddResource,
  usePublishNews,
  useRemoveNews,
  useRemoveResource,
  useStartThread,
} from '../api/community'
import { NetworkActivityLog } from './network-activity'
import { canModerate, takesPart } from './roles'

const label = (value: string) => (value.charAt(0).toUpperCase() + value.slice(1)).replaceAll('_', ' ')

/** The network as a learning community: its library, discussions and news, and what happened lately, one tab each. */
export function CommunityTabs({ network }: { network: Network }) {
  return (
    <Tabs defaultValue="library" keepMounted={false}>
      <Tabs.List aria-label="Community">
        <Tabs.Tab value="library">Library</Tabs.Tab>
        <Tabs.Tab value="discussions">Discussions</Tabs.Tab>
        <Tabs.Tab value="news">News</Tabs.Tab>
        <Tabs.Tab value="activity">Activity</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="library" pt="md">
        <Library network={network} />
      </Tabs.Panel>
      <Tabs.Panel value="discussions" pt="md">
        <Discussions network={network} />
      </Tabs.Panel>
      <Tabs.Panel value="news" pt="md">
        <News network={network} />
      </Tabs.Panel>
      <Tabs.Panel value="activity" pt="md">
        <NetworkActivityLog network={network} />
      </Tabs.Panel>
    </Tabs>
  )
}

interface ResourceDraft {
  title: string
  kind: NetworkResource['kind']
  journeyStage: JourneyStage | null
  url: string
  /** An uploaded file, attached when the resource is saved. */
  file: FileMeta | null
}
const emptyDraft: ResourceDraft = { title: '', kind: 'other', journeyStage: null, url: '', file: null }

function Library({ network }: { network: Network }) {
  const { data: me } = useMe()
  const resources = useQuery(resourcesQueryOptions(network.id))
  const add = useAddResource(network.id)
  const remove = useRemoveResource(network.id)
  const stages = useJourneyStageOptions()
  const [draft, setDraft] = useState<ResourceDraft>(emptyDraft)
  if (resources.isPending) return <LoadingSkeleton rows={3} label="Loading the library" />
  if (resources.isError) return <ErrorState error={resources.error} title="The library could not be loaded" onRetry={resources.refetch} />
  return (
    <Stack gap="sm">
      {resources.data.data.length === 0 && <Text c="dimmed">Nothing in the library yet.</Text>}
      <Stack gap="xs" role="list" aria-label="Library">
        {resources.data.data.map((resource) => (
          <Paper key={resource.id} withBorder p="sm" role="listitem">
            <Group justify="space-between" wrap="nowrap">
              <Stack gap={2}>
                <Group gap="xs">
                  <Badge variant="light" size="sm">
                    {label(resource.kind)}
                  </Badge>
                  {resource.fileId ? (
                    <FileLink title={resource.title} file={resource.file} />
                  ) : (
                    <Anchor href={resource.url ?? '#'} target="_blank" rel="noreferrer">
                      {resource.title}
                    </Anchor>
                  )}
                </Group>
                {resource.description && (
                  <Text size="sm" c="dimmed">
                    {resource.description}
                  </Text>
                )}
              </Stack>
              {canModerate(me, network) && (
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => remove.mutate(resource)}
                  aria-label={`Remove ${resource.title}`}
                >
                  Remove
                </Button>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
      {takesPart(me, network) && (
        <Paper withBorder p="sm">
          <Stack gap="xs">
            <Title order={3} size="h5">
              Add a link or a file
            </Title>
            <Group grow>
              <TextInput label="Title" value={draft.title} onChange={(event) => setDraft({ ...draft, title: event.currentTarget.value })} />
              <Select
                label="Kind"
                data={resourceKinds.map((kind) => ({ value: kind, label: label(kind) }))}
                value={draft.kind}
                onChange={(kind) => setDraft({ ...draft, kind: (kind ?? 'other') as NetworkResource['kind'] })}
              />
              <Select
                label="Helps with"
                placeholder="Any stage"
                clearable
                data={stages}
                value={draft.journeyStage}
                onChange={(stage) => setDraft({ ...draft, journeyStage: stage as JourneyStage | null })}
              />
            </Group>
            {draft.file ? (
              <Group gap="xs">
                <Text size="sm">File: {draft.file.name}</Text>
                <Button size="xs" variant="subtle" onClick={() => setDraft({ ...draft, file: null })}>
                  Use a link instead
                </Button>
              </Group>
            ) : (
              <Group align="end">
                <TextInput
                  style={{ flex: 1 }}
                  label="Address"
                  value={draft.url}
                  onChange={(event) => setDraft({ ...draft, url: event.currentTarget.value })}
                />
                <FileUploadButton label="Or upload a file" onUploaded={(file) => setDraft({ ...draft, file, url: '' })} />
              </Group>
            )}
            {add.error && (
              <Text c="red" size="sm">
                {add.error.message}
              </Text>
            )}
            <Group>
              <Button
                size="xs"
                loading={add.isPending}
                disabled={!draft.title.trim() || (!draft.url.trim() && !draft.file)}
                onClick={() =>
                  add.mutate(
                    {
                      title: draft.title,
                      kind: draft.kind,
                      journeyStage: draft.journeyStage,
                      ...(draft.file ? { fileId: draft.file.id } : { url: draft.url.trim() }),
                    },
                    { onSuccess: () => setDraft(emptyDraft) },
                  )
                }
              >
                Add to the library
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  )
}

function Discussions({ network }: { network: Network }) {
  const { data: me } = useMe()
  const [q, setQ] = useState('')
  const threads = useQuery(threadsQueryOptions(network.id, q))
  const start = useStartThread(network.id)
  const [draft, setDraft] = useState({ title: '', body: '' })
  return (
    <Stack gap="sm">
      <TextInput label="Search discussions" value={q} onChange={(event) => setQ(event.currentTarget.value)} />
      {threads.isPending && <LoadingSkeleton rows={3} label="Loading discussions" />}
      {threads.isError && <ErrorState error={threads.error} title="Discussions could not be loaded" onRetry={threads.refetch} />}
      {threads.data?.data.length === 0 && <Text c="dimmed">No discussions yet.</Text>}
      <Stack gap="xs" role="list" aria-label="Discussions">
        {threads.data?.data.map((thread) => (
          <Paper key={thread.id} withBorder p="sm" role="listitem">
            <Group justify="space-between">
              <Group gap="xs">
                {thread.pinned && <Badge size="sm">Pinned</Badge>}
                {thread.locked && (
                  <Badge size="sm" color="gray">
                    Locked
                  </Badge>
                )}
                <Anchor component={Link} to={paths.networks.thread.href(network.id, thread.id)}>
                  {thread.title}
                </Anchor>
              </Group>
              <Text size="xs" c="dimmed">
                {thread.postCount} {thread.postCount === 1 ? 'post' : 'posts'} · {thread.authorName ?? 'Someone'}
              </Text>
            </Group>
          </Paper>
        ))}
      </Stack>
      {takesPart(me, network) && (
        <Paper withBorder p="sm">
          <Stack gap="xs">
            <Title order={3} size="h5">
              Start a discussion
            </Title>
            <TextInput label="Title" value={draft.title} onChange={(event) => setDraft({ ...draft, title: event.currentTarget.value })} />
            <Textarea
              label="Your post"
              autosize
              minRows={3}
              value={draft.body}
              onChange={(event) => setDraft({ ...draft, body: event.currentTarget.value })}
            />
            {start.error && (
              <Text c="red" size="sm">
                {start.error.message}
              </Text>
            )}
            <Group>
              <Button
                size="xs"
                loading={start.isPending}
                disabled={!draft.title.trim() || !draft.body.trim()}
                onClick={() => start.mutate(draft, { onSuccess: () => setDraft({ title: '', body: '' }) })}
              >
                Start the discussion
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  )
}

interface NewsDraft {
  title: string
  body: string
  kind: (typeof newsKinds)[number]
  /** Uploaded files, attached when the news is published. */
  files: FileMeta[]
}
const emptyNews: NewsDraft = { title: '', body: '', kind: 'announcement', files: [] }

function News({ network }: { network: Network }) {
  const { data: me } = useMe()
  const news = useQuery(newsQueryOptions(network.id))
  const publish = usePublishNews(network.id)
  const remove = useRemoveNews(network.id)
  const [draft, setDraft] = useState<NewsDraft>(emptyNews)
  if (news.isPending) return <LoadingSkeleton rows={3} label="Loading news" />
  if (news.isError) return <ErrorState error={news.error} title="News could not be loaded" onRetry={news.refetch} />
  return (
    <Stack gap="sm">
      {news.data.data.length === 0 && <Text c="dimmed">No news yet.</Text>}
      <Stack gap="xs" role="list" aria-label="News">
        {news.data.data.map((item) => (
          <Paper key={item.id} id={item.id} withBorder p="sm" role="listitem">
            <Group justify="space-between">
              <Title order={3} size="h5">
                {item.title}
              </Title>
              <Group gap="xs">
                <Badge variant="light" size="sm">
                  {label(item.kind)}
                </Badge>
                {canModerate(me, network) && (
                  <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(item)} aria-label={`Remove ${item.title}`}>
                    Remove
                  </Button>
                )}
              </Group>
            </Group>
            <Text size="xs" c="dimmed">
              {new Date(item.publishedAt).toLocaleDateString()} · {item.authorName ?? 'The coordinators'}
            </Text>
            <Markdown>{item.body}</Markdown>
            {item.files.map((file) => (
              <div key={file.id}>
                <FileLink title={file.name} file={file} />
              </div>
            ))}
          </Paper>
        ))}
      </Stack>
      {canModerate(me, network) && (
        <Paper withBorder p="sm">
          <Stack gap="xs">
            <Title order={3} size="h5">
              Publish news
            </Title>
            <TextInput
              label="Headline"
              value={draft.title}
              onChange={(event) => setDraft({ ...draft, title: event.currentTarget.value })}
            />
            <Select
              label="Kind"
              data={newsKinds.map((kind) => ({ value: kind, label: label(kind) }))}
              value={draft.kind}
              onChange={(kind) => setDraft({ ...draft, kind: (kind ?? 'announcement') as (typeof newsKinds)[number] })}
            />
            <Textarea
              label="Text"
              autosize
              minRows={3}
              value={draft.body}
              onChange={(event) => setDraft({ ...draft, body: event.currentTarget.value })}
            />
            {draft.files.length > 0 && <Text size="sm">Attached: {draft.files.map((file) => file.name).join(', ')}</Text>}
            <Group>
              <FileUploadButton label="Attach a file" onUploaded={(file) => setDraft({ ...draft, files: [...draft.files, file] })} />
              <Button
                size="xs"
                loading={publish.isPending}
                disabled={!draft.title.trim() || !draft.body.trim()}
                onClick={() =>
                  publish.mutate(
                    { title: draft.title, body: draft.body, kind: draft.kind, fileIds: draft.files.map((file) => file.id) },
                    { onSuccess: () => setDraft(emptyNews) },
                  )
                }
              >
                Publish
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  )
}
