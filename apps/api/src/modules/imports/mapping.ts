import type { ImportKind } from '@learnonce/contracts'
import type { TSchema } from 'typebox'
import { invalidField } from '../../problem.js'
import { type ContentKind, caseStudies, lessons, solutions } from '../content/kinds.js'

export const kindsByName: Record<ImportKind, ContentKind> = { lessons, 'case-studies': caseStudies, solutions }
export const importKindOf = (kind: ContentKind): ImportKind =>
  (Object.entries(kindsByName).find(([, candidate]) => candidate === kind)?.[0] as ImportKind | undefined) ?? 'lessons'

/** How a field's cells are read: text as written, a list, or one choice spelt as a slug. */
export type FieldShape = 'text' | 'list' | 'choice' | 'site' | 'sites'

/** Fields a spreadsheet cannot express (objects, other items' ids) are left to the editor. */
const notImportable = new Set(['links', 'artefacts', 'relatedSolutionIds', 'relatedCaseStudyIds', 'relatedLessonIds', 'derivedFromId'])

/** The fields of a kind's create body a column may fill, with how each cell is read. */
export function importableFields(kind: ContentKind): Record<string, FieldShape> {
  const fields: Record<string, FieldShape> = {}
  for (const [name, schema] of Object.entries(kind.schemas.create.properties as Record<string, TSchema>)) {
    if (notImportable.has(name)) continue
    if (name === 'siteId') fields[name] = 'site'
    else if (name === 'siteIds') fields[name] = 'sites'
    else if ((schema as { type?: string }).type === 'array') fields[name] = 'list'
    else if ('enum' in schema || 'anyOf' in schema) fields[name] = 'choice'
    else fields[name] = 'text'
  }
  return fields
}

/** The headers each field answers to besides its own name: its label and the words people use. */
const aliases: Record<string, string[]> = {
  wentWell: ['What went well'],
  didNotGoWell: ['What did not go well', "What didn't go well"],
  doDifferently: ['What would you do differently', 'Do differently'],
  siteId: ['Site', 'Site name', 'Site slug'],
  siteIds: ['Sites'],
  careSettings: ['Care settings', 'Care setting'],
  journeyStage: ['Journey stage', 'Stage'],
  howToAdopt: ['How to adopt'],
  problem: ['Problem'],
}

/** "What went well", "wentWell", "went_well" and "Went Well" all compare as "whatwentwell"/"wentwell". */
const folded = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '')

/** The field a header names, if any: the field's name, its Title Case label or a known alias. */
function fieldForHeader(header: string, fields: Record<string, FieldShape>): string | undefined {
  const key = folded(header)
  return Object.keys(fields).find((field) => folded(field) === key || (aliases[field] ?? []).some((alias) => folded(alias) === key))
}

/**
 * The mapping to use: the caller's, checked (each column must be in the file and each field
 * importable, a field filled once), or by default every header that names a field.
 */
export function resolveMapping(kind: ContentKind, headers: readonly string[], requested: string | undefined): Record<string, string> {
  const fields = importableFields(kind)
  if (requested === undefined) {
    const mapping: Record<string, string> = {}
    for (const header of headers) {
      const field = fieldForHeader(header, fields)
      if (field !== undefined && !Object.values(mapping).includes(field)) mapping[header] = field
    }
    return mapping
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(requested)
  } catch {
    throw invalidField('/mapping', 'must be a JSON object from column header to field name', 'query')
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw invalidField('/mapping', 'must be a JSON object from column header to field name', 'query')
  }
  const mapping: Record<string, string> = {}
  const used = new Set<string>()
  for (const [header, field] of Object.entries(parsed)) {
    const at = `/mapping/${header.replaceAll('~', '~0').replaceAll('/', '~1')}`
    if (typeof field !== 'string') throw invalidField(at, 'must be a field name', 'query')
    if (!headers.includes(header)) throw invalidField(at, `is not a column of the file; its columns are ${headers.join(', ')}`, 'query')
    if (!(field in fields)) {
      throw invalidField(at, `is not a field a ${kind.noun} import can fill; choose from ${Object.keys(fields).join(', ')}`, 'query')
    }
    if (used.has(field)) throw invalidField(at, `maps a second column to ${field}`, 'query')
    used.add(field)
    mapping[header] = field
  }
  return mapping
}
