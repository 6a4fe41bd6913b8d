// Loaded lazily by the reports screen, like the home screen's charts: recharts stays out of the first screen.
import type { AdoptionReport, ContentType, PipelineReport } from '@learnonce/contracts'
import { BarChart } from '@mantine/charts'
import { SimpleGrid, Text } from '@mantine/core'
import { ChartCard, listed, noKeyboardLayer } from '../../home/components/dashboard-charts'

const kindSeries: { type: ContentType; name: string; color: string }[] = [
  { type: 'lesson', name: 'Lessons', color: 'indigo.6' },
  { type: 'case_study', name: 'Case studies', color: 'teal.6' },
  { type: 'solution', name: 'Solutions', color: 'grape.6' },
]

/** One chart row per month, a value per kind. */
function byMonth(report: PipelineReport, value: (row: PipelineReport['rows'][number]) => number | null) {
  const months = new Map<string, Record<string, string | number | null>>()
  for (const row of report.rows) {
    const entry = months.get(row.month) ?? { month: row.month }
    entry[kindSeries.find((kind) => kind.type === row.type)?.name ?? row.type] = value(row)
    months.set(row.month, entry)
  }
  return [...months.values()]
}

export function PipelineReportCharts({ report }: { report: PipelineReport }) {
  const submissions = byMonth(report, (row) => row.submissions)
  const decision = byMonth(report, (row) => row.medianHoursToDecision)
  const total = (month: string) => report.rows.filter((row) => row.month === month).reduce((sum, row) => sum + row.submissions, 0)
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <ChartCard
        title="Submissions per month"
        summary={`Submissions per month, every kind: ${listed(submissions.map((row) => [String(row.month), total(String(row.month))]))}.`}
      >
        <BarChart
          barChartProps={noKeyboardLayer}
          h={240}
          data={submissions}
          dataKey="month"
          type="stacked"
          withLegend
          yAxisProps={{ allowDecimals: false }}
          series={kindSeries.map(({ name, color }) => ({ name, color }))}
        />
      </ChartCard>
      <ChartCard
        title="Median hours to a decision"
        summary={`Median hours from first submission to a decision, by month of submission: ${listed(
          report.rows
            .filter((row) => row.medianHoursToDecision !== null)
            .map((row) => [`${row.month} ${row.type.replace('_', ' ')}`, row.medianHoursToDecision ?? 0]),
        )}.`}
      >
        <BarChart
          barChartProps={noKeyboardLayer}
          h={240}
          data={decision}
          dataKey="month"
          withLegend
          series={kindSeries.map(({ name, color }) => ({ name, color }))}
        />
      </ChartCard>
    </SimpleGrid>
  )
}

export function AdoptionReportChart({ report }: { report: AdoptionReport }) {
  const bySolution = new Map<string, { title: string; Replicated: number; Customised: number; Enhanced: number }>()
  for (const row of report.rows) {
    const entry = bySolution.get(row.solutionId) ?? { title: row.solutionTitle, Replicated: 0, Customised: 0, Enhanced: 0 }
    const series = row.mode === 'replicate' ? 'Replicated' : row.mode === 'customise' ? 'Customised' : 'Enhanced'
    entry[series] += row.adoptions
    bySolution.set(row.solutionId, entry)
  }
  const data = [...bySolution.values()].map((entry) => ({
    ...entry,
    title: entry.title.length > 34 ? `${entry.title.slice(0, 33)}…` : entry.title,
  }))
  return (
    <ChartCard
      title="Adoptions by solution"
      summary={`Adoptions in the period per solution: ${listed([...bySolution.values()].map((entry) => [entry.title, entry.Replicated + entry.Customised + entry.Enhanced]))}.`}
    >
      {data.length === 0 ? (
        <Text size="sm" c="dimmed">
          No adoptions in this period.
        </Text>
      ) : (
        <BarChart
          barChartProps={noKeyboardLayer}
          h={Math.max(160, data.length * 52)}
          data={data}
          dataKey="title"
          type="stacked"
          orientation="vertical"
          yAxisProps={{ width: 240 }}
          withLegend
          xAxisProps={{ allowDecimals: false }}
          series={[
            { name: 'Replicated', color: 'blue.6' },
            { name: 'Customised', color: 'yellow.7' },
            { name: 'Enhanced', color: 'green.7' },
          ]}
        />
      )}
    </ChartCard>
  )
}
