import { historyLabel, type Transition } from '@learnonce/contracts'
import { Text, Timeline } from '@mantine/core'
import { RelativeTime } from '../../../components/relative-time'
import { statusLabel } from '../../../components/status-badge'

/** The item's workflow history, oldest first: who did what, when, and the note they gave. */
export function HistoryTimeline({ transitions }: { transitions: readonly Transition[] }) {
  if (transitions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing has happened to this item yet.
      </Text>
    )
  }
  return (
    <Timeline active={transitions.length - 1} bulletSize={14} lineWidth={2}>
      {transitions.map((transition) => (
        <Timeline.Item key={transition.id} title={historyLabel(transition.action)}>
          <Text size="xs" c="dimmed">
            {transition.actorName ?? 'Someone'} · {statusLabel(transition.fromStatus)} → {statusLabel(transition.toStatus)} ·{' '}
            <RelativeTime value={transition.createdAt} />
          </Text>
          {transition.note && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
              {transition.note}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  )
}
