import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  DiscussionPost,
  DiscussionPostCreate,
  DiscussionPostListQuery,
  DiscussionPostUpdate,
  DiscussionThread,
  DiscussionThreadCreate,
  DiscussionThreadListQuery,
  DiscussionThreadUpdate,
  IdParams,
  Lesson,
  Page,
  ThreadCapture,
} from '@learnonce/contracts'
import { Type } from 'typebox'
import { sendPage } from '../../pagination.js'
import { actorOf } from '../../plugins/auth.js'
import { expectedVersion } from '../../plugins/etag.js'
import { captureThread } from './capture.js'
import {
  createPost,
  createThread,
  getPost,
  getThread,
  listPosts,
  listThreads,
  postCursor,
  removePost,
  threadCursor,
  updatePost,
  updateThread,
} from './discussions.js'

const tags = ['network community']
const whoTakesPart =
  'People at the network’s member sites, its coordinators, curators and admins take part; in an `open` network anyone signed in reads, in a `members` network only they do (anyone else gets 404). API keys do not read discussions.'

/** /v1/networks/{id}/threads: a network's discussions. */
export const networkThreadRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/:id/threads',
    {
      schema: {
        tags,
        summary: 'A network’s discussions: pinned first, then newest activity',
        description: `${whoTakesPart} \`q\` searches thread titles and the words of posts (full-text, English stemming).`,
        params: IdParams,
        querystring: DiscussionThreadListQuery,
        response: { 200: Page(DiscussionThread) },
      },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 20
      const found = await listThreads(app.db, actorOf(request), request.params.id, request.query, limit)
      return sendPage(request, reply, found, limit, threadCursor)
    },
  )

  app.post(
    '/:id/threads',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Start a discussion',
        description: `${whoTakesPart} The body is the first post, in Markdown. Send an \`Idempotency-Key\` header to make retries safe.`,
        params: IdParams,
        body: DiscussionThreadCreate,
        response: { 201: DiscussionThread },
      },
    },
    async (request, reply) => {
      const thread = await createThread(app.db, actorOf(request), request.params.id, request.body)
      return reply.code(201).header('location', `/v1/threads/${thread.id}`).send(thread)
    },
  )
}

/** /v1/threads/{id}: one discussion, its posts, and capturing it as a lesson. */
export const threadRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/:id',
    {
      config: { etag: true },
      schema: {
        tags,
        summary: 'One discussion',
        description: `${whoTakesPart} Answers 304 to a matching If-None-Match.`,
        params: IdParams,
        response: { 200: DiscussionThread },
      },
    },
    (request) => getThread(app.db, actorOf(request), request.params.id),
  )

  app.patch(
    '/:id',
    {
      config: { etag: true },
      schema: {
        tags,
        summary: 'Retitle, pin or lock a discussion',
        description:
          'Moderators (the network’s coordinators, curators, admins) change anything; the thread’s author may change its title. A locked thread takes no new posts or edits (409) until unlocked. Honours `If-Match`.',
        params: IdParams,
        body: DiscussionThreadUpdate,
        response: { 200: DiscussionThread },
      },
    },
    (request) => updateThread(app.db, actorOf(request), request.params.id, request.body, expectedVersion(request)),
  )

  app.get(
    '/:id/posts',
    {
      schema: {
        tags,
        summary: 'A discussion’s posts, oldest first',
        description: `${whoTakesPart} A removed post keeps its place with the text "This post was removed".`,
        params: IdParams,
        querystring: DiscussionPostListQuery,
        response: { 200: Page(DiscussionPost) },
      },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 20
      const found = await listPosts(app.db, actorOf(request), request.params.id, request.query, limit)
      return sendPage(request, reply, found, limit, postCursor)
    },
  )

  app.post(
    '/:id/posts',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Reply in a discussion',
        description: `${whoTakesPart} A locked thread answers 409. Send an \`Idempotency-Key\` header to make retries safe.`,
        params: IdParams,
        body: DiscussionPostCreate,
        response: { 201: DiscussionPost },
      },
    },
    async (request, reply) => {
      const post = await createPost(app.db, actorOf(request), request.params.id, request.body)
      return reply.code(201).header('location', `/v1/posts/${post.id}`).send(post)
    },
  )

  app.post(
    '/:id/capture',
    {
      schema: {
        tags,
        summary: 'Capture a discussion as a draft lesson',
        description:
          'Contributors at the network’s member sites, and curators. Creates a draft lesson for `siteId` (a member site you belong to) prefilled from the thread: its title, the first post as the context, the replies as notes, and a link back to the thread, which then lists the lesson in `capturedLessonIds`.',
        params: IdParams,
        body: ThreadCapture,
        response: { 201: Lesson },
      },
    },
    async (request, reply) => {
      const lesson = await captureThread(app.db, actorOf(request), request.params.id, request.body, app.config.publicUrl)
      return reply.code(201).header('location', `/v1/lessons/${lesson.id}`).send(lesson)
    },
  )
}

/** /v1/posts/{id}: one post of a discussion. */
export const postRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/:id',
    {
      config: { etag: true },
      schema: {
        tags,
        summary: 'One post',
        description: `${whoTakesPart} Answers 304 to a matching If-None-Match.`,
        params: IdParams,
        response: { 200: DiscussionPost },
      },
    },
    (request) => getPost(app.db, actorOf(request), request.params.id),
  )

  app.patch(
    '/:id',
    {
      config: { etag: true },
      schema: {
        tags,
        summary: 'Edit your post',
        description:
          'Only the author, within 24 hours of posting (`editableUntil`); a moderator’s own posts have no limit. Sets `editedAt`. Not in a locked thread, nor once removed (409). Honours `If-Match`.',
        params: IdParams,
        body: DiscussionPostUpdate,
        response: { 200: DiscussionPost },
      },
    },
    (request) => updatePost(app.db, actorOf(request), request.params.id, request.body, expectedVersion(request)),
  )

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Remove a post',
        description:
          'Its author, or a moderator. The post keeps its place in the thread, reading "This post was removed"; its words are erased. Honours `If-Match`.',
        params: IdParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await removePost(app.db, actorOf(request), request.params.id, expectedVersion(request))
      return reply.code(204).send(null)
    },
  )
}
