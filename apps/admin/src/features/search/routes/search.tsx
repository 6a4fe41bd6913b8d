import { type SearchHit, searchTypes } from '@learnonce/contracts'
import { Anchor, Badge, Card, Chip, Group, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { useInfiniteQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { LoadMore } from '../../../components/load-more'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { paths } from '../../../config/paths'
import { useListNavigation } from '../../../hooks/use-list-navigation'
import { useUrlFilters } from '../../../hooks/use-url-filters'
import { kinds } from '../../content/api/kinds'
import { searchQueryOptions } from '../api/search'
import { SearchSnippet } from '../components/search-snippet'

const typeLabels: Record<SearchHit['type'], string> = {
  lesson: 'Lessons',
  case_study: 'Case studies',
  solution: 'Solutions',
  network: 'Networks',
}
const hitPath = (hit: SearchHit) =>
  hit.type === 'network' ? paths.networks.detail.href(hit.id) : kinds[hit.type].paths.detail.href(hit.id)

/** Route module: "Has anyone done this before?" — one search over every kind, best match first. */
export function Component() {
  const [filters, setFilters] = useUrlFilters(['q', 'types'])
  const [text, setText] = useState(filters.q ?? '')
  useEffect(() => setText(filters.q ?? ''), [filters.q])
  const commit = useDebouncedCallback((q: string) => setFilters({ q }), 300)
  const q = filters.q ?? ''
  const chosen = filters.types ? filters.types.split(',') : []
  const query = useInfiniteQuery(searchQueryOptions(q, filters.types))
  const navigate = useNavigate()
  const hits = query.data?.pages.flatMap((page) => page.data) ?? []
  const { getRowProps } = useListNavigation({
    count: hits.length,
    onOpen: (index) => {
      const hit = hits[index]
      if (hit) navigate(hitPath(hit))
    },
  })
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>Search</Title>
        <Text c="dimmed">Has anyone done this before? Lessons, case studies, solutions and networks, best match first.</Text>
      </div>
      <TextInput
        label="Search everything"
        placeholder="e.g. consent text message — “quoted phrases”, or, -excluded"
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value)
          commit(event.currentTarget.value.trim())
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') setFilters({ q: text.trim() })
        }}
        data-autofocus
      />
      <Chip.Group multiple value={chosen} onChange={(types) => setFilters({ types: types.join(',') })}>
        <Group gap="xs" role="group" aria-label="Kinds to search">
          {searchTypes.map((type) => (
            <Chip key={type} value={type} size="sm">
              {typeLabels[type]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {!q && (
        <EmptyState
          title="Type a few words to search"
          description="Quote a phrase to find it whole; put - before a word to leave it out."
        />
      )}
      {q && query.isPending && <LoadingSkeleton rows={6} label="Searching" />}
      {query.isError && <ErrorState error={query.error} title="The search did not work" onRetry={query.refetch} />}
      {q && query.isSuccess && hits.length === 0 && (
        <EmptyState title="Nothing found" description="Try fewer or other words, or search every kind." />
      )}
      <Stack gap="xs" role="list" aria-label="Search results">
        {hits.map((hit, index) => {
          const { onClick, ref, ...selection } = getRowProps(index)
          return (
            <Card
              key={`${hit.type}:${hit.id}`}
              withBorder
              padding="sm"
              role="listitem"
              ref={ref}
              onClick={onClick}
              style={selection['data-active'] ? { outline: '2px solid var(--mantine-primary-color-filled)' } : undefined}
            >
              <Group gap="xs" wrap="nowrap">
                <Badge size="xs" variant="light" color="gray">
                  {hit.type === 'network' ? 'network' : kinds[hit.type].noun}
                </Badge>
                <Anchor component={Link} to={hitPath(hit)} fw={600}>
                  {hit.title}
                </Anchor>
              </Group>
              <SearchSnippet html={hit.snippet} />
            </Card>
          )
        })}
      </Stack>
      <LoadMore query={query} />
    </Stack>
  )
}
