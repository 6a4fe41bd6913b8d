import type { ContentType, SimilarItem } from '@learnonce/contracts'
import { Button, Grid, Group, Modal, ScrollArea, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { StatusBadge } from '../../../components/status-badge'
import { type ContentItem, itemOptions } from '../api/review'
import { ItemBody } from './item-body'

export interface CompareModalProps {
  type: ContentType
  item: ContentItem
  /** The similar item to compare with; null closes the dialog. */
  other: SimilarItem | null
  onClose: () => void
  /** Present when the API allows marking this item a duplicate now. */
  onMarkDuplicate?: ((originalId: string) => void) | undefined
  marking?: boolean
}

/** This item and a similar one side by side, with "Mark as duplicate of this" when the workflow allows it. */
export function CompareModal({ type, item, other, onClose, onMarkDuplicate, marking = false }: CompareModalProps) {
  const otherItem = useQuery({ ...itemOptions(other?.item.type ?? type, other?.item.id ?? ''), enabled: other !== null })
  const sameKind = other?.item.type === type
  return (
    <Modal opened={other !== null} onClose={onClose} size="95%" title="Compare side by side" scrollAreaComponent={ScrollArea.Autosize}>
      {other && (
        <Stack gap="md">
          <Group justify="space-between" align="center">
            <Text size="sm" c="dimmed">
              {Math.round(other.score * 100)}% alike: {other.reasons.map((reason) => reason.detail).join('; ')}
            </Text>
            {onMarkDuplicate &&
              (sameKind ? (
                <Button color="grape" loading={marking} onClick={() => onMarkDuplicate(other.item.id)}>
                  Mark as duplicate of this
                </Button>
              ) : (
                <Text size="sm" c="dimmed">
                  Only an item of the same kind can be the original.
                </Text>
              ))}
          </Group>
          <Grid gutter="xl">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack gap="xs">
                <Group gap="xs">
                  <Text size="xs" tt="uppercase" fw={700} c="dimmed">
                    This item
                  </Text>
                  <StatusBadge status={item.status} size="xs" />
                </Group>
                <Title order={2} size="h4">
                  {item.title}
                </Title>
                <ItemBody type={type} item={item} headingOrder={3} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }} style={{ borderLeft: '1px solid var(--mantine-color-default-border)' }}>
              <Stack gap="xs">
                <Group gap="xs">
                  <Text size="xs" tt="uppercase" fw={700} c="dimmed">
                    Similar item
                  </Text>
                  <StatusBadge status={other.item.status} size="xs" />
                </Group>
                <Title order={2} size="h4">
                  {other.item.title}
                </Title>
                {otherItem.isPending ? (
                  <LoadingSkeleton rows={6} label="Loading the similar item" />
                ) : otherItem.isError ? (
                  <ErrorState error={otherItem.error} onRetry={() => otherItem.refetch()} />
                ) : (
                  <ItemBody type={other.item.type} item={otherItem.data.data} headingOrder={3} />
                )}
              </Stack>
            </Grid.Col>
          </Grid>
        </Stack>
      )}
    </Modal>
  )
}
