/**
 * Writing tables: one .xlsx workbook (exceljs's streaming writer: rows are
 * committed as they are made) or one UTF-8 CSV file per table, with a BOM so
 * that Excel shows Vietnamese letters. Text that a spreadsheet would run as
 * a formula is escaped.
 */
import { createWriteStream } from "node:fs"
import { mkdir } from "node:fs/promises"
import { basename, dirname, extname, join } from "node:path"
import ExcelJS from "exceljs"
import { SheetsError } from "../SheetsError.js"

export type OutValue = string | number | null | undefined

export interface OutCell {
  readonly value: OutValue
  /** ARGB fill colour, e.g. `FFC6EFCE`. */
  readonly fill?: string
  readonly numFmt?: string
}

export interface OutColumn {
  readonly header: string
  readonly width: number
  readonly numFmt?: string
}

export interface OutTable {
  /** The sheet's name (at most 31 characters, Excel's limit). */
  readonly name: string
  /** The CSV file's suffix, without diacritics: `ma-tran`. */
  readonly slug: string
  readonly columns: ReadonlyArray<OutColumn>
  readonly rows: Iterable<ReadonlyArray<OutValue | OutCell>>
  /** Rows and columns kept in view while scrolling; default the header row. */
  readonly freeze?: { readonly rows: number; readonly columns: number }
  /** An autofilter on the header row. Default true. */
  readonly filter?: boolean
}

// OWASP's CSV-injection list: a cell starting with these runs as a formula
// when a spreadsheet opens the file; a leading apostrophe makes it text.
const FORMULA_START = /^[=+\-@\t\r]/

/** Text a spreadsheet would not run: `=HYPERLINK(…)` → `'=HYPERLINK(…)`. */
export const escapeFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text)

const HEADER_FILL = "FFD9E1F2"

export type OutFormat = "xlsx" | "csv"

export const formatOfTarget = (target: string): OutFormat => {
  const extension = extname(target).toLowerCase()
  if (extension === ".xlsx") return "xlsx"
  if (extension === ".csv") return "csv"
  throw new SheetsError("write-failed", { file: target }, {
    vi: "tên tệp phải kết thúc bằng .xlsx hoặc .csv.",
    en: "the file name must end in .xlsx or .csv.",
  })
}

const isCell = (value: OutValue | OutCell): value is OutCell => value !== null && typeof value === "object"

const writeProblem = (file: string, error: unknown): SheetsError => {
  if (error instanceof SheetsError) return error
  const code = (error as { code?: unknown } | null)?.code
  return new SheetsError("write-failed", { file }, {
    vi: code === "EACCES" || code === "EPERM"
      ? "không có quyền ghi tệp (hoặc tệp đang mở trong Excel)."
      : code === "EBUSY"
        ? "tệp đang mở trong chương trình khác; hãy đóng tệp rồi thử lại."
        : "không ghi được tệp.",
    en: code === "EACCES" || code === "EPERM"
      ? "no permission to write the file (or it is open in Excel)."
      : code === "EBUSY"
        ? "the file is open in another program; close it and try again."
        : "the file could not be written.",
  })
}

const writeXlsx = async (tables: ReadonlyArray<OutTable>, target: string): Promise<void> => {
  const stream = createWriteStream(target)
  const failed = new Promise<never>((_, reject) => stream.once("error", reject))
  failed.catch(() => undefined)
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false })
  const work = async (): Promise<void> => {
    for (const table of tables) {
      const freeze = table.freeze ?? { rows: 1, columns: 0 }
      const sheet = workbook.addWorksheet(table.name.slice(0, 31), {
        views: [{ state: "frozen", xSplit: freeze.columns, ySplit: freeze.rows }],
      })
      // A column's number format is its style, not each cell's: one style object, not one per cell.
      sheet.columns = table.columns.map((column) => (column.numFmt === undefined ? { width: column.width } : { width: column.width, style: { numFmt: column.numFmt } }))
      if (table.filter !== false && table.columns.length > 0) {
        sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } }
      }
      const header = sheet.addRow(table.columns.map((column) => column.header))
      header.font = { bold: true }
      header.alignment = { vertical: "middle", wrapText: true }
      header.eachCell((cell) => {
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } }
      })
      header.commit()
      for (const values of table.rows) {
        const row = sheet.addRow(values.map((value) => {
          const plain = isCell(value) ? value.value : value
          return typeof plain === "string" ? escapeFormula(plain) : (plain ?? null)
        }))
        values.forEach((value, k) => {
          if (!isCell(value)) return
          if (value.numFmt !== undefined) row.getCell(k + 1).numFmt = value.numFmt
          if (value.fill !== undefined) {
            row.getCell(k + 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: value.fill } }
          }
        })
        row.commit()
      }
      sheet.commit()
    }
    await workbook.commit()
  }
  await Promise.race([work(), failed])
}

const csvField = (value: OutValue | OutCell, delimiter: string): string => {
  const plain = isCell(value) ? value.value : value
  if (plain === null || plain === undefined) return ""
  if (typeof plain === "number") return Number.isFinite(plain) ? String(plain) : ""
  const text = escapeFormula(plain)
  return text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text
}

const writeCsv = async (table: OutTable, file: string, delimiter: string): Promise<void> => {
  const stream = createWriteStream(file, { encoding: "utf8" })
  const done = new Promise<void>((resolve, reject) => {
    stream.once("error", reject)
    stream.once("finish", resolve)
  })
  done.catch(() => undefined)
  const write = (line: string): Promise<void> | undefined =>
    stream.write(line) ? undefined : new Promise<void>((resolve) => stream.once("drain", resolve))
  // The BOM makes Excel read the file as UTF-8; CRLF is what Excel writes.
  let pending = write(`\uFEFF${table.columns.map((column) => csvField(column.header, delimiter)).join(delimiter)}\r\n`)
  for (const values of table.rows) {
    if (pending !== undefined) await pending
    pending = write(`${values.map((value) => csvField(value, delimiter)).join(delimiter)}\r\n`)
  }
  if (pending !== undefined) await pending
  stream.end()
  await done
}

/** The files a CSV target becomes: the target itself for one table, else `<name>-<slug>.csv` beside it. */
export const csvFiles = (target: string, tables: ReadonlyArray<OutTable>): ReadonlyArray<string> => {
  if (tables.length === 1) return [target]
  const base = basename(target, extname(target))
  return tables.map((table) => join(dirname(target), `${base}-${table.slug}.csv`))
}

/** Writes the tables to `target` (.xlsx: one workbook; .csv: one file per table) and returns the files written. */
export const writeTables = async (
  tables: ReadonlyArray<OutTable>,
  target: string,
  options: { readonly delimiter?: string } = {},
): Promise<ReadonlyArray<string>> => {
  const format = formatOfTarget(target)
  try {
    await mkdir(dirname(target), { recursive: true })
    if (format === "xlsx") {
      await writeXlsx(tables, target)
      return [target]
    }
    const files = csvFiles(target, tables)
    for (let k = 0; k < tables.length; k++) await writeCsv(tables[k] as OutTable, files[k] as string, options.delimiter ?? ",")
    return files
  } catch (error) {
    throw writeProblem(target, error)
  }
}
