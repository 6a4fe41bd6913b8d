import { type Static, Type } from 'typebox'
import { Nullable, PageQuery, Timestamp, Uuid } from './common.js'
import { contentTypes } from './content.js'
import { workflow, workflowActions } from './workflow.js'

/** The actions the audit log records (`<subject>.<what happened>`). */
export const auditActions = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.token_family_revoked',
  'auth.password_changed',
  'api_key.created',
  'api_key.revoked',
  'user.created',
  'user.updated',
  'site.created',
  'site.updated',
  'site.archived',
  'site.restored',
  'site.deleted',
  'theme.created',
  'theme.updated',
  'theme.retired',
  'theme.restored',
  'theme.deleted',
  'theme.reordered',
  'review_periods.updated',
  'lesson.created',
  'lesson.updated',
  'lesson.deleted',
  'case_study.created',
  'case_study.updated',
  'case_study.deleted',
  'solution.created',
  'solution.updated',
  'solution.deleted',
  // Workflow transitions: `<type>.<what the action did>`, e.g. lesson.published (read from the workflow table).
  ...contentTypes.flatMap((type) => workflowActions.map((action) => `${type}.${workflow[action].done}`)),
  'comment.created',
  'comment.updated',
  'comment.deleted',
  'adoption.created',
  'adoption.updated',
  'adoption.deleted',
  'network.created',
  'network.updated',
  'network.deleted',
  'event.created',
  'event.updated',
  'event.deleted',
  'import.created',
  'import.committed',
]

export const AuditEvent = Type.Object({
  id: Uuid,
  action: Type.String({ description: `One of: ${auditActions.join(', ')}` }),
  actorId: Nullable(Uuid),
  subjectType: Nullable(Type.String()),
  subjectId: Nullable(Type.String()),
  data: Type.Record(Type.String(), Type.Unknown()),
  ip: Nullable(Type.String()),
  createdAt: Timestamp,
})
export type AuditEvent = Static<typeof AuditEvent>

export const AuditEventListQuery = Type.Object(
  {
    ...PageQuery.properties,
    actorId: Type.Optional(Uuid),
    action: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    subjectId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    since: Type.Optional(Timestamp),
    until: Type.Optional(Timestamp),
  },
  { additionalProperties: false },
)
export type AuditEventListQuery = Static<typeof AuditEventListQuery>
