// An integrator's portal keeping its copy of the hub's published content exactly in step, type-checked
// against the generated document by `pnpm typecheck`: a snapshot on the first run, then every change
// (upserts and tombstones) after the cursor it keeps.
import { createLearnOnceClient, type paths } from '@learnonce/client'

type Change = paths['/v1/sync']['get']['responses'][200]['content']['application/json']['data'][number]

export interface Store {
  loadCursor(): Promise<string | undefined>
  saveCursor(cursor: string): Promise<void>
  upsert(change: Change): Promise<void>
  remove(type: Change['type'], id: string): Promise<void>
}

const client = createLearnOnceClient({
  baseUrl: process.env.LEARN_ONCE_URL ?? 'http://localhost:3000',
  token: process.env.LEARN_ONCE_KEY ?? '',
})

/** Applies every change since the stored cursor; returns when the portal has caught up. */
export async function syncOnce(store: Store): Promise<void> {
  let cursor = await store.loadCursor()
  for (;;) {
    const { data, error } = await client.GET('/v1/sync', { params: { query: { cursor, limit: 500 } } })
    if (error) throw new Error(`${error.status} ${error.title}: ${error.detail}`)
    for (const change of data.data) await (change.change === 'delete' ? store.remove(change.type, change.id) : store.upsert(change))
    cursor = data.nextCursor
    await store.saveCursor(cursor)
    if (data.data.length === 0) return
  }
}
