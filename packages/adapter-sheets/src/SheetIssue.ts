/**
 * A problem in one row (or cell) of a sheet: the row is left out, or kept
 * with a repair, and the clerk is told where to look — the sheet, the row
 * and the column as Excel shows them.
 *
 * @since 0.1.0
 * @module
 */
import type { DataIssue } from "@lantoa/core"

/**
 * A `DataIssue` found in a spreadsheet, with where it is as Excel shows it:
 * `path` is the cell reference (`'Cán bộ'!E12`, or `'Cán bộ'!12:12` for a
 * whole row) and the message starts with the sheet, row and column in words.
 * Messages never quote a phone number.
 *
 * @example
 * ```ts
 * const issue: SheetIssue = {
 *   severity: "error", code: "invalid-phone", path: "'Cán bộ'!E12",
 *   message: "Trang “Cán bộ”, dòng 12, cột E (Số điện thoại): số điện thoại không hợp lệ; bỏ qua số này, giữ lại cán bộ.",
 *   messageEn: "Sheet “Cán bộ”, row 12, column E (Số điện thoại): not a valid phone number; the number is ignored, the person kept.",
 *   file: "danh-sach.xlsx", sheet: "Cán bộ", row: 12, column: "E",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface SheetIssue extends DataIssue {
  /** The file, as given to the reader. */
  readonly file: string
  /** The sheet's name (for a CSV file, the file's name without its folder). */
  readonly sheet: string
  /** The row number as Excel shows it (1-based). */
  readonly row?: number
  /** The column letter as Excel shows it (`A`, `B`, … `AA`). */
  readonly column?: string
}
