import { sql } from 'drizzle-orm'
import { bigint, customType, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core'
import { id, timestamptz } from './columns.js'
import { users } from './identity.js'
import { networks } from './networks.js'

/**
 * An uploaded file as people see it: a name, a type detected from its bytes, a size and the sha256
 * of its content. The bytes live in the file store, once per sha256, however many files share them.
 */
export const files = pgTable(
  'files',
  {
    id: id(),
    /** Cleaned for display; never used as a path. */
    name: text('name').notNull(),
    mediaType: text('media_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('files_sha256_idx').on(t.sha256),
    index('files_uploaded_by_idx').on(t.uploadedBy, t.createdAt),
    index('files_created_idx').on(t.createdAt, t.id),
  ],
)

/**
 * What a file is attached to. A file is visible to whoever can see one of its owners; a file with
 * no attachment only to its uploader and curators, and is removed after a day. Network-owned
 * attachments (resources, news) carry their network, so a file's visibility is decided from this
 * table without knowing every owner's table.
 */
export const fileOwnerTypes = ['content', 'event', 'network_resource', 'network_update', 'import'] as const
export type FileOwnerType = (typeof fileOwnerTypes)[number]

export const fileAttachments = pgTable(
  'file_attachments',
  {
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id, { onDelete: 'cascade' }),
    ownerType: text('owner_type').$type<FileOwnerType>().notNull(),
    ownerId: uuid('owner_id').notNull(),
    networkId: uuid('network_id').references(() => networks.id, { onDelete: 'cascade' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.fileId, t.ownerType, t.ownerId] }),
    index('file_attachments_owner_idx').on(t.ownerType, t.ownerId),
    index('file_attachments_network_idx').on(t.networkId).where(sql`network_id is not null`),
  ],
)

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' })

/**
 * The file store's content in PostgreSQL (modules/files/store.ts): one row per distinct sha256,
 * naming the chunks that hold its bytes. A row exists only once every chunk is written, so a
 * content is either complete or absent.
 */
export const fileContents = pgTable('file_contents', {
  sha256: text('sha256').primaryKey(),
  /** The chunks' key: chosen before the hash is known, since the bytes are hashed as they stream in. */
  chunksId: uuid('chunks_id').notNull().unique(),
  size: bigint('size', { mode: 'number' }).notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
})

/**
 * The bytes, in chunks of at most 256 KB so that neither writing nor reading ever holds a whole
 * file in memory. Chunks without a file_contents row are an upload that stopped; the clean-up job
 * removes them.
 */
export const fileChunks = pgTable(
  'file_chunks',
  {
    chunksId: uuid('chunks_id').notNull(),
    seq: integer('seq').notNull(),
    data: bytea('data').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.chunksId, t.seq] }), index('file_chunks_created_idx').on(t.createdAt)],
)
