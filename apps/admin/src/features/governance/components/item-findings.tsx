import type { ContentType } from '@learnonce/contracts'
import { Badge, Group, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery } from '@tanstack/react-query'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { findingsOptions, useResolveFinding } from '../api/findings'
import { FindingsPanel } from './findings-panel'

export interface ItemFindingsProps {
  type: ContentType
  /** The item as read, with the version its findings belong to. */
  item: { id: string; version: number }
  /** Curators resolve findings; contributors are shown what to fix before they submit. */
  mayResolve: boolean
  /** What the section says under its title (the editor and the review screen say it differently). */
  hint?: string
}

/** The item's information-governance findings as a section, with the resolve actions for curators. */
export function ItemFindings({ type, item, mayResolve, hint }: ItemFindingsProps) {
  const findings = useQuery(findingsOptions(type, item.id, item.version))
  const resolve = useResolveFinding(type, item.id)
  const open = findings.data?.open ?? 0

  async function onResolve(findingId: string, resolution: 'fixed' | 'not_personal', note?: string) {
    try {
      await resolve.mutateAsync({ findingId, body: { resolution, ...(note ? { note } : {}) } })
      notifications.show({
        color: 'green',
        title: resolution === 'fixed' ? 'Marked fixed' : 'Marked not personal',
        message: 'The item’s history records it.',
      })
    } catch (error) {
      notifications.show({ color: 'red', title: 'The finding was not resolved', message: (error as Error).message })
      throw error
    }
  }

  return (
    <section aria-labelledby={`findings-${item.id}`}>
      <Group gap="xs" mb="xs">
        <Title order={2} size="h4" id={`findings-${item.id}`}>
          Personal data check
        </Title>
        {open > 0 && (
          <Badge color="orange.9" variant="filled" radius="sm">
            {open} open
          </Badge>
        )}
      </Group>
      {hint && open > 0 && (
        <Text size="sm" mb="xs">
          {hint}
        </Text>
      )}
      {findings.isPending ? (
        <LoadingSkeleton rows={2} label="Checking for personal data" />
      ) : findings.isError ? (
        <ErrorState error={findings.error} title="Could not load the findings" onRetry={() => findings.refetch()} />
      ) : (
        <FindingsPanel
          item={item}
          findings={findings.data.data}
          onResolve={mayResolve ? (finding, resolution, note) => onResolve(finding.id, resolution, note) : undefined}
          resolving={resolve.isPending ? resolve.variables.findingId : null}
        />
      )}
    </section>
  )
}
