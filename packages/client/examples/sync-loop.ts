// An integrator's portal keeping its copy of the hub's lessons current, type-checked against the
// generated document by `pnpm typecheck`. It pages through everything changed since the last run.
// /v1/sync (changes with tombstones, from a cursor) is not in the document on this branch yet; once it
// is, the README's loop over /v1/sync replaces this one and the client is regenerated.
import { createLearnOnceClient, type paths } from '@learnonce/client'

type Lesson = paths['/v1/lessons/{id}']['get']['responses'][200]['content']['application/json']

const client = createLearnOnceClient({
  baseUrl: process.env.LEARN_ONCE_URL ?? 'http://localhost:3000',
  token: process.env.LEARN_ONCE_TOKEN ?? '',
})

/** Saves every lesson updated since `since` (ISO 8601); returns when the portal has caught up. */
export async function syncLessons(since: string, save: (lesson: Lesson) => Promise<void>): Promise<void> {
  let cursor: string | undefined
  do {
    const { data, error } = await client.GET('/v1/lessons', { params: { query: { updatedSince: since, limit: 100, cursor } } })
    if (error) throw new Error(`${error.status} ${error.title}: ${error.detail}`)
    for (const lesson of data.data) await save(lesson)
    cursor = data.nextCursor ?? undefined
  } while (cursor)
}
