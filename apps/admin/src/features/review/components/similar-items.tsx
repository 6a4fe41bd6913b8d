import type { SimilarItem } from '@learnonce/contracts'
import { Badge, Group, List, Paper, Progress, Stack, Text, UnstyledButton } from '@mantine/core'
import { StatusBadge } from '../../../components/status-badge'
import { typeLabels } from '../../triage/labels'

export interface SimilarItemsProps {
  similar: readonly SimilarItem[]
  /** Opens the side-by-side compare with this one. */
  onCompare: (similar: SimilarItem) => void
}

/** Items that look like this one, best first, each with its score and why; a click compares them. */
export function SimilarItems({ similar, onCompare }: SimilarItemsProps) {
  if (similar.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing like it yet: this looks new to the hub.
      </Text>
    )
  }
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {similar.map((entry) => {
        const percent = Math.round(entry.score * 100)
        return (
          <li key={entry.item.id}>
            <UnstyledButton onClick={() => onCompare(entry)} w="100%" aria-label={`Compare with ${entry.item.title} (${percent}% alike)`}>
              <Paper withBorder p="xs" radius="sm">
                <Group justify="space-between" gap="xs" wrap="nowrap" mb={4}>
                  <Text size="sm" fw={600} lineClamp={2}>
                    {entry.item.title}
                  </Text>
                  <Badge
                    variant="light"
                    color={percent >= 60 ? 'red' : percent >= 35 ? 'orange' : 'gray'}
                    radius="sm"
                    style={{ flexShrink: 0, overflow: 'visible' }}
                  >
                    {percent}%
                  </Badge>
                </Group>
                <Progress value={percent} size="xs" mb={6} aria-hidden />
                <Group gap={6} mb={4}>
                  <Text size="xs" c="dimmed">
                    {typeLabels[entry.item.type]}
                  </Text>
                  <StatusBadge status={entry.item.status} size="xs" />
                </Group>
                <List size="xs" spacing={2}>
                  {entry.reasons.map((reason) => (
                    <List.Item key={reason.kind}>{reason.detail}</List.Item>
                  ))}
                </List>
              </Paper>
            </UnstyledButton>
          </li>
        )
      })}
    </Stack>
  )
}
