import type { Comment } from '@learnonce/contracts'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../../test/render'
import { CommentThread } from './comment-thread'

const at = '2026-12-01T09:30:00.000Z'
const comment = (id: string, body: string, internal: boolean, authorName: string): Comment => ({
  id: `01900000-0000-7000-8000-00000000000${id}`,
  version: 1,
  body,
  internal,
  authorId: null,
  authorName,
  createdAt: at,
  updatedAt: at,
})

const thread = [
  comment('1', 'Could you add **how many** practices joined?', false, 'Cora Curator'),
  comment('2', 'Looks like a re-telling of the Wessex Coast lesson.', true, 'Cora Curator'),
  comment('3', 'Forty-one, by March.', false, 'Priya Shah'),
]

function recorder() {
  const posted: { body: string; internal: boolean }[] = []
  return {
    posted,
    onPost: async (value: { body: string; internal: boolean }) => {
      posted.push(value)
    },
  }
}

describe('the review thread', () => {
  it('marks internal notes with a label, and only them', () => {
    renderApp(<CommentThread comments={thread} mayWriteInternal onPost={recorder().onPost} />)
    const internal = screen.getByRole('article', { name: 'Internal note by Cora Curator' })
    expect(internal.textContent).toContain('Internal note')
    expect(internal.textContent).toContain('re-telling of the Wessex Coast')
    expect(internal.getAttribute('data-internal')).toBe('true')
    const ordinary = screen.getAllByRole('article', { name: /^Comment by/ })
    expect(ordinary.map((card) => card.getAttribute('aria-label'))).toEqual(['Comment by Cora Curator', 'Comment by Priya Shah'])
    for (const card of ordinary) {
      expect(card.textContent).not.toContain('Internal note')
      expect(card.hasAttribute('data-internal')).toBe(false)
    }
    // Markdown is rendered, not shown as asterisks.
    expect(screen.getByText('how many').tagName).toBe('STRONG')
  })

  it('posts a comment, or an internal note when the toggle is on', async () => {
    const { posted, onPost } = recorder()
    renderApp(<CommentThread comments={[]} mayWriteInternal onPost={onPost} />)
    expect(screen.getByText(/No comments yet/)).toBeTruthy()

    await userEvent.click(screen.getByRole('button', { name: 'Post comment' }))
    expect(await screen.findByText('Is required')).toBeTruthy()
    expect(posted).toEqual([])

    await userEvent.type(screen.getByRole('textbox', { name: 'Comment' }), 'Please add the numbers.')
    await userEvent.click(screen.getByRole('button', { name: 'Post comment' }))
    await waitFor(() => expect(posted).toEqual([{ body: 'Please add the numbers.', internal: false }]))

    await userEvent.click(screen.getByRole('switch', { name: 'Internal note' }))
    expect(screen.getByText('Only curators and admins will see this.')).toBeTruthy()
    await userEvent.type(screen.getByRole('textbox', { name: 'Internal note' }), 'Check with the Wessex team.')
    await userEvent.click(screen.getByRole('button', { name: 'Add internal note' }))
    await waitFor(() => expect(posted).toHaveLength(2))
    expect(posted[1]).toEqual({ body: 'Check with the Wessex team.', internal: true })
  })

  it('offers a contributor no internal notes', () => {
    renderApp(<CommentThread comments={[]} mayWriteInternal={false} onPost={recorder().onPost} />)
    expect(screen.queryByRole('switch', { name: 'Internal note' })).toBeNull()
    expect(screen.getByText('The contributors of this item will see this.')).toBeTruthy()
  })
})
