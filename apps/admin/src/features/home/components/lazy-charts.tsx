import { lazy } from 'react'

// Charts pull in recharts and @mantine/charts (~100 KB gzipped): a chunk of their own, fetched after the
// figures above them are on screen.
export const PipelineCharts = lazy(() => import('./dashboard-charts').then((module) => ({ default: module.PipelineCharts })))
export const ContentCharts = lazy(() => import('./dashboard-charts').then((module) => ({ default: module.ContentCharts })))
