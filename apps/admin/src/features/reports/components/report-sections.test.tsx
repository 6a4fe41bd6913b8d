import type { AdoptionReport, PipelineReport } from '@learnonce/contracts'
import { Notifications } from '@mantine/notifications'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../../test/render'
import { AdoptionReportSection, PipelineReportSection } from './report-sections'

const period = { from: '2026-01-01', to: '2026-04-30' }

const adoptions: AdoptionReport = {
  ...period,
  rows: [
    {
      solutionId: '01900000-0000-7000-8000-0000000000s1',
      solutionTitle: 'Shared records template',
      mode: 'customise',
      siteId: '01900000-0000-7000-8000-0000000000a1',
      siteName: 'North West trust',
      region: 'north_west',
      adoptions: 2,
      live: 1,
    },
  ],
}

const empty = { submissions: 0, firstSubmissions: 0, reviewed: 0, decided: 0 }
const unmeasured = { medianHoursToFirstReview: null, p90HoursToFirstReview: null, medianHoursToDecision: null, p90HoursToDecision: null }
const pipeline: PipelineReport = {
  ...period,
  rows: [
    {
      type: 'lesson',
      month: '2026-03',
      submissions: 2,
      firstSubmissions: 2,
      reviewed: 2,
      decided: 1,
      medianHoursToFirstReview: 3,
      p90HoursToFirstReview: 3.8,
      medianHoursToDecision: 10,
      p90HoursToDecision: 10,
    },
    { type: 'case_study', month: '2026-03', ...empty, ...unmeasured },
    { type: 'solution', month: '2026-03', ...empty, ...unmeasured },
  ],
}

describe('the reports screen’s sections', () => {
  it('shows adoptions by solution, mode, site and region, and downloads the same period as CSV', async () => {
    const user = userEvent.setup()
    const asked: string[] = []
    renderApp(
      <>
        <Notifications />
        <AdoptionReportSection
          period={period}
          download={async (path) => {
            asked.push(path)
            return 'adoptions-2026-01-01-to-2026-04-30.csv'
          }}
        />
      </>,
      { queryData: [[['reports', 'adoptions', period], adoptions]] },
    )

    const table = screen.getByRole('table', { name: 'Adoptions by solution, mode and site' })
    const [, row] = within(table).getAllByRole('row')
    expect(row?.textContent).toBe('Shared records templateCustomisedNorth West trustNorth west21')

    await user.click(screen.getByRole('button', { name: 'Download CSV of the adoptions report' }))
    expect(asked).toEqual(['/reports/adoptions?from=2026-01-01&to=2026-04-30&format=csv'])
    expect(await screen.findByText('Saved adoptions-2026-01-01-to-2026-04-30.csv.')).toBeTruthy()
  })

  it('lists only the months and kinds with submissions, with median and 90th percentile hours', () => {
    renderApp(<PipelineReportSection period={period} download={async () => 'pipeline.csv'} />, {
      queryData: [[['reports', 'pipeline', period], pipeline]],
    })
    const rows = within(screen.getByRole('table', { name: 'The review pipeline by month and kind' })).getAllByRole('row')
    expect(rows.map((row) => row.textContent)).toEqual([
      'MonthKindSubmissionsFirst review (median / 90%)Decision (median / 90%)',
      '2026-03Lesson23 h / 3.8 h10 h / 10 h',
    ])
  })

  it('says so when no adoption falls in the period', () => {
    renderApp(<AdoptionReportSection period={period} />, { queryData: [[['reports', 'adoptions', period], { ...period, rows: [] }]] })
    expect(screen.getByText('No adoptions in this period')).toBeTruthy()
  })
})
