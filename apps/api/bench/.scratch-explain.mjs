import pg from 'pg'
import { itemSql, listSql, searchSql, selectList } from './baseline-sql.mjs'

const client = new pg.Client({ connectionString: 'postgres://root@127.0.0.1:5432/' + process.argv[2] })
await client.connect()
if (process.argv[3]) await client.query(`set plan_cache_mode = ${process.argv[3]}`)
const fields =
  'id,version,createdAt,updatedAt,title,summary,context,wentWell,didNotGoWell,doDifferently,themes,careSettings,tags,links,journeyStage,siteId,authorId,relatedSolutionIds,relatedCaseStudyIds,status,submittedAt,assigneeId,publishedAt,decisionNote,duplicateOfId'.split(
    ',',
  )
const sel = selectList(fields).sql
const {
  rows: [{ site }],
} = await client.query('select id as site from sites order by id limit 1')
const {
  rows: [{ id }],
} = await client.query("select id from content_items where type='lesson' and status='published' limit 1")
const show = async (label, text, values) => {
  await client.query(`prepare q as ${text}`)
  const args = values.map((v) => (Array.isArray(v) ? `'{${v.join(',')}}'` : typeof v === 'number' ? v : `'${v}'`)).join(',')
  for (let i = 0; i < 6; i++) await client.query(`execute q(${args})`)
  const r = await client.query(`explain (analyze, buffers) execute q(${args})`)
  await client.query('deallocate q')
  console.log('==', label)
  console.log(
    r.rows
      .map((x) => x['QUERY PLAN'])
      .filter((l) => !/SubPlan|Sort Key|Sort Method|Buffers|Heap Fetches/.test(l))
      .slice(0, 14)
      .join('\n'),
  )
  console.log(
    r.rows
      .map((x) => x['QUERY PLAN'])
      .filter((l) => /Planning Time|Execution Time/.test(l))
      .join('\n'),
  )
}
const filter = process.env.FILTER?.split(',') ?? ['clinical-safety', 'implementation', 'london']
await show('first', listSql(sel, ['status'], 21), [[site], 'published'])
await show('filtered', listSql(sel, ['status', 'theme', 'journeyStage', 'region'], 21), [[site], 'published', ...filter])
await show('deep', listSql(sel, ['status', 'before'], 21), [[site], 'published', id])
await show('search', searchSql(sel, 21), [[site], 'pharmacogenomics'])
await show('item', itemSql(sel), [[site], id])
await client.end()
