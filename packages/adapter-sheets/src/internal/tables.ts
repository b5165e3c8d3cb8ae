/**
 * Reading the data rows of a recognised table: the header found, required
 * columns checked (a whole table without them is an error naming the file
 * and sheet), then each row handed over with a helper for its cells.
 */
import { SheetsError } from "../SheetsError.js"
import { findHeader, headerOf, missingFields, type HeaderMatch, type TableSpec } from "./headers.js"
import { sheetIssue, type Place, type Text } from "./issues.js"
import type { Cell, SheetRow, Table } from "./read.js"
import type { SheetIssue } from "../SheetIssue.js"
import type { DataIssueSeverity } from "@lantoa/core"

/** One data row, with its cells by field and a way to report a problem in one of them. */
export interface RowReader<F extends string> {
  readonly row: number
  readonly cell: (field: F) => Cell | undefined
  readonly has: (field: F) => boolean
  readonly issue: (severity: DataIssueSeverity, code: string, field: F | undefined, text: Text, record?: string) => void
}

export interface TableReader<F extends string> {
  readonly table: Table
  readonly header: HeaderMatch<F>
  readonly rows: () => Iterable<RowReader<F>>
}

/** The header of `table` per `spec`, or a `SheetsError` naming the missing columns and those found. */
export const openTable = <F extends string>(
  file: string,
  table: Table,
  spec: TableSpec<F>,
  what: Text,
  issues: Array<SheetIssue>,
): TableReader<F> => {
  const header = findHeader(table, spec)
  const missing = header === undefined ? spec.required.map((group) => group[0] as F) : missingFields(spec, header.columns)
  if (header === undefined || missing.length > 0) {
    const names = missing.map((field) => `“${headerOf(spec, field)}”`).join(", ")
    const found = (header?.headers ?? []).filter((text) => text.trim() !== "").slice(0, 12).map((text) => `“${text.trim()}”`).join(", ")
    throw new SheetsError("missing-header", { file, sheet: table.name }, {
      vi: `trang ${what.vi} thiếu cột bắt buộc ${names}. ${found === "" ? "Không thấy dòng tiêu đề cột nào." : `Dòng tiêu đề tìm thấy có: ${found}.`} Tiêu đề không phân biệt chữ hoa, chữ thường, có dấu hay không dấu.`,
      en: `the ${what.en} sheet lacks the required column(s) ${names}. ${found === "" ? "No header row was found." : `The header row found has: ${found}.`} Headers are matched regardless of case and diacritics.`,
    })
  }
  const headerKeys = new Set(header.columns.keys())
  const rows = function* (): Iterable<RowReader<F>> {
    for (let index = header.index + 1; index < table.rows.length; index++) {
      const row = table.rows[index] as SheetRow
      // A header repeated below (pasted blocks): not data.
      if (row.cells.every((cell, column) => cell === null || header.headers[column] === String(cell))) continue
      const cell = (field: F): Cell | undefined => {
        const column = header.columns.get(field)
        return column === undefined ? undefined : row.cells[column]
      }
      yield {
        row: row.row,
        cell,
        has: (field) => headerKeys.has(field),
        issue: (severity, code, field, text, record) => {
          const column = field === undefined ? undefined : header.columns.get(field)
          const place: Place = {
            file,
            sheet: table.name,
            row: row.row,
            ...(column === undefined ? {} : { column, header: (header.headers[column] ?? "").trim() }),
          }
          issues.push(sheetIssue(severity, code, place, text, record))
        },
      }
    }
  }
  return { table, header, rows }
}

/** The score of a table for a spec: how many fields its header names, or -1 without the required ones. */
export const scoreTable = <F extends string>(table: Table, spec: TableSpec<F>): number => {
  const header = findHeader(table, spec)
  if (header === undefined || missingFields(spec, header.columns).length > 0) return -1
  return header.columns.size
}
