import { Readable } from 'node:stream'
import { isFileLink } from '@learnonce/contracts'
import { and, eq, sql } from 'drizzle-orm'
import type { Database } from '../db/client.js'
import { contentItems, fileAttachments, files, users } from '../db/schema/index.js'
import { type FileStore, postgresFileStore } from '../modules/files/store.js'
import { people } from './demo-people.js'
import { docxDocument, pdfDocument } from './documents.js'

export interface SeedFile {
  /** Fixed, so seeding again finds the file instead of adding another. */
  id: string
  name: string
  mediaType: string
  bytes: Buffer
  uploadedBy?: string | null
}

/**
 * Stores a demo file (its bytes once, by hash) and its row, unless a file with its id exists.
 * For the demo hub's seeds: uploads from people go through receiveUpload.
 */
export async function seedFile(db: Database, file: SeedFile, store: FileStore = postgresFileStore(db)): Promise<string> {
  const [existing] = await db.select({ id: files.id }).from(files).where(eq(files.id, file.id))
  if (existing) return existing.id
  const { sha256, size } = await store.put(Readable.from([file.bytes]))
  await db
    .insert(files)
    .values({ id: file.id, name: file.name, mediaType: file.mediaType, size, sha256, uploadedBy: file.uploadedBy ?? null })
    .onConflictDoNothing()
  return file.id
}

const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** The condition library's artefacts as real files: what a practice would download to start. */
const libraryFiles = (uploadedBy: string | null) => [
  {
    link: { title: 'Criteria for a trusted source (one page)', kind: 'document' as const },
    file: {
      id: '0190a000-0000-7000-8000-00000000f001',
      name: 'Trusted source criteria.pdf',
      mediaType: 'application/pdf',
      uploadedBy,
      bytes: pdfDocument('Criteria for a trusted source', [
        'A source joins the condition library when it meets all four criteria:',
        '1. A named publisher (an NHS body, a royal college or a registered charity).',
        '2. Reviewed in the last three years, with the review date shown.',
        '3. No advertising and no products for sale.',
        '4. Plain English: a reading age of 11 or below where possible.',
        'The link owner checks each source at its review date and records the check.',
      ]),
    },
  },
  {
    link: { title: 'Link owner guide (editable)', kind: 'toolkit' as const },
    file: {
      id: '0190a000-0000-7000-8000-00000000f002',
      name: 'Link owner guide.docx',
      mediaType: docx,
      uploadedBy,
      bytes: docxDocument('Link owner guide', [
        'You own the links for one or more conditions in the library.',
        'Every month: open the link-checking report and fix or replace each broken link.',
        'Every review date: read each source again against the four criteria.',
        'When a source fails: remove it, tell the clinical lead, and suggest a replacement.',
        'Hand over: when you change role, name the next owner before you go.',
      ]),
    },
  },
]

/**
 * Gives the demo hub's condition library solution real artefact files (a PDF and a Word document),
 * attached as artefacts. Idempotent: files and links already there are left alone.
 */
export async function seedDemoFiles(db: Database): Promise<void> {
  const [solution] = await db
    .select({ id: contentItems.id, links: contentItems.links })
    .from(contentItems)
    .where(
      and(
        eq(contentItems.type, 'solution'),
        eq(contentItems.title, 'Curated condition library for information prescriptions in general practice'),
      ),
    )
  if (!solution) return
  const [author] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${people.priya}`)
  const entries = libraryFiles(author?.id ?? null)
  for (const entry of entries) await seedFile(db, entry.file)
  const held = new Set(solution.links.flatMap((link) => (isFileLink(link) ? [link.fileId] : [])))
  const added = entries.filter((entry) => !held.has(entry.file.id))
  if (added.length === 0) return
  await db.transaction(async (tx) => {
    await tx
      .update(contentItems)
      .set({ links: [...solution.links, ...added.map((entry) => ({ ...entry.link, fileId: entry.file.id }))] })
      .where(eq(contentItems.id, solution.id))
    await tx
      .insert(fileAttachments)
      .values(added.map((entry) => ({ fileId: entry.file.id, ownerType: 'content' as const, ownerId: solution.id })))
      .onConflictDoNothing()
  })
}
