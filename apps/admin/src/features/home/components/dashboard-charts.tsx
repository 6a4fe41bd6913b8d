// Loaded lazily by the home screen: recharts and @mantine/charts stay out of the first screen's JavaScript.
import '@mantine/charts/styles.css'
import type { DashboardContent, DashboardPipeline } from '@learnonce/contracts'
import { BarChart } from '@mantine/charts'
import { Card, SimpleGrid, Text, Title, VisuallyHidden } from '@mantine/core'
import type { ReactNode } from 'react'
import { bucketLabel, stageLabels, weekLabel } from './labels'

/** A chart with its question as a title and, for screen readers, its figures as a sentence. */
export function ChartCard({ title, summary, children }: { title: string; summary: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      <VisuallyHidden>{summary}</VisuallyHidden>
      <div aria-hidden="true">{children}</div>
    </Card>
  )
}

/**
 * recharts makes each chart a focusable widget for its tooltip; the drawing is hidden from assistive
 * technology (the figures are read out from the summary), so it must not take focus either.
 */
export const noKeyboardLayer = { accessibilityLayer: false }

export const listed = (pairs: [string, number][]) =>
  pairs.length === 0 ? 'nothing yet' : pairs.map(([label, n]) => `${label}: ${n}`).join('; ')

export function PipelineCharts({ pipeline }: { pipeline: DashboardPipeline }) {
  const weeks = pipeline.submissionsPerWeek.map((week) => ({ week: weekLabel(week.weekStart), Submissions: week.submissions }))
  const backlog = pipeline.backlogByAge.map((bucket) => ({ age: bucketLabel(bucket), Items: bucket.count }))
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <ChartCard
        title="Submissions per week"
        summary={`Submissions per week, from the week of ${weeks[0]?.week ?? '—'}: ${listed(weeks.map((row) => [row.week, row.Submissions]))}.`}
      >
        <BarChart
          barChartProps={noKeyboardLayer}
          h={220}
          data={weeks}
          dataKey="week"
          series={[{ name: 'Submissions', color: 'indigo.6' }]}
          tickLine="y"
          yAxisProps={{ allowDecimals: false }}
        />
      </ChartCard>
      <ChartCard
        title="Backlog by age"
        summary={`Items waiting or in review, by days since submission: ${listed(backlog.map((row) => [row.age, row.Items]))}.`}
      >
        <BarChart
          barChartProps={noKeyboardLayer}
          h={220}
          data={backlog}
          dataKey="age"
          series={[{ name: 'Items', color: 'orange.6' }]}
          tickLine="y"
          yAxisProps={{ allowDecimals: false }}
        />
      </ChartCard>
    </SimpleGrid>
  )
}

export function ContentCharts({ content }: { content: DashboardContent }) {
  const themes = content.publishedByTheme.map((theme) => ({
    theme: theme.name,
    Lessons: theme.lesson,
    'Case studies': theme.case_study,
    Solutions: theme.solution,
  }))
  const stages = content.publishedByStage.map((stage) => ({ stage: stageLabels[stage.stage], Published: stage.count }))
  const reused = content.mostReused.map((solution) => ({
    title: solution.title.length > 34 ? `${solution.title.slice(0, 33)}…` : solution.title,
    Replicated: solution.replicate,
    Customised: solution.customise,
    Enhanced: solution.enhance,
  }))
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <ChartCard
        title="Published by theme"
        summary={`Published items per theme: ${listed(content.publishedByTheme.map((theme) => [theme.name, theme.total]))}.`}
      >
        <BarChart
          barChartProps={noKeyboardLayer}
          h={Math.max(160, themes.length * 36)}
          data={themes}
          dataKey="theme"
          type="stacked"
          orientation="vertical"
          yAxisProps={{ width: 160 }}
          withLegend
          xAxisProps={{ allowDecimals: false }}
          series={[
            { name: 'Lessons', color: 'indigo.6' },
            { name: 'Case studies', color: 'teal.6' },
            { name: 'Solutions', color: 'grape.6' },
          ]}
        />
      </ChartCard>
      <ChartCard
        title="Published by journey stage"
        summary={`Published items per journey stage: ${listed(stages.map((row) => [row.stage, row.Published]))}.`}
      >
        <BarChart
          barChartProps={noKeyboardLayer}
          h={220}
          data={stages}
          dataKey="stage"
          orientation="vertical"
          yAxisProps={{ width: 150 }}
          xAxisProps={{ allowDecimals: false }}
          series={[{ name: 'Published', color: 'teal.6' }]}
        />
      </ChartCard>
      <ChartCard
        title="Most reused solutions"
        summary={`Adoptions per solution: ${listed(content.mostReused.map((solution) => [solution.title, solution.total]))}.`}
      >
        {reused.length === 0 ? (
          <Text size="sm" c="dimmed">
            No adoptions recorded yet.
          </Text>
        ) : (
          <BarChart
            barChartProps={noKeyboardLayer}
            h={Math.max(160, reused.length * 52)}
            data={reused}
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
    </SimpleGrid>
  )
}
