import { type Static, type TSchema, Type } from 'typebox'
import { CaseStudy } from './case-studies.js'
import { StringEnum, Timestamp, Uuid } from './common.js'
import { Lesson } from './lessons.js'
import { Solution } from './solutions.js'

export const syncChangeKinds = ['upsert', 'delete'] as const
export type SyncChangeKind = (typeof syncChangeKinds)[number]

export const SyncQuery = Type.Object(
  {
    cursor: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 512,
        description: 'nextCursor from the previous page; leave it out to start with a snapshot of everything published',
      }),
    ),
    types: Type.Optional(
      Type.String({
        pattern: '^(lesson|case_study|solution)(,(lesson|case_study|solution))*$',
        description: 'Comma-separated content types (lesson, case_study, solution); keep the same value for every page of one cursor',
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
)
export type SyncQuery = Static<typeof SyncQuery>

/** One change of one type: its published representation for an upsert, null for a tombstone. */
const changeOf = <const T extends string, S extends TSchema>(type: T, item: S) =>
  Type.Object({
    type: Type.Literal(type),
    id: Uuid,
    change: StringEnum(syncChangeKinds, { description: 'upsert: store item; delete: the item left the published set' }),
    changedAt: Timestamp,
    item: Type.Union([item, Type.Null()]),
  })

export const SyncChange = Type.Union([changeOf('lesson', Lesson), changeOf('case_study', CaseStudy), changeOf('solution', Solution)])
export type SyncChange = Static<typeof SyncChange>

export const SyncPage = Type.Object({
  data: Type.Array(SyncChange),
  nextCursor: Type.String({ description: 'Always present: pass it as `cursor` next time, even after an empty page' }),
})
export type SyncPage = Static<typeof SyncPage>
