import type { AdoptionReport, PipelineReport } from '@learnonce/contracts'
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery } from '@tanstack/react-query'
import { type ReactNode, Suspense, useState } from 'react'
import { ApiError } from '../../../api/client'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { downloadAndSave } from '../../exports/api/save-download'
import { adoptionReportQueryOptions, pipelineReportQueryOptions, type ReportPeriod, reportCsvPath } from '../api/reports'
import { AdoptionReportChart, PipelineReportCharts } from './lazy-report-charts'

export type Download = (path: string) => Promise<string>

const kindLabels = { lesson: 'Lesson', case_study: 'Case study', solution: 'Solution' } as const
const modeLabels = { replicate: 'Replicated', customise: 'Customised', enhance: 'Enhanced' } as const
const regionLabel = (region: string) => region.charAt(0).toUpperCase() + region.slice(1).replaceAll('_', ' ')
const hours = (value: number | null) => (value === null ? '—' : `${value} h`)

/** "Download CSV" for one report and period, through the signed-in client. */
function CsvButton({
  report,
  period,
  download,
  label,
}: {
  report: 'adoptions' | 'pipeline'
  period: ReportPeriod
  download: Download
  label: string
}) {
  const [busy, setBusy] = useState(false)
  return (
    <Button
      variant="default"
      loading={busy}
      aria-label={`Download CSV of the ${label} report`}
      onClick={async () => {
        setBusy(true)
        try {
          const fileName = await download(reportCsvPath(report, period))
          notifications.show({ color: 'green', title: 'Report saved', message: `Saved ${fileName}.` })
        } catch (error) {
          const detail = error instanceof ApiError ? error.problem.detail : 'Try again in a moment.'
          notifications.show({ color: 'red', title: `The ${label} report could not be downloaded`, message: detail })
        } finally {
          setBusy(false)
        }
      }}
    >
      Download CSV
    </Button>
  )
}

function Section({
  id,
  title,
  question,
  action,
  children,
}: {
  id: string
  title: string
  question: string
  action: ReactNode
  children: ReactNode
}) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3" id={id}>
            {title}
          </Title>
          <Text c="dimmed" size="sm">
            {question}
          </Text>
        </div>
        {action}
      </Group>
      {children}
    </Stack>
  )
}

function AdoptionTable({ report }: { report: AdoptionReport }) {
  return (
    <Table striped withTableBorder aria-label="Adoptions by solution, mode and site">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Solution</Table.Th>
          <Table.Th>Mode</Table.Th>
          <Table.Th>Site</Table.Th>
          <Table.Th>Region</Table.Th>
          <Table.Th ta="right">Adoptions</Table.Th>
          <Table.Th ta="right">Live now</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {report.rows.map((row) => (
          <Table.Tr key={`${row.solutionId}:${row.mode}:${row.siteId}`}>
            <Table.Td>{row.solutionTitle}</Table.Td>
            <Table.Td>{modeLabels[row.mode]}</Table.Td>
            <Table.Td>{row.siteName}</Table.Td>
            <Table.Td>{regionLabel(row.region)}</Table.Td>
            <Table.Td ta="right">{row.adoptions}</Table.Td>
            <Table.Td ta="right">{row.live}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

/** Adoptions over the period: a chart by solution and the table by solution, mode and site. */
export function AdoptionReportSection({ period, download = downloadAndSave }: { period: ReportPeriod; download?: Download }) {
  const report = useQuery(adoptionReportQueryOptions(period))
  return (
    <Section
      id="adoptions-heading"
      title="Adoptions"
      question="Which solutions were reused, how, and where?"
      action={<CsvButton report="adoptions" period={period} download={download} label="adoptions" />}
    >
      {report.isPending && <LoadingSkeleton rows={4} label="Loading the adoptions report" />}
      {report.isError && <ErrorState error={report.error} title="The adoptions report did not load" onRetry={() => report.refetch()} />}
      {report.data && report.data.rows.length === 0 && (
        <EmptyState title="No adoptions in this period" description="Widen the period, or record adoptions on a solution’s page." />
      )}
      {report.data && report.data.rows.length > 0 && (
        <>
          <Suspense fallback={<LoadingSkeleton rows={4} label="Loading the chart" />}>
            <AdoptionReportChart report={report.data} />
          </Suspense>
          <AdoptionTable report={report.data} />
        </>
      )}
    </Section>
  )
}

function PipelineTable({ report }: { report: PipelineReport }) {
  const rows = report.rows.filter((row) => row.submissions > 0 || row.firstSubmissions > 0)
  if (rows.length === 0) return <EmptyState title="Nothing submitted in this period" description="Widen the period to see the pipeline." />
  return (
    <Table striped withTableBorder aria-label="The review pipeline by month and kind">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Month</Table.Th>
          <Table.Th>Kind</Table.Th>
          <Table.Th ta="right">Submissions</Table.Th>
          <Table.Th ta="right">First review (median / 90%)</Table.Th>
          <Table.Th ta="right">Decision (median / 90%)</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={`${row.month}:${row.type}`}>
            <Table.Td>{row.month}</Table.Td>
            <Table.Td>{kindLabels[row.type]}</Table.Td>
            <Table.Td ta="right">{row.submissions}</Table.Td>
            <Table.Td ta="right">
              {hours(row.medianHoursToFirstReview)} / {hours(row.p90HoursToFirstReview)}
            </Table.Td>
            <Table.Td ta="right">
              {hours(row.medianHoursToDecision)} / {hours(row.p90HoursToDecision)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

/** The review pipeline: submissions per month, and how long items waited for a first review and a decision. */
export function PipelineReportSection({ period, download = downloadAndSave }: { period: ReportPeriod; download?: Download }) {
  const report = useQuery(pipelineReportQueryOptions(period))
  return (
    <Section
      id="pipeline-report-heading"
      title="Review pipeline"
      question="How much came in, and how long did it wait for a review and a decision?"
      action={<CsvButton report="pipeline" period={period} download={download} label="pipeline" />}
    >
      {report.isPending && <LoadingSkeleton rows={4} label="Loading the pipeline report" />}
      {report.isError && <ErrorState error={report.error} title="The pipeline report did not load" onRetry={() => report.refetch()} />}
      {report.data && (
        <>
          <Suspense fallback={<LoadingSkeleton rows={4} label="Loading the charts" />}>
            <PipelineReportCharts report={report.data} />
          </Suspense>
          <PipelineTable report={report.data} />
        </>
      )}
    </Section>
  )
}
