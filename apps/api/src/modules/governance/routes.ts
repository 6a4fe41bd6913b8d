import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Finding, FindingList, FindingParams, FindingResolutionBody, IdParams } from '@learnonce/contracts'
import { actorOf } from '../../plugins/auth.js'
import { expectedVersion } from '../../plugins/etag.js'
import type { ContentKind } from '../content/kinds.js'
import { listFindings, resolveFinding } from './service.js'

const whoSees =
  "Curators and the item's contributors (members of one of its sites) see them: anyone else who can see the item gets 403, " +
  'anyone who cannot see it 404.'

/** `/{id}/findings`: an item's information-governance findings, the same for every content kind. */
export function findingRoutes(kind: ContentKind): FastifyPluginAsyncTypebox {
  const tags = [kind.tag]
  return async (app) => {
    app.get(
      '/:id/findings',
      {
        schema: {
          tags,
          summary: `Information-governance findings in the ${kind.noun}`,
          description:
            'What may identify a patient or a member of the public in its text (NHS numbers that pass Modulus 11, dates of birth, ' +
            'postcodes, phone numbers, personal email addresses, names after titles), found on every save and on submit: field, kind, ' +
            `character range and a masked preview, never the value. Open ones first. ${whoSees} Publishing waits until none is open.`,
          params: IdParams,
          response: { 200: FindingList },
        },
      },
      async (request) => {
        const data = await listFindings(app.db, actorOf(request), kind, request.params.id)
        return { data, open: data.filter((finding) => finding.status === 'open').length }
      },
    )

    app.post(
      '/:id/findings/:findingId/resolve',
      {
        schema: {
          tags,
          summary: 'Resolve a finding',
          description:
            `Curators only. \`fixed\` when the value is no longer at its field (409 while it is: edit the ${kind.noun} first); ` +
            '`not_personal` with a `note` saying why (400 without). A resolved finding is a 409. Recorded in the item’s history and ' +
            `the audit log; the ${kind.noun}'s version does not change. Honours \`If-Match\` with the ${kind.noun}'s ETag.`,
          params: FindingParams,
          body: FindingResolutionBody,
          response: { 200: Finding },
        },
      },
      (request) =>
        resolveFinding(app.db, actorOf(request), kind, request.params.id, request.params.findingId, request.body, expectedVersion(request)),
    )
  }
}
