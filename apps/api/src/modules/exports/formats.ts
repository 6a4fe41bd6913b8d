import { PassThrough, Readable, type Writable } from 'node:stream'
import type { ExportFormat } from '@learnonce/contracts'
import { cellOf, csvRecord } from './cells.js'

export type ExportItem = Record<string, unknown>

/** What an export writes: its columns (the item's field names, in the contract's order) and its rows, a batch at a time. */
export interface ExportSource {
  sheetName: string
  columns: readonly string[]
  batches: AsyncIterable<ExportItem[]>
}

// Excel reads a CSV as UTF-8 only when it starts with a byte order mark; parsers drop it (csv-parse: `bom: true`).
const byteOrderMark = '\uFEFF'

/** RFC 4180 CSV: a header of field names, then one record per item. Pulled a batch at a time, so memory stays flat. */
function csvStream({ columns, batches }: ExportSource): Readable {
  return Readable.from(
    (async function* () {
      yield byteOrderMark + csvRecord(columns)
      for await (const items of batches) yield items.map((item) => csvRecord(columns.map((column) => cellOf(item[column])))).join('')
    })(),
    { objectMode: false },
  )
}

/** One JSON array of items as the API shows them (no escaping: JSON is data, not a sheet). */
function jsonStream({ batches }: ExportSource): Readable {
  return Readable.from(
    (async function* () {
      let first = true
      yield '['
      for await (const items of batches) {
        if (items.length === 0) continue
        yield (first ? '' : ',') + items.map((item) => JSON.stringify(item)).join(',')
        first = false
      }
      yield ']'
    })(),
    { objectMode: false },
  )
}

/** Resolves when `stream` wants more, or is gone (a client that hung up never drains). */
const roomIn = (stream: Writable): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done)
      stream.off('close', done)
      resolve()
    }
    stream.on('drain', done)
    stream.on('close', done)
  })

/**
 * One worksheet written by exceljs's streaming writer: each row is committed (and zipped) as it is
 * added. The writer does not wait for a slow reader, so the next batch waits until the response has
 * room: that is what keeps memory flat when the client reads slowly.
 */
function xlsxStream({ sheetName, columns, batches }: ExportSource): Readable {
  const out = new PassThrough()
  const write = async () => {
    // exceljs is loaded on the first spreadsheet, not at start-up.
    const { default: ExcelJS } = await import('exceljs')
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false })
    const sheet = workbook.addWorksheet(sheetName)
    sheet.addRow([...columns]).commit()
    for await (const items of batches) {
      if (out.destroyed) return
      for (const item of items) sheet.addRow(columns.map((column) => cellOf(item[column]))).commit()
      if (out.writableNeedDrain) await roomIn(out)
    }
    sheet.commit()
    await workbook.commit()
  }
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))))
  return out
}

export const exportStreams: Record<ExportFormat, (source: ExportSource) => Readable> = {
  csv: csvStream,
  json: jsonStream,
  xlsx: xlsxStream,
}
