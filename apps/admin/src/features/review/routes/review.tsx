import { type ContentType, contentTypes, type SimilarItem, type WorkflowAction, type WorkflowActionBody } from '@learnonce/contracts'
import { Anchor, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { Link, useParams } from 'react-router'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { isConflict, ProblemAlert } from '../../../components/problem-alert'
import { RelativeTime } from '../../../components/relative-time'
import { StaleBadge, StatusBadge, statusLabel } from '../../../components/status-badge'
import { paths } from '../../../config/paths'
import { useMe } from '../../auth/api/get-me'
import { ItemFindings } from '../../governance/components/item-findings'
import { isOpenFindings, OpenFindingsAlert } from '../../governance/components/open-findings-alert'
import { typeLabels } from '../../triage/labels'
import {
  actionsOptions,
  commentsOptions,
  historyOptions,
  itemOptions,
  reviewKeys,
  similarOptions,
  usePostComment,
  useWorkflowAction,
} from '../api/review'
import { ActionBar } from '../components/action-bar'
import { CommentThread } from '../components/comment-thread'
import { CompareModal } from '../components/compare-modal'
import { HistoryTimeline } from '../components/history-timeline'
import { ItemBody } from '../components/item-body'
import { SimilarItems } from '../components/similar-items'

/** Review: "Is this ready, and has it been told before?" */
export function Component() {
  const { type, id = '' } = useParams()
  if (!contentTypes.includes(type as ContentType)) {
    return <EmptyState title="There is nothing to review here" description="Pick an item from the triage queue." />
  }
  return <ReviewScreen key={`${type}/${id}`} type={type as ContentType} id={id} />
}

function ReviewScreen({ type, id }: { type: ContentType; id: string }) {
  const queryClient = useQueryClient()
  const { data: me } = useMe()
  const item = useQuery(itemOptions(type, id))
  const actions = useQuery(actionsOptions(type, id))
  const similar = useQuery(similarOptions(type, id))
  const history = useQuery(historyOptions(type, id))
  const comments = useInfiniteQuery(commentsOptions(type, id))
  const act = useWorkflowAction(type, id)
  const postComment = usePostComment(type, id)
  const [comparing, setComparing] = useState<SimilarItem | null>(null)

  const available = actions.data?.data ?? []
  const mayMarkDuplicate = available.some((entry) => entry.action === 'mark-duplicate')
  const candidates = useMemo(
    () => (similar.data?.data ?? []).filter((entry) => entry.item.type === type).map((entry) => entry.item),
    [similar.data, type],
  )

  async function take(action: WorkflowAction, body: WorkflowActionBody) {
    const label = available.find((entry) => entry.action === action)?.label ?? action
    try {
      const changed = await act.mutateAsync({ action, body, etag: item.data?.etag ?? null })
      notifications.show({
        color: 'green',
        title: `${label}: done`,
        message: `“${changed.title}” is now ${statusLabel(changed.status).toLowerCase()}.`,
      })
      setComparing(null)
    } catch (error) {
      // Open findings found at publishing are stored by then: read them again to list them.
      if (isOpenFindings(error)) await queryClient.invalidateQueries({ queryKey: [...reviewKeys.detail(type, id), 'findings'] })
      // A conflict is explained in place (with Reload); anything else is said in a notification too.
      if (!isConflict(error)) {
        notifications.show({
          color: 'red',
          title: `${label} did not work`,
          message: error instanceof Error ? error.message : String(error),
        })
      }
      throw error
    }
  }

  async function reload() {
    act.reset()
    await queryClient.invalidateQueries({ queryKey: reviewKeys.detail(type, id) })
  }

  if (item.isPending) return <LoadingSkeleton withTitle rows={10} label="Loading the item" />
  if (item.isError) return <ErrorState error={item.error} title="Could not load this item" onRetry={() => item.refetch()} />
  const current = item.data.data

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Anchor component={Link} to={paths.triage.path} size="sm">
          ← Triage
        </Anchor>
        <Group gap="sm" align="center">
          <Title order={1} size="h2">
            {current.title}
          </Title>
          <StatusBadge status={current.status} size="md" />
          {current.stale && <StaleBadge reviewBy={current.reviewBy} size="md" />}
        </Group>
        <Text size="sm" c="dimmed">
          {typeLabels[type]}
          {current.submittedAt && (
            <>
              {' '}
              · submitted <RelativeTime value={current.submittedAt} />
            </>
          )}{' '}
          · version {current.version}
        </Text>
      </Stack>

      <Paper withBorder p="sm" radius="sm">
        {actions.isPending ? (
          <LoadingSkeleton rows={1} label="Loading what you can do" />
        ) : actions.isError ? (
          <ErrorState error={actions.error} title="Could not load the actions" onRetry={() => actions.refetch()} />
        ) : (
          <ActionBar
            actions={available}
            onAct={take}
            pending={act.isPending ? act.variables.action : null}
            duplicateCandidates={candidates}
          />
        )}
      </Paper>
      {act.error && isOpenFindings(act.error) ? (
        <OpenFindingsAlert error={act.error} />
      ) : (
        act.error && isConflict(act.error) && <ProblemAlert error={act.error} onReload={reload} />
      )}

      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <ItemFindings type={type} item={current} mayResolve={me.role === 'curator' || me.role === 'admin'} />
            <Paper withBorder p="lg" radius="sm" component="article" aria-label={current.title}>
              <ItemBody type={type} item={current} />
            </Paper>
            <section aria-labelledby="review-comments">
              <Title order={2} size="h4" id="review-comments" mb="sm">
                Comments
              </Title>
              {comments.isPending ? (
                <LoadingSkeleton rows={3} label="Loading comments" />
              ) : comments.isError ? (
                <ErrorState error={comments.error} title="Could not load the comments" onRetry={() => comments.refetch()} />
              ) : (
                <CommentThread
                  comments={comments.data.pages.flatMap((page) => page.data)}
                  mayWriteInternal={me.role === 'curator' || me.role === 'admin'}
                  onPost={async (comment) => {
                    await postComment.mutateAsync(comment)
                    notifications.show({
                      color: 'green',
                      title: comment.internal ? 'Internal note added' : 'Comment posted',
                      message: comment.internal ? 'Only curators and admins see it.' : 'The contributors will see it.',
                    })
                  }}
                  hasMore={comments.hasNextPage}
                  onLoadMore={() => comments.fetchNextPage()}
                  loadingMore={comments.isFetchingNextPage}
                />
              )}
            </section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <section aria-labelledby="review-similar">
              <Title order={2} size="h4" id="review-similar" mb="sm">
                Similar items
              </Title>
              {similar.isPending ? (
                <LoadingSkeleton rows={4} label="Looking for similar items" />
              ) : similar.isError ? (
                <ErrorState error={similar.error} title="Could not look for similar items" onRetry={() => similar.refetch()} />
              ) : (
                <SimilarItems similar={similar.data.data} onCompare={setComparing} />
              )}
            </section>
            <section aria-labelledby="review-history">
              <Title order={2} size="h4" id="review-history" mb="sm">
                History
              </Title>
              {history.isPending ? (
                <LoadingSkeleton rows={3} label="Loading the history" />
              ) : history.isError ? (
                <ErrorState error={history.error} title="Could not load the history" onRetry={() => history.refetch()} />
              ) : (
                <HistoryTimeline transitions={history.data.data} />
              )}
            </section>
          </Stack>
        </Grid.Col>
      </Grid>

      <CompareModal
        type={type}
        item={current}
        other={comparing}
        onClose={() => setComparing(null)}
        onMarkDuplicate={
          mayMarkDuplicate ? (originalId) => void take('mark-duplicate', { duplicateOfId: originalId }).catch(() => {}) : undefined
        }
        marking={act.isPending && act.variables.action === 'mark-duplicate'}
      />
    </Stack>
  )
}
