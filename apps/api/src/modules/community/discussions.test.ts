import type { DiscussionPost, DiscussionThread, Lesson, NetworkActivity, Page } from '@learnonce/contracts'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { discussionPosts } from '../../db/schema/index.js'
import { type TestApp, testApp } from '../../test/app.js'
import { communityWorld } from './community-fixtures.js'

describe('network discussions', () => {
  let t: TestApp
  let world: Awaited<ReturnType<typeof communityWorld>>
  let openNetwork: string
  let membersNetwork: string

  beforeAll(async () => {
    t = await testApp()
    world = await communityWorld(t.app)
    openNetwork = await world.network('open')
    membersNetwork = await world.network('members')
  })
  afterAll(() => t.close())

  const startThread = async (networkId: string, who = world.people.member, title = 'How did you recruit pilot sites?') =>
    world.ok<DiscussionThread>(who, {
      method: 'POST',
      url: `/v1/networks/${networkId}/threads`,
      payload: { title, body: 'We asked GPs first.' },
    })
  const reply = async (threadId: string, who = world.people.member, body = 'We went through the PCN.') =>
    world.ok<DiscussionPost>(who, { method: 'POST', url: `/v1/threads/${threadId}/posts`, payload: { body } })

  describe('who reads and who takes part, by network access', () => {
    type Who = keyof Awaited<ReturnType<typeof communityWorld>>['people']
    // [caller, open: read, open: post, members: read, members: post]
    const table: [Who, number, number, number, number][] = [
      ['admin', 200, 201, 200, 201],
      ['curator', 200, 201, 200, 201],
      ['coordinator', 200, 201, 200, 201],
      ['member', 200, 201, 200, 201],
      ['outsider', 200, 403, 404, 404],
    ]
    it.each(table)(
      '%s reads (%i) and starts threads (%i) in an open network; reads (%i) and starts (%i) in a members one',
      async (who, openRead, openPost, membersRead, membersPost) => {
        const caller = world.people[who]
        for (const [networkId, read, write] of [
          [openNetwork, openRead, openPost],
          [membersNetwork, membersRead, membersPost],
        ] as const) {
          const list = await world.call(caller, { method: 'GET', url: `/v1/networks/${networkId}/threads` })
          expect(list.statusCode, list.body).toBe(read)
          const created = await world.call(caller, {
            method: 'POST',
            url: `/v1/networks/${networkId}/threads`,
            payload: { title: 'Hello', body: 'Hi all.' },
          })
          expect(created.statusCode, created.body).toBe(write)
        }
      },
    )

    it('hides a members-only thread and its posts from an outsider as if they did not exist', async () => {
      const thread = await startThread(membersNetwork)
      const post = await reply(thread.id)
      for (const url of [`/v1/threads/${thread.id}`, `/v1/threads/${thread.id}/posts`, `/v1/posts/${post.id}`]) {
        const res = await world.call(world.people.outsider, { method: 'GET', url })
        expect(res.statusCode, url).toBe(404)
      }
      const replyRes = await world.call(world.people.outsider, {
        method: 'POST',
        url: `/v1/threads/${thread.id}/posts`,
        payload: { body: 'Let me in' },
      })
      expect(replyRes.statusCode).toBe(404)
    })

    it('lets an outsider read an open network’s discussion but not reply in it', async () => {
      const thread = await startThread(openNetwork)
      const read = await world.call(world.people.outsider, { method: 'GET', url: `/v1/threads/${thread.id}/posts` })
      expect(read.json<Page<DiscussionPost>>().data.map((post) => post.body)).toEqual(['We asked GPs first.'])
      const res = await world.call(world.people.outsider, {
        method: 'POST',
        url: `/v1/threads/${thread.id}/posts`,
        payload: { body: 'Me too' },
      })
      expect(res.statusCode).toBe(403)
    })
  })

  it('lists pinned threads first, then by newest activity, and pages through them', async () => {
    const network = await world.network('open')
    const first = await startThread(network, world.people.member, 'First')
    const second = await startThread(network, world.people.member, 'Second')
    const third = await startThread(network, world.people.member, 'Third')
    await reply(first.id)
    await world.ok(world.people.coordinator, { method: 'PATCH', url: `/v1/threads/${second.id}`, payload: { pinned: true } })
    const page1 = await world.call(world.people.member, { method: 'GET', url: `/v1/networks/${network}/threads?limit=2` })
    const body1 = page1.json<Page<DiscussionThread>>()
    expect(body1.data.map((thread) => thread.title)).toEqual(['Second', 'First'])
    expect(page1.headers.link).toContain('rel="next"')
    const page2 = await world.call(world.people.member, {
      method: 'GET',
      url: `/v1/networks/${network}/threads?limit=2&cursor=${body1.nextCursor}`,
    })
    expect(page2.json<Page<DiscussionThread>>().data.map((thread) => thread.id)).toEqual([third.id])
    expect(body1.data[1]?.postCount).toBe(2)
  })

  it('finds threads by the words of their title or their posts, within the network only', async () => {
    const network = await world.network('open')
    const other = await world.network('open')
    await startThread(network, world.people.member, 'Consent forms')
    const byPost = await startThread(network, world.people.member, 'Staffing')
    await reply(byPost.id, world.people.colleague, 'Our receptionists were trained in signposting.')
    await startThread(other, world.people.member, 'Signposting elsewhere')
    const search = async (q: string) =>
      (await world.call(world.people.member, { method: 'GET', url: `/v1/networks/${network}/threads?q=${encodeURIComponent(q)}` }))
        .json<Page<DiscussionThread>>()
        .data.map((thread) => thread.title)
    expect(await search('consent')).toEqual(['Consent forms'])
    expect(await search('signposted')).toEqual(['Staffing'])
    expect(await search('nothing-like-this')).toEqual([])
  })

  describe('moderation', () => {
    it('leaves a placeholder where a moderator removed a post, keeping the thread’s shape', async () => {
      const thread = await startThread(openNetwork)
      const post = await reply(thread.id, world.people.colleague, 'Something regrettable.')
      await reply(thread.id, world.people.member, 'A later reply.')
      const removed = await world.call(world.people.coordinator, { method: 'DELETE', url: `/v1/posts/${post.id}` })
      expect(removed.statusCode).toBe(204)
      const posts = (await world.call(world.people.member, { method: 'GET', url: `/v1/threads/${thread.id}/posts` })).json<
        Page<DiscussionPost>
      >().data
      expect(posts.map((p) => [p.body, p.removed])).toEqual([
        ['We asked GPs first.', false],
        ['This post was removed', true],
        ['A later reply.', false],
      ])
      expect(posts[1]?.authorName).toBe('Cal Colleague')
      const [row] = await t.app.db.select({ body: discussionPosts.body }).from(discussionPosts).where(eq(discussionPosts.id, post.id))
      expect(row?.body).toBe('')
    })

    it('lets authors remove their own post but not someone else’s', async () => {
      const thread = await startThread(openNetwork)
      const mine = await reply(thread.id, world.people.colleague)
      const theirs = await reply(thread.id, world.people.member)
      expect((await world.call(world.people.colleague, { method: 'DELETE', url: `/v1/posts/${theirs.id}` })).statusCode).toBe(403)
      expect((await world.call(world.people.colleague, { method: 'DELETE', url: `/v1/posts/${mine.id}` })).statusCode).toBe(204)
    })

    it('refuses a reply to a locked thread with a 409 until a moderator unlocks it', async () => {
      const thread = await startThread(openNetwork)
      const refused = await world.call(world.people.member, { method: 'PATCH', url: `/v1/threads/${thread.id}`, payload: { locked: true } })
      expect(refused.statusCode).toBe(403)
      const locked = await world.ok<DiscussionThread>(world.people.coordinator, {
        method: 'PATCH',
        url: `/v1/threads/${thread.id}`,
        payload: { locked: true },
        headers: { 'if-match': `"${thread.version}"` },
      })
      expect([locked.locked, locked.version]).toEqual([true, thread.version + 1])
      const res = await world.call(world.people.member, {
        method: 'POST',
        url: `/v1/threads/${thread.id}/posts`,
        payload: { body: 'Wait!' },
      })
      expect(res.statusCode).toBe(409)
      expect(res.json<{ detail: string }>().detail).toMatch(/locked/)
      await world.ok(world.people.curator, { method: 'PATCH', url: `/v1/threads/${thread.id}`, payload: { locked: false } })
      await reply(thread.id)
    })

    it('answers 412 to a stale If-Match on a thread, a post and a removal', async () => {
      const thread = await startThread(openNetwork)
      const post = await reply(thread.id)
      await world.ok(world.people.coordinator, { method: 'PATCH', url: `/v1/threads/${thread.id}`, payload: { pinned: true } })
      const stale = { 'if-match': `"${thread.version}"` }
      expect(
        (
          await world.call(world.people.coordinator, {
            method: 'PATCH',
            url: `/v1/threads/${thread.id}`,
            payload: { locked: true },
            headers: stale,
          })
        ).statusCode,
      ).toBe(412)
      await world.ok(world.people.member, { method: 'PATCH', url: `/v1/posts/${post.id}`, payload: { body: 'Edited.' } })
      const old = { 'if-match': `"${post.version}"` }
      expect(
        (await world.call(world.people.member, { method: 'PATCH', url: `/v1/posts/${post.id}`, payload: { body: 'Again.' }, headers: old }))
          .statusCode,
      ).toBe(412)
      expect((await world.call(world.people.member, { method: 'DELETE', url: `/v1/posts/${post.id}`, headers: old })).statusCode).toBe(412)
    })
  })

  describe('editing a post', () => {
    it('marks an author’s edit with editedAt and a new version', async () => {
      const thread = await startThread(openNetwork)
      const post = await reply(thread.id)
      expect(post.editedAt).toBeNull()
      expect(Date.parse(post.editableUntil ?? '') - Date.parse(post.createdAt)).toBe(24 * 60 * 60 * 1000)
      const edited = await world.ok<DiscussionPost>(world.people.member, {
        method: 'PATCH',
        url: `/v1/posts/${post.id}`,
        payload: { body: 'We went through the PCN, then the LMC.' },
        headers: { 'if-match': `"${post.version}"` },
      })
      expect(edited.body).toBe('We went through the PCN, then the LMC.')
      expect(edited.editedAt).not.toBeNull()
      expect(edited.version).toBe(post.version + 1)
    })

    it('stops an author editing after 24 hours, while a moderator’s own post has no limit', async () => {
      const thread = await startThread(openNetwork)
      const memberPost = await reply(thread.id, world.people.member)
      const coordinatorPost = await reply(thread.id, world.people.coordinator)
      expect(coordinatorPost.editableUntil).toBeNull()
      const dayAndAMinuteAgo = new Date(Date.now() - 24 * 60 * 60 * 1000 - 60_000)
      await t.app.db.update(discussionPosts).set({ createdAt: dayAndAMinuteAgo }).where(eq(discussionPosts.threadId, thread.id))
      const late = await world.call(world.people.member, {
        method: 'PATCH',
        url: `/v1/posts/${memberPost.id}`,
        payload: { body: 'Too late.' },
      })
      expect(late.statusCode).toBe(403)
      expect(late.json<{ detail: string }>().detail).toMatch(/24 hours/)
      await world.ok(world.people.coordinator, {
        method: 'PATCH',
        url: `/v1/posts/${coordinatorPost.id}`,
        payload: { body: 'Still current.' },
      })
    })

    it('lets nobody, not even an admin, edit someone else’s words', async () => {
      const thread = await startThread(openNetwork)
      const post = await reply(thread.id)
      for (const who of [world.people.admin, world.people.colleague]) {
        const res = await world.call(who, { method: 'PATCH', url: `/v1/posts/${post.id}`, payload: { body: 'Not mine.' } })
        expect(res.statusCode).toBe(403)
      }
    })
  })

  describe('capturing a discussion as a lesson', () => {
    it('makes a draft lesson prefilled from the thread, linked both ways', async () => {
      const thread = await startThread(openNetwork, world.people.member, 'Training receptionists to signpost')
      await reply(thread.id, world.people.colleague, 'Use role play with real scenarios.')
      const res = await world.call(world.people.colleague, {
        method: 'POST',
        url: `/v1/threads/${thread.id}/capture`,
        payload: { siteId: world.memberSite.id },
      })
      expect(res.statusCode, res.body).toBe(201)
      const lesson = res.json<Lesson>()
      expect(lesson).toMatchObject({ status: 'draft', title: 'Training receptionists to signpost', siteId: world.memberSite.id })
      expect(lesson.summary).toBe('We asked GPs first.')
      expect(lesson.context).toContain('We asked GPs first.')
      expect(lesson.context).toContain('## Notes from the discussion')
      expect(lesson.context).toContain('**Cal Colleague**')
      expect(lesson.context).toContain('Use role play with real scenarios.')
      expect(lesson.links).toEqual([
        {
          title: 'Discussion: Training receptionists to signpost',
          kind: 'website',
          url: `${t.app.config.publicUrl}/admin/networks/${openNetwork}/discussions/${thread.id}`,
        },
      ])
      const after = await world.ok<DiscussionThread>(world.people.member, { method: 'GET', url: `/v1/threads/${thread.id}` })
      expect(after.capturedLessonIds).toEqual([lesson.id])
      // The draft is a normal lesson: its site's contributors see it, others do not.
      expect((await world.call(world.people.member, { method: 'GET', url: `/v1/lessons/${lesson.id}` })).statusCode).toBe(200)
      expect((await world.call(world.people.outsider, { method: 'GET', url: `/v1/lessons/${lesson.id}` })).statusCode).toBe(404)
      const outsiderView = await world.ok<DiscussionThread>(world.people.outsider, { method: 'GET', url: `/v1/threads/${thread.id}` })
      expect(outsiderView.capturedLessonIds).toEqual([])
    })

    it('refuses people who do not take part, sites outside the network, and a coordinator with no site', async () => {
      const thread = await startThread(openNetwork)
      const capture = (who: typeof world.people.member, siteId: string) =>
        world.call(who, { method: 'POST', url: `/v1/threads/${thread.id}/capture`, payload: { siteId } })
      expect((await capture(world.people.outsider, world.outsiderSite.id)).statusCode).toBe(403)
      expect((await capture(world.people.coordinator, world.memberSite.id)).statusCode).toBe(403)
      expect((await capture(world.people.curator, world.outsiderSite.id)).statusCode).toBe(400)
      expect((await capture(world.people.curator, world.memberSite.id)).statusCode).toBe(201)
    })
  })

  it('shows the community’s writes as the network’s activity, newest first, to its readers only', async () => {
    const network = await world.network('members')
    const thread = await startThread(network)
    const post = await reply(thread.id, world.people.colleague)
    await world.ok(world.people.coordinator, { method: 'PATCH', url: `/v1/threads/${thread.id}`, payload: { locked: true } })
    await world.call(world.people.coordinator, { method: 'DELETE', url: `/v1/posts/${post.id}` })
    const res = await world.call(world.people.member, { method: 'GET', url: `/v1/networks/${network}/activity?limit=3` })
    const page = res.json<Page<NetworkActivity>>()
    expect(page.data.map((entry) => [entry.action, entry.actorName])).toEqual([
      ['post.removed', 'Colin Coordinator'],
      ['thread.locked', 'Colin Coordinator'],
      ['post.created', 'Cal Colleague'],
    ])
    const next = await world.call(world.people.member, { method: 'GET', url: `/v1/networks/${network}/activity?cursor=${page.nextCursor}` })
    expect(next.json<Page<NetworkActivity>>().data.map((entry) => [entry.action, entry.title])).toEqual([['thread.created', thread.title]])
    expect((await world.call(world.people.outsider, { method: 'GET', url: `/v1/networks/${network}/activity` })).statusCode).toBe(404)
  })
})
