import type { ContentListQuery } from '@learnonce/contracts'
import type { Executor } from '../../db/client.js'
import { encodeCursor } from '../../pagination.js'
import type { Actor } from '../../plugins/auth.js'
import { invalidField } from '../../problem.js'
import type { ContentKind } from '../content/kinds.js'
import type { ExtraColumn, ListRecord } from '../content/records.js'
import { contentCursor, listContent } from '../content/service.js'

/** Rows read per query: large enough to be quick, small enough that a batch of long Markdown stays a few MB. */
export const EXPORT_BATCH_SIZE = 500

export type ExportFilters = Omit<ContentListQuery, 'limit' | 'cursor'> & { maturity?: string; derivedFromId?: string }

/**
 * The filters an export runs with. People see what the list shows them; an API key exports published
 * content only (not even what it submitted itself), so asking a key's export for another state is a 400.
 */
export function exportFilters(actor: Actor, filters: ExportFilters): ExportFilters {
  if (actor.kind !== 'key') return filters
  if (filters.status !== undefined && filters.status !== 'published') {
    throw invalidField('/status', 'an API key exports published content only; leave status out or ask for published', 'query')
  }
  return { ...filters, status: 'published' }
}

/**
 * Every item the list would show with these filters, in the list's order, a batch at a time: the
 * list's own query (filters, visibility and all) walked with its keyset cursor, every long field
 * asked for. Nothing is held beyond one batch, and each batch is one query.
 */
export async function* exportBatches(db: Executor, actor: Actor, kind: ContentKind, filters: ExportFilters): AsyncGenerator<ListRecord[]> {
  const extras = [...new Set(Object.values(kind.listFields))] as ExtraColumn[]
  let cursor: string | undefined
  for (;;) {
    const rows = await listContent(db, actor, kind, { ...filters, cursor }, EXPORT_BATCH_SIZE, extras)
    const batch = rows.slice(0, EXPORT_BATCH_SIZE)
    const last = batch[batch.length - 1]
    if (batch.length > 0) yield batch
    if (rows.length <= EXPORT_BATCH_SIZE || last === undefined) return
    cursor = encodeCursor(contentCursor(last))
  }
}

/**
 * exportBatches with its first batch already read, so a bad filter or a failing query is an error
 * response (a Problem) before any byte of the file is sent, not a cut-off download.
 */
export async function openExport(
  db: Executor,
  actor: Actor,
  kind: ContentKind,
  filters: ExportFilters,
): Promise<AsyncIterable<ListRecord[]>> {
  const batches = exportBatches(db, actor, kind, exportFilters(actor, filters))
  const first = await batches.next()
  return (async function* () {
    if (first.done) return
    yield first.value
    yield* batches
  })()
}
