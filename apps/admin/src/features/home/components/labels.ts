import type { JourneyStage } from '@learnonce/contracts'

export const stageLabels: Record<JourneyStage, string> = {
  vision: 'Vision',
  design_and_planning: 'Design and planning',
  pre_implementation: 'Pre-implementation',
  implementation: 'Implementation',
  review_and_spread: 'Review and spread',
}

/** "0–1 days", "28+ days": a backlog bucket as a chart label. */
export const bucketLabel = ({ minDays, maxDays }: { minDays: number; maxDays: number | null }) =>
  maxDays === null ? `${minDays}+ days` : `${minDays}–${maxDays} days`

const weekFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })
/** "1 Dec" for the week starting on 2026-12-01. */
export const weekLabel = (weekStart: string) => weekFormat.format(new Date(`${weekStart}T00:00:00Z`))
