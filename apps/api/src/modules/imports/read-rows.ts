import { createHash } from 'node:crypto'
import { Readable, Transform, type TransformCallback } from 'node:stream'
import { parse } from 'csv-parse'
import type ExcelJS from 'exceljs'
import { Problem } from '../../problem.js'

/** One data row: its spreadsheet row number (the header is row 1) and its cells by column header. */
export interface SheetRow {
  row: number
  cells: Record<string, string>
}

/** What was read: the headers, the rows, and the file as the record keeps it. */
export interface ReadSheet {
  headers: string[]
  rows: SheetRow[]
  mediaType: 'text/csv' | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  size: number
  sha256: string
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
/** A spreadsheet this size holds tens of thousands of rows; more is a mistake or an attack. */
export const importMaxBytes = 50 * 1024 * 1024
export const importMaxRows = 100_000

/** Counts and hashes the bytes as they pass, and stops the upload past the limit with a 413. */
class Measured extends Transform {
  readonly hash = createHash('sha256')
  size = 0
  first: Buffer | null = null
  constructor(private readonly limit: number) {
    super()
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    this.size += chunk.length
    if (this.size > this.limit) {
      callback(new Problem(413, `The file is larger than ${Math.round(this.limit / 1024 / 1024)} MB; split it into smaller files.`))
      return
    }
    this.first ??= chunk.subarray(0, 8)
    this.hash.update(chunk)
    callback(null, chunk)
  }
}

/** Waits for the first chunk so the type can be told from the bytes, then hands the stream on whole. */
async function sniff(input: Readable): Promise<{ kind: 'csv' | 'xlsx'; stream: Readable }> {
  const iterator = input[Symbol.asyncIterator]()
  const first = await iterator.next()
  const head: Buffer = first.done ? Buffer.alloc(0) : Buffer.from(first.value as Buffer)
  async function* rest() {
    if (head.length > 0) yield head
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value as Buffer
  }
  const stream = Readable.from(rest(), { objectMode: false })
  // A zip (PK\x03\x04) is an XLSX workbook; anything else must be text to be a CSV.
  if (head.length >= 4 && head.readUInt32BE(0) === 0x504b0304) return { kind: 'xlsx', stream }
  if (head.includes(0)) {
    throw new Problem(415, 'The file is neither CSV (text) nor XLSX (an Excel workbook); export the sheet as one of those.')
  }
  return { kind: 'csv', stream }
}

/**
 * Reads a CSV or XLSX upload into rows of text by header. The type is decided from the bytes, not
 * the name. Formula cells give their cached value and are never evaluated; text is kept exactly as
 * written, including a leading =, +, - or @ (the export escapes those again).
 */
export async function readSheet(input: Readable, limit = importMaxBytes): Promise<ReadSheet> {
  const measured = new Measured(limit)
  input.on('error', (error) => measured.destroy(error))
  input.pipe(measured)
  const { kind, stream } = await sniff(measured)
  const table = kind === 'csv' ? await readCsv(stream) : await readXlsx(stream)
  const [headerRow, ...data] = table
  if (!headerRow || headerRow.cells.every((cell) => cell.trim() === '')) {
    throw new Problem(400, 'The file has no header row: its first row must name the columns.')
  }
  const headers = headerRow.cells.map((cell, index) => cell.trim() || `Column ${index + 1}`)
  const rows: SheetRow[] = []
  for (const line of data) {
    if (line.cells.every((cell) => cell.trim() === '')) continue
    const cells: Record<string, string> = {}
    headers.forEach((header, index) => {
      cells[header] = line.cells[index] ?? ''
    })
    rows.push({ row: line.row, cells })
  }
  return {
    headers,
    rows,
    mediaType: kind === 'csv' ? 'text/csv' : xlsxType,
    size: measured.size,
    sha256: measured.hash.digest('hex'),
  }
}

interface RawRow {
  row: number
  cells: string[]
}

async function readCsv(stream: Readable): Promise<RawRow[]> {
  const parser = stream.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: false, delimiter: [',', ';', '\t'] }))
  stream.on('error', (error) => parser.destroy(error))
  const rows: RawRow[] = []
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rows.push({ row: rows.length + 1, cells: record })
      if (rows.length > importMaxRows + 1) throw new Problem(413, `The file has more than ${importMaxRows} rows; split it.`)
    }
  } catch (error) {
    if (error instanceof Problem) throw error
    throw new Problem(400, `The CSV file cannot be read: ${error instanceof Error ? error.message : String(error)}`)
  }
  return rows
}

async function readXlsx(stream: Readable): Promise<RawRow[]> {
  const rows: RawRow[] = []
  // exceljs is loaded on the first spreadsheet, not at start-up.
  const { default: Excel } = await import('exceljs')
  // Only the first worksheet is read; styles are kept so dates can be told from numbers.
  const reader = new Excel.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  })
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const values = Array.isArray(row.values) ? row.values.slice(1) : []
        rows.push({ row: row.number, cells: Array.from(values, cellText) })
        if (rows.length > importMaxRows + 1) throw new Problem(413, `The file has more than ${importMaxRows} rows; split it.`)
      }
      break
    }
  } catch (error) {
    if (error instanceof Problem) throw error
    throw new Problem(400, `The XLSX file cannot be read: ${error instanceof Error ? error.message : String(error)}`)
  }
  return rows
}

/** A cell as text: a formula's cached result (never evaluated), rich text joined, a date as ISO 8601. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
    if ('formula' in value || 'sharedFormula' in value) return ''
    if ('richText' in value) return value.richText.map((part) => part.text).join('')
    if ('text' in value) return cellText(value.text as ExcelJS.CellValue)
    if ('error' in value) return String(value.error)
  }
  return ''
}
