import { type ContentStatus, contentStatuses, regions } from '@learnonce/contracts'
import { Anchor, Badge, Button, Card, CloseButton, Group, Pill, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { LoadMore } from '../../../components/load-more'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { RelativeTime } from '../../../components/relative-time'
import { StaleBadge, StatusBadge, statusLabel } from '../../../components/status-badge'
import { useListNavigation } from '../../../hooks/use-list-navigation'
import { useUrlFilters } from '../../../hooks/use-url-filters'
import { useMe } from '../../auth/api/get-me'
import { ExportMenu } from '../../exports/components/export-menu'
import { snippetsQueryOptions } from '../../search/api/search'
import { SearchSnippet } from '../../search/components/search-snippet'
import { contentListQueryOptions } from '../api/content'
import type { ContentKind } from '../api/kinds'
import { useTaxonomy, useTermNames } from '../api/taxonomy'
import { useJourneyStageOptions } from './classification-fields'

/** What every kind's list row has, as far as a card shows it. */
export interface ListRow {
  id: string
  title: string
  status: ContentStatus
  themes: string[]
  updatedAt: string
  summary?: string
  problem?: string
  journeyStage?: string | null
  /** Published and within 30 days of reviewBy, or past it. */
  stale: boolean
  reviewBy: string | null
}

const regionLabel = (region: string) => region.charAt(0).toUpperCase() + region.slice(1).replaceAll('_', ' ')
const filterKeys = ['q', 'theme', 'journeyStage', 'region', 'status', 'stale'] as const

/** The list's search box: typing updates the URL after a pause (the header's `/` search looks through every kind). */
function SearchBox({ value, onChange, label }: { value: string; onChange: (value: string) => void; label: string }) {
  const [text, setText] = useState(value)
  const commit = useDebouncedCallback(onChange, 300)
  useEffect(() => setText(value), [value])
  return (
    <TextInput
      label={label}
      placeholder="Words to find"
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value)
        commit(event.currentTarget.value.trim())
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onChange(text.trim())
        if (event.key === 'Escape') event.currentTarget.blur()
      }}
      rightSection={
        text ? (
          <CloseButton
            aria-label="Clear search"
            onClick={() => {
              setText('')
              onChange('')
            }}
          />
        ) : null
      }
      style={{ flex: 1, minWidth: 240 }}
    />
  )
}

/**
 * A browse list of one kind: search with highlighted hits, filters kept in the URL as removable pills,
 * a card per item with its state, "Load more" over the cursor, and j/k/Enter.
 */
