import { type Static, Type } from 'typebox'
import { Nullable, StringEnum, Text, Timestamp, Uuid } from './common.js'

/**
 * Information-governance findings: text in an item that may identify a patient or a member of the
 * public, found before the item is published (SPEC, "Care for what is published").
 */
export const findingKinds = ['nhs_number', 'date_of_birth', 'postcode', 'phone', 'email', 'titled_name'] as const
export const FindingKind = StringEnum(findingKinds)
export type FindingKind = (typeof findingKinds)[number]

/** For people: "NHS number", shown in lists, messages and the review screen. */
export const findingKindLabels: Record<FindingKind, string> = {
  nhs_number: 'NHS number',
  date_of_birth: 'date of birth',
  postcode: 'postcode',
  phone: 'phone number',
  email: 'personal email address',
  titled_name: 'name after a title',
}

/**
 * `open` until resolved: `fixed` (the value left the text, by itself after an edit or as a curator
 * said) or `not_personal` (a curator's judgement, with a note, kept while the same value stays in
 * the same field).
 */
export const findingStatuses = ['open', 'fixed', 'not_personal'] as const
export const FindingStatus = StringEnum(findingStatuses)
export type FindingStatus = (typeof findingStatuses)[number]

export const Finding = Type.Object({
  id: Uuid,
  version: Type.Integer({ minimum: 1 }),
  field: Type.String({ description: 'JSON pointer to the field of the item it is in, e.g. /wentWell or /links/0/title' }),
  kind: FindingKind,
  start: Type.Integer({ minimum: 0, description: 'Where the value starts in the field’s text (UTF-16 code units)' }),
  end: Type.Integer({ minimum: 0, description: 'Where it ends (exclusive)' }),
  preview: Type.String({ description: 'The value masked, e.g. `*** *** 4012`; the value itself is never stored or sent' }),
  status: FindingStatus,
  note: Nullable(Type.String()),
  resolvedById: Nullable(Uuid),
  resolvedByName: Nullable(Type.String()),
  resolvedAt: Nullable(Timestamp),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Finding = Static<typeof Finding>

export const FindingList = Type.Object({
  data: Type.Array(Finding),
  open: Type.Integer({ minimum: 0, description: 'How many of them are open: publishing waits until this is 0' }),
})
export type FindingList = Static<typeof FindingList>

export const FindingParams = Type.Object({ id: Uuid, findingId: Uuid }, { additionalProperties: false })
export type FindingParams = Static<typeof FindingParams>

export const findingResolutions = ['fixed', 'not_personal'] as const
export const FindingResolutionBody = Type.Object(
  {
    resolution: StringEnum(findingResolutions),
    note: Type.Optional(Text(2000)),
  },
  { additionalProperties: false },
)
export type FindingResolutionBody = Static<typeof FindingResolutionBody>
