import { CommentCreate } from '@learnonce/contracts'
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { applyProblemToForm } from '../../../api/form-errors'
import { useContractForm } from '../../../api/use-contract-form'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { Markdown } from '../../../components/markdown'
import { RelativeTime } from '../../../components/relative-time'
import { commentsQueryOptions, postComment } from '../api/content'
import type { ContentKind } from '../api/kinds'
import { MarkdownField } from './markdown-field'

/** The conversation with the curator about an item, and a reply box. */
export function ReviewThread({ kind, itemId, canReply }: { kind: ContentKind; itemId: string; canReply: boolean }) {
  const options = commentsQueryOptions(kind, itemId)
  const comments = useQuery(options)
  const queryClient = useQueryClient()
  const form = useContractForm({ schema: CommentCreate, initialValues: { body: '' } })
  const [sending, setSending] = useState(false)

  async function reply(values: { body: string }) {
    setSending(true)
    try {
      await postComment(kind, itemId, { body: values.body })
      form.reset()
      await queryClient.invalidateQueries({ queryKey: options.queryKey })
      notifications.show({ color: 'green', title: 'Reply sent', message: 'The curator will see it with the item.' })
    } catch (error) {
      applyProblemToForm(form, error)
      notifications.show({ color: 'red', title: 'Your reply was not sent', message: (error as Error).message })
    } finally {
      setSending(false)
    }
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="review-thread">
      <Title order={2} size="h4" id="review-thread">
        Review conversation
      </Title>
      {comments.isPending && <LoadingSkeleton rows={2} label="Loading the conversation" />}
      {comments.isError && <ErrorState error={comments.error} title="The conversation could not be loaded" onRetry={comments.refetch} />}
      {comments.data?.data.length === 0 && (
        <Text c="dimmed" size="sm">
          No comments yet.
        </Text>
      )}
      {comments.data?.data.map((comment) => (
        <Paper key={comment.id} withBorder p="sm" bg={comment.internal ? 'yellow.0' : undefined}>
          <Group gap="xs" mb={4}>
            <Text size="sm" fw={600}>
              {comment.authorName ?? 'Someone'}
            </Text>
            {comment.internal && (
              <Badge size="xs" color="yellow" variant="light">
                Internal note
              </Badge>
            )}
            <Text size="xs" c="dimmed">
              <RelativeTime value={comment.createdAt} />
            </Text>
          </Group>
          <Markdown>{comment.body}</Markdown>
        </Paper>
      ))}
      {canReply && (
        <form onSubmit={form.onSubmit((values) => void reply(values))}>
          <Stack gap="xs">
            <MarkdownField
              label="Reply to the review"
              description="Answer the curator’s questions or say what you changed"
              minRows={3}
              {...form.getInputProps('body')}
            />
            <Group>
              <Button type="submit" variant="light" loading={sending}>
                Send reply
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  )
}
