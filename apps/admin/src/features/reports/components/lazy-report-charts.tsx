import { lazy } from 'react'

// The reports' charts share the home screen's chart chunk (recharts, @mantine/charts), fetched once the figures are in.
export const PipelineReportCharts = lazy(() => import('./report-charts').then((module) => ({ default: module.PipelineReportCharts })))
export const AdoptionReportChart = lazy(() => import('./report-charts').then((module) => ({ default: module.AdoptionReportChart })))
