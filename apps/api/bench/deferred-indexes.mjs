// Secondary indexes built once after the load instead of row by row during it: keeping a GIN index
// over 4 KB of text, a trigram index and a score of btrees up to date costs PostgreSQL far more than
// building them from the loaded tables, in parallel, with memory to sort in. Primary keys and unique
// indexes stay: foreign keys need them, and they would catch a loader that writes a row twice.

/** Every index of `tables`, as pg_indexes spells it, and whether it may be dropped for the load. */
async function readIndexes(client, tables) {
  const { rows } = await client.query(
    `select index.tablename as "table", index.indexname as name, index.indexdef as definition,
        not (meta.indisunique or exists (select 1 from pg_constraint c where c.conindid = meta.indexrelid)) as droppable
      from pg_indexes index
      join pg_index meta on meta.indexrelid = format('%I.%I', index.schemaname, index.indexname)::regclass
      where index.schemaname = current_schema() and index.tablename = any($1::text[])
      order by 1, 2`,
    [tables],
  )
  return rows
}

const describe = (indexes) => indexes.map((index) => `${index.table}: ${index.definition}`)

/**
 * The full-text index is the longest build by far, then the other GIN indexes: they start first,
 * so the btrees fill the other connections meanwhile instead of leaving one long build at the end.
 */
const buildCost = (definition) => (/ USING gin \(search\)/.test(definition) ? 2 : / USING gin /.test(definition) ? 1 : 0)

/**
 * Drops the secondary indexes of `tables` (through `client`) and returns `rebuild(clients)`, which
 * builds them again over all `clients` at once and throws unless pg_indexes then lists exactly the
 * indexes it listed before.
 */
export async function dropSecondaryIndexes(client, tables) {
  const before = await readIndexes(client, tables)
  const dropped = before.filter((index) => index.droppable)
  for (const index of dropped) await client.query(`drop index "${index.name}"`)

  async function rebuild(clients, { memory = '1GB' } = {}) {
    const queue = [...dropped].sort((a, b) => buildCost(b.definition) - buildCost(a.definition))
    await Promise.all(
      clients.map(async (connection) => {
        await connection.query(`set maintenance_work_mem = '${memory}'`)
        for (let index = queue.shift(); index; index = queue.shift()) await connection.query(index.definition)
        await connection.query('reset maintenance_work_mem')
      }),
    )
    const after = describe(await readIndexes(client, tables))
    const expected = describe(before)
    const missing = expected.filter((definition) => !after.includes(definition))
    const extra = after.filter((definition) => !expected.includes(definition))
    if (missing.length > 0 || extra.length > 0) {
      throw new Error(
        `the rebuilt indexes are not the ones dropped: missing ${missing.join('; ') || 'none'}; extra ${extra.join('; ') || 'none'}`,
      )
    }
  }
  return { count: dropped.length, rebuild }
}
