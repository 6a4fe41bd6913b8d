import { type Static, Type } from 'typebox'
import { Nullable, PageQuery, StringEnum, Timestamp, Uuid } from './common.js'
import { ContentStatus, ContentType } from './content.js'

/** What an import creates, as the content paths spell it. */
export const importKinds = ['lessons', 'case-studies', 'solutions'] as const
export const ImportKind = StringEnum(importKinds)
export type ImportKind = (typeof importKinds)[number]

export const importTargetStates = ['draft', 'submitted'] as const
export const ImportTargetState = StringEnum(importTargetStates)

/**
 * ready: the dry run is done and nothing is created yet; queued/running: the commit is under way
 * (rowsDone of rowsValid); committed: every valid row is an item; failed: see `error`.
 */
export const importStatuses = ['ready', 'queued', 'running', 'committed', 'failed'] as const
export const ImportStatus = StringEnum(importStatuses)

/** The spreadsheet's columns mapped to fields: `{"What went well": "wentWell"}`. */
export const ImportMapping = Type.Record(Type.String({ minLength: 1, maxLength: 200 }), Type.String({ minLength: 1, maxLength: 80 }))

/** The upload's settings, as query parameters beside the file in the body. */
export const ImportCreateQuery = Type.Object(
  {
    kind: ImportKind,
    targetState: Type.Optional(ImportTargetState),
    fileName: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 255,
        description: 'The name of the file sent as the body (required then), kept for the record',
      }),
    ),
    fileId: Type.Optional(
      Type.String({ format: 'uuid', description: 'A CSV or XLSX file uploaded with POST /v1/files, instead of a body' }),
    ),
    mapping: Type.Optional(
      Type.String({
        maxLength: 20_000,
        description:
          'JSON object from column header to field name; left out, each column whose header is a field name ' +
          '(or its label, e.g. "What went well") is mapped to that field',
      }),
    ),
    siteId: Type.Optional(
      Type.String({ format: 'uuid', description: 'The site of rows whose site column is empty (or with no site column)' }),
    ),
  },
  { additionalProperties: false },
)
export type ImportCreateQuery = Static<typeof ImportCreateQuery>

export const ImportRowProblem = Type.Object({
  column: Nullable(Type.String({ description: 'The spreadsheet column, when the problem is in one' })),
  pointer: Type.String({ description: 'The field, as the API names it for the same mistake in a create body' }),
  detail: Type.String(),
  suggestions: Type.Optional(Type.Array(Type.String(), { description: 'Known sites or themes with the closest names' })),
})
export type ImportRowProblem = Static<typeof ImportRowProblem>

export const ImportDuplicate = Type.Object({
  row: Type.Optional(Type.Integer({ description: 'An earlier row of the same file' })),
  item: Type.Optional(Type.Object({ id: Uuid, type: ContentType, title: Type.String(), status: ContentStatus })),
  score: Type.Number({ minimum: 0, maximum: 1 }),
  reason: Type.String(),
})
export type ImportDuplicate = Static<typeof ImportDuplicate>

export const ImportReportRow = Type.Object({
  row: Type.Integer({ minimum: 2, description: 'The spreadsheet row number (the header is row 1)' }),
  outcome: StringEnum(['create', 'error'] as const),
  title: Nullable(Type.String()),
  errors: Type.Array(ImportRowProblem),
  duplicates: Type.Array(ImportDuplicate),
})
export type ImportReportRow = Static<typeof ImportReportRow>

export const Import = Type.Object({
  id: Uuid,
  fileId: Nullable(Uuid),
  kind: ImportKind,
  status: ImportStatus,
  fileName: Type.String(),
  mediaType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  headers: Type.Array(Type.String()),
  mapping: ImportMapping,
  targetState: ImportTargetState,
  rowsTotal: Type.Integer({ description: 'Data rows in the file' }),
  rowsValid: Type.Integer({ description: 'Rows that would be (or were) created' }),
  rowsDone: Type.Integer({ description: 'Rows created so far' }),
  error: Nullable(Type.String()),
  createdById: Nullable(Uuid),
  committedById: Nullable(Uuid),
  committedAt: Nullable(Timestamp),
  alreadyImportedAs: Nullable(Type.String({ format: 'uuid', description: 'An earlier import of the same file, kind and mapping' })),
  version: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Import = Static<typeof Import>

export const ImportWithReport = Type.Object({
  ...Import.properties,
  report: Type.Object({
    rows: Type.Array(ImportReportRow, { description: 'Rows with problems first, then rows to create; at most 1,000' }),
    truncated: Type.Boolean(),
  }),
})
export type ImportWithReport = Static<typeof ImportWithReport>

export const ImportListQuery = Type.Object({ ...PageQuery.properties }, { additionalProperties: false })
export type ImportListQuery = Static<typeof ImportListQuery>

export const inboundOutcomes = ['draft_created', 'refused'] as const
export const InboundMessage = Type.Object({
  id: Uuid,
  sender: Nullable(Type.String()),
  subject: Nullable(Type.String()),
  messageId: Nullable(Type.String()),
  size: Type.Integer(),
  outcome: StringEnum(inboundOutcomes),
  reason: Type.String(),
  userId: Nullable(Uuid),
  itemId: Nullable(Uuid),
  attachments: Type.Array(Type.Object({ name: Type.String(), mediaType: Type.String(), size: Type.Integer(), fileId: Nullable(Uuid) })),
  createdAt: Timestamp,
})
export type InboundMessage = Static<typeof InboundMessage>

export const InboundMessageListQuery = Type.Object(
  { ...PageQuery.properties, outcome: Type.Optional(StringEnum(inboundOutcomes)) },
  { additionalProperties: false },
)
export type InboundMessageListQuery = Static<typeof InboundMessageListQuery>
