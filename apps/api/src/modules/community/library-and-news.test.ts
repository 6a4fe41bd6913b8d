import type { Network, NetworkNews, NetworkResource, Page } from '@learnonce/contracts'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileAttachments } from '../../db/schema/index.js'
import { type TestApp, testApp } from '../../test/app.js'
import { auditActionsFor } from '../../test/factories.js'
import { communityWorld } from './community-fixtures.js'

describe('a network’s library and news', () => {
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

  const attachmentsOf = (ownerType: 'network_resource' | 'network_update', ownerId: string) =>
    t.app.db
      .select({ fileId: fileAttachments.fileId, networkId: fileAttachments.networkId })
      .from(fileAttachments)
      .where(and(eq(fileAttachments.ownerType, ownerType), eq(fileAttachments.ownerId, ownerId)))

  it('shows and changes a network’s access', async () => {
    const network = await world.ok<Network>(world.people.admin, { method: 'GET', url: `/v1/networks/${membersNetwork}` })
    expect(network.access).toBe('members')
    const changed = await world.ok<Network>(world.people.curator, {
      method: 'PATCH',
      url: `/v1/networks/${membersNetwork}`,
      payload: { access: 'open' },
    })
    expect(changed.access).toBe('open')
    await world.ok(world.people.curator, { method: 'PATCH', url: `/v1/networks/${membersNetwork}`, payload: { access: 'members' } })
  })

  describe('resources', () => {
    it('lets a member add a link and a coordinator edit, reorder and remove it', async () => {
      const network = await world.network('open')
      const add = (title: string) =>
        world.ok<NetworkResource>(world.people.member, {
          method: 'POST',
          url: `/v1/networks/${network}/resources`,
          payload: { title, kind: 'agenda', journeyStage: 'implementation', url: 'https://example.org/agenda' },
        })
      const first = await add('Training day agenda')
      const second = await add('Bingo cards')
      expect([first.position, second.position]).toEqual([0, 1])
      expect(first.addedBy).toBe(world.people.member.user.id)

      const denied = await world.call(world.people.member, {
        method: 'PATCH',
        url: `/v1/resources/${first.id}`,
        payload: { title: 'Mine' },
      })
      expect(denied.statusCode).toBe(403)
      const edited = await world.ok<NetworkResource>(world.people.coordinator, {
        method: 'PATCH',
        url: `/v1/resources/${first.id}`,
        payload: { title: 'Agenda for the training day' },
        headers: { 'if-match': `"${first.version}"` },
      })
      expect([edited.title, edited.version]).toEqual(['Agenda for the training day', 2])
      const stale = await world.call(world.people.coordinator, {
        method: 'PATCH',
        url: `/v1/resources/${first.id}`,
        payload: { title: 'Again' },
        headers: { 'if-match': `"${first.version}"` },
      })
      expect(stale.statusCode).toBe(412)

      const reordered = await world.ok<NetworkResource[]>(world.people.curator, {
        method: 'PUT',
        url: `/v1/networks/${network}/resources/order`,
        payload: { resourceIds: [second.id, first.id] },
      })
      expect(reordered.map((resource) => resource.title)).toEqual(['Bingo cards', 'Agenda for the training day'])
      const incomplete = await world.call(world.people.curator, {
        method: 'PUT',
        url: `/v1/networks/${network}/resources/order`,
        payload: { resourceIds: [second.id] },
      })
      expect(incomplete.statusCode).toBe(400)

      const page = await world.call(world.people.outsider, { method: 'GET', url: `/v1/networks/${network}/resources?limit=1` })
      const body = page.json<Page<NetworkResource>>()
      expect(body.data.map((resource) => resource.title)).toEqual(['Bingo cards'])
      const next = await world.call(world.people.outsider, {
        method: 'GET',
        url: `/v1/networks/${network}/resources?cursor=${body.nextCursor}`,
      })
      expect(next.json<Page<NetworkResource>>().data.map((resource) => resource.id)).toEqual([first.id])

      expect((await world.call(world.people.member, { method: 'DELETE', url: `/v1/resources/${second.id}` })).statusCode).toBe(403)
      expect(
        (
          await world.call(world.people.coordinator, {
            method: 'DELETE',
            url: `/v1/resources/${second.id}`,
            headers: { 'if-match': '"9"' },
          })
        ).statusCode,
      ).toBe(412)
      expect((await world.call(world.people.coordinator, { method: 'DELETE', url: `/v1/resources/${second.id}` })).statusCode).toBe(204)
      expect(await auditActionsFor(t.app, second.id)).toEqual(['resource.created', 'resource.deleted'])
    })

    it('refuses an outsider adding to the library, and hides a members-only library from them', async () => {
      const link = { title: 'Toolkit', kind: 'toolkit', url: 'https://example.org/toolkit' }
      expect(
        (await world.call(world.people.outsider, { method: 'POST', url: `/v1/networks/${openNetwork}/resources`, payload: link }))
          .statusCode,
      ).toBe(403)
      const resource = await world.ok<NetworkResource>(world.people.coordinator, {
        method: 'POST',
        url: `/v1/networks/${membersNetwork}/resources`,
        payload: link,
      })
      expect((await world.call(world.people.outsider, { method: 'GET', url: `/v1/networks/${membersNetwork}/resources` })).statusCode).toBe(
        404,
      )
      expect((await world.call(world.people.outsider, { method: 'GET', url: `/v1/resources/${resource.id}` })).statusCode).toBe(404)
      expect((await world.call(world.people.member, { method: 'GET', url: `/v1/resources/${resource.id}` })).statusCode).toBe(200)
    })

    it('attaches an uploaded file to the resource, and lets go of it when the resource goes', async () => {
      const fileId = await world.uploaded(world.people.member, 'evaluation.pdf')
      const resource = await world.ok<NetworkResource>(world.people.member, {
        method: 'POST',
        url: `/v1/networks/${openNetwork}/resources`,
        payload: { title: 'Interim evaluation', kind: 'evaluation', fileId },
      })
      expect(resource.file).toMatchObject({ id: fileId, name: 'evaluation.pdf', mediaType: 'application/pdf' })
      expect(await attachmentsOf('network_resource', resource.id)).toEqual([{ fileId, networkId: openNetwork }])
      await world.ok(world.people.coordinator, { method: 'DELETE', url: `/v1/resources/${resource.id}` })
      expect(await attachmentsOf('network_resource', resource.id)).toEqual([])
    })

    it('refuses a resource with both or neither of a link and a file (400), and someone else’s or an unknown upload (422)', async () => {
      const othersFile = await world.uploaded(world.people.colleague)
      const add = (payload: object) =>
        world.call(world.people.member, {
          method: 'POST',
          url: `/v1/networks/${openNetwork}/resources`,
          payload: { title: 'X', kind: 'other', ...payload },
        })
      expect((await add({})).statusCode).toBe(400)
      expect((await add({ url: 'https://example.org', fileId: othersFile })).statusCode).toBe(400)
      const theirs = await add({ fileId: othersFile })
      expect(theirs.statusCode).toBe(422)
      expect(theirs.json<{ errors: { pointer: string }[] }>().errors[0]?.pointer).toBe('/fileId')
      expect((await add({ fileId: '01890000-0000-7000-8000-000000000000' })).statusCode).toBe(422)
    })
  })

  describe('news', () => {
    const announce = (networkId: string, payload: object = {}) =>
      world.ok<NetworkNews>(world.people.coordinator, {
        method: 'POST',
        url: `/v1/networks/${networkId}/updates`,
        payload: { title: 'Second evaluation report', body: 'Uptake rose by **a third**.', kind: 'evaluation_report', ...payload },
      })

    it('is published by coordinators, not by members', async () => {
      const res = await world.call(world.people.member, {
        method: 'POST',
        url: `/v1/networks/${openNetwork}/updates`,
        payload: { title: 'Hi', body: 'x', kind: 'announcement' },
      })
      expect(res.statusCode).toBe(403)
      const news = await announce(openNetwork)
      expect(news.authorName).toBe('Colin Coordinator')
      expect(await auditActionsFor(t.app, news.id)).toEqual(['news.published'])
    })

    it('is read by anyone signed in for an open network, and only by those who take part for a members one', async () => {
      const open = await announce(openNetwork)
      const closed = await announce(membersNetwork)
      expect((await world.call(world.people.outsider, { method: 'GET', url: `/v1/updates/${open.id}` })).statusCode).toBe(200)
      expect((await world.call(world.people.outsider, { method: 'GET', url: `/v1/updates/${closed.id}` })).statusCode).toBe(404)
      expect((await world.call(world.people.outsider, { method: 'GET', url: `/v1/networks/${membersNetwork}/updates` })).statusCode).toBe(
        404,
      )
      expect(
        (await world.call(world.people.outsider, { method: 'GET', url: `/v1/networks/${membersNetwork}/updates.atom` })).statusCode,
      ).toBe(404)
      expect((await world.call(world.people.member, { method: 'GET', url: `/v1/updates/${closed.id}` })).statusCode).toBe(200)
      expect((await world.call(null, { method: 'GET', url: `/v1/networks/${openNetwork}/updates.atom` })).statusCode).toBe(401)
    })

    it('keeps scheduled news for moderators until its time, newest first for everyone else', async () => {
      const network = await world.network('open')
      const older = await announce(network, { title: 'Older', publishedAt: new Date(Date.now() - 86_400_000).toISOString() })
      const newer = await announce(network, { title: 'Newer' })
      const scheduled = await announce(network, { title: 'Next week', publishedAt: new Date(Date.now() + 7 * 86_400_000).toISOString() })
      const titles = async (who: typeof world.people.member) =>
        (await world.call(who, { method: 'GET', url: `/v1/networks/${network}/updates` }))
          .json<Page<NetworkNews>>()
          .data.map((news) => news.title)
      expect(await titles(world.people.member)).toEqual(['Newer', 'Older'])
      expect(await titles(world.people.coordinator)).toEqual(['Next week', 'Newer', 'Older'])
      expect((await world.call(world.people.member, { method: 'GET', url: `/v1/updates/${scheduled.id}` })).statusCode).toBe(404)
      const atom = await world.call(world.people.member, { method: 'GET', url: `/v1/networks/${network}/updates.atom` })
      expect(atom.headers['content-type']).toContain('application/atom+xml')
      expect(atom.body).toContain('<title type="html"><![CDATA[Newer]]></title>')
      expect(atom.body).not.toContain('Next week')
      expect([older.kind, newer.kind]).toEqual(['evaluation_report', 'evaluation_report'])
    })

    it('attaches files to news, replaces them on change, honours If-Match and removes them with it', async () => {
      const report = await world.uploaded(world.people.coordinator, 'report.pdf')
      const appendix = await world.uploaded(world.people.coordinator, 'appendix.pdf')
      const news = await announce(openNetwork, { fileIds: [report] })
      expect(news.files.map((file) => file.name)).toEqual(['report.pdf'])
      const changed = await world.ok<NetworkNews>(world.people.curator, {
        method: 'PATCH',
        url: `/v1/updates/${news.id}`,
        payload: { fileIds: [appendix] },
        headers: { 'if-match': `"${news.version}"` },
      })
      expect([changed.fileIds, changed.version]).toEqual([[appendix], news.version + 1])
      const stale = await world.call(world.people.curator, {
        method: 'PATCH',
        url: `/v1/updates/${news.id}`,
        payload: { title: 'x' },
        headers: { 'if-match': `"${news.version}"` },
      })
      expect(stale.statusCode).toBe(412)
      expect((await world.call(world.people.member, { method: 'DELETE', url: `/v1/updates/${news.id}` })).statusCode).toBe(403)
      expect((await world.call(world.people.coordinator, { method: 'DELETE', url: `/v1/updates/${news.id}` })).statusCode).toBe(204)
      expect(await attachmentsOf('network_update', news.id)).toEqual([])
    })
  })
})
