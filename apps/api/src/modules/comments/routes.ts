import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Comment, CommentCreate, CommentListQuery, CommentParams, CommentUpdate, IdParams, Page } from '@learnonce/contracts'
import { Type } from 'typebox'
import { sendPage } from '../../pagination.js'
import { actorOf } from '../../plugins/auth.js'
import { expectedVersion } from '../../plugins/etag.js'
import type { ContentKind } from '../content/kinds.js'
import { commentCursor, createComment, deleteComment, getComment, listComments, updateComment } from './service.js'

const whoTakesPart =
  "The thread is between curators, admins and the item's contributors (members of one of its sites): anyone else " +
  'who can see the item gets 403, and anyone who cannot see it 404. Internal notes are for curators and admins only.'

/** `/{id}/comments`: an item's review thread, the same for every content kind. */
export function commentRoutes(kind: ContentKind): FastifyPluginAsyncTypebox {
  const tags = [kind.tag]
  return async (app) => {
    app.get(
      '/:id/comments',
      {
        schema: {
          tags,
          summary: `The ${kind.noun}'s review thread, oldest first`,
          description: `${whoTakesPart} Contributors are never shown internal notes.`,
          params: IdParams,
          querystring: CommentListQuery,
          response: { 200: Page(Comment) },
        },
      },
      async (request, reply) => {
        const limit = request.query.limit ?? 20
        const found = await listComments(app.db, actorOf(request), kind, request.params.id, request.query, limit)
        return sendPage(request, reply, found, limit, commentCursor)
      },
    )

    app.post(
      '/:id/comments',
      {
        config: { etag: true },
        schema: {
          tags,
          summary: `Comment on a ${kind.noun} in review`,
          description: `${whoTakesPart} The body is Markdown, stored as written. Commenting does not change the ${kind.noun} or its ETag.`,
          params: IdParams,
          body: CommentCreate,
          response: { 201: Comment },
        },
      },
      async (request, reply) => {
        const itemId = request.params.id
        const comment = await createComment(app.db, actorOf(request), kind, itemId, request.body)
        return reply.code(201).header('location', `${kind.path}/${itemId}/comments/${comment.id}`).send(comment)
      },
    )

    app.get(
      '/:id/comments/:commentId',
      {
        config: { etag: true },
        schema: {
          tags,
          summary: 'One comment',
          description: 'Answers 304 to a matching If-None-Match.',
          params: CommentParams,
          response: { 200: Comment },
        },
      },
      (request) => getComment(app.db, actorOf(request), kind, request.params.id, request.params.commentId),
    )

    app.patch(
      '/:id/comments/:commentId',
      {
        config: { etag: true },
        schema: {
          tags,
          summary: 'Change your comment',
          description: 'Only its author edits a comment. Send `If-Match` with the ETag you read: a stale one is a 412.',
          params: CommentParams,
          body: CommentUpdate,
          response: { 200: Comment },
        },
      },
      (request) =>
        updateComment(app.db, actorOf(request), kind, request.params.id, request.params.commentId, request.body, expectedVersion(request)),
    )

    app.delete(
      '/:id/comments/:commentId',
      {
        schema: {
          tags,
          summary: 'Delete your comment',
          description: 'Authors delete their own comments; admins may delete any, to moderate the thread. Honours `If-Match`.',
          params: CommentParams,
          response: { 204: Type.Null() },
        },
      },
      async (request, reply) => {
        await deleteComment(app.db, actorOf(request), kind, request.params.id, request.params.commentId, expectedVersion(request))
        return reply.code(204).send(null)
      },
    )
  }
}
