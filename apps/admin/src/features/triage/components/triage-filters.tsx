import { type ContentType, contentTypes, type Region, regions, type TriageCounts } from '@learnonce/contracts'
import { Group, SegmentedControl, Select, Stack, Text } from '@mantine/core'
import type { TriageFilters } from '../api/triage'
import { regionLabels, typePluralLabels } from '../labels'

export interface TriageFilterBarProps {
  filters: TriageFilters
  counts: TriageCounts | undefined
  /** Theme slug → name, from the taxonomy. */
  themeNames: ReadonlyMap<string, string>
  onChange: (changes: Partial<Record<keyof TriageFilters, string | null>>) => void
}

const counted = (label: string, count: number | undefined) => (count === undefined ? label : `${label} (${count})`)

/** The queue's filters, each choice with how many items it would show (from GET /v1/triage/counts). */
export function TriageFilterBar({ filters, counts, themeNames, onChange }: TriageFilterBarProps) {
  const typeTotal = counts ? counts.type.lesson + counts.type.case_study + counts.type.solution : undefined
  const assigneeTotal = counts ? counts.status.submitted + counts.status.in_review : undefined
  const regionCount = new Map(counts?.region.map((entry) => [entry.region, entry.count]))
  const themeCount = new Map(counts?.theme.map((entry) => [entry.theme, entry.count]))
  // Themes with something waiting come first; the chosen one stays listed even when its count is 0.
  const themeSlugs = [...new Set([...(counts?.theme.map((entry) => entry.theme) ?? []), ...(filters.theme ? [filters.theme] : [])])]

  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      <Stack gap={4}>
        <Text size="sm" fw={500} id="triage-type-label">
          Kind
        </Text>
        <SegmentedControl
          size="xs"
          aria-labelledby="triage-type-label"
          value={filters.type ?? 'all'}
          onChange={(value) => onChange({ type: value === 'all' ? null : value })}
          data={[
            { value: 'all', label: counted('All', typeTotal) },
            ...contentTypes.map((type: ContentType) => ({ value: type, label: counted(typePluralLabels[type], counts?.type[type]) })),
          ]}
        />
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="triage-assignee-label">
          Assignee
        </Text>
        <SegmentedControl
          size="xs"
          aria-labelledby="triage-assignee-label"
          value={filters.assignee ?? 'all'}
          onChange={(value) => onChange({ assignee: value === 'all' ? null : value })}
          data={[
            { value: 'all', label: counted('Anyone', assigneeTotal) },
            { value: 'none', label: counted('Unclaimed', counts?.assignee.none) },
            { value: 'me', label: counted('Mine', counts?.assignee.me) },
          ]}
        />
      </Stack>
      <Select
        size="xs"
        w={220}
        label="Theme"
        placeholder="Any theme"
        clearable
        searchable
        value={filters.theme ?? null}
        onChange={(value) => onChange({ theme: value })}
        data={themeSlugs.map((slug) => ({ value: slug, label: counted(themeNames.get(slug) ?? slug, themeCount.get(slug) ?? 0) }))}
        nothingFoundMessage="No theme has anything waiting"
      />
      <Select
        size="xs"
        w={200}
        label="Region"
        placeholder="Any region"
        clearable
        value={filters.region ?? null}
        onChange={(value) => onChange({ region: value })}
        data={regions.map((region: Region) => ({ value: region, label: counted(regionLabels[region], regionCount.get(region) ?? 0) }))}
      />
    </Group>
  )
}
