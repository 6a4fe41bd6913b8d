import type { ContentStatus, ContentType, ImportDuplicate, ImportReportRow, ImportRowProblem } from '@learnonce/contracts'
import { Ajv } from 'ajv'
import addFormatsImport from 'ajv-formats'
import { sql } from 'drizzle-orm'
import type { TObject } from 'typebox'
import { type Executor, rows as selectRows } from '../../db/client.js'
import { sites, themes } from '../../db/schema/index.js'
import type { Actor } from '../../plugins/auth.js'
import { type AjvError, describeValidationErrors } from '../../plugins/problems.js'
import { unstorableText } from '../../storable-text.js'
import type { ContentKind } from '../content/kinds.js'
import { sitesNotAllowed, visibleTo } from '../content/policy.js'
import { type FieldShape, importableFields } from './mapping.js'
import type { SheetRow } from './read-rows.js'

// The validator the API's bodies go through (plugins/validation.ts): the same options, so a bad
// cell gets the message a bad field gets.
const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv
const canonicalUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const ajv = addFormats(
  new Ajv({ allErrors: true, useDefaults: true, removeAdditional: false, strict: false, coerceTypes: false }),
).addFormat('uuid', canonicalUuid)
const validators = new Map<TObject, ReturnType<Ajv['compile']>>()
function validatorOf(schema: TObject) {
  const found = validators.get(schema)
  if (found) return found
  const compiled = ajv.compile(schema)
  validators.set(schema, compiled)
  return compiled
}

/** A row that passed: its number and the create body it becomes. */
export interface ValidRow {
  row: number
  body: Record<string, unknown>
}

export interface DryRun {
  report: ImportReportRow[]
  valid: ValidRow[]
}

/** Titles at least this alike (pg_trgm similarity, the similar-items title signal) are reported as likely duplicates. */
const duplicateFrom = 0.5
const suggestionCount = 3

interface KnownSite {
  id: string
  name: string
  slug: string
  archivedAt: Date | null
}
interface KnownTheme {
  slug: string
  name: string
  retiredAt: Date | null
}

const folded = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '')
const asChoice = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
const splitList = (text: string) =>
  text
    .split(/[;,\n]/)
    .map((part) => part.trim())
    .filter(Boolean)

/** Edit distance, for "did you mean": the names people mistype are short, so the quadratic cost is nothing. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/** The known names closest to what was written, closest first (a name that contains it counts as close). */
function closest(written: string, candidates: { label: string; keys: string[] }[]): string[] {
  const key = folded(written)
  return (
    candidates
      .map((candidate) => {
        const distance = Math.min(
          ...candidate.keys.map((known) =>
            known.includes(key) || key.includes(known) ? 0 : levenshtein(key, known) / Math.max(known.length, key.length, 1),
          ),
        )
        return { label: candidate.label, distance }
      })
      // At most a third of the letters differ: a slip of the keyboard, not another name.
      .filter((candidate) => candidate.distance <= 1 / 3)
      .sort((a, b) => a.distance - b.distance || a.label.localeCompare(b.label))
      .slice(0, suggestionCount)
      .map((candidate) => candidate.label)
  )
}

/**
 * The dry run: every row mapped to a create body and checked as the API would check it — the
 * schema (same messages), the sites and themes it names, the caller's right to place content on
 * those sites — plus likely duplicates among existing items and earlier rows of the file.
 */
