import type { ContentStatus, MyItem } from '@learnonce/contracts'
import { Anchor, Blockquote, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { Link } from 'react-router'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { RelativeTime } from '../../../components/relative-time'
import { contentPathsByType, paths } from '../../../config/paths'
import { useMine, useMyItemsInState } from '../api/dashboard'
import { ContentSection } from './content-section'
import { StatCard } from './stat-card'

const kindNames = { lesson: 'Lesson', case_study: 'Case study', solution: 'Solution' } as const

function ItemList({
  status,
  title,
  empty,
  children,
}: {
  status: ContentStatus
  title: string
  empty: { title: string; description: string }
  children: (item: MyItem) => React.ReactNode
}) {
  const items = useMyItemsInState(status)
  const headingId = `${status}-heading`
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        <Anchor component={Link} to={paths.myItems.href({ status })} size="sm">
          See all
        </Anchor>
      </Group>
      {items.isError ? (
        <ErrorState error={items.error} onRetry={() => items.refetch()} />
      ) : !items.data ? (
        <LoadingSkeleton rows={3} label={`Loading ${title.toLowerCase()}`} />
      ) : items.data.data.length === 0 ? (
        <EmptyState title={empty.title} description={empty.description} />
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.data.data.map((item) => (
            <li key={item.id}>{children(item)}</li>
          ))}
        </Stack>
      )}
    </Card>
  )
}

function ItemLine({ item }: { item: MyItem }) {
  const links = contentPathsByType[item.type]
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Stack gap={0}>
        <Anchor component={Link} to={item.canEdit ? links.edit.href(item.id) : links.detail.href(item.id)} fw={500}>
          {item.title}
        </Anchor>
        <Text size="xs" c="dimmed">
          {kindNames[item.type]} · changed <RelativeTime value={item.updatedAt} />
        </Text>
      </Stack>
    </Group>
  )
}

/** A contributor's home: their drafts, what came back with a note, and what went out. */
export function ContributorHome() {
  const mine = useMine()
  const count = (...statuses: ContentStatus[]) =>
    mine.data ? mine.data.byState.filter((row) => statuses.includes(row.status)).reduce((sum, row) => sum + row.count, 0) : undefined
  return (
    <Stack gap="xl">
      <Group gap="sm">
        <Button component={Link} to={paths.lessons.new.path}>
          Write a lesson
        </Button>
        <Button component={Link} to={paths.caseStudies.new.path} variant="light">
          Write a case study
        </Button>
        <Button component={Link} to={paths.solutions.new.path} variant="light">
          Share a solution
        </Button>
      </Group>
      {mine.isError ? (
        <ErrorState error={mine.error} title="Your figures did not load" onRetry={() => mine.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <StatCard label="Drafts" value={count('draft')} hint="Not sent yet" to={paths.myItems.href({ status: 'draft' })} />
          <StatCard
            label="Sent back"
            value={count('changes_requested')}
            hint="A curator asked for changes"
            to={paths.myItems.href({ status: 'changes_requested' })}
          />
          <StatCard label="With curators" value={count('submitted', 'in_review')} hint="Waiting or in review" to={paths.myItems.path} />
          <StatCard
            label="Published"
            value={count('published')}
            hint="Your sites' items"
            to={paths.myItems.href({ status: 'published' })}
          />
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ItemList
          status="changes_requested"
          title="Sent back to you"
          empty={{ title: 'Nothing sent back', description: 'When a curator asks for changes, the item and their note show here.' }}
        >
          {(item) => (
            <Stack gap={4}>
              <ItemLine item={item} />
              {item.decisionNote && (
                <Blockquote color="orange" p="xs" fz="sm" cite="— the curator's note">
                  {item.decisionNote}
                </Blockquote>
              )}
            </Stack>
          )}
        </ItemList>
        <ItemList
          status="draft"
          title="Your drafts"
          empty={{ title: 'No drafts', description: 'Start one with "Write a lesson"; drafts stay here until you submit them.' }}
        >
          {(item) => <ItemLine item={item} />}
        </ItemList>
      </SimpleGrid>
      <Card withBorder padding="md" radius="md" component="section" aria-labelledby="published-heading">
        <Title order={2} size="h4" mb="sm" id="published-heading">
          Recently published from your sites
        </Title>
        {mine.isError ? null : !mine.data ? (
          <LoadingSkeleton rows={3} label="Loading what was published" />
        ) : mine.data.recentlyPublished.length === 0 ? (
          <EmptyState title="Nothing published yet" description="Once a curator publishes one of your items, it shows here." />
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {mine.data.recentlyPublished.map((item) => (
              <Group key={item.id} component="li" justify="space-between" wrap="nowrap">
                <Anchor component={Link} to={contentPathsByType[item.type].detail.href(item.id)}>
                  {item.title}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {kindNames[item.type]} · <RelativeTime value={item.publishedAt} />
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </Card>
      <ContentSection withCharts={false} />
    </Stack>
  )
}
