import { Group, Stack, Text, TextInput, Title } from '@mantine/core'
import { useUrlFilters } from '../../../hooks/use-url-filters'
import { AdoptionReportSection, PipelineReportSection } from '../components/report-sections'

const isDay = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined)

/** Route module: "What do we send upward?" Both reports over one period, kept in the URL. */
export function Component() {
  const [filters, setFilters] = useUrlFilters(['from', 'to'])
  const period = { from: isDay(filters.from), to: isDay(filters.to) }
  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>Reports</Title>
        <Text c="dimmed">What do we send upward? Adoptions and the review pipeline over a period, as charts, tables and CSV.</Text>
      </div>
      <Group align="flex-end" gap="sm" role="group" aria-label="Period">
        <TextInput
          type="date"
          label="From"
          description="Default: twelve months ago"
          value={period.from ?? ''}
          max={period.to}
          onChange={(event) => setFilters({ from: event.currentTarget.value || null })}
        />
        <TextInput
          type="date"
          label="To"
          description="Default: today"
          value={period.to ?? ''}
          min={period.from}
          onChange={(event) => setFilters({ to: event.currentTarget.value || null })}
        />
      </Group>
      <AdoptionReportSection period={period} />
      <PipelineReportSection period={period} />
    </Stack>
  )
}
