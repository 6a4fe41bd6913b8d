import { hash } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import type { Static } from 'typebox'
import { useEtag } from '../../plugins/etag.js'
import type { ContentKind } from './kinds.js'
import { type ContentRecord, shownDerived, type TagSource } from './records.js'

/**
 * A digest of the kind's item schema: a release that changes what an item looks like changes every
 * item's ETag with it, so nobody keeps an old shape on a 304.
 */
const shapes = new WeakMap<ContentKind, string>()
function shapeOf(kind: ContentKind): string {
  let shape = shapes.get(kind)
  if (shape === undefined) {
    shape = hash('sha256', JSON.stringify(kind.schemas.item), 'base64url').slice(0, 8)
    shapes.set(kind, shape)
  }
  return shape
}

/**
 * A content item's ETag, `"<version>-<digest>"`, made from what the item is built from rather than
 * from its serialised body, so a revalidation is answered from a few small columns (tagColumns)
 * without reading, building or hashing the item. The digest covers the row (rowRevision, which a
 * trigger moves on with every write of it) and everything its kind shows from elsewhere: its sites,
 * the related items this caller may see, adoption counts, open findings and whether it is due for
 * review (records.ts shownDerived). Two callers shown different related items get different tags;
 * a backup restored elsewhere gives the same ones.
 */
export function itemTag(kind: ContentKind, source: TagSource): string {
  const shown = JSON.stringify(shownDerived(kind.type).map((name) => source[name]))
  return `"${source.version}-${hash('sha256', `${shapeOf(kind)}:${source.rowRevision}:${shown}`, 'base64url').slice(0, 16)}"`
}

/** The item a route answers with, its ETag given to the etag plugin so the body need not be hashed. */
export function taggedItem<K extends ContentKind>(request: FastifyRequest, kind: K, record: ContentRecord): Static<K['schemas']['item']> {
  useEtag(request, itemTag(kind, record))
  return kind.toItem(record) as Static<K['schemas']['item']>
}
