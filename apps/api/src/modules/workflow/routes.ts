import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  AvailableActionList,
  allowedActions,
  IdParams,
  ReviewBy,
  TransitionList,
  Uuid,
  type WorkflowAction,
  type WorkflowActionBody,
  WorkflowNote,
  type WorkflowRule,
  workflow,
  workflowActions,
} from '@learnonce/contracts'
import type { Static } from 'typebox'
import { Type } from 'typebox'
import { actorOf } from '../../plugins/auth.js'
import { expectedVersion } from '../../plugins/etag.js'
import { builtToShape } from '../../plugins/serialization.js'
import { taggedItem } from '../content/item-tag.js'
import type { ContentKind } from '../content/kinds.js'
import { getContent } from '../content/service.js'
import { whoMay } from './policy.js'
import { listHistory, transition } from './service.js'

/** The body an action takes, read from the table: a required note or original where the action needs one. */
function bodyFor(rule: WorkflowRule) {
  return Type.Object(
    {
      note: rule.note === 'required' ? WorkflowNote : Type.Optional(WorkflowNote),
      ...(rule.needsDuplicateOf ? { duplicateOfId: Uuid } : {}),
      ...(rule.setsReviewBy ? { reviewBy: Type.Optional(ReviewBy) } : {}),
    },
    { additionalProperties: false },
  )
}

/** `POST /{id}/{action}` for every action in the workflow table, and the item's history. */
export function workflowRoutes<K extends ContentKind>(kind: K): FastifyPluginAsyncTypebox {
  const tags = [kind.tag]
  return async (app) => {
    for (const action of workflowActions) {
      const rule: WorkflowRule = workflow[action]
      const body = bodyFor(rule)
      app.post(
        `/:id/${action}`,
        {
          // A content:submit key submits the lessons it created; every other action stays with people.
          config: { etag: true, optionalBody: true, keys: kind.type === 'lesson' && action === 'submit' ? 'content:submit' : undefined },
          schema: {
            tags,
            summary: `${rule.label} (${rule.from.join(' or ')} → ${rule.to})`,
            description:
              `Allowed from ${rule.from.map((status) => `\`${status}\``).join(' or ')} for ${whoMay(rule)}; ` +
              `the ${kind.noun} becomes \`${rule.to}\`. ${rule.note === 'required' ? 'A `note` is required. ' : ''}` +
              (rule.setsReviewBy
                ? `\`reviewBy\` (in the future) sets when it is next due for review; without it, the ${kind.noun} type's period from now. `
                : '') +
              'From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.',
            params: IdParams,
            body,
            response: { 200: kind.schemas.item },
          },
          // The item as GET writes it (toItem, JSON.stringify), with the ETag GET gives (item-tag.ts).
          serializerCompiler: builtToShape,
        },
        async (request) => {
          const record = await transition(
            app.db,
            actorOf(request),
            kind,
            request.params.id,
            action as WorkflowAction,
            (request.body ?? {}) as Static<typeof WorkflowActionBody>,
            expectedVersion(request),
          )
          return taggedItem(request, kind, record)
        },
      )
    }

    app.get(
      '/:id/actions',
      {
        schema: {
          tags,
          summary: `What you may do with the ${kind.noun} now`,
          description:
            `The workflow actions open to you on this ${kind.noun} in its current state, decided as the action routes ` +
            'decide them, each with its label, the state it leads to, whether it needs a note and whether it names an ' +
            `original; \`version\` is the version they were decided for. Empty when nothing is open to you; 404 when you cannot see the ${kind.noun}.`,
          params: IdParams,
          response: { 200: AvailableActionList },
        },
      },
      async (request) => {
        const actor = actorOf(request)
        const item = await getContent(app.db, actor, kind, request.params.id)
        const open = actor.kind === 'user' ? allowedActions(actor, item) : []
        return {
          data: open.map((action) => {
            const rule: WorkflowRule = workflow[action]
            return { action, label: rule.label, to: rule.to, note: rule.note, needsDuplicateOf: rule.needsDuplicateOf === true }
          }),
          version: item.version,
        }
      },
    )

    app.get(
      '/:id/history',
      {
        schema: {
          tags,
          summary: `The ${kind.noun}'s workflow history`,
          description: 'Every transition (who, when, action, from, to, note), oldest first, for whoever can see the item.',
          params: IdParams,
          response: { 200: TransitionList },
        },
      },
      async (request) => ({ data: await listHistory(app.db, actorOf(request), kind, request.params.id) }),
    )
  }
}