export function ContentListPage({ kind, question }: { kind: ContentKind; question: string }) {
  const { data: me } = useMe()
  const [filters, setFilters] = useUrlFilters(filterKeys)
  const navigate = useNavigate()
  const taxonomy = useTaxonomy()
  const termName = useTermNames()
  const stageOptions = useJourneyStageOptions()
  const curating = me.role !== 'contributor'
  const apiFilters = {
    ...filters,
    ...(curating ? {} : { status: undefined }),
    journeyStage: kind.type === 'solution' ? undefined : filters.journeyStage,
    stale: filters.stale === 'true' ? 'true' : undefined,
  }
  const list = useInfiniteQuery(contentListQueryOptions<ListRow>(kind, apiFilters))
  const snippets = useQuery(snippetsQueryOptions(filters.q ?? '', kind.type))
  const rows = list.data?.pages.flatMap((page) => page.data) ?? []
  const { getRowProps } = useListNavigation({
    count: rows.length,
    onOpen: (index) => {
      const row = rows[index]
      if (row) navigate(kind.paths.detail.href(row.id))
    },
  })

  type ActiveFilter = { key: (typeof filterKeys)[number]; label: string }
  const active: ActiveFilter[] = []
  if (filters.theme) active.push({ key: 'theme', label: `Theme: ${termName(filters.theme)}` })
  if (filters.journeyStage && kind.type !== 'solution')
    active.push({ key: 'journeyStage', label: `Stage: ${termName(filters.journeyStage)}` })
  if (filters.region) active.push({ key: 'region', label: `Region: ${regionLabel(filters.region)}` })
  if (filters.status && curating) active.push({ key: 'status', label: `State: ${statusLabel(filters.status as ContentStatus)}` })
  if (filters.stale === 'true') active.push({ key: 'stale', label: 'Stale only' })
  const filtered = active.length > 0 || Boolean(filters.q)

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{kind.plural}</Title>
          <Text c="dimmed">{question}</Text>
        </div>
        <Group gap="sm">
          {/* Exports are for curators and admins (the API refuses contributors). */}
          {curating && <ExportMenu apiPath={kind.apiPath} filters={apiFilters} what={kind.plural.toLowerCase()} />}
          <Button component={Link} to={kind.paths.new.path} variant="light">
            New {kind.noun}
          </Button>
        </Group>
      </Group>
      <Group align="flex-end" gap="sm">
        <SearchBox value={filters.q ?? ''} onChange={(q) => setFilters({ q })} label={`Search ${kind.plural.toLowerCase()}`} />
        <Select
          label="Theme"
          placeholder="Any theme"
          data={(taxonomy.data?.themes ?? []).map((theme) => ({ value: theme.slug, label: theme.name }))}
          searchable
          clearable
          w={200}
          value={filters.theme ?? null}
          onChange={(theme) => setFilters({ theme })}
        />
        {kind.type !== 'solution' && (
          <Select
            label="Journey stage"
            placeholder="Any stage"
            data={stageOptions}
            clearable
            w={190}
            value={filters.journeyStage ?? null}
            onChange={(journeyStage) => setFilters({ journeyStage })}
          />
        )}
        <Select
          label="Region"
          placeholder="Any region"
          data={regions.map((region) => ({ value: region, label: regionLabel(region) }))}
          clearable
          w={190}
          value={filters.region ?? null}
          onChange={(region) => setFilters({ region })}
        />
        {curating && (
          <Select
            label="State"
            placeholder="Any state"
            data={contentStatuses.map((status) => ({ value: status, label: statusLabel(status) }))}
            clearable
            w={170}
            value={filters.status ?? null}
            onChange={(status) => setFilters({ status })}
          />
        )}
        <Switch
          label="Stale only"
          description="Due for review"
          checked={filters.stale === 'true'}
          onChange={(event) => setFilters({ stale: event.currentTarget.checked ? 'true' : null })}
        />
      </Group>
      {active.length > 0 && (
        <Group gap="xs" aria-label="Active filters" role="group">
          {active.map((filter) => (
            <Pill
              key={filter.key}
              withRemoveButton
              onRemove={() => setFilters({ [filter.key]: null })}
              removeButtonProps={{ 'aria-label': `Remove ${filter.label}` }}
            >
              {filter.label}
            </Pill>
          ))}
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => setFilters({ theme: null, journeyStage: null, region: null, status: null, stale: null })}
          >
            Clear filters
          </Button>
        </Group>
      )}
      {list.isPending && <LoadingSkeleton rows={8} label={`Loading ${kind.plural.toLowerCase()}`} />}
      {list.isError && <ErrorState error={list.error} title={`${kind.plural} could not be loaded`} onRetry={list.refetch} />}
      {list.isSuccess && rows.length === 0 && (
        <EmptyState
          title={filtered ? `No ${kind.plural.toLowerCase()} match` : `No ${kind.plural.toLowerCase()} yet`}
          description={filtered ? 'Try fewer words or clear a filter.' : `Be the first: write a ${kind.noun} about your site’s work.`}
          action={
            filtered ? (
              <Button
                variant="default"
                onClick={() => setFilters({ q: null, theme: null, journeyStage: null, region: null, status: null, stale: null })}
              >
                Clear search and filters
              </Button>
            ) : (
              <Button component={Link} to={kind.paths.new.path}>
                New {kind.noun}
              </Button>
            )
          }
        />
      )}
      <Stack gap="xs" role="list" aria-label={kind.plural}>
        {rows.map((row, index) => {
          const snippet = snippets.data?.get(row.id)
          const { onClick, ref, ...selection } = getRowProps(index)
          return (
            <Card
              key={row.id}
              withBorder
              padding="sm"
              role="listitem"
              ref={ref}
              onClick={onClick}
              data-active={selection['data-active']}
              aria-current={selection['aria-selected'] || undefined}
              style={selection['data-active'] ? { outline: '2px solid var(--mantine-primary-color-filled)' } : undefined}
            >
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Anchor component={Link} to={kind.paths.detail.href(row.id)} fw={600}>
                  {row.title}
                </Anchor>
                <StatusBadge status={row.status} />
                {row.stale && <StaleBadge reviewBy={row.reviewBy} />}
              </Group>
              {snippet ? (
                <SearchSnippet html={snippet} />
              ) : (
                <Text size="sm" c="dimmed" lineClamp={2}>
                  {row.summary ?? row.problem}
                </Text>
              )}
              <Group gap={6} mt={6}>
                {row.themes.slice(0, 4).map((theme) => (
                  <Badge key={theme} size="xs" variant="outline" color="gray">
                    {termName(theme)}
                  </Badge>
                ))}
                {row.journeyStage && (
                  <Badge size="xs" variant="light" color="teal">
                    {termName(row.journeyStage)}
                  </Badge>
                )}
                <Text size="xs" c="dimmed" ml="auto">
                  Changed <RelativeTime value={row.updatedAt} />
                </Text>
              </Group>
            </Card>
          )
        })}
      </Stack>
      <LoadMore query={list} />
    </Stack>
  )
}
