import { type Comment, CommentCreate } from '@learnonce/contracts'
import { Badge, Button, Group, Paper, Stack, Switch, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { ApiError } from '../../../api/api-error'
import { applyProblemToForm } from '../../../api/form-errors'
import { useContractForm } from '../../../api/use-contract-form'
import { ErrorState } from '../../../components/error-state'
import { Markdown } from '../../../components/markdown'
import { RelativeTime } from '../../../components/relative-time'

export interface CommentThreadProps {
  comments: readonly Comment[]
  /** Curators and admins may write internal notes; contributors never see them. */
  mayWriteInternal: boolean
  onPost: (comment: { body: string; internal: boolean }) => Promise<unknown>
  hasMore?: boolean
  onLoadMore?: () => unknown
  loadingMore?: boolean
}

/** One comment; an internal note sits on a tinted background and says so in words, not colour alone. */
export function CommentCard({ comment }: { comment: Comment }) {
  return (
    <Paper
      component="article"
      withBorder
      p="sm"
      radius="sm"
      bg={comment.internal ? 'var(--mantine-color-yellow-light)' : undefined}
      aria-label={
        comment.internal ? `Internal note by ${comment.authorName ?? 'someone'}` : `Comment by ${comment.authorName ?? 'someone'}`
      }
      data-internal={comment.internal || undefined}
    >
      <Group gap="xs" mb={4}>
        <Text size="sm" fw={600}>
          {comment.authorName ?? 'Former user'}
        </Text>
        <Text size="xs" c="dimmed">
          <RelativeTime value={comment.createdAt} />
        </Text>
        {comment.internal && (
          <Badge color="yellow" variant="filled" size="xs" radius="sm">
            Internal note
          </Badge>
        )}
      </Group>
      <Markdown>{comment.body}</Markdown>
    </Paper>
  )
}

interface ComposerValues extends Record<string, unknown> {
  body: string
  internal: boolean
}

/** The review thread, oldest first, and a composer below it. */
export function CommentThread({ comments, mayWriteInternal, onPost, hasMore, onLoadMore, loadingMore }: CommentThreadProps) {
  const form = useContractForm<ComposerValues>({ schema: CommentCreate, initialValues: { body: '', internal: false } })
  const [failure, setFailure] = useState<Error | null>(null)
  const [sending, setSending] = useState(false)

  async function submit(values: ComposerValues) {
    setSending(true)
    setFailure(null)
    try {
      await onPost({ body: values.body, internal: mayWriteInternal && values.internal })
      form.reset()
    } catch (error) {
      const unplaced = applyProblemToForm(form, error)
      const allOnFields = error instanceof ApiError && (error.problem.errors?.length ?? 0) > 0 && unplaced.length === 0
      if (error instanceof Error && !allOnFields) setFailure(error)
    } finally {
      setSending(false)
    }
  }

  const internal = mayWriteInternal && form.getValues().internal
  return (
    <Stack gap="sm">
      {comments.length === 0 ? (
        <Text size="sm" c="dimmed">
          No comments yet. Ask the contributor a question, or leave a note for other curators.
        </Text>
      ) : (
        comments.map((comment) => <CommentCard key={comment.id} comment={comment} />)
      )}
      {hasMore && (
        <Button variant="subtle" size="xs" onClick={() => onLoadMore?.()} loading={loadingMore}>
          Load more comments
        </Button>
      )}
      <form onSubmit={form.onSubmit(submit)} noValidate aria-label="Add to the thread">
        <Stack gap="xs">
          {failure && <ErrorState error={failure} title="Could not post" />}
          <Textarea
            label={internal ? 'Internal note' : 'Comment'}
            description={internal ? 'Only curators and admins will see this.' : 'The contributors of this item will see this.'}
            placeholder="Markdown is fine"
            autosize
            minRows={3}
            maxRows={10}
            styles={internal ? { input: { background: 'var(--mantine-color-yellow-light)' } } : undefined}
            {...form.getInputProps('body')}
          />
          <Group justify="space-between">
            {mayWriteInternal ? <Switch label="Internal note" {...form.getInputProps('internal', { type: 'checkbox' })} /> : <span />}
            <Button
              type="submit"
              size="sm"
              loading={sending}
              variant={internal ? 'light' : 'filled'}
              color={internal ? 'yellow' : undefined}
            >
              {internal ? 'Add internal note' : 'Post comment'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  )
}
