import { type ContentLink, type ContentType, isFileLink } from '@learnonce/contracts'
import { Anchor, Badge, Button, Divider, Group, List, Stack, Text, Title } from '@mantine/core'
import { useQueries, useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { Markdown } from '../../../components/markdown'
import { RelativeTime } from '../../../components/relative-time'
import { StaleBadge, StatusBadge } from '../../../components/status-badge'
import { useMe } from '../../auth/api/get-me'
import { FileLink } from '../../files/components/file-link'
import { FollowButton } from '../../following/components/follow-button'
import { contentQueryOptions } from '../api/content'
import { type AnyItem, type ContentKind, kinds, siteIdsOf } from '../api/kinds'
import { useSiteNames, useTermNames } from '../api/taxonomy'

/** Whether the signed-in person may open the editor (the API decides for real: content/policy.ts canEdit). */
export function useMayEdit(item: AnyItem): boolean {
  const { data: me } = useMe()
  if (me.role !== 'contributor') return true
  return ['draft', 'changes_requested'].includes(item.status) && siteIdsOf(item).some((id) => me.siteIds.includes(id))
}

/** A Markdown section a reader meets under its heading; left out when nobody wrote it. */
export function Section({ title, markdown }: { title: string; markdown: string | null | undefined }) {
  if (!markdown?.trim()) return null
  return (
    <Stack gap={4} component="section">
      <Title order={2} size="h4">
        {title}
      </Title>
      <Markdown>{markdown}</Markdown>
    </Stack>
  )
}

export function LinkList({ title, links }: { title: string; links: ContentLink[] | undefined }) {
  if (!links?.length) return null
  return (
    <Stack gap={4} component="section">
      <Title order={2} size="h4">
        {title}
      </Title>
      <List size="sm" spacing={4}>
        {links.map((link) => (
          <List.Item key={isFileLink(link) ? link.fileId : link.url}>
            {isFileLink(link) ? (
              <FileLink title={link.title} file={link.file} />
            ) : (
              <Anchor href={link.url} target="_blank" rel="noopener noreferrer">
                {link.title}
              </Anchor>
            )}{' '}
            <Text span size="xs" c="dimmed">
              ({link.kind})
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  )
}

/** Items this one points at, by title; ones the reader may not see are left out. */
export function RelatedItems({ groups }: { groups: { type: ContentType; ids: string[] }[] }) {
  const wanted = groups.flatMap((group) => group.ids.slice(0, 10).map((id) => ({ type: group.type, id })))
  const results = useQueries({
    queries: wanted.map(({ type, id }) => ({ ...contentQueryOptions(kinds[type], id), retry: false })),
  })
  const found = results.flatMap((result, index) => (result.data && wanted[index] ? [{ ...wanted[index], item: result.data }] : []))
  if (wanted.length === 0) return null
  return (
    <Stack gap={4} component="section">
      <Title order={2} size="h4">
        Related
      </Title>
      {found.length === 0 && (
        <Text size="sm" c="dimmed">
          {results.some((result) => result.isPending) ? 'Loading…' : 'Nothing related that you can see.'}
        </Text>
      )}
      <List size="sm" spacing={4}>
        {found.map(({ type, id, item }) => (
          <List.Item key={id}>
            <Text span size="xs" c="dimmed" tt="uppercase" mr={6}>
              {kinds[type].noun}
            </Text>
            <Anchor component={Link} to={kinds[type].paths.detail.href(id)}>
              {item.title}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Stack>
  )
}

/** The item as a reader sees it: title, state, where it comes from and how it is classified, then `children`. */
export function ContentDetail<Item extends AnyItem>({
  kind,
  children,
  aside,
}: {
  kind: ContentKind
  children: (item: Item) => ReactNode
  /** What follows the item (lineage, adoptions). */
  aside?: (item: Item) => ReactNode
}) {
  const { id = '' } = useParams()
  const query = useQuery(contentQueryOptions<Item>(kind, id))
  if (query.isPending) return <LoadingSkeleton rows={10} withTitle label={`Loading the ${kind.noun}`} />
  if (query.isError) return <ErrorState error={query.error} title={`The ${kind.noun} could not be loaded`} onRetry={query.refetch} />
  return (
    <Stack gap="lg" maw={860}>
      <DetailHeader kind={kind} item={query.data} />
      {children(query.data)}
      {aside?.(query.data)}
    </Stack>
  )
}

function DetailHeader({ kind, item }: { kind: ContentKind; item: AnyItem }) {
  const mayEdit = useMayEdit(item)
  const termName = useTermNames()
  const { name } = useSiteNames()
  const stage = 'journeyStage' in item ? item.journeyStage : null
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase">
            {kind.noun}
          </Text>
          <Title order={1}>{item.title}</Title>
        </Stack>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          <StatusBadge status={item.status} size="md" />
          <FollowButton type="item" id={item.id} label={item.title} />
          {item.stale && <StaleBadge reviewBy={item.reviewBy} size="md" />}
          {mayEdit && (
            <Button component={Link} to={kind.paths.edit.href(item.id)} variant="default" size="xs">
              Edit
            </Button>
          )}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {siteIdsOf(item).map(name).join(', ')} ·{' '}
        {item.publishedAt ? (
          <>
            published <RelativeTime value={item.publishedAt} />
            {item.reviewBy && item.status === 'published' && (
              <>
                {' '}
                · review due <RelativeTime value={item.reviewBy} />
              </>
            )}
          </>
        ) : (
          <>
            changed <RelativeTime value={item.updatedAt} />
          </>
        )}
      </Text>
      <Group gap={6}>
        {stage && (
          <Badge variant="light" color="teal">
            {termName(stage)}
          </Badge>
        )}
        {item.themes.map((theme) => (
          <Badge key={theme} variant="outline" color="gray">
            {termName(theme)}
          </Badge>
        ))}
        {item.careSettings.map((setting) => (
          <Badge key={setting} variant="light" color="gray">
            {termName(setting)}
          </Badge>
        ))}
        {item.tags.map((tag) => (
          <Badge key={tag} variant="dot" color="gray">
            {tag}
          </Badge>
        ))}
      </Group>
      <Divider />
    </Stack>
  )
}