export async function dryRun(
  db: Executor,
  actor: Actor,
  kind: ContentKind,
  sheetRows: readonly SheetRow[],
  mapping: Record<string, string>,
  defaultSiteId: string | undefined,
): Promise<DryRun> {
  const fields = importableFields(kind)
  const columnOf = new Map(Object.entries(mapping).map(([header, field]) => [field, header]))
  const knownSites: KnownSite[] = await db
    .select({ id: sites.id, name: sites.name, slug: sites.slug, archivedAt: sites.archivedAt })
    .from(sites)
  const knownThemes: KnownTheme[] = await db.select({ slug: themes.slug, name: themes.name, retiredAt: themes.retiredAt }).from(themes)
  const siteChoices = knownSites
    .filter((site) => !site.archivedAt)
    .map((site) => ({ label: `${site.name} (${site.slug})`, keys: [folded(site.name), folded(site.slug)] }))
  const themeChoices = knownThemes
    .filter((theme) => !theme.retiredAt)
    .map((theme) => ({ label: theme.slug, keys: [folded(theme.name), folded(theme.slug)] }))
  const siteField = Object.entries(fields).find(([, shape]) => shape === 'site' || shape === 'sites')

  const findSite = (written: string) =>
    knownSites.find(
      (site) => site.id === written.toLowerCase() || site.slug === written.toLowerCase() || folded(site.name) === folded(written),
    )

  const report: ImportReportRow[] = []
  const valid: ValidRow[] = []
  const byTitle = new Map<string, number>()

  for (const { row, cells } of sheetRows) {
    const body: Record<string, unknown> = {}
    const problems: ImportRowProblem[] = []
    const troubled = new Set<string>()
    const refuse = (field: string, pointer: string, detail: string, suggestions?: string[]) => {
      troubled.add(field)
      problems.push({ column: columnOf.get(field) ?? null, pointer, detail, ...(suggestions ? { suggestions } : {}) })
    }
    const placeSite = (field: string, pointer: string, written: string): string | undefined => {
      const site = findSite(written)
      if (!site) {
        refuse(field, pointer, `is not a known site: "${written}"`, closest(written, siteChoices))
        return undefined
      }
      if (site.archivedAt) {
        refuse(field, pointer, 'is an archived site')
        return undefined
      }
      if (sitesNotAllowed(actor, [site.id]).length > 0) {
        refuse(field, pointer, `is ${site.name}, and you are not a member of it, so you cannot add content to it`)
        return undefined
      }
      return site.id
    }

    for (const [header, field] of Object.entries(mapping)) {
      const cell = (cells[header] ?? '').trim()
      if (cell === '') continue
      const shape = fields[field] as FieldShape
      if (shape === 'text') body[field] = cell
      else if (shape === 'choice') body[field] = asChoice(cell)
      else if (shape === 'site') {
        const id = placeSite(field, `/${field}`, cell)
        if (id) body[field] = id
      } else if (shape === 'sites') {
        const ids = splitList(cell).map((written, index) => placeSite(field, `/${field}/${index}`, written))
        if (ids.every((id) => id !== undefined)) body[field] = ids
      } else if (field === 'themes') {
        body[field] = splitList(cell).map((written, index) => {
          const theme = knownThemes.find((known) => known.slug === written.toLowerCase() || folded(known.name) === folded(written))
          if (!theme) refuse(field, `/themes/${index}`, `is not a known theme: "${written}"`, closest(written, themeChoices))
          else if (theme.retiredAt) refuse(field, `/themes/${index}`, 'is not a current theme; see GET /v1/taxonomy')
          return theme?.slug ?? written
        })
      } else if (field === 'careSettings') body[field] = splitList(cell).map(asChoice)
      else body[field] = splitList(cell)
    }
    if (siteField && body[siteField[0]] === undefined && !troubled.has(siteField[0]) && defaultSiteId !== undefined) {
      const id = placeSite(siteField[0], `/${siteField[0]}`, defaultSiteId)
      if (id) body[siteField[0]] = siteField[1] === 'sites' ? [id] : id
    }

    const unstorable = unstorableText(body)
    if (unstorable) refuse(unstorable.pointer.split('/')[1] ?? '', unstorable.pointer, unstorable.detail)
    const validate = validatorOf(kind.schemas.create)
    if (!validate(body)) {
      for (const error of describeValidationErrors((validate.errors ?? []) as AjvError[])) {
        const field = error.pointer.split('/')[1] ?? ''
        // A site or theme already reported (unknown, not yours) is not reported again as missing.
        if (troubled.has(field)) continue
        problems.push({ column: columnOf.get(field) ?? null, pointer: error.pointer, detail: error.detail })
      }
    }

    const title = typeof body.title === 'string' ? body.title : null
    const duplicates: ImportDuplicate[] = []
    if (title !== null) {
      const key = `${folded(title)}|${JSON.stringify(body.siteId ?? body.siteIds ?? '')}`
      const earlier = byTitle.get(key)
      if (earlier !== undefined) duplicates.push({ row: earlier, score: 1, reason: `Same title and site as row ${earlier}` })
      else byTitle.set(key, row)
    }
    report.push({ row, outcome: problems.length > 0 ? 'error' : 'create', title, errors: problems, duplicates })
    if (problems.length === 0) valid.push({ row, body })
  }

  await findExistingDuplicates(db, actor, kind, report)
  return { report, valid }
}

interface DuplicateRow {
  row_number: number
  id: string
  type: ContentType
  title: string
  status: ContentStatus
  score: number
}

/** Existing items (that the importer may see) whose titles are alike, for every titled row: one query per 500 rows. */
async function findExistingDuplicates(db: Executor, actor: Actor, kind: ContentKind, report: ImportReportRow[]): Promise<void> {
  const titled = report.filter((entry) => entry.title !== null)
  const byRow = new Map(report.map((entry) => [entry.row, entry]))
  for (let start = 0; start < titled.length; start += 500) {
    const chunk = titled.slice(start, start + 500).map((entry) => ({ row_number: entry.row, title: entry.title }))
    const found = await selectRows<DuplicateRow>(
      db,
      sql`select probe.row_number, item.id, item.type, item.title, item.status, item.score
        from json_to_recordset(${JSON.stringify(chunk)}::json) as probe(row_number int, title text)
        cross join lateral (
          select candidate.id, candidate.type, candidate.title, candidate.status, similarity(candidate.title, probe.title)::float8 as score
          from content_items candidate
          where candidate.type = ${kind.type} and candidate.title % probe.title and ${visibleTo(actor, 'candidate')}
          order by score desc, candidate.id desc
          limit 3
        ) item
        where item.score >= ${duplicateFrom}
        order by probe.row_number, item.score desc`,
    )
    for (const match of found) {
      const score = Math.round(Number(match.score) * 1000) / 1000
      byRow.get(Number(match.row_number))?.duplicates.push({
        item: { id: match.id, type: match.type, title: match.title, status: match.status },
        score,
        reason: `Titles are ${Math.round(score * 100)}% alike`,
      })
    }
  }
}
